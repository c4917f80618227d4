"""Tables of the staff area: staff, shifts, accounts (mirrors app/migrations/0001_core.py, 0004_staff_accounts.py)."""

from __future__ import annotations

import peewee as pw

from app.core.db import BaseModel


class Staff(BaseModel):
    name = pw.CharField(max_length=40)
    roles = pw.TextField(default="")  # comma-separated role codes, see app.staff.roles
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()

    @property
    def role_list(self) -> list[str]:
        return [r for r in self.roles.split(",") if r]

    def has_role(self, role: str) -> bool:
        return role in self.role_list


class Shift(BaseModel):
    operator = pw.ForeignKeyField(Staff, backref="shifts")
    started_at = pw.DateTimeField()
    ended_at = pw.DateTimeField(null=True)
    terminal = pw.CharField(max_length=40, default="")


class StaffAccount(BaseModel):
    """One per staff member: the PIN as a salted scrypt hash (never the PIN), lock-out state and the
    number that tells apart two staff with the same name ("王丽 (2)")."""

    staff = pw.ForeignKeyField(Staff, unique=True, backref="accounts", on_delete="CASCADE")
    name_no = pw.IntegerField(default=1)
    pin_hash = pw.CharField(max_length=200, default="")
    pin_set_at = pw.DateTimeField(null=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)


STAFF_MODELS = [Staff, Shift, StaffAccount]
