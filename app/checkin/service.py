"""Check-in services: couples, search, visits of the three kinds, lockers and keys, leads, today's list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.checkin.models import Couple, KeyLoan, Lead, Locker, SearchTerm, Visit
from app.checkin.search import PREFIX_END, couple_terms, normalize_query
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
    search_text,
    text_error,
)
from app.staff.models import Staff

COUPLE_TEXT_FIELDS = ("package", "special_requests", "notes")


def visit_kind_label(kind: str) -> str:
    return {
        "shoot": translate("Visit", "Shooting couple"),
        "consult": translate("Visit", "Consultation"),
        "visitor": translate("Visit", "Visitor looking for a couple"),
        "selection": translate("Visit", "Photo selection"),
        "proof": translate("Visit", "Proof viewing"),
        "pickup": translate("Visit", "Pickup"),
    }.get(kind, kind)


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
    SearchTerm.insert_many([{"term": t, "couple": couple.id} for t in sorted(terms)]).execute()


def create_couple(ctx: AppContext, **data) -> Couple:
    """Create a couple (order). Raises ValidationError keyed by field; nothing is saved then."""
    if errors := _validate_couple(data):
        raise ValidationError(errors)
    values = _couple_values(data)
    with db.atomic():
        c = Couple.create(created_at=ctx.now(), updated_at=ctx.now(), version=1, **values)
        _reindex(c)
        record(ctx, "couple.create", c)
    return c


def update_couple(ctx: AppContext, couple_id: int, expected_version: int | None = None, **data) -> Couple:
    c = get_couple(couple_id)
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
    return c


def get_couple(couple_id: int) -> Couple:
    c = Couple.get_or_none(Couple.id == couple_id)
    if c is None:
        raise NotFound(translate("Visit", "No couple #{id}.").format(id=couple_id))
    return c


def find_by_order_no(order_no: str) -> Couple | None:
    t = clean_text(search_text(order_no)).upper()
    return Couple.get_or_none(Couple.order_no == t) if t else None


def search_couples(text: str, limit: int = 50) -> list[Couple]:
    """Names, pinyin initials (zw → 张伟), full phone, last 4 digits, order number; prefix match, indexed."""
    q = normalize_query(search_text(text))
    if not q:
        return []
    ids = (SearchTerm.select(SearchTerm.couple).distinct()
           .where((SearchTerm.term >= q) & (SearchTerm.term < q + PREFIX_END)))
    exact = find_by_order_no(text) if len(q) >= 2 and q.isascii() else None  # order numbers are ASCII
    rows = list(Couple.select().where(Couple.id.in_(ids))
                .order_by(Couple.shoot_date.desc(nulls="LAST"), Couple.id.desc()).limit(limit))
    if exact is not None:
        rows = [exact] + [r for r in rows if r.id != exact.id]
    return rows


# ---------------------------------------------------------------------------------------- visits

def _party_error(party_size: int) -> str | None:
    if not isinstance(party_size, int) or party_size < 1 or party_size > 50:
        return translate("Validation", "Party size must be between 1 and 50.")
    return None


def open_visit_of(couple_id: int, kinds: tuple[str, ...] = ("shoot", "selection", "proof", "pickup")) -> Visit | None:
    return (Visit.select().where((Visit.couple == couple_id) & Visit.left_at.is_null() & Visit.kind.in_(kinds))
            .order_by(Visit.arrived_at.desc()).first())


def check_in_couple(ctx: AppContext, couple_id: int, kind: str = "shoot", party_size: int = 2,
                    note: str = "") -> Visit:
    """A couple arrives (to shoot, or later to select, see proofs or pick up): a visit linked to its order."""
    couple = get_couple(couple_id)
    errors: dict[str, str] = {}
    if kind not in ("shoot", "selection", "proof", "pickup"):
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
    return v


def check_in_consult(ctx: AppContext, name: str, phone: str, interest: str = "",
                     callback_date: dt.date | None = None, party_size: int = 1, note: str = "") -> Visit:
    """A walk-in asking: the visit plus a consultation lead with a call-back date."""
    errors: dict[str, str] = {}
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
                           created_by=ctx.operator_id, note=clean_text(note))
        record(ctx, "lead.create", lead)
        v = Visit.create(kind="consult", lead=lead, guest_name=lead.name, party_size=party_size,
                         arrived_at=ctx.now(), created_by=ctx.operator_id, note=clean_text(note))
        record(ctx, "visit.check_in", v)
    return v


@dataclass
class Whereabouts:
    """Where a couple is right now, for a visitor at the counter."""

    couple: Couple
    in_store: bool
    since: dt.datetime | None = None
    positions: list[dict] = field(default_factory=list)  # [{station, staff, since, minutes, person}]

    def minutes_in_store(self, now: dt.datetime) -> int:
        return int((now - self.since).total_seconds() // 60) if self.since else 0


def where_is(ctx: AppContext, couple_id: int) -> Whereabouts:
    couple = get_couple(couple_id)
    v = open_visit_of(couple_id)
    if v is None:
        return Whereabouts(couple=couple, in_store=False)
    w = Whereabouts(couple=couple, in_store=True, since=v.arrived_at)
    for provider in hooks.positions:
        w.positions.extend(provider(ctx, couple_id))
    return w


def check_in_visitor(ctx: AppContext, couple_id: int, guest_name: str = "", party_size: int = 1,
                     note: str = "") -> tuple[Visit, Whereabouts]:
    """A friend or relative looking for a couple: record the visit, answer where the couple is now."""
    get_couple(couple_id)
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
    return v, where_is(ctx, couple_id)


def receive_visit(ctx: AppContext, visit_id: int, staff_id: int | None = None) -> Visit:
    """Someone has attended to the party: the 'waiting without being received' clock stops."""
    v = get_visit(visit_id)
    with db.atomic():
        before = snapshot(v)
        if v.received_at is not None:
            raise Conflict(translate("Visit", "This party has already been received."))
        v.received_at = ctx.now()
        v.received_by = staff_id or ctx.operator_id
        v.save()
        record(ctx, "visit.receive", v, before=before)
    return v


def get_visit(visit_id: int) -> Visit:
    v = Visit.get_or_none(Visit.id == visit_id)
    if v is None:
        raise NotFound(translate("Visit", "No visit #{id}.").format(id=visit_id))
    return v


def check_out(ctx: AppContext, visit_id: int) -> Visit:
    """The guest leaves. A locker key still out blocks the check-out."""
    v = get_visit(visit_id)
    with db.atomic():
        if v.left_at is not None:
            raise Conflict(translate("Visit", "This visit has already been checked out."))
        out = open_loans_of(v.id)
        if out:
            raise Conflict(translate("Visit", "Locker key {n} is still out: take it back first.")
                           .format(n=", ".join(loan.locker.number for loan in out)))
        before = snapshot(v)
        v.left_at = ctx.now()
        v.save()
        record(ctx, "visit.check_out", v, before=before)
        for hook in hooks.check_out:
            hook(ctx, v)
    return v


def visit_title(v: Visit) -> str:
    """Who the visit is: the couple's names, the guest's name, or a visitor and the couple she looks for."""
    if v.kind == "visitor":
        return translate("Visit", "{guest} (looking for {names})").format(
            guest=v.guest_name or translate("Visit", "Visitor"), names=v.couple.names)
    if v.couple_id:
        return v.couple.names
    return v.guest_name


@dataclass
class InStoreRow:
    visit: Visit
    title: str  # who: couple names or guest name
    waited_minutes: int  # since arrival without being received (0 once received)
    minutes_in_store: int
    keys: list[str]


def in_store(ctx: AppContext) -> list[InStoreRow]:
    """Everyone in the store now (arrived today, not left), in arrival order."""
    now = ctx.now()
    start = dt.datetime.combine(now.date(), dt.time.min)
    visits = list(Visit.select(Visit, Couple, Lead).join(Couple, pw.JOIN.LEFT_OUTER, on=(Visit.couple == Couple.id))
                  .switch(Visit).join(Lead, pw.JOIN.LEFT_OUTER, on=(Visit.lead == Lead.id))
                  .where(Visit.left_at.is_null() & (Visit.arrived_at >= start))
                  .order_by(Visit.arrived_at, Visit.id))
    loans: dict[int, list[str]] = {}
    if visits:
        for loan in (KeyLoan.select(KeyLoan, Locker).join(Locker)
                     .where(KeyLoan.returned_at.is_null() & KeyLoan.visit.in_([v.id for v in visits]))):
            loans.setdefault(loan.visit_id, []).append(loan.locker.number)
    rows = []
    for v in visits:
        title = visit_title(v)
        waited = 0 if v.received_at else int((now - v.arrived_at).total_seconds() // 60)
        rows.append(InStoreRow(visit=v, title=title, waited_minutes=max(waited, 0),
                               minutes_in_store=max(int((now - v.arrived_at).total_seconds() // 60), 0),
                               keys=sorted(loans.get(v.id, []))))
    return rows


# --------------------------------------------------------------------------------------- lockers

def free_lockers() -> list[Locker]:
    busy = KeyLoan.select(KeyLoan.locker).where(KeyLoan.returned_at.is_null())
    return list(Locker.select().where(Locker.active & Locker.id.not_in(busy)).order_by(Locker.number))


def open_loans_of(visit_id: int) -> list[KeyLoan]:
    return list(KeyLoan.select(KeyLoan, Locker).join(Locker)
                .where((KeyLoan.visit == visit_id) & KeyLoan.returned_at.is_null()))


def issue_key(ctx: AppContext, visit_id: int, locker_number: str) -> KeyLoan:
    """Lock the party's valuables and hand out the key. A locker cannot be issued twice."""
    v = get_visit(visit_id)
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
    return loan


