"""Shift handover (交接班): what the next receptionist must know, frozen at the moment of handover.

The outgoing receptionist submits a snapshot (built from the other areas' services) with her own action
list; the incoming receptionist reads it and accepts with her own identity and PIN. Only then is the
outgoing shift closed and the incoming one started. A submitted snapshot is stored as JSON so a past
handover opens exactly as it was, whatever has happened since.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import peewee as pw

from app.appointments import phonelog
from app.appointments import service as appt_service
from app.checkin import queries as checkin_queries
from app.complaints import deadlines, queries
from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.i18n import translate
from app.core.settings import Option
from app.core.validation import clean_text, mask_phone, text_error
from app.flow import board as flow_board
from app.flow import postproduction
from app.handover.models import Handover, HandoverItem
from app.handover.options import DRAFT
from app.staff import service as staff_service
from app.staff.models import Staff

ITEM_TEXT_MAX = 200
REMARK_MAX = 2000
ITEMS_MAX = 30
# A handover is read in two minutes: a very long list shows its first rows (overdue first) and a count.
SECTION_ROWS_MAX = 60
# Who may take the counter from a receptionist.
INCOMING_ROLES = ("receptionist", "store_supervisor")


# ------------------------------------------------------------------------------------ formatting

def minutes_label(minutes: int) -> str:
    """12 → '12 min', 75 → '1 h 15 min' (translated)."""
    minutes = max(int(minutes), 0)
    if minutes < 60:
        return translate("Handover", "{m} min").format(m=minutes)
    if minutes < 48 * 60:
        return translate("Handover", "{h} h {m} min").format(h=minutes // 60, m=minutes % 60)
    return translate("Handover", "{d} days").format(d=minutes // (24 * 60))


def time_label(at: dt.datetime | None, today: dt.date) -> str:
    """'10:05' today, '11-19 10:05' another day."""
    if at is None:
        return ""
    return at.strftime("%H:%M") if at.date() == today else at.strftime("%m-%d %H:%M")


# ------------------------------------------------------------------------------------- snapshot

@dataclass
class SnapshotRow:
    cells: list[str]
    alert: bool = False  # overdue / over the limit: shown in red, first
    ref: str = ""  # what the row is about, e.g. "visit:12", "key:3", "lead:5"


@dataclass
class SnapshotSection:
    key: str
    title: str
    headers: list[str]
    rows: list[SnapshotRow] = field(default_factory=list)
    empty_text: str = ""
    more: int = 0  # rows left out of a very long list (the count still includes them)
    more_alerts: int = 0

    @property
    def count(self) -> int:
        return len(self.rows) + self.more

    @property
    def alert_count(self) -> int:
        return sum(1 for r in self.rows if r.alert) + self.more_alerts

    def truncate(self, limit: int) -> None:
        """Keep the first ``limit`` rows (alerts come first), counting the rest in ``more``."""
        if len(self.rows) > limit:
            rest = self.rows[limit:]
            self.rows = self.rows[:limit]
            self.more += len(rest)
            self.more_alerts += sum(1 for r in rest if r.alert)

    def sort_alerts_first(self) -> None:
        self.rows.sort(key=lambda r: not r.alert)  # stable: keeps each group's own order


@dataclass
class Snapshot:
    """Everything still open at one moment, in the order a receptionist reads it."""

    taken_at: dt.datetime
    operator: str
    terminal: str
    sections: list[SnapshotSection]

    def section(self, key: str) -> SnapshotSection | None:
        return next((s for s in self.sections if s.key == key), None)

    def refs(self) -> list[str]:
        return [r.ref for s in self.sections for r in s.rows if r.ref]

    @property
    def alert_count(self) -> int:
        return sum(s.alert_count for s in self.sections)

    def to_json(self) -> str:
        d = asdict(self)
        d["taken_at"] = self.taken_at.isoformat()
        d["version"] = 1
        return json.dumps(d, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        d = json.loads(text or "{}")
        sections = [SnapshotSection(key=s["key"], title=s["title"], headers=list(s["headers"]),
                                    rows=[SnapshotRow(**r) for r in s.get("rows", [])],
                                    empty_text=s.get("empty_text", ""), more=s.get("more", 0),
                                    more_alerts=s.get("more_alerts", 0))
                    for s in d.get("sections", [])]
        taken = dt.datetime.fromisoformat(d["taken_at"]) if d.get("taken_at") else dt.datetime.min
        return cls(taken_at=taken, operator=d.get("operator", ""), terminal=d.get("terminal", ""),
                   sections=sections)


def _where(row: checkin_queries.InStoreRow, names: dict[int, str]) -> str:
    v = row.visit
    if v.received_at is None:
        return translate("Handover", "Not yet received")
    who = names.get(v.received_by_id or 0, "")
    if who:
        return translate("Handover", "Received by {name}").format(name=who)
    return translate("Handover", "Received")


def _person_text(p: flow_board.PersonState) -> str:
    text = p.text()
    return translate("Handover", "{where} ({staff})").format(where=text, staff=p.staff) if p.staff else text


def _board_where(br: flow_board.BoardRow) -> str:
    """Where a couple is on the service flow: one place when together, else bride and groom."""
    if br.together:
        return _person_text(br.bride)
    return translate("Handover", "Bride: {bride} · Groom: {groom}").format(
        bride=_person_text(br.bride), groom=_person_text(br.groom))


def _in_store_sections(ctx: AppContext) -> list[SnapshotSection]:
    """Two disjoint sections: parties waiting too long — unreceived at the counter, or over a station's
    limit on the service flow — (first, red), and everyone else in the store with where they are."""
    from app.checkin import counts as store

    today = ctx.today()
    rows = checkin_queries.in_store(ctx)
    board_rows = flow_board.board_rows(ctx)
    board = {br.couple_id: br for br in board_rows}
    # The one definition of the counts (status bar, check-in, handover): app.checkin.counts.
    c = store.store_counts(ctx, rows, board_rows)
    limit = c.limit
    ids = {r.visit.received_by_id for r in rows if r.visit.received_by_id}
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name).where(Staff.id.in_(list(ids)))} if ids else {}
    waits = SnapshotSection(
        key="waits", title=store.waiting_too_long_text(c),
        headers=[translate("Handover", "Who"), translate("Handover", "Where"), translate("Handover", "Waiting"),
                 translate("Handover", "Limit")],
        empty_text=translate("Handover", "Nobody is waiting over the limit."))
    store = SnapshotSection(
        key="in_store", title=store.rest_in_store_text(c),
        headers=[translate("Handover", "Who"), translate("Handover", "Visit"), translate("Handover", "Where"),
                 translate("Handover", "Arrived"), translate("Handover", "Time in store"),
                 translate("Handover", "Keys")],
        empty_text=translate("Handover", "Nobody is in the store."))
    for r in rows:
        v = r.visit
        kind = checkin_queries.visit_kind_label(v.kind)
        br = board.get(v.couple_id) if v.couple_id and v.kind != "visitor" else None
        if v.id in c.unattended_visits:
            waits.rows.append(SnapshotRow(
                cells=[r.title, translate("Handover", "Counter: not yet received (arrived {time})").format(
                    time=time_label(v.arrived_at, today)), minutes_label(r.waited_minutes), minutes_label(limit)],
                alert=True, ref=f"visit:{v.id}"))
        elif br is not None and v.id in c.flow_over_visits:
            p = br.worst
            over = [q for q in (br.bride, br.groom) if q.over]
            where = _board_where(br) if len(over) > 1 and not br.together else _person_text(p)
            waits.rows.append(SnapshotRow(cells=[r.title, where, minutes_label(p.minutes), minutes_label(p.limit)],
                                          alert=True, ref=f"visit:{v.id}"))
        else:
            where = _board_where(br) if br is not None else _where(r, names)
            store.rows.append(SnapshotRow(
                cells=[r.title, kind, where, time_label(v.arrived_at, today), minutes_label(r.minutes_in_store),
                       ", ".join(r.keys)],
                ref=f"visit:{v.id}"))
    return [waits, store]


def _post_production_section(ctx: AppContext) -> SnapshotSection:
    """Post-production (retouch, design, finished-goods check) due today or overdue."""
    today = ctx.today()
    sec = SnapshotSection(
        key="post_production", title=translate("Handover", "Post-production due"),
        headers=[translate("Handover", "Order"), translate("Handover", "Couple"), translate("Handover", "Station"),
                 translate("Handover", "Staff"), translate("Handover", "Due"), translate("Handover", "Photos ready")],
        empty_text=translate("Handover", "No post-production step is due today."))
    for r in postproduction.post_production_due(ctx, until=today):
        due = r.due_date.strftime("%m-%d") if r.due_date else ""
        if r.overdue:
            due = translate("Handover", "{date} ({n} days late)").format(date=due, n=r.overdue_days)
        sec.rows.append(SnapshotRow(cells=[r.order_no, r.names, r.station, r.staff, due,
                                           r.ready_date.strftime("%m-%d") if r.ready_date else ""],
                                    alert=r.overdue, ref=f"post:{r.flow_id}"))
    sec.sort_alerts_first()
    return sec


def _keys_section(ctx: AppContext) -> SnapshotSection:
    today = ctx.today()
    sec = SnapshotSection(
        key="keys_out", title=translate("Handover", "Keys not returned"),
        headers=[translate("Handover", "Locker"), translate("Handover", "Who"), translate("Handover", "Issued"),
                 translate("Handover", "Out for")],
        empty_text=translate("Handover", "Every locker key is back."))
    for k in checkin_queries.keys_out(ctx):
        # A key out since another day, or whose guest has already left, needs chasing.
        alert = k.issued_at.date() < today or k.visit_left_at is not None
        sec.rows.append(SnapshotRow(cells=[k.locker, k.who, time_label(k.issued_at, today),
                                           minutes_label(k.minutes_out)],
                                    alert=alert, ref=f"key:{k.loan_id}"))
    sec.sort_alerts_first()
    return sec


def _leads_section(ctx: AppContext) -> SnapshotSection:
    today = ctx.today()
    sec = SnapshotSection(
        key="leads_due", title=translate("Handover", "Consultation leads to call back"),
        headers=[translate("Handover", "Name"), translate("Handover", "Phone"), translate("Handover", "Interest"),
                 translate("Handover", "Call back on")],
        empty_text=translate("Handover", "No call-back is due."))
    for lead in checkin_queries.leads_due(ctx):
        overdue = lead.callback_date is not None and lead.callback_date < today
        when = lead.callback_date.strftime("%m-%d") if lead.callback_date else ""
        if overdue:
            when = translate("Handover", "{date} (overdue)").format(date=when)
        else:
            when = translate("Handover", "Today")
        sec.rows.append(SnapshotRow(cells=[lead.name, mask_phone(lead.phone), lead.interest, when],
                                    alert=overdue, ref=f"lead:{lead.id}"))
    sec.sort_alerts_first()
    return sec


def _deadlines_text(row: queries.CaseRow, today: dt.date) -> str:
    """Every open deadline of a case: 'Investigation 11-20 09:00 overdue · Result 11-27 09:00'."""
    parts = []
    for d in row.deadlines:
        if not d.is_open or d.due is None:
            continue
        text = f"{deadlines.deadline_short_label(d.kind)} {time_label(d.due, today)}"
        if d.state == "overdue":
            text = translate("Handover", "{deadline} OVERDUE").format(deadline=text)
        elif d.state == "paused":
            text = translate("Handover", "{deadline} (paused)").format(deadline=text)
        parts.append(text)
    return " · ".join(parts)


def _complaints_section(ctx: AppContext) -> SnapshotSection:
    """Open complaints with every deadline, overdue first (details stay in the complaints tab)."""
    today = ctx.today()
    sec = SnapshotSection(
        key="complaints", title=translate("Handover", "Open complaints"),
        headers=[translate("Handover", "Case"), translate("Handover", "Customer"), translate("Handover", "Category"),
                 translate("Handover", "Status"), translate("Handover", "Held by"),
                 translate("Handover", "Deadlines")],
        empty_text=translate("Handover", "No open complaint."))
    for r in queries.open_cases_with_deadlines(ctx):
        who = r.couple_names or r.complainant
        status = r.status_text + (translate("Handover", " · supervisor not briefed") if r.unbriefed else "")
        sec.rows.append(SnapshotRow(cells=[r.case_no, who, r.category, status, r.holder or "—",
                                           _deadlines_text(r, today)],
                                    alert=r.overdue or r.unbriefed, ref=f"complaint:{r.id}"))
    sec.sort_alerts_first()
    return sec


def _expected_section(ctx: AppContext) -> SnapshotSection:
    """Appointments of today nobody has arrived for yet: late ones and no-shows first."""
    today = ctx.today()
    sec = SnapshotSection(
        key="expected", title=translate("Handover", "Still expected today"),
        headers=[translate("Handover", "Time"), translate("Handover", "Who"), translate("Handover", "For"),
                 translate("Handover", "With"), translate("Handover", "Status")],
        empty_text=translate("Handover", "Nobody else is expected today."))
    for r in appt_service.expected_today(ctx):
        if r.status not in ("expected", "late", "no_show"):
            continue
        status = r.status_label
        if r.status in ("late", "no_show"):
            status = translate("Handover", "{status} ({late})").format(status=status,
                                                                      late=minutes_label(r.minutes_late))
        sec.rows.append(SnapshotRow(cells=[time_label(r.starts_at, today), r.who, r.kind_label, r.staff_name or "—",
                                           status],
                                    alert=r.status in ("late", "no_show"), ref=f"appointment:{r.id}"))
    sec.sort_alerts_first()
    return sec


def _callbacks_section(ctx: AppContext) -> SnapshotSection:
    """Phone calls still owing a call back, overdue first (the number masked)."""
    today = ctx.today()
    sec = SnapshotSection(
        key="callbacks", title=translate("Handover", "Phone calls to return"),
        headers=[translate("Handover", "Caller"), translate("Handover", "Phone"), translate("Handover", "Asked"),
                 translate("Handover", "Call back by"), translate("Handover", "Taken by")],
        empty_text=translate("Handover", "No call back is owed."))
    for r in phonelog.callbacks_owed(ctx):
        who = f"{r.caller} ({r.about})" if r.about and r.about != r.caller else r.caller
        by = time_label(r.callback_by, today)
        if r.overdue:
            by = translate("Handover", "{date} (overdue)").format(date=by)
        sec.rows.append(SnapshotRow(cells=[who, mask_phone(r.phone), r.asked, by, r.taken_by or "—"],
                                    alert=r.overdue, ref=f"call:{r.id}"))
    sec.sort_alerts_first()
    return sec


def _core_sections(ctx: AppContext) -> list[SnapshotSection]:
    waits, store = _in_store_sections(ctx)
    return [waits, _complaints_section(ctx), _keys_section(ctx), _leads_section(ctx), _callbacks_section(ctx),
            store, _expected_section(ctx), _post_production_section(ctx)]


# Builders in reading order. Other areas' sections (complaints, expected arrivals, post-production, call
# backs) are added here as those services exist; each returns its sections ready to show.
SECTION_BUILDERS: list[Callable[[AppContext], list[SnapshotSection]]] = [_core_sections]

# Reading order of section keys (alerts and deadlines first, the calm lists last).
SECTION_ORDER = ("waits", "station_over", "rounds", "complaints", "complaint_callbacks", "keys_out", "loans_out", "leads_due",
                 "callbacks", "checklist", "in_store", "expected", "post_production", "found_items")


def build_snapshot(ctx: AppContext) -> Snapshot:
    """Everything still open right now, for the next receptionist."""
    sections: list[SnapshotSection] = []
    for builder in (*SECTION_BUILDERS, *hooks.handover_sections):
        sections.extend(builder(ctx))
    order = {k: i for i, k in enumerate(SECTION_ORDER)}
    sections.sort(key=lambda s: order.get(s.key, len(order)))
    for s in sections:
        s.truncate(SECTION_ROWS_MAX)
    operator = staff_service.get_staff(ctx.operator_id).name if ctx.operator_id is not None else ""
    return Snapshot(taken_at=ctx.now(), operator=operator, terminal=ctx.terminal, sections=sections)


# ------------------------------------------------------------------------------- action list

@dataclass
class ActionItem:
    """One line of the outgoing receptionist's notes: what, who owns it, by when."""

    text: str
    owner_id: int | None
    due_at: dt.datetime | None


