"""Tables of the handover area (mirror of migrations 0007_handover and 0027_shift_checklist)."""

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


class ChecklistItem(BaseModel):
    """One recurring check of a shift (储物柜钥匙清点, 门口天气提示与天气相符 …), edited by supervisors.

    ``shifts`` holds the comma-separated shift kinds it belongs to (``app.handover.checklist.SHIFT_KINDS``).
    Never deleted once ticked: switched off (``active``) instead, so past ticks keep their text."""

    id = pw.AutoField()
    text = pw.CharField(max_length=80)
    shifts = pw.CharField(max_length=40, default="morning,evening")
    position = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()


class ChecklistTick(BaseModel):
    """One check done in one shift: who ticked it and when. At most one per item and shift (unique)."""

    id = pw.AutoField()
    item = pw.ForeignKeyField(ChecklistItem, backref="ticks")
    shift = pw.ForeignKeyField(Shift, backref="+")
    ticked_at = pw.DateTimeField()
    ticked_by = pw.ForeignKeyField(Staff, backref="+")
    note = pw.CharField(max_length=200, default="")
    # the foreign keys' ids (peewee adds them; declared for the type checker)
    item_id: int
    shift_id: int
    ticked_by_id: int

    class Meta:
        indexes = ((("item", "shift"), True),)


HANDOVER_MODELS = [Handover, HandoverItem, ReviewDecision, ChecklistItem, ChecklistTick]
