"""Shift handover (交接班) and the daily review's decisions (每日工作小结). Frozen copies: never edit."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Shift(Base):
        class Meta:
            table_name = "shift"

    class Handover(Base):
        outgoing = pw.ForeignKeyField(Staff, backref="+")
        outgoing_shift = pw.ForeignKeyField(Shift, null=True, backref="+")
        terminal = pw.CharField(max_length=40, default="")
        submitted_at = pw.DateTimeField(index=True)
        status = pw.CharField(max_length=12, default="open")  # open / accepted / withdrawn
        snapshot = pw.TextField(default="{}")
        remark = pw.TextField(default="")
        incoming = pw.ForeignKeyField(Staff, null=True, backref="+")
        accepted_at = pw.DateTimeField(null=True)
        withdrawn_at = pw.DateTimeField(null=True)

        class Meta:
            indexes = ((("terminal", "status"), False),)

    class HandoverItem(Base):
        handover = pw.ForeignKeyField(Handover, backref="+", on_delete="CASCADE")
        position = pw.IntegerField(default=0)
        text = pw.CharField(max_length=200)
        owner = pw.ForeignKeyField(Staff, backref="+")
        due_at = pw.DateTimeField(index=True)

    class ReviewDecision(Base):
        day = pw.DateField(index=True)
        text = pw.TextField()
        owner = pw.ForeignKeyField(Staff, backref="+")
        created_at = pw.DateTimeField()
        created_by = pw.ForeignKeyField(Staff, null=True, backref="+")

    db.create_tables([Handover, HandoverItem, ReviewDecision])