def item_errors(ctx: AppContext, item: ActionItem) -> dict[str, str]:
    """Field errors of one action-list line (keys: text, owner, due_at)."""
    errors: dict[str, str] = {}
    text = clean_text(item.text)
    if not text:
        errors["text"] = translate("Handover", "Say what has to be done.")
    elif len(text) > ITEM_TEXT_MAX:
        errors["text"] = translate("Handover", "Too long: at most {n} characters.").format(n=ITEM_TEXT_MAX)
    if item.owner_id is None:
        errors["owner"] = translate("Handover", "Pick who owns it.")
    else:
        owner = Staff.get_or_none(Staff.id == item.owner_id)
        if owner is None or not owner.active:
            errors["owner"] = translate("Handover", "Pick an active staff member.")
    if item.due_at is None:
        errors["due_at"] = translate("Handover", "Say by when.")
    elif item.due_at < ctx.now().replace(second=0, microsecond=0):
        errors["due_at"] = translate("Handover", "That time has already passed.")
    return errors


def check_item(ctx: AppContext, item: ActionItem) -> ActionItem:
    """Validate one line before it joins the list (the UI adds lines one at a time)."""
    if errors := item_errors(ctx, item):
        raise ValidationError(errors)
    return ActionItem(text=clean_text(item.text), owner_id=item.owner_id, due_at=item.due_at)


