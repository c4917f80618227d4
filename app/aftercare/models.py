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


class Package(BaseModel):
    """A package (套系) on the supervisor-edited list: photos included, price per extra photo, products."""

    name = pw.CharField(max_length=80, unique=True)
    photos_included = pw.IntegerField(default=0)
    extra_photo_fen = pw.IntegerField(default=0)
    price_fen = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class PackageProduct(BaseModel):
    """One product the couple receives with a package (album of 30 pages, framed enlargement, USB …)."""

    package = pw.ForeignKeyField(Package, backref="products", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=80)
    quantity = pw.IntegerField(default=1)


class OrderAccount(BaseModel):
    """The money of one order: its package, the total and the deposit paid at booking (fen)."""

    couple = pw.ForeignKeyField(Couple, unique=True, backref="+", on_delete="CASCADE")
    package = pw.ForeignKeyField(Package, null=True, backref="+")
    total_fen = pw.IntegerField(default=0)
    deposit_fen = pw.IntegerField(default=0)
    updated_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)


class Selection(BaseModel):
    """A selection session (选片): counts, the extras offered and the couple's answer, the amount added."""

    couple = pw.ForeignKeyField(Couple, backref="+", index=True)
    visit = pw.ForeignKeyField(Visit, null=True, backref="+")
    seller = pw.ForeignKeyField(Staff, null=True, backref="+")
    photos_included = pw.IntegerField(default=0)
    photos_chosen = pw.IntegerField(default=0)
    extras_offered = pw.IntegerField(default=0)  # extra photos offered beyond the package
    extras_decision = pw.CharField(max_length=10, default="")  # "" (none offered) / accepted / declined
    extras_accepted = pw.IntegerField(default=0)
    amount_fen = pw.IntegerField(default=0)  # added to the order
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=10, default="open")  # open / signed
    started_at = pw.DateTimeField()
    signed_at = pw.DateTimeField(null=True)
    updated_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)


class Pickup(BaseModel):
    """A pickup (取件) sign-off: which products were handed over, by whom, when."""

    couple = pw.ForeignKeyField(Couple, backref="+", index=True)
    visit = pw.ForeignKeyField(Visit, null=True, backref="+")
    handed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    at = pw.DateTimeField()
    follow_up_appointment_id = pw.IntegerField(null=True)  # the appointments area's row
    notes = pw.TextField(default="")


class PickupItem(BaseModel):
    pickup = pw.ForeignKeyField(Pickup, backref="items", on_delete="CASCADE")
    product = pw.CharField(max_length=80)
    quantity = pw.IntegerField(default=1)
    status = pw.CharField(max_length=10)  # handed / missing
    reason = pw.CharField(max_length=200, default="")
    handed_at = pw.DateTimeField(null=True)


class Payment(BaseModel):
    """Money collected on an order at the counter (the balance at pickup, …)."""

    couple = pw.ForeignKeyField(Couple, backref="+", index=True)
    amount_fen = pw.IntegerField()
    method = pw.CharField(max_length=12)  # cash / wechat / alipay / card / transfer
    receipt_no = pw.CharField(max_length=40)
    at = pw.DateTimeField()
    received_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    pickup = pw.ForeignKeyField(Pickup, null=True, backref="payments")


AFTERCARE_MODELS = [FoundItem, GuestLoan, Package, PackageProduct, OrderAccount, Selection, Pickup, PickupItem,
                    Payment]
