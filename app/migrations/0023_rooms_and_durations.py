"""Rooms booked with appointments (选片室, 礼服间: a capacity and the kinds each is for), and each
appointment's room and length in minutes, so a staff member or a full room booked twice at overlapping
times can be warned about. Existing appointments get their kind's usual length. Frozen copy: never edit."""

import peewee as pw
from playhouse.migrate import migrate

MINUTES = {"shoot": 60, "selection": 90, "proof": 45, "pickup": 30, "dress_fitting": 60, "consultation": 45}


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Room(Base):
        name = pw.CharField(max_length=40, unique=True)
        capacity = pw.IntegerField(default=1)
        kinds = pw.CharField(max_length=120, default="")
        active = pw.BooleanField(default=True)
        position = pw.IntegerField(default=0)

    db.create_tables([Room])
    migrate(migrator.add_column("appointment", "room_id",
                                pw.ForeignKeyField(Room, null=True, field=Room.id, backref="+")),
            migrator.add_column("appointment", "minutes",
                                pw.IntegerField(default=60, constraints=[pw.SQL("DEFAULT 60")])),
            migrator.add_index("appointment", ("room_id", "starts_at"), False),
            migrator.add_index("appointment", ("staff_id", "starts_at"), False))
    appointment = pw.Table("appointment", ("id", "kind", "minutes")).bind(db)
    for kind, minutes in MINUTES.items():
        appointment.update(minutes=minutes).where(appointment.kind == kind).execute()