# ------------------------------------------------------------------------------------ draft

def _draft(terminal: str) -> Option[dict]:
    return DRAFT.per(terminal)


def save_draft(ctx: AppContext, items: Sequence[ActionItem], remark: str = "") -> None:
    """Keep the notes being written during the shift (they survive a restart of the counter PC)."""
    if err := text_error(remark, REMARK_MAX):
        raise ValidationError({"remark": err})
    value = {"items": [{"text": clean_text(i.text), "owner_id": i.owner_id,
                        "due_at": i.due_at.isoformat() if i.due_at else None} for i in items[:ITEMS_MAX]],
             "remark": clean_text(remark)}
    if _draft(ctx.terminal).get() != value:
        _draft(ctx.terminal).set(ctx, value)


def load_draft(terminal: str) -> tuple[list[ActionItem], str]:
    """The notes saved so far for this counter's next handover: (action list, remark)."""
    value = _draft(terminal).get()
    items = []
    for d in value.get("items", []):
        try:
            due = dt.datetime.fromisoformat(d["due_at"]) if d.get("due_at") else None
        except (TypeError, ValueError):
            due = None
        items.append(ActionItem(text=str(d.get("text", "")), owner_id=d.get("owner_id"), due_at=due))
    return items, str(value.get("remark", ""))


