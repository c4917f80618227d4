"""Check-in tables: couples, their search terms, leads, visits, lockers and key loans.

Rules: never change a released migration; add columns through a new numbered migration in
``app/migrations`` and mirror them here.
"""

from __future__ import annotations

import peewee as pw

from app.core.db import BaseModel
from app.staff.models import Staff

VISIT_KINDS = ("shoot", "consult", "visitor", "selection", "proof", "pickup")
RETURN_PLACES = ("counter", "bar")


class Couple(BaseModel):
    order_no = pw.CharField(max_length=32, unique=True)
    bride_name = pw.CharField(max_length=40)
    groom_name = pw.CharField(max_length=40)
    bride_phone = pw.CharField(max_length=20, default="")
    groom_phone = pw.CharField(max_length=20, default="")
    bride_phone_last4 = pw.CharField(max_length=4, default="", index=True)
    groom_phone_last4 = pw.CharField(max_length=4, default="", index=True)
    package = pw.CharField(max_length=80, default="")
    shoot_date = pw.DateField(null=True, index=True)
    special_requests = pw.TextField(default="")
    notes = pw.TextField(default="")
    bride_birthday = pw.DateField(null=True)
    groom_birthday = pw.DateField(null=True)
    wedding_date = pw.DateField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)

    @property
    def names(self) -> str:
        return f"{self.bride_name} & {self.groom_name}"


class SearchTerm(BaseModel):
    """Inverted prefix index: lower-cased names, pinyin, initials, phones, last 4, order number."""

    term = pw.CharField(max_length=64, index=True)  # PostgreSQL: COLLATE "C" (migration 0004)
    couple = pw.ForeignKeyField(Couple, backref="search_terms", on_delete="CASCADE")
    # The couple's place in the result list (app.checkin.search.display_rank); index (term, display_rank,
    # couple_id), migration 0024.
    display_rank = pw.BigIntegerField(default=0)


class Lead(BaseModel):
    name = pw.CharField(max_length=40)
    phone = pw.CharField(max_length=20, default="")
    phone_last4 = pw.CharField(max_length=4, default="", index=True)
    interest = pw.TextField(default="")
    callback_date = pw.DateField(null=True, index=True)
    status = pw.CharField(max_length=12, default="open")  # open / done
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(Staff, null=True)
    note = pw.TextField(default="")
    # Where they heard of the studio and what came of it (migration 0022, ``app.checkin.leads``).
    source = pw.CharField(max_length=40, default="")
    outcome = pw.CharField(max_length=14, default="open", index=True)  # open / booked / booked_other / lost
    lost_reason = pw.CharField(max_length=40, default="")
    booked_couple = pw.ForeignKeyField(Couple, null=True, backref="+")
    outcome_at = pw.DateTimeField(null=True)
    outcome_by = pw.ForeignKeyField(Staff, null=True, backref="+")


class Visit(BaseModel):
    kind = pw.CharField(max_length=12)
    couple = pw.ForeignKeyField(Couple, null=True, backref="visits")  # for 'visitor': the couple sought
    lead = pw.ForeignKeyField(Lead, null=True, backref="visits")
    guest_name = pw.CharField(max_length=40, default="")
    party_size = pw.IntegerField(default=1)
    arrived_at = pw.DateTimeField(index=True)
    received_at = pw.DateTimeField(null=True)
    received_by = pw.ForeignKeyField(Staff, null=True, backref="received_visits")
    left_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(Staff, null=True, backref="created_visits")
    note = pw.TextField(default="")


class Locker(BaseModel):
    number = pw.CharField(max_length=10, unique=True)
    location = pw.CharField(max_length=40, default="")
    active = pw.BooleanField(default=True)


class KeyLoan(BaseModel):
    locker = pw.ForeignKeyField(Locker, backref="loans")
    visit = pw.ForeignKeyField(Visit, backref="key_loans")
    issued_at = pw.DateTimeField()
    issued_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    returned_at = pw.DateTimeField(null=True)
    returned_to = pw.CharField(max_length=10, default="")  # counter / bar
    returned_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    lost = pw.BooleanField(default=False)
    note = pw.TextField(default="")


CHECKIN_MODELS = [Couple, SearchTerm, Lead, Visit, Locker, KeyLoan]
