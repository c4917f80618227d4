"""Lost and found (失物招领) and loans to guests (借用: umbrella, charger, slippers), like the key log.

A found item is kept until it is claimed (by whom, with the ID shown or the order number) or disposed of
once it has been kept for the set time (setting ``aftercare.found_keep_days``). A loan is open until the
item comes back (deposit refunded) or is recorded lost (deposit kept, with a note).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.aftercare.models import LOAN_ITEMS, FoundItem, GuestLoan
from app.aftercare.money import parse_fen
from app.aftercare.options import FOUND_KEEP_DAYS
from app.checkin.models import Couple, Visit
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, name_error, text_error
from app.staff.models import Staff

FOUND_KEEP_DAYS_DEFAULT = FOUND_KEEP_DAYS.default
SHORT_MAX = 80


def found_keep_days() -> int:
    return FOUND_KEEP_DAYS.get()


def loan_item_label(item: str) -> str:
    return {
        "umbrella": translate("Aftercare", "Umbrella"),
        "charger": translate("Aftercare", "Charger"),
        "slippers": translate("Aftercare", "Slippers"),
        "other": translate("Aftercare", "Other"),
    }.get(item, item)


def _staff_names() -> dict[int, str]:
    return {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}


# ----------------------------------------------------------------------------------- found items

@dataclass(frozen=True)
class FoundRow:
    id: int
    what: str
    found_where: str
    found_at: dt.datetime
    found_by: str
    kept_where: str
    status: str  # kept / claimed / disposed
    days_kept: int
    disposable: bool  # kept for the set time: may be disposed of
    claimed_by: str = ""
    claim_proof: str = ""
    closed_at: dt.datetime | None = None
    closed_by: str = ""
    note: str = ""


def _found_row(item: FoundItem, now: dt.datetime, names: dict[int, str]) -> FoundRow:
    days = max((now.date() - item.found_at.date()).days, 0)
    return FoundRow(id=item.id, what=item.what, found_where=item.found_where, found_at=item.found_at,
                    found_by=item.found_by, kept_where=item.kept_where, status=item.status, days_kept=days,
                    disposable=item.status == "kept" and days >= found_keep_days(),
                    claimed_by=item.claimed_by, claim_proof=item.claim_proof, closed_at=item.closed_at,
                    closed_by=names.get(item.closed_by_id, "") if item.closed_by_id else "", note=item.note)


def _short_error(text: str, required: bool) -> str | None:
    return name_error(text, required=required, max_len=SHORT_MAX)


def record_found(ctx: AppContext, what: str, found_where: str = "", found_by: str = "", kept_where: str = "",
                 found_at: dt.datetime | None = None, note: str = "") -> FoundRow:
    """Log an item found in the store: what, where, when, who found it, where it is kept now."""
    errors: dict[str, str] = {}
    for key, value, required in (("what", what, True), ("found_where", found_where, False),
                                 ("kept_where", kept_where, True)):
        if err := _short_error(value, required):
            errors[key] = err
    if err := name_error(found_by, required=False):
        errors["found_by"] = err
    if err := text_error(note):
        errors["note"] = err
    when = found_at or ctx.now()
    if when > ctx.now():
        errors["found_at"] = translate("Aftercare", "Cannot be in the future.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        item = FoundItem.create(what=clean_text(what), found_where=clean_text(found_where),
                                found_by=clean_text(found_by), kept_where=clean_text(kept_where), found_at=when,
                                recorded_by=ctx.operator_id, note=clean_text(note))
        record(ctx, "found.record", item)
    return _found_row(item, ctx.now(), _staff_names())


def _open_found(item_id: int) -> FoundItem:
    item = FoundItem.get_or_none(FoundItem.id == item_id)
    if item is None:
        raise NotFound(translate("Aftercare", "No found item #{id}.").format(id=item_id))
    return item


def claim_found(ctx: AppContext, item_id: int, claimant: str, proof: str, order_no: str = "") -> FoundRow:
    """The owner takes the item back: who (required) and what they showed (ID, or their order number)."""
    errors: dict[str, str] = {}
    if err := name_error(claimant):
        errors["claimant"] = err
    couple = None
    if clean_text(order_no):
        couple = Couple.get_or_none(Couple.order_no == clean_text(order_no))
        if couple is None:
            errors["order_no"] = translate("Aftercare", "No order {no}.").format(no=clean_text(order_no))
    if not clean_text(proof) and couple is None:
        errors["proof"] = translate("Aftercare", "Say what the claimant showed (ID card, order number).")
    elif err := _short_error(proof, False):
        errors["proof"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        item = _open_found(item_id)
        if item.status != "kept":
            raise Conflict(translate("Aftercare", "This item is no longer kept (already claimed or disposed of)."))
        before = snapshot(item)
        item.status = "claimed"
        item.claimed_by = clean_text(claimant)
        item.claim_proof = clean_text(proof) or (couple.order_no if couple else "")
        item.couple = couple
        item.closed_at = ctx.now()
        item.closed_by = ctx.operator_id
        item.save()
        record(ctx, "found.claim", item, before=before)
    return _found_row(item, ctx.now(), _staff_names())


def dispose_found(ctx: AppContext, item_id: int, note: str) -> FoundRow:
    """Dispose of an unclaimed item once it has been kept for the set time (how, in the note)."""
    errors: dict[str, str] = {}
    if not clean_text(note):
        errors["note"] = translate("Aftercare", "Say how it was disposed of (given to charity, thrown away…).")
    elif err := text_error(note):
        errors["note"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        item = _open_found(item_id)
        if item.status != "kept":
            raise Conflict(translate("Aftercare", "This item is no longer kept (already claimed or disposed of)."))
        days = (ctx.today() - item.found_at.date()).days
        if days < found_keep_days():
            raise Conflict(translate("Aftercare", "Kept for {days} of {keep} days: it cannot be disposed of yet.")
                           .format(days=days, keep=found_keep_days()))
        before = snapshot(item)
        item.status = "disposed"
        item.closed_at = ctx.now()
        item.closed_by = ctx.operator_id
        item.note = (item.note + "\n" + clean_text(note)).strip()
        item.save()
        record(ctx, "found.dispose", item, before=before)
    return _found_row(item, ctx.now(), _staff_names())


def found_items(ctx: AppContext, include_closed: bool = False) -> list[FoundRow]:
    """Items still kept (oldest first), or every item."""
    q = FoundItem.select().order_by(FoundItem.found_at, FoundItem.id)
    if not include_closed:
        q = q.where(FoundItem.status == "kept")
    names = _staff_names()
    now = ctx.now()
    return [_found_row(i, now, names) for i in q]


# ----------------------------------------------------------------------------------------- loans

@dataclass(frozen=True)
class LoanRow:
    id: int
    item: str
    item_label: str
    description: str
    guest: str
    visit_id: int | None
    deposit_fen: int
    lent_at: dt.datetime
    minutes_out: int
    guest_left: bool  # the guest has checked out with the item still out
    returned_at: dt.datetime | None = None
    deposit_refunded_fen: int = 0
    lost: bool = False
    note: str = ""


def _visit_who(v: Visit) -> str:
    if v.couple_id and v.kind != "visitor":
        return v.couple.names
    return v.guest_name or ""


def _loan_row(loan: GuestLoan, now: dt.datetime) -> LoanRow:
    v = loan.visit if loan.visit_id else None
    end = loan.returned_at or now
    return LoanRow(id=loan.id, item=loan.item, item_label=loan_item_label(loan.item), description=loan.description,
                   guest=loan.guest or (_visit_who(v) if v is not None else ""), visit_id=loan.visit_id,
                   deposit_fen=loan.deposit_fen, lent_at=loan.lent_at,
                   minutes_out=max(int((end - loan.lent_at).total_seconds() // 60), 0),
                   guest_left=v is not None and v.left_at is not None and loan.returned_at is None,
                   returned_at=loan.returned_at, deposit_refunded_fen=loan.deposit_refunded_fen, lost=loan.lost,
                   note=loan.note)


def lend(ctx: AppContext, item: str, deposit: str | int = "", visit_id: int | None = None, guest: str = "",
         description: str = "", note: str = "") -> LoanRow:
    """Lend an umbrella, a charger, slippers … to a guest in the store (or a named guest), with a deposit."""
    errors: dict[str, str] = {}
    if item not in LOAN_ITEMS:
        errors["item"] = translate("Aftercare", "Choose what is lent.")
    elif item == "other" and not clean_text(description):
        errors["description"] = translate("Aftercare", "Say what is lent.")
    if err := _short_error(description, False):
        errors["description"] = err
    fen, err = parse_fen(deposit)
    if err:
        errors["deposit"] = err
    visit = None
    if visit_id is not None:
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None or visit.left_at is not None:
            errors["guest"] = translate("Aftercare", "This guest is no longer in the store.")
    elif err := name_error(guest):
        errors["guest"] = err
    if err := text_error(note):
        errors["note"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        loan = GuestLoan.create(item=item, description=clean_text(description), visit=visit,
                                guest=clean_text(guest), deposit_fen=fen or 0, lent_at=ctx.now(),
                                lent_by=ctx.operator_id, note=clean_text(note))
        record(ctx, "loan.lend", loan)
    return _loan_row(loan, ctx.now())


def return_loan(ctx: AppContext, loan_id: int, lost: bool = False, note: str = "") -> LoanRow:
    """The item comes back (the deposit is refunded in full), or is recorded lost (the deposit is kept)."""
    if lost and not clean_text(note):
        raise ValidationError({"note": translate("Aftercare", "Say what happened to the lent item.")})
    if err := text_error(note):
        raise ValidationError({"note": err})
    with db.atomic():
        loan = GuestLoan.get_or_none(GuestLoan.id == loan_id)
        if loan is None:
            raise NotFound(translate("Aftercare", "No loan #{id}.").format(id=loan_id))
        if loan.returned_at is not None:
            raise Conflict(translate("Aftercare", "This item has already come back."))
        before = snapshot(loan)
        loan.returned_at = ctx.now()
        loan.returned_by = ctx.operator_id
        loan.lost = lost
        loan.deposit_refunded_fen = 0 if lost else loan.deposit_fen
        if clean_text(note):
            loan.note = (loan.note + "\n" + clean_text(note)).strip()
        loan.save()
        record(ctx, "loan.lost" if lost else "loan.return", loan, before=before)
    return _loan_row(loan, ctx.now())


def loans_out(ctx: AppContext) -> list[LoanRow]:
    """Everything lent and not back yet, longest out first."""
    now = ctx.now()
    q = GuestLoan.select().where(GuestLoan.returned_at.is_null()).order_by(GuestLoan.lent_at, GuestLoan.id)
    return [_loan_row(loan, now) for loan in q]
