"""Check-in reads: couples, search, visits, who is in the store, where a couple is, keys out, leads due.

Every function here returns plain values (frozen dataclasses of ids, strings and dates), never a live
model row, so that a screen reading an attribute cannot run a query. Reads never write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

import peewee as pw

from app.checkin.models import Couple, KeyLoan, Lead, Locker, Visit
from app.checkin.search import PREFIX_END, normalize_query
from app.core import hooks
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound
from app.core.i18n import translate
from app.core.validation import clean_text, search_text
from app.staff.models import Staff

COUPLE_VISIT_KINDS = ("shoot", "selection", "proof", "pickup")


def visit_kind_label(kind: str) -> str:
    return {
        "shoot": translate("Visit", "Shooting couple"),
        "consult": translate("Visit", "Consultation"),
        "visitor": translate("Visit", "Visitor looking for a couple"),
        "selection": translate("Visit", "Photo selection"),
        "proof": translate("Visit", "Proof viewing"),
        "pickup": translate("Visit", "Pickup"),
    }.get(kind, kind)


# ------------------------------------------------------------------------------- plain values

@dataclass(frozen=True)
class CoupleView:
    """A couple (order) as read: plain values only."""

    id: int
    order_no: str
    bride_name: str
    groom_name: str
    bride_phone: str
    groom_phone: str
    bride_phone_last4: str
    groom_phone_last4: str
    package: str
    shoot_date: dt.date | None
    special_requests: str
    notes: str
    bride_birthday: dt.date | None
    groom_birthday: dt.date | None
    wedding_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int

    @property
    def names(self) -> str:
        return f"{self.bride_name} & {self.groom_name}"


def couple_view(c: Couple) -> CoupleView:
    return CoupleView(id=c.id, order_no=c.order_no, bride_name=c.bride_name, groom_name=c.groom_name,
                      bride_phone=c.bride_phone, groom_phone=c.groom_phone, bride_phone_last4=c.bride_phone_last4,
                      groom_phone_last4=c.groom_phone_last4, package=c.package,
                      shoot_date=c.shoot_date, special_requests=c.special_requests, notes=c.notes,
                      bride_birthday=c.bride_birthday, groom_birthday=c.groom_birthday,
                      wedding_date=c.wedding_date, created_at=c.created_at,
                      updated_at=c.updated_at, version=c.version)


@dataclass(frozen=True)
class VisitView:
    """A visit as read: plain values only (the couple or lead by id)."""

    id: int
    kind: str
    couple_id: int | None
    lead_id: int | None
    guest_name: str
    party_size: int
    arrived_at: dt.datetime
    received_at: dt.datetime | None
    received_by_id: int | None
    left_at: dt.datetime | None
    note: str


def visit_view(v: Visit) -> VisitView:
    return VisitView(id=v.id, kind=v.kind, couple_id=v.couple_id, lead_id=v.lead_id, guest_name=v.guest_name,
                     party_size=v.party_size, arrived_at=v.arrived_at, received_at=v.received_at,
                     received_by_id=v.received_by_id, left_at=v.left_at, note=v.note)


@dataclass(frozen=True)
class LeadView:
    id: int
    name: str
    phone: str
    interest: str
    callback_date: dt.date | None
    status: str
    note: str
    source: str = ""
    outcome: str = "open"
    created_by_id: int | None = None


def lead_view(lead: Lead) -> LeadView:
    return LeadView(id=lead.id, name=lead.name, phone=lead.phone, interest=lead.interest,
                    callback_date=lead.callback_date, status=lead.status, note=lead.note, source=lead.source,
                    outcome=lead.outcome, created_by_id=lead.created_by_id)


@dataclass(frozen=True)
class LockerView:
    id: int
    number: str
    location: str


@dataclass(frozen=True)
class LoanView:
    """A locker key handed out and not back yet."""

    id: int
    locker: str
    visit_id: int
    issued_at: dt.datetime


# ---------------------------------------------------------------------------------- couples

def get_couple(couple_id: int) -> CoupleView:
    c = Couple.get_or_none(Couple.id == couple_id)
    if c is None:
        raise NotFound(translate("Visit", "No couple #{id}.").format(id=couple_id))
    return couple_view(c)


def _order_no_row(order_no: str) -> Couple | None:
    t = clean_text(search_text(order_no)).upper()
    return Couple.get_or_none(Couple.order_no == t) if t else None


def find_by_order_no(order_no: str) -> CoupleView | None:
    c = _order_no_row(order_no)
    return couple_view(c) if c is not None else None


def search_couples(text: str, limit: int = 50) -> list[CoupleView]:
    """Names, pinyin initials (zw → 张伟), full phone, last 4 digits, order number; prefix match, indexed.

    Runs on the keystroke, so it is a few prepared statements read as tuples straight into ``CoupleView``
    (building the peewee query and model objects cost ten times the query itself), and its cost does not grow
    with the years of data: the ``limit`` newest matches come from the index ``(term, display_rank,
    couple_id)`` without reading or sorting the couples (see ``_ranked_ids``); an exact order number comes
    first."""
    q = normalize_query(search_text(text))
    if not q:
        return []
    p = db.param
    ids = _ranked_ids(q, limit)
    rows = []
    if ids:
        sql = _BY_ID_SQL.format(cols=_view_columns(), marks=", ".join([p] * len(ids)))
        found = {r[0]: r for r in db.execute_sql(sql, ids).fetchall()}
        rows = [_row_view(found[i]) for i in ids if i in found]
    if len(q) >= 2 and q.isascii():  # order numbers are ASCII
        t = clean_text(search_text(text)).upper()
        hit = db.execute_sql(_ORDER_SQL.format(cols=_view_columns(), p=p), (t,)).fetchone() if t else None
        if hit is not None:
            exact = _row_view(hit)
            rows = [exact] + [r for r in rows if r.id != exact.id]
    return rows


WALK_FROM = 5000  # matching terms from which walking the newest couples beats reading every match


def _ranked_ids(q: str, limit: int) -> list[int]:
    """The ids of the ``limit`` newest couples with a term starting with ``q``, in display order.

    Two plans, picked by a bounded count of the matching terms. Reading the matches from the index
    ``(term, display_rank, couple_id)`` and keeping the top few (a bounded sort; no couple row is read) costs
    little per match. For a prefix most couples share (a single letter, a common surname: 王 is one couple in
    fourteen), walking the couples newest first (index ``couple_display_order``, each checked by one seek in
    ``(couple_id, term)``) finds ``limit`` of them after a few hundred, whatever the number of years kept.
    Prefixes with digits (order numbers, phones) cluster in time (every order of 2022 starts YL2022), so they
    always take the first plan."""
    p = db.param
    end = q + PREFIX_END
    if not any(ch.isdigit() for ch in q):
        n = db.execute_sql(_COUNT_SQL.format(p=p, cap=WALK_FROM), (q, end)).fetchone()[0]
        if n >= WALK_FROM:
            return [r[0] for r in db.execute_sql(_WALK_SQL.format(p=p), (q, end, limit)).fetchall()]
    fetch = limit * 4  # a couple may match by several terms (王小丽: wang…, wxl, wl …): each is a row here
    while True:
        rows = db.execute_sql(_RANKED_SQL.format(p=p), (q, end, fetch)).fetchall()
        ids = list(dict.fromkeys(r[1] for r in rows))  # in rank order, each couple once
        if len(ids) >= limit or len(rows) < fetch:
            return ids[:limit]
        fetch *= 4


_COUNT_SQL = ('SELECT COUNT(*) FROM (SELECT 1 FROM "search_term" WHERE "term" >= {p} AND "term" < {p} '
              'LIMIT {cap}) AS "m"')
_RANKED_SQL = ('SELECT "display_rank", "couple_id" FROM "search_term" WHERE "term" >= {p} AND "term" < {p} '
               'ORDER BY "display_rank" DESC LIMIT {p}')
_WALK_SQL = ('SELECT "c"."id" FROM "couple" AS "c" WHERE EXISTS (SELECT 1 FROM "search_term" AS "t" '
             'WHERE "t"."couple_id" = "c"."id" AND "t"."term" >= {p} AND "t"."term" < {p}) '
             'ORDER BY ("c"."shoot_date" IS NULL), "c"."shoot_date" DESC, "c"."id" DESC LIMIT {p}')
_BY_ID_SQL = 'SELECT {cols} FROM "couple" WHERE "id" IN ({marks})'
_ORDER_SQL = 'SELECT {cols} FROM "couple" WHERE "order_no" = {p}'
_VIEW_FIELDS = [Couple._meta.fields[f.name] for f in fields(CoupleView)]


def _converter(f: pw.Field):  # returns a one-argument callable
    """Values as the row holds them → Python: SQLite hands dates back as ISO text (read here with
    ``fromisoformat``, much faster than peewee's list of formats), PostgreSQL as dates already."""
    if isinstance(f, pw.DateTimeField):
        return lambda v: dt.datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(f, pw.DateField):
        return lambda v: dt.date.fromisoformat(v) if isinstance(v, str) else v
    return f.python_value


_CONVERT = [_converter(f) for f in _VIEW_FIELDS]


def _view_columns() -> str:
    return ", ".join(f'"{f.column_name}"' for f in _VIEW_FIELDS)


def _row_view(row: tuple) -> CoupleView:
    return CoupleView(*(conv(v) for conv, v in zip(_CONVERT, row, strict=True)))


# ----------------------------------------------------------------------------------- visits

def open_visit_of(couple_id: int, kinds: tuple[str, ...] = COUPLE_VISIT_KINDS) -> VisitView | None:
    v = (Visit.select().where((Visit.couple == couple_id) & Visit.left_at.is_null() & Visit.kind.in_(kinds))
         .order_by(Visit.arrived_at.desc()).first())
    return visit_view(v) if v is not None else None


def get_visit(visit_id: int) -> VisitView:
    v = Visit.get_or_none(Visit.id == visit_id)
    if v is None:
        raise NotFound(translate("Visit", "No visit #{id}.").format(id=visit_id))
    return visit_view(v)


def visit_title(v: Visit) -> str:
    """Who the visit is: the couple's names, the guest's name, or a visitor and the couple she looks for.
    ``v`` is a model row (with its couple joined, to read it without another query)."""
    if v.kind == "visitor":
        return translate("Visit", "{guest} (looking for {names})").format(
            guest=v.guest_name or translate("Visit", "Visitor"), names=v.couple.names)
    if v.couple_id:
        return v.couple.names
    return v.guest_name


@dataclass(frozen=True)
class Whereabouts:
    """Where a couple is right now, for a visitor at the counter."""

    couple: CoupleView
    in_store: bool
    since: dt.datetime | None = None
    positions: tuple[dict, ...] = field(default_factory=tuple)  # ({station, staff, since, minutes, person},)

    def minutes_in_store(self, now: dt.datetime) -> int:
        return int((now - self.since).total_seconds() // 60) if self.since else 0


def where_is(ctx: AppContext, couple_id: int) -> Whereabouts:
    couple = get_couple(couple_id)
    v = open_visit_of(couple_id)
    if v is None:
        return Whereabouts(couple=couple, in_store=False)
    positions: list[dict] = []
    for provider in hooks.positions:
        positions.extend(provider(ctx, couple_id))
    return Whereabouts(couple=couple, in_store=True, since=v.arrived_at, positions=tuple(positions))


@dataclass(frozen=True)
class InStoreRow:
    visit: VisitView
    title: str  # who: couple names or guest name
    waited_minutes: int  # since arrival without being received (0 once received)
    minutes_in_store: int
    keys: tuple[str, ...]


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
        waited = 0 if v.received_at else int((now - v.arrived_at).total_seconds() // 60)
        rows.append(InStoreRow(visit=visit_view(v), title=visit_title(v), waited_minutes=max(waited, 0),
                               minutes_in_store=max(int((now - v.arrived_at).total_seconds() // 60), 0),
                               keys=tuple(sorted(loans.get(v.id, [])))))
    return rows


# ---------------------------------------------------------------------------------- lockers

def free_lockers() -> list[LockerView]:
    busy = KeyLoan.select(KeyLoan.locker).where(KeyLoan.returned_at.is_null())
    return [LockerView(id=lk.id, number=lk.number, location=lk.location)
            for lk in Locker.select().where(Locker.active & Locker.id.not_in(busy)).order_by(Locker.number)]


def open_loans_of(visit_id: int) -> list[LoanView]:
    return [LoanView(id=loan.id, locker=loan.locker.number, visit_id=loan.visit_id, issued_at=loan.issued_at)
            for loan in (KeyLoan.select(KeyLoan, Locker).join(Locker)
                         .where((KeyLoan.visit == visit_id) & KeyLoan.returned_at.is_null()))]


@dataclass(frozen=True)
class KeyOut:
    loan_id: int
    locker: str
    who: str
    minutes_out: int
    issued_at: dt.datetime
    visit_id: int
    visit_left_at: dt.datetime | None


def keys_out(ctx: AppContext) -> list[KeyOut]:
    """Locker keys not yet back, oldest first, with who holds them."""
    now = ctx.now()
    rows = []
    for loan in (KeyLoan.select(KeyLoan, Locker, Visit, Couple).join(Locker).switch(KeyLoan).join(Visit)
                 .join(Couple, pw.JOIN.LEFT_OUTER)
                 .where(KeyLoan.returned_at.is_null()).order_by(KeyLoan.issued_at)):  # one query, whatever the count
        v = loan.visit
        who = v.couple.names if v.couple_id and v.kind != "visitor" else (v.guest_name or "")
        rows.append(KeyOut(loan_id=loan.id, locker=loan.locker.number, who=who,
                           minutes_out=max(int((now - loan.issued_at).total_seconds() // 60), 0),
                           issued_at=loan.issued_at, visit_id=v.id, visit_left_at=v.left_at))
    return rows


# ------------------------------------------------------------------------------------ leads

def leads_due(ctx: AppContext, on: dt.date | None = None) -> list[LeadView]:
    """Open consultation leads whose call-back date is today or earlier."""
    day = on or ctx.today()
    return [lead_view(lead) for lead in Lead.select().where((Lead.status == "open") & (Lead.callback_date <= day))
            .order_by(Lead.callback_date, Lead.id)]


def staff_name(staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    s = Staff.get_or_none(Staff.id == staff_id)
    return s.name if s else ""