# ------------------------------------------------------------------------------ submit / accept

def open_handover(terminal: str) -> Handover | None:
    """The handover of this counter waiting to be accepted, if any."""
    return (Handover.select().where((Handover.terminal == terminal) & (Handover.status == "open"))
            .order_by(Handover.submitted_at.desc()).first())


def get_handover(handover_id: int) -> Handover:
    h = Handover.get_or_none(Handover.id == handover_id)
    if h is None:
        raise NotFound(translate("Handover", "No handover #{id}.").format(id=handover_id))
    return h


def _already_submitted(pending: Handover) -> Conflict:
    return Conflict(translate("Handover", "A handover submitted by {name} at {time} is still waiting to be "
                                          "accepted: it cannot be submitted twice.").format(
        name=pending.outgoing.name, time=pending.submitted_at.strftime("%H:%M")))


def submit(ctx: AppContext, items: Sequence[ActionItem] = (), remark: str = "") -> Handover:
    """The outgoing receptionist hands over: the snapshot is frozen with her action list and remark.

    Refused when nobody is on shift, or when this counter already has a handover waiting to be accepted.
    The shift stays open until the incoming receptionist accepts.
    """
    if ctx.operator_id is None:
        raise PermissionDenied(translate("Handover", "Nobody is on shift: start a shift first."))
    errors: dict[str, str] = {}
    if len(items) > ITEMS_MAX:
        errors["items"] = translate("Handover", "At most {n} lines in the action list.").format(n=ITEMS_MAX)
    for i, item in enumerate(items, start=1):
        if errs := item_errors(ctx, item):
            errors["items"] = translate("Handover", "Line {n}: {error}").format(
                n=i, error=" ".join(errs.values()))
            break
    if err := text_error(remark, REMARK_MAX):
        errors["remark"] = err
    if errors:
        raise ValidationError(errors)
    try:
        with db.atomic():
            pending = open_handover(ctx.terminal)
            if pending is not None:
                raise _already_submitted(pending)
            shift = staff_service.current_shift(ctx.terminal)
            snap = build_snapshot(ctx)
            h = Handover.create(outgoing=ctx.operator_id, outgoing_shift=shift.id if shift else None,
                                terminal=ctx.terminal, submitted_at=ctx.now(), status="open",
                                snapshot=snap.to_json(), remark=clean_text(remark))
            if items:
                HandoverItem.insert_many([
                    {"handover": h.id, "position": i, "text": clean_text(it.text), "owner": it.owner_id,
                     "due_at": it.due_at} for i, it in enumerate(items)]).execute()
            record(ctx, "handover.submit", h, after={**snapshot(h), "snapshot": None, "items": len(items)})
            _draft(ctx.terminal).reset(ctx)
    except pw.IntegrityError as exc:
        # Another process of this counter submitted a moment ago (index handover_open_terminal, migration 0016).
        pending = open_handover(ctx.terminal)
        if pending is None:
            raise
        raise _already_submitted(pending) from exc

    return h


