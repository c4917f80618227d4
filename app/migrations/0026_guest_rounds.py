"""Rounds (巡查): one row each time someone looks in on a guest waiting between stations or in the lounge.
Frozen copy: never edit after release."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Visit(Base):
        class Meta:
            table_name = "visit"

    class GuestRound(Base):
        visit = pw.ForeignKeyField(Visit, backref="+", on_delete="CASCADE")
        person = pw.CharField(max_length=8)
        note = pw.CharField(max_length=60)
        staff = pw.ForeignKeyField(Staff, null=True, backref="+", index=True)
        at = pw.DateTimeField(index=True)

        class Meta:
            table_name = "guest_round"
            indexes = ((("visit", "at"), False),)

    db.create_tables([GuestRound])
