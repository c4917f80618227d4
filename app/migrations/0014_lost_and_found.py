"""Lost and found (失物招领) and things lent to guests (umbrella, charger, slippers). Frozen copies: never edit."""

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

    class Visit(Base):
        class Meta:
            table_name = "visit"

    class FoundItem(Base):
        what = pw.CharField(max_length=80)
        found_where = pw.CharField(max_length=80, default="")
        found_at = pw.DateTimeField(index=True)
        found_by = pw.CharField(max_length=40, default="")
        kept_where = pw.CharField(max_length=80, default="")
        recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        status = pw.CharField(max_length=10, default="kept", index=True)
        claimed_by = pw.CharField(max_length=40, default="")
        claim_proof = pw.CharField(max_length=80, default="")
        couple = pw.ForeignKeyField(Couple, null=True, backref="+")
        closed_at = pw.DateTimeField(null=True)
        closed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        note = pw.TextField(default="")

    class GuestLoan(Base):
        item = pw.CharField(max_length=12)
        description = pw.CharField(max_length=80, default="")
        visit = pw.ForeignKeyField(Visit, null=True, backref="+")
        guest = pw.CharField(max_length=40, default="")
        deposit_fen = pw.IntegerField(default=0)
        lent_at = pw.DateTimeField(index=True)
        lent_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        returned_at = pw.DateTimeField(null=True, index=True)
        returned_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        deposit_refunded_fen = pw.IntegerField(default=0)
        lost = pw.BooleanField(default=False)
        note = pw.TextField(default="")

    db.create_tables([FoundItem, GuestLoan])
