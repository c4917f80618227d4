"""The shift's checklist (交接班检查项): the supervisor-edited recurring checks of each shift (lockers
counted, lounge tidy, the weather notice at the door …) and who ticked which one in which shift, at most
once per item and shift. Frozen copy: never edit."""

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

    class ChecklistItem(Base):
        text = pw.CharField(max_length=80)
        shifts = pw.CharField(max_length=40, default="morning,evening")
        position = pw.IntegerField(default=0)
        active = pw.BooleanField(default=True)
        created_at = pw.DateTimeField()

    class ChecklistTick(Base):
        item = pw.ForeignKeyField(ChecklistItem, backref="ticks")
        shift = pw.ForeignKeyField(Shift, backref="+")
        ticked_at = pw.DateTimeField()
        ticked_by = pw.ForeignKeyField(Staff, backref="+")
        note = pw.CharField(max_length=200, default="")

        class Meta:
            indexes = ((("item", "shift"), True),)

    db.create_tables([ChecklistItem, ChecklistTick])
