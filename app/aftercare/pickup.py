"""Pickup sign-off (取件): each product of the package checked off as handed over, or missing with a reason
(missing items get a follow-up pickup appointment); the balance of the order shown and its collection
recorded (amount, method, who, when, receipt number). The couple signs the printed 取件签收单."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.aftercare.models import Payment, Pickup, PickupItem
from app.aftercare.money import parse_fen
from app.aftercare.selection import Balance, balance, order_package
from app.appointments import service as appointments
from app.checkin.models import Couple, Visit
from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, name_error, text_error
from app.staff.models import Staff

METHODS = ("cash", "wechat", "alipay", "card", "transfer")


def method_label(method: str) -> str:
    return {"cash": translate("Aftercare", "Cash"), "wechat": translate("Aftercare", "WeChat Pay"),
            "alipay": translate("Aftercare", "Alipay"), "card": translate("Aftercare", "Bank card"),
            "transfer": translate("Aftercare", "Bank transfer")}.get(method, method)


@dataclass(frozen=True)
class ItemCheck:
    """One product at the pickup: handed over (``missing=False``) or missing with the reason."""

    product: str
    missing: bool = False
    reason: str = ""
    quantity: int = 1


@dataclass(frozen=True)
class ProductState:
    product: str
    quantity: int
    handed_at: dt.datetime | None  # None: still owed
    reason: str = ""  # why it is still owed (the last pickup's reason)


@dataclass(frozen=True)
class PaymentRow:
    amount_fen: int
    method: str
    receipt_no: str
    at: dt.datetime
    received_by: str


@dataclass(frozen=True)
class PickupView:
    id: int
    couple_id: int
    order_no: str
    couple_names: str
    package: str
    at: dt.datetime
    handed_by: str
    handed: tuple[ProductState, ...]  # handed over at this pickup
    missing: tuple[ProductState, ...]  # still owed to the couple after it
    follow_up_at: dt.datetime | None
    payments: tuple[PaymentRow, ...]  # collected at this pickup
    balance: Balance


def product_states(couple_id: int) -> list[ProductState]:
    """Each product of the order's package: handed over (when) or still owed (and why)."""
    pkg = order_package(couple_id)
    if pkg is None:
        return []
    handed: dict[str, dt.datetime] = {}
    reasons: dict[str, str] = {}
    q = (PickupItem.select(PickupItem, Pickup).join(Pickup).where(Pickup.couple == couple_id)
         .order_by(Pickup.at, PickupItem.id))
    for it in q:
        if it.status == "handed":
            handed.setdefault(it.product, it.handed_at)
        else:
            reasons[it.product] = it.reason
    return [ProductState(p.name, p.quantity, handed.get(p.name), "" if p.name in handed else reasons.get(p.name, ""))
            for p in pkg.products]


@dataclass(frozen=True)
class OpenOrder:
    """What a couple's card shows: products still owed, money still owed (either way)."""

    items_owed: tuple[str, ...]
    due_fen: int

    @property
    def anything_open(self) -> bool:
        return bool(self.items_owed) or self.due_fen != 0


def open_order(couple_id: int) -> OpenOrder:
    """Products still owed after a pickup, and the balance (only once there is money on the order)."""
    states = product_states(couple_id)
    picked = Pickup.select().where(Pickup.couple == couple_id).exists()
    owed = tuple(s.product for s in states if s.handed_at is None) if picked else ()
    return OpenOrder(items_owed=owed, due_fen=balance(couple_id).due_fen)