def accept(ctx: AppContext, handover_id: int, staff_id: int | None, pin: str | None) -> Handover:
    """The incoming receptionist accepts with her own identity: the outgoing shift ends, hers starts."""
    member = staff_service.authenticate(ctx, staff_id, pin)
    staff_service.require_role(member, *INCOMING_ROLES)
    with db.atomic():
        h = get_handover(handover_id)
        if h.status == "accepted":
            raise Conflict(translate("Handover", "This handover was already accepted by {name} at {time}.").format(
                name=h.incoming.name if h.incoming_id else "", time=time_label(h.accepted_at, ctx.today())))
        if h.status != "open":
            raise Conflict(translate("Handover", "This handover was withdrawn; it cannot be accepted."))
        if member.id == h.outgoing_id:
            raise ValidationError({"staff": translate(
                "Handover", "You cannot accept your own handover: the next receptionist accepts it with her own "
                            "PIN.")})
        before = snapshot(h)
        before.pop("snapshot", None)
        h.incoming = member.id
        h.accepted_at = ctx.now()
        h.status = "accepted"
        h.save()
        # Closes the outgoing shift on this counter and starts the incoming one (ctx now acts as her).
        staff_service.start_shift(ctx, member.id)
        after = snapshot(h)
        after.pop("snapshot", None)
        record(ctx, "handover.accept", h, before=before, after=after)
    return h


