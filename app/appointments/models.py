"""Tables of the appointments area (migration 0006 holds their frozen copies)."""

from __future__ import annotations

import peewee as pw

from app.checkin.models import Couple, Lead, Visit
from app.core.db import BaseModel
from app.staff.models import Staff

APPOINTMENT_KINDS = ("shoot", "selection", "proof", "pickup", "dress_fitting", "consultation")


class Room(BaseModel):
    """A room booked with appointments (选片室, 礼服间 …): the supervisor-edited list, with its capacity (how
    many appointments at once) and the appointment kinds it is for (comma-separated codes)."""

    name = pw.CharField(max_length=40, unique=True)
    capacity = pw.IntegerField(default=1)
    kinds = pw.CharField(max_length=120, default="")
    active = pw.BooleanField(default=True)
    position = pw.IntegerField(default=0)


class Appointment(BaseModel):
    """A couple (or a lead) expected at the counter at a date and time."""

    couple = pw.ForeignKeyField(Couple, null=True, backref="appointments")
    lead = pw.ForeignKeyField(Lead, null=True, backref="appointments")
    kind = pw.CharField(max_length=16)
    starts_at = pw.DateTimeField(index=True)
    staff = pw.ForeignKeyField(Staff, null=True, backref="+")  # the staff member expected to take them
    room = pw.ForeignKeyField(Room, null=True, backref="+")  # migration 0023
    minutes = pw.IntegerField(default=60, constraints=[pw.SQL("DEFAULT 60")])  # how long staff and room are taken (0023)
    note = pw.TextField(default="")
    status = pw.CharField(max_length=12, default="booked")  # booked / cancelled
    visit = pw.ForeignKeyField(Visit, null=True, backref="appointments")  # set when they arrive
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    version = pw.IntegerField(default=1)


class AppointmentChange(BaseModel):
    """Append-only history of an appointment: booked, rescheduled, cancelled, arrived."""

    appointment = pw.ForeignKeyField(Appointment, backref="changes", on_delete="CASCADE")
    at = pw.DateTimeField()
    by = pw.ForeignKeyField(Staff, null=True, backref="+")
    action = pw.CharField(max_length=16)  # booked / rescheduled / cancelled / arrived
    old_starts_at = pw.DateTimeField(null=True)
    new_starts_at = pw.DateTimeField(null=True)
    old_staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    new_staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    reason = pw.TextField(default="")


class PhoneCall(BaseModel):
    """One call at the counter: who, what was asked and answered, and any call back owed."""

    at = pw.DateTimeField(index=True)
    caller_name = pw.CharField(max_length=40, default="")
    phone = pw.CharField(max_length=20, default="")
    phone_last4 = pw.CharField(max_length=4, default="", index=True)
    couple = pw.ForeignKeyField(Couple, null=True, backref="phone_calls")
    lead = pw.ForeignKeyField(Lead, null=True, backref="phone_calls")
    asked = pw.TextField(default="")
    answered = pw.TextField(default="")
    callback_owed = pw.BooleanField(default=False)
    callback_by = pw.DateTimeField(null=True)
    callback_done_at = pw.DateTimeField(null=True)
    callback_done_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    callback_note = pw.TextField(default="")
    taken_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    appointment = pw.ForeignKeyField(Appointment, null=True, backref="+")  # when it became an appointment
    complaint_id = pw.IntegerField(null=True)  # when it became a complaint (complaints area's table)


class Satisfaction(BaseModel):
    """The guest's word at the door: a 1-5 score (None: did not want to say) and a comment."""

    visit = pw.ForeignKeyField(Visit, unique=True, backref="+")
    day = pw.DateField(index=True)
    score = pw.IntegerField(null=True)
    comment = pw.TextField(default="")
    recorded_at = pw.DateTimeField()
    recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")


class PersonalNotice(BaseModel):
    """A birthday or anniversary pointed out to the receptionist: once per occasion."""

    couple = pw.ForeignKeyField(Couple, backref="+", on_delete="CASCADE")
    occasion = pw.CharField(max_length=20)  # bride_birthday / groom_birthday / anniversary
    occasion_date = pw.DateField()
    shown_at = pw.DateTimeField()
    shown_by = pw.ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        indexes = ((("couple", "occasion", "occasion_date"), True),)


class ConfirmationCall(BaseModel):
    """One call confirming an appointment the day before (明日确认, migration 0025): append-only, the latest
    is the appointment's outcome. A "no answer" is followed by another call later."""

    appointment = pw.ForeignKeyField(Appointment, backref="confirmation_calls", on_delete="CASCADE")
    for_day = pw.DateField(index=True)  # the appointment's day when the call was made
    outcome = pw.CharField(max_length=12)  # confirmed / no_answer / rescheduled / cancelled
    at = pw.DateTimeField(index=True)
    by = pw.ForeignKeyField(Staff, backref="+")
    note = pw.TextField(default="")
    new_starts_at = pw.DateTimeField(null=True)  # rescheduled: the new time


APPOINTMENT_MODELS = [Room, Appointment, AppointmentChange, PhoneCall, Satisfaction, PersonalNotice,
                      ConfirmationCall]