def record_pickup(ctx: AppContext, couple_id: int, items: Sequence[ItemCheck], visit_id: int | None = None,
                  follow_up_at: dt.datetime | None = None, collect: str | int = "", method: str = "",
                  receipt_no: str = "", notes: str = "") -> PickupView:
    """Sign off one pickup: the products checked (each once; a missing one needs its reason and then a
    follow-up pickup time), and the money collected (never more than the balance). One transaction."""
    couple = Couple.get_or_none(Couple.id == couple_id)
    if couple is None:
        raise NotFound(translate("Aftercare", "No couple #{id}.").format(id=couple_id))
    owed = {s.product: s for s in product_states(couple_id) if s.handed_at is None}
    errors: dict[str, str] = {}
    seen: set[str] = set()
    for i, it in enumerate(items):
        name = clean_text(it.product)
        if name in seen:
            errors[f"item:{i}"] = translate("Aftercare", "{product} is ticked twice.").format(product=name)
            errors.setdefault("items", errors[f"item:{i}"])
        seen.add(name)
        if name not in owed:
            errors[f"item:{i}"] = translate("Aftercare", "{product} is not owed on this order.").format(product=name)
            errors.setdefault("items", errors[f"item:{i}"])
        if it.missing:
            if not clean_text(it.reason):
                errors[f"item:{i}"] = translate("Aftercare", "Say why {product} is missing.").format(product=name)
                errors.setdefault("items", errors[f"item:{i}"])
            elif err := text_error(it.reason, 200):
                errors[f"item:{i}"] = err
    if not items:
        errors["items"] = translate("Aftercare", "Check off at least one product.")
    missing = [it for it in items if it.missing]
    if missing and follow_up_at is None:
        errors["follow_up_at"] = translate("Aftercare", "Items are missing: pick the time of the follow-up pickup.")
    fen, err = parse_fen(collect)
    bal = balance(couple_id)
    if err:
        errors["collect"] = err
    elif fen:
        if fen > max(bal.due_fen, 0):
            errors["collect"] = translate("Aftercare", "More than the balance due ({due}).").format(
                due=f"¥{max(bal.due_fen, 0) / 100:.2f}")
        if method not in METHODS:
            errors["method"] = translate("Aftercare", "How was it paid?")
        if err := name_error(receipt_no, max_len=40):
            errors["receipt_no"] = err
    if err := text_error(notes):
        errors["notes"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        visit = Visit.get_or_none(Visit.id == visit_id) if visit_id else None
        p = Pickup.create(couple=couple_id, visit=visit, handed_by=ctx.operator_id, at=ctx.now(),
                          notes=clean_text(notes))
        for it in items:
            name = clean_text(it.product)
            PickupItem.create(pickup=p, product=name, quantity=owed[name].quantity,
                              status="missing" if it.missing else "handed",
                              reason=clean_text(it.reason) if it.missing else "",
                              handed_at=None if it.missing else ctx.now())
        if missing and follow_up_at is not None:
            what = "、".join(clean_text(it.product) for it in missing)
            try:
                appt = appointments.create_appointment(
                    ctx, follow_up_at, "pickup", couple_id=couple_id,
                    note=translate("Aftercare", "Follow-up pickup: {items}").format(items=what))
            except ValidationError as exc:
                raise ValidationError({("follow_up_at" if k in ("starts_at", "who") else k): v
                                       for k, v in exc.errors.items()}) from exc
            p.follow_up_appointment_id = appt.id
            p.save()
        if fen:
            pay = Payment.create(couple=couple_id, amount_fen=fen, method=method, receipt_no=clean_text(receipt_no),
                                 at=ctx.now(), received_by=ctx.operator_id, pickup=p)
            record(ctx, "payment.collect", pay)
        record(ctx, "pickup.sign", p, after={"couple": couple_id, "items": [
            {"product": clean_text(it.product), "missing": it.missing, "reason": clean_text(it.reason)}
            for it in items], "follow_up_appointment": p.follow_up_appointment_id, "collected_fen": fen})
    return get_pickup(p.id)


def get_pickup(pickup_id: int) -> PickupView:
    p = Pickup.get_or_none(Pickup.id == pickup_id)
    if p is None:
        raise NotFound(translate("Aftercare", "No pickup #{id}.").format(id=pickup_id))
    c = Couple.get_by_id(p.couple_id)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    items = list(PickupItem.select().where(PickupItem.pickup == p.id).order_by(PickupItem.id))
    handed = tuple(ProductState(i.product, i.quantity, i.handed_at) for i in items if i.status == "handed")
    owed = tuple(s for s in product_states(c.id) if s.handed_at is None)
    follow = None
    if p.follow_up_appointment_id:
        a = appointments.get_appointment(p.follow_up_appointment_id)
        follow = a.starts_at
    pays = tuple(PaymentRow(x.amount_fen, x.method, x.receipt_no, x.at, names.get(x.received_by_id, ""))
                 for x in Payment.select().where(Payment.pickup == p.id).order_by(Payment.id))
    pkg = order_package(c.id)
    return PickupView(id=p.id, couple_id=c.id, order_no=c.order_no, couple_names=c.names,
                      package=pkg.name if pkg else c.package, at=p.at, handed_by=names.get(p.handed_by_id, ""),
                      handed=handed, missing=owed, follow_up_at=follow, payments=pays, balance=balance(c.id))


def last_pickup(couple_id: int) -> PickupView | None:
    p = Pickup.select().where(Pickup.couple == couple_id).order_by(Pickup.at.desc(), Pickup.id.desc()).first()
    return get_pickup(p.id) if p is not None else None
