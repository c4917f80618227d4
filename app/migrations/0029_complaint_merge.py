"""Merging duplicate complaint cases: the merged case points at the case it was merged into (status
"merged"). Frozen copy: never edit after release."""

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

    migrator.migrate(
        migrator.add_column("complaint", "merged_into_id",
                            pw.ForeignKeyField(Complaint, null=True, field=Complaint.id)),
        migrator.add_column("complaint", "merged_at", pw.DateTimeField(null=True)),
        migrator.add_column("complaint", "merged_by_id", pw.ForeignKeyField(Staff, null=True, field=Staff.id)),
    )
