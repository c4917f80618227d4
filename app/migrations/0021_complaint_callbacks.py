"""Complaint call-backs (回访): one row per call-back owed after a case is closed. Frozen copy: never edit."""

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

    class ComplaintCallback(Base):
        complaint = pw.ForeignKeyField(Complaint, backref="callbacks", on_delete="CASCADE")
        due_on = pw.DateField(index=True)
        owner = pw.ForeignKeyField(Staff, backref="+")
        status = pw.CharField(max_length=10, default="due", index=True)
        attempts = pw.IntegerField(default=0)
        satisfaction = pw.IntegerField(null=True)
        comment = pw.TextField(default="")
        given_up_reason = pw.TextField(default="")
        created_at = pw.DateTimeField()
        created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        done_at = pw.DateTimeField(null=True)
        done_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        version = pw.IntegerField(default=1)

    db.create_tables([ComplaintCallback])
