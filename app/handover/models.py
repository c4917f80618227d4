"""Tables of the handover area (mirror of migration 0007_handover)."""

from __future__ import annotations

import peewee as pw

from app.core.db import BaseModel
from app.staff.models import Shift, Staff

HANDOVER_STATUSES = ("open", "accepted", "withdrawn")


class Handover(BaseModel):
    """One shift handover: the outgoing receptionist's frozen snapshot, her notes, and the acceptance."""

    outgoing = pw.ForeignKeyField(Staff, backref="+")
    outgoing_shift = pw.ForeignKeyField(Shift, null=True, backref="+")
    terminal = pw.CharField(max_length=40, default="")
    submitted_at = pw.DateTimeField(index=True)
    status = pw.CharField(max_length=12, default="open")
    snapshot = pw.TextField(default="{}")  # JSON of app.handover.service.Snapshot, frozen at submission
    remark = pw.TextField(default="")
    incoming = pw.ForeignKeyField(Staff, null=True, backref="+")
    accepted_at = pw.DateTimeField(null=True)
    withdrawn_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("terminal", "status"), False),)


class HandoverItem(BaseModel):
    """One line of the outgoing receptionist's action list: what, who owns it, by when."""

    handover = pw.ForeignKeyField(Handover, backref="items", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    text = pw.CharField(max_length=200)
    owner = pw.ForeignKeyField(Staff, backref="+")
    due_at = pw.DateTimeField(index=True)


class ReviewDecision(BaseModel):
    """A decision taken at the daily review meeting (每日工作小结会议)."""

    day = pw.DateField(index=True)
    text = pw.TextField()
    owner = pw.ForeignKeyField(Staff, backref="+")
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")


HANDOVER_MODELS = [Handover, HandoverItem, ReviewDecision]
