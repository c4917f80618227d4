"""Check-in commands: couples, visits of the three kinds (check in, receive, check out), locker keys, leads.

Each command is one transaction with its audit entry inside, and returns plain values (the frozen
dataclasses of ``app.checkin.queries``), never a live model row. Reads are in ``app.checkin.queries``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.checkin.models import Couple, KeyLoan, Lead, Locker, SearchTerm, Visit
from app.checkin.queries import (
    COUPLE_VISIT_KINDS,
    CoupleView,
    LeadView,
    VisitView,
    Whereabouts,
    couple_view,
    lead_view,
    open_loans_of,
    open_visit_of,
    visit_view,
    where_is,
)
from app.checkin.search import couple_terms, display_rank
from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import (
    clean_text,
    name_error,
    normalize_phone,
    order_no_error,
    phone_error,
    phone_last4,
    text_error,
)

COUPLE_TEXT_FIELDS = ("package", "special_requests", "notes")


def _couple(couple_id: int) -> Couple:
    c = Couple.get_or_none(Couple.id == couple_id)
    if c is None:
        raise NotFound(translate("Visit", "No couple #{id}.").format(id=couple_id))
    return c


def _visit(visit_id: int) -> Visit:
    v = Visit.get_or_none(Visit.id == visit_id)
    if v is None:
        raise NotFound(translate("Visit", "No visit #{id}.").format(id=visit_id))
    return v


@dataclass(frozen=True)
class LoanResult:
    """A key loan after issuing or returning it."""

    id: int
    locker: str
    visit_id: int
    issued_at: dt.datetime
    returned_at: dt.datetime | None
    returned_to: str
    lost: bool
    note: str


def _loan_result(loan: KeyLoan) -> LoanResult:
    return LoanResult(id=loan.id, locker=loan.locker.number, visit_id=loan.visit_id, issued_at=loan.issued_at,
                      returned_at=loan.returned_at, returned_to=loan.returned_to, lost=loan.lost, note=loan.note)


# --------------------------------------------------------------------------------------- couples

def _validate_couple(data: dict, couple_id: int | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if err := order_no_error(data.get("order_no", "")):
        errors["order_no"] = err
    else:
        q = Couple.select().where(pw.fn.LOWER(Couple.order_no) == clean_text(data["order_no"]).lower())
        if couple_id is not None:
            q = q.where(Couple.id != couple_id)
        if q.exists():
            errors["order_no"] = translate("Validation", "Order number already used by another couple.")
    for key in ("bride_name", "groom_name"):
        if err := name_error(data.get(key, "")):
            errors[key] = err
    for key in ("bride_phone", "groom_phone"):
        if err := phone_error(data.get(key, "")):
            errors[key] = err
    if not (data.get("bride_phone") or data.get("groom_phone")) and "bride_phone" not in errors:
        errors["bride_phone"] = translate("Validation", "At least one phone number is needed.")
    if err := text_error(data.get("package", ""), 80):
        errors["package"] = err
    for key in ("special_requests", "notes"):
        if err := text_error(data.get(key, "")):
            errors[key] = err
    for key in ("shoot_date", "bride_birthday", "groom_birthday", "wedding_date"):
        v = data.get(key)
        if v is not None and not isinstance(v, dt.date):
            errors[key] = translate("Validation", "Not a date.")
    return errors


def _couple_values(data: dict) -> dict:
    out = {
        "order_no": clean_text(data["order_no"]).upper(),
        "bride_name": clean_text(data["bride_name"]),
        "groom_name": clean_text(data["groom_name"]),
        "bride_phone": normalize_phone(data.get("bride_phone", "")),
        "groom_phone": normalize_phone(data.get("groom_phone", "")),
    }
    out["bride_phone_last4"] = phone_last4(out["bride_phone"])
    out["groom_phone_last4"] = phone_last4(out["groom_phone"])
    for key in COUPLE_TEXT_FIELDS:
        out[key] = clean_text(data.get(key, ""))
    for key in ("shoot_date", "bride_birthday", "groom_birthday", "wedding_date"):
        out[key] = data.get(key)
    return out


def _reindex(couple: Couple) -> None:
    SearchTerm.delete().where(SearchTerm.couple == couple).execute()
    terms = couple_terms(couple.order_no, couple.bride_name, couple.groom_name,
                         [couple.bride_phone, couple.groom_phone])
    rank = display_rank(couple.shoot_date, couple.id)
    SearchTerm.insert_many([{"term": t, "couple": couple.id, "display_rank": rank} for t in sorted(terms)]).execute()


def create_couple(ctx: AppContext, **data) -> CoupleView:
    """Create a couple (order). Raises ValidationError keyed by field; nothing is saved then."""
    if errors := _validate_couple(data):
        raise ValidationError(errors)
    values = _couple_values(data)
    with db.atomic():
        c = Couple.create(created_at=ctx.now(), updated_at=ctx.now(), version=1, **values)
        _reindex(c)
        record(ctx, "couple.create", c)
    return couple_view(c)


def update_couple(ctx: AppContext, couple_id: int, expected_version: int | None = None, **data) -> CoupleView:
    c = _couple(couple_id)
    merged = {**{name: getattr(c, name) for name in c._meta.fields}, **data}
    if errors := _validate_couple(merged, couple_id=couple_id):
        raise ValidationError(errors)
    values = _couple_values(merged)
    with db.atomic():
        before = snapshot(c)
        version = expected_version if expected_version is not None else c.version
        n = (Couple.update(updated_at=ctx.now(), version=Couple.version + 1, **values)
             .where((Couple.id == couple_id) & (Couple.version == version)).execute())
        if n != 1:
            raise Conflict(translate("Visit", "This couple was changed at another counter; reload and try again."))
        c = Couple.get_by_id(couple_id)
        _reindex(c)
        record(ctx, "couple.update", c, before=before)
    return couple_view(c)


# ---------------------------------------------------------------------------------------- visits

def _party_error(party_size: int) -> str | None:
    if not isinstance(party_size, int) or party_size < 1 or party_size > 50:
        return translate("Validation", "Party size must be between 1 and 50.")
    return None


def check_in_couple(ctx: AppContext, couple_id: int, kind: str = "shoot", party_size: int = 2,
                    note: str = "") -> VisitView:
    """A couple arrives (to shoot, or later to select, see proofs or pick up): a visit linked to its order."""
    couple = _couple(couple_id)
    errors: dict[str, str] = {}
    if kind not in COUPLE_VISIT_KINDS:
        errors["kind"] = translate("Validation", "Not a couple's visit kind.")
    if err := _party_error(party_size):
        errors["party_size"] = err
    if err := text_error(note):
        errors["note"] = err
    if errors:
        raise ValidationError(errors)
    already = translate("Visit", "{names} are already checked in.").format(names=couple.names)
    try:
        with db.atomic():
            if open_visit_of(couple.id) is not None:
                raise Conflict(already)
            v = Visit.create(kind=kind, couple=couple, party_size=party_size, arrived_at=ctx.now(),
                             created_by=ctx.operator_id, note=clean_text(note))
            record(ctx, "visit.check_in", v)
            for hook in hooks.check_in:
                hook(ctx, v)
    except pw.IntegrityError as exc:
        # Another counter checked the couple in a moment ago (index visit_open_couple, migration 0016).
        if open_visit_of(couple.id) is not None:
            raise Conflict(already) from exc
        raise
    return visit_view(v)


def check_in_consult(ctx: AppContext, name: str, phone: str, interest: str = "",
                     callback_date: dt.date | None = None, party_size: int = 1, note: str = "",
                     source: str = "") -> VisitView:
    """A walk-in asking: the visit plus a consultation lead with a call-back date and where they heard of
    the studio (``source``: one of ``leads.sources()``, '' when not asked)."""
    from app.checkin.leads import source_error

    errors: dict[str, str] = {}
    if err := source_error(source):
        errors["source"] = err
    if err := name_error(name):
        errors["name"] = err
    if err := phone_error(phone, required=True):
        errors["phone"] = err
    if err := text_error(interest):
        errors["interest"] = err
    if err := _party_error(party_size):
        errors["party_size"] = err
    if callback_date is None:
        errors["callback_date"] = translate("Validation", "Required.")
    elif callback_date < ctx.today():
        errors["callback_date"] = translate("Validation", "The call-back date is in the past.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        ph = normalize_phone(phone)
        lead = Lead.create(name=clean_text(name), phone=ph, phone_last4=phone_last4(ph),
                           interest=clean_text(interest), callback_date=callback_date, created_at=ctx.now(),
                           created_by=ctx.operator_id, note=clean_text(note), source=source)
        record(ctx, "lead.create", lead)
        v = Visit.create(kind="consult", lead=lead, guest_name=lead.name, party_size=party_size,
                         arrived_at=ctx.now(), created_by=ctx.operator_id, note=clean_text(note))
        record(ctx, "visit.check_in", v)
    return visit_view(v)


def check_in_visitor(ctx: AppContext, couple_id: int, guest_name: str = "", party_size: int = 1,
                     note: str = "") -> tuple[VisitView, Whereabouts]:
    """A friend or relative looking for a couple: record the visit, answer where the couple is now."""
    _couple(couple_id)
    errors: dict[str, str] = {}
    if err := name_error(guest_name, required=False):
        errors["guest_name"] = err
    if err := _party_error(party_size):
        errors["party_size"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        v = Visit.create(kind="visitor", couple=couple_id, guest_name=clean_text(guest_name),
                         party_size=party_size, arrived_at=ctx.now(), received_at=ctx.now(),
                         received_by=ctx.operator_id, created_by=ctx.operator_id, note=clean_text(note))
        record(ctx, "visit.check_in", v)
    return visit_view(v), where_is(ctx, couple_id)


def receive_visit(ctx: AppContext, visit_id: int, staff_id: int | None = None) -> VisitView:
    """Someone has attended to the party: the 'waiting without being received' clock stops."""
    v = _visit(visit_id)
    with db.atomic():
        before = snapshot(v)
        if v.received_at is not None:
            raise Conflict(translate("Visit", "This party has already been received."))
        v.received_at = ctx.now()
        v.received_by = staff_id or ctx.operator_id
        v.save()
        record(ctx, "visit.receive", v, before=before)
    return visit_view(v)


def check_out(ctx: AppContext, visit_id: int) -> VisitView:
    """The guest leaves. A locker key still out blocks the check-out."""
    v = _visit(visit_id)
    with db.atomic():
        if v.left_at is not None:
            raise Conflict(translate("Visit", "This visit has already been checked out."))
        out = open_loans_of(v.id)
        if out:
            raise Conflict(translate("Visit", "Locker key {n} is still out: take it back first.")
                           .format(n=", ".join(loan.locker for loan in out)))
        before = snapshot(v)
        v.left_at = ctx.now()
        v.save()
        record(ctx, "visit.check_out", v, before=before)
        for hook in hooks.check_out:
            hook(ctx, v)
    return visit_view(v)


# --------------------------------------------------------------------------------------- lockers

def issue_key(ctx: AppContext, visit_id: int, locker_number: str) -> LoanResult:
    """Lock the party's valuables and hand out the key. A locker cannot be issued twice."""
    v = _visit(visit_id)
    if v.left_at is not None:
        raise ValidationError({"visit": translate("Visit", "This guest has already left.")})
    locker = Locker.get_or_none(Locker.number == clean_text(locker_number))
    if locker is None or not locker.active:
        raise ValidationError({"locker": translate("Visit", "No locker {n}.").format(n=locker_number)})
    try:
        with db.atomic():
            busy = KeyLoan.get_or_none((KeyLoan.locker == locker) & KeyLoan.returned_at.is_null())
            if busy is not None:
                raise Conflict(translate("Visit", "Locker {n} is already issued.").format(n=locker.number))
            loan = KeyLoan.create(locker=locker, visit=v, issued_at=ctx.now(), issued_by=ctx.operator_id)
            record(ctx, "key.issue", loan)
    except pw.IntegrityError as exc:  # another counter issued it a moment ago
        raise Conflict(translate("Visit", "Locker {n} is already issued.").format(n=locker.number)) from exc
    return _loan_result(loan)


