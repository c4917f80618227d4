"""Tables of the after-the-shoot area (migrations 0014_lost_and_found … hold their frozen copies).

Money is integer fen everywhere (``*_fen`` columns)."""

from __future__ import annotations

import peewee as pw

from app.checkin.models import Couple, Visit
from app.core.db import BaseModel
from app.staff.models import Staff

LOAN_ITEMS = ("umbrella", "charger", "slippers", "other")


class FoundItem(BaseModel):
    """Something found in the store, kept until claimed or disposed of (失物招领)."""

    what = pw.CharField(max_length=80)
    found_where = pw.CharField(max_length=80, default="")
    found_at = pw.DateTimeField(index=True)
    found_by = pw.CharField(max_length=40, default="")  # a staff member's or a guest's name
    kept_where = pw.CharField(max_length=80, default="")
    recorded_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    status = pw.CharField(max_length=10, default="kept", index=True)  # kept / claimed / disposed
    claimed_by = pw.CharField(max_length=40, default="")
    claim_proof = pw.CharField(max_length=80, default="")  # ID shown, or the order number
    couple = pw.ForeignKeyField(Couple, null=True, backref="+")  # when the claimant is a customer on file
    closed_at = pw.DateTimeField(null=True)
    closed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    note = pw.TextField(default="")


class GuestLoan(BaseModel):
    """Something lent to a guest (umbrella, charger, slippers), with a deposit, until it comes back."""

    item = pw.CharField(max_length=12)  # LOAN_ITEMS
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


AFTERCARE_MODELS = [FoundItem, GuestLoan]
