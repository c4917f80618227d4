"""Complaint tables (migrations 0003_complaints, 0021_complaint_callbacks, 0028_complaint_evidence and
0029_complaint_merge hold the frozen copies; keep them in step)."""

from __future__ import annotations

import peewee as pw

from app.checkin.models import Couple
from app.core.db import BaseModel
from app.flow.models import Station
from app.staff.models import Staff

CHANNELS = ("counter", "phone", "online", "onsite_makeup", "onsite_shooting", "selection", "pickup")
STATUSES = ("new", "investigating", "waiting_customer", "waiting_approval", "resolved", "closed", "merged")
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
    # A duplicate merged into another case (status "merged"): its log, contact and evidence show there.
    merged_into = pw.ForeignKeyField("self", null=True, backref="merged_cases")
    merged_at = pw.DateTimeField(null=True)
    merged_by = pw.ForeignKeyField(Staff, null=True, backref="+")


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


CALLBACK_STATUSES = ("due", "done", "given_up")


class ComplaintCallback(BaseModel):
    """The call-back (回访) after a case is closed: due on an opening day of the studio, owned by someone.

    ``due`` until the customer is reached (satisfaction 1–5 and a comment; ≤ 2 reopens the case) or a
    reason is given to stop trying; a call that does not reach the customer moves it to the next opening day
    (``attempts`` counts those). Each attempt is also a line of the case's log."""

    complaint = pw.ForeignKeyField(Complaint, backref="callbacks", on_delete="CASCADE")
    due_on = pw.DateField(index=True)
    owner = pw.ForeignKeyField(Staff, backref="+")
    status = pw.CharField(max_length=10, default="due", index=True)
    attempts = pw.IntegerField(default=0)  # calls that did not reach the customer
    satisfaction = pw.IntegerField(null=True)
    comment = pw.TextField(default="")
    given_up_reason = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    done_at = pw.DateTimeField(null=True)
    done_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    version = pw.IntegerField(default=1)


class ComplaintEvidence(BaseModel):
    """A photo or file kept with a case (or one of its log entries), stored in the database itself so the
    backups carry it. ``data`` is read only on demand (lists select the other columns).

    ``unseen``: it arrived while the case was waiting for the customer and nobody has opened the case since."""

    complaint = pw.ForeignKeyField(Complaint, backref="evidence", on_delete="CASCADE")
    log_entry = pw.ForeignKeyField(ComplaintLog, null=True, backref="+", on_delete="SET NULL")
    name = pw.CharField(max_length=255)
    mime_type = pw.CharField(max_length=100)
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    added_at = pw.DateTimeField()
    added_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    unseen = pw.BooleanField(default=False, index=True)
    # The bytes last: a row's other columns are read without walking the blob's overflow pages.
    thumbnail = pw.BlobField(null=True)  # a small PNG for images, None for other files
    data = pw.BlobField()


COMPLAINT_MODELS = [ComplaintCategory, ComplaintCause, Complaint, ComplaintLog, ComplaintMiss, ComplaintCallback,
                    ComplaintEvidence]