def return_key(ctx: AppContext, loan_id: int, place: str = "counter", lost: bool = False,
               note: str = "") -> LoanResult:
    """The key comes back to the counter or the bar (or is recorded lost, with a note)."""
    if place not in ("counter", "bar"):
        raise ValidationError({"place": translate("Visit", "The key comes back to the counter or the bar.")})
    if lost and not clean_text(note):
        raise ValidationError({"note": translate("Visit", "Say what happened to the lost key.")})
    loan = KeyLoan.get_or_none(KeyLoan.id == loan_id)
    if loan is None:
        raise NotFound(translate("Visit", "No key loan #{id}.").format(id=loan_id))
    with db.atomic():
        if loan.returned_at is not None:
            raise Conflict(translate("Visit", "This key has already been returned."))
        before = snapshot(loan)
        loan.returned_at = ctx.now()
        loan.returned_to = place
        loan.returned_by = ctx.operator_id
        loan.lost = lost
        loan.note = clean_text(note)
        loan.save()
        record(ctx, "key.lost" if lost else "key.return", loan, before=before)
    return _loan_result(loan)


# ----------------------------------------------------------------------------------------- leads

def close_lead(ctx: AppContext, lead_id: int, note: str = "") -> LeadView:
    lead = Lead.get_or_none(Lead.id == lead_id)
    if lead is None:
        raise NotFound(translate("Visit", "No lead #{id}.").format(id=lead_id))
    with db.atomic():
        before = snapshot(lead)
        lead.status = "done"
        if note:
            lead.note = (lead.note + "\n" + clean_text(note)).strip()
        lead.save()
        record(ctx, "lead.close", lead, before=before)
    return lead_view(lead)
