"""Consultation leads: where the couple heard of the studio and what came of it (booked here, booked at
another store of the studio, lost with a reason, or still open). Frozen copy: never edit after release."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Couple(Base):
        class Meta:
            table_name = "couple"

    migrator.migrate(
        migrator.add_column("lead", "source", pw.CharField(max_length=40, default="")),
        migrator.add_column("lead", "outcome", pw.CharField(max_length=14, default="open")),
        migrator.add_column("lead", "lost_reason", pw.CharField(max_length=40, default="")),
        migrator.add_column("lead", "booked_couple_id", pw.ForeignKeyField(Couple, null=True, field=Couple.id)),
        migrator.add_column("lead", "outcome_at", pw.DateTimeField(null=True)),
        migrator.add_column("lead", "outcome_by_id", pw.ForeignKeyField(Staff, null=True, field=Staff.id)),
        migrator.add_index("lead", ("outcome",)),
    )
