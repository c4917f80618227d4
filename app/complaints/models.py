"""Complaint tables (migration 0003_complaints holds the frozen copies; keep both in step)."""

from __future__ import annotations

import peewee as pw

from app.checkin.models import Couple
from app.core.db import BaseModel
from app.flow.models import Station
from app.staff.models import Staff

CHANNELS = ("counter", "phone", "online", "onsite_makeup", "onsite_shooting", "selection", "pickup")
STATUSES = ("new", "investigating", "waiting_customer", "waiting_approval", "resolved", "closed")
# Open statuses and deadline kinds: app.complaints.deadlines.


class ComplaintCategory(BaseModel):
    name = pw.CharField(max_length=40, unique=True)
    handling = pw.TextField(default="")  # the standard handling shown on intake
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class ComplaintCause(BaseModel):
    name = pw.CharField(max_length=40, unique=True)
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class Complaint(BaseModel):
    case_no = pw.CharField(max_length=20, unique=True)
    couple = pw.ForeignKeyField(Couple, null=True, backref="complaints")
    complainant = pw.CharField(max_length=40)
    contact = pw.CharField(max_length=60, default="")
    channel = pw.CharField(max_length=20)
    occurred_at = pw.DateTimeField()
    station = pw.ForeignKeyField(Station, null=True, backref="+")
    responsible = pw.ForeignKeyField(Staff, null=True, backref="+")
    category = pw.ForeignKeyField(ComplaintCategory, backref="complaints")
    cause = pw.ForeignKeyField(ComplaintCause, null=True, backref="complaints")
    description = pw.TextField()
    wants = pw.TextField(default="")
    received_at = pw.DateTimeField(index=True)
    received_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    reported_to = pw.ForeignKeyField(Staff, backref="+")
    reported_at = pw.DateTimeField()
    reported_stand_in = pw.BooleanField(default=False)  # supervisor absent: whoever was in charge
    holder = pw.ForeignKeyField(Staff, null=True, backref="+")  # who handles the case now
    status = pw.CharField(max_length=20, default="new")
    due_investigation = pw.DateTimeField()
    due_reply = pw.DateTimeField(null=True)  # the promised reply time
    due_feedback = pw.DateTimeField(null=True)  # next daily feedback while open
    due_result = pw.DateTimeField()
    result_estimated = pw.BooleanField(default=False)  # Mon–Fri was assumed for some day
    next_due = pw.DateTimeField(null=True)  # earliest unmet deadline (None when paused or done)
    investigated_at = pw.DateTimeField(null=True)
    replied_at = pw.DateTimeField(null=True)
    last_feedback_at = pw.DateTimeField(null=True)
    result_at = pw.DateTimeField(null=True)
    paused_at = pw.DateTimeField(null=True)
    paused_minutes = pw.IntegerField(default=0)
    outcome = pw.CharField(max_length=20, default="")  # confirmed / not_confirmed
    corrective_action = pw.TextField(default="")
    apology = pw.BooleanField(default=False)
    compensation = pw.TextField(default="")
    explanation = pw.TextField(default="")
    beyond_order = pw.BooleanField(default=False)
    approval = pw.CharField(max_length=12, default="")  # "" / pending / approved / rejected
    approval_request = pw.TextField(default="")
    approved_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    approved_at = pw.DateTimeField(null=True)
    customer_response = pw.TextField(default="")
    closed_at = pw.DateTimeField(null=True)
    version = pw.IntegerField(default=1)


class ComplaintLog(BaseModel):
    """Append-only follow-up log: who, when, what was done, whether the customer was told."""

    complaint = pw.ForeignKeyField(Complaint, backref="log", on_delete="CASCADE")
    at = pw.DateTimeField()
    staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    action = pw.CharField(max_length=30)
    text = pw.TextField(default="")
    customer_told = pw.BooleanField(default=False)


class ComplaintMiss(BaseModel):
    """A deadline that passed unmet, and who held the case then ("failed by"). One row per due time."""

    complaint = pw.ForeignKeyField(Complaint, backref="misses", on_delete="CASCADE")
    kind = pw.CharField(max_length=20)
    due_at = pw.DateTimeField()
    failed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    recorded_at = pw.DateTimeField()

    class Meta:
        indexes = ((("complaint", "kind", "due_at"), True),)


COMPLAINT_MODELS = [ComplaintCategory, ComplaintCause, Complaint, ComplaintLog, ComplaintMiss]