def return_key(ctx: AppContext, loan_id: int, place: str = "counter", lost: bool = False,
               note: str = "") -> KeyLoan:
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
    return loan


@dataclass
class KeyOut:
    loan: KeyLoan
    locker: str
    who: str
    minutes_out: int


def keys_out(ctx: AppContext) -> list[KeyOut]:
    now = ctx.now()
    rows = []
    for loan in (KeyLoan.select(KeyLoan, Locker, Visit).join(Locker).switch(KeyLoan).join(Visit)
                 .where(KeyLoan.returned_at.is_null()).order_by(KeyLoan.issued_at)):
        v = loan.visit
        who = v.couple.names if v.couple_id and v.kind != "visitor" else (v.guest_name or "")
        rows.append(KeyOut(loan=loan, locker=loan.locker.number, who=who,
                           minutes_out=max(int((now - loan.issued_at).total_seconds() // 60), 0)))
    return rows


# ----------------------------------------------------------------------------------------- leads

def leads_due(ctx: AppContext, on: dt.date | None = None) -> list[Lead]:
    """Open consultation leads whose call-back date is today or earlier."""
    day = on or ctx.today()
    return list(Lead.select().where((Lead.status == "open") & (Lead.callback_date <= day))
                .order_by(Lead.callback_date, Lead.id))


def close_lead(ctx: AppContext, lead_id: int, note: str = "") -> Lead:
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
    return lead


def staff_name(staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    s = Staff.get_or_none(Staff.id == staff_id)
    return s.name if s else ""