def withdraw(ctx: AppContext, handover_id: int) -> Handover:
    """The outgoing receptionist takes her handover back (to amend it) before anyone accepted it."""
    with db.atomic():
        h = get_handover(handover_id)
        if h.status != "open":
            raise Conflict(translate("Handover", "Only a handover waiting to be accepted can be withdrawn."))
        if ctx.operator_id != h.outgoing_id:
            raise PermissionDenied(translate("Handover", "Only {name}, who submitted it, can withdraw it.").format(
                name=h.outgoing.name))
        before = {"status": h.status, "withdrawn_at": None}
        h.status = "withdrawn"
        h.withdrawn_at = ctx.now()
        h.save()
        record(ctx, "handover.withdraw", h, before=before,
               after={"status": h.status, "withdrawn_at": h.withdrawn_at.isoformat()})
    return h


# ------------------------------------------------------------------------------- reading back

@dataclass
class ItemView:
    text: str
    owner: str
    owner_id: int
    due_at: dt.datetime


@dataclass
class HandoverView:
    """A submitted handover exactly as it was handed over, with both names and times."""

    id: int
    status: str
    terminal: str
    outgoing: str
    outgoing_id: int
    submitted_at: dt.datetime
    incoming: str
    accepted_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    remark: str
    items: list[ItemView]
    snapshot: Snapshot


