"""Tomorrow's confirmations (明日确认): one row per confirmation call of an appointment. Frozen copy: never edit."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Appointment(Base):
        class Meta:
            table_name = "appointment"

    class ConfirmationCall(Base):
        appointment = pw.ForeignKeyField(Appointment, backref="confirmation_calls", on_delete="CASCADE")
        for_day = pw.DateField(index=True)
        outcome = pw.CharField(max_length=12)
        at = pw.DateTimeField(index=True)
        by = pw.ForeignKeyField(Staff, backref="+")
        note = pw.TextField(default="")
        new_starts_at = pw.DateTimeField(null=True)

    db.create_tables([ConfirmationCall])
