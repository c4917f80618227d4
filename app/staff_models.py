"""Tables of the staff area (mirrors app/migrations/0004_staff_accounts.py)."""

from __future__ import annotations

import peewee as pw

from app.db import BaseModel
from app.models import Staff


class StaffAccount(BaseModel):
    """One per staff member: the PIN as a salted scrypt hash (never the PIN), lock-out state and the
    number that tells apart two staff with the same name ("王丽 (2)")."""

    staff = pw.ForeignKeyField(Staff, unique=True, backref="accounts", on_delete="CASCADE")
    name_no = pw.IntegerField(default=1)
    pin_hash = pw.CharField(max_length=200, default="")
    pin_set_at = pw.DateTimeField(null=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)


STAFF_MODELS = [StaffAccount]