def status_label(status: str) -> str:
    return {
        "open": translate("Handover", "Waiting to be accepted"),
        "accepted": translate("Handover", "Accepted"),
        "withdrawn": translate("Handover", "Withdrawn"),
    }.get(status, status)


def load_handover(handover_id: int) -> HandoverView:
    h = get_handover(handover_id)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name).where(
        Staff.id.in_([i for i in (h.outgoing_id, h.incoming_id) if i]))}
    items = [ItemView(text=it.text, owner=it.owner.name, owner_id=it.owner_id, due_at=it.due_at)
             for it in (HandoverItem.select(HandoverItem, Staff).join(Staff)
                        .where(HandoverItem.handover == h.id).order_by(HandoverItem.position))]
    return HandoverView(id=h.id, status=h.status, terminal=h.terminal, outgoing=names.get(h.outgoing_id, ""),
                        outgoing_id=h.outgoing_id,
                        submitted_at=h.submitted_at, incoming=names.get(h.incoming_id or 0, ""),
                        accepted_at=h.accepted_at, withdrawn_at=h.withdrawn_at, remark=h.remark, items=items,
                        snapshot=Snapshot.from_json(h.snapshot))


@dataclass
class HandoverSummary:
    id: int
    status: str
    submitted_at: dt.datetime
    outgoing: str
    incoming: str
    accepted_at: dt.datetime | None
    items: int
    alerts: int


def past_handovers(terminal: str | None = None, limit: int = 200) -> list[HandoverSummary]:
    """Handovers newest first (one query; the snapshot JSON is not parsed)."""
    Out = Staff.alias("out_staff")
    In = Staff.alias("in_staff")
    n_items = (HandoverItem.select(pw.fn.COUNT(HandoverItem.id))
               .where(HandoverItem.handover == Handover.id))
    q = (Handover.select(Handover.id, Handover.status, Handover.submitted_at, Handover.accepted_at,
                         Out.name.alias("out_name"), In.name.alias("in_name"), n_items.alias("n_items"),
                         Handover.snapshot)
         .join(Out, on=(Handover.outgoing == Out.id))
         .switch(Handover).join(In, pw.JOIN.LEFT_OUTER, on=(Handover.incoming == In.id)))
    if terminal:
        q = q.where(Handover.terminal == terminal)
    rows = []
    for r in q.order_by(Handover.submitted_at.desc(), Handover.id.desc()).limit(limit).dicts():
        try:
            alerts = sum(1 for s in json.loads(r["snapshot"]).get("sections", [])
                         for row in s.get("rows", []) if row.get("alert"))
        except ValueError:
            alerts = 0
        rows.append(HandoverSummary(id=r["id"], status=r["status"], submitted_at=r["submitted_at"],
                                    outgoing=r["out_name"] or "", incoming=r["in_name"] or "",
                                    accepted_at=r["accepted_at"], items=r["n_items"] or 0, alerts=alerts))
    return rows
