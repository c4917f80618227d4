"""Evidence on complaint cases: photos and files kept in the database (so the backups carry them), each on a
case or on one of its log entries. Frozen copy: never edit after release."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Complaint(Base):
        class Meta:
            table_name = "complaint"

    class ComplaintLog(Base):
        class Meta:
            table_name = "complaint_log"

    class ComplaintEvidence(Base):
        complaint = pw.ForeignKeyField(Complaint, backref="evidence", on_delete="CASCADE")
        log_entry = pw.ForeignKeyField(ComplaintLog, null=True, backref="+", on_delete="SET NULL")
        name = pw.CharField(max_length=255)
        mime_type = pw.CharField(max_length=100)
        size = pw.IntegerField()
        sha256 = pw.CharField(max_length=64)
        added_at = pw.DateTimeField()
        added_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        unseen = pw.BooleanField(default=False, index=True)
        thumbnail = pw.BlobField(null=True)
        data = pw.BlobField()

    db.create_tables([ComplaintEvidence])
