"""Complaint reads: the case list, one case, its log and missed deadlines, the handover's open cases,
the overdue count. Reads never write: missed deadlines are recorded by ``cases.record_missed_deadlines``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.checkin.models import Couple
from app.core import calendar as workdays
from app.core.context import AppContext
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, mask_phone, search_text
from app.flow.models import Station
from app.staff.models import Staff

from . import deadlines
from . import evidence as evidence_mod
from .config import action_label, channel_label, status_label
from .deadlines import ACTIVE_CLOCK_STATUSES, OPEN_STATUSES, Deadline, deadline_label
from .models import Complaint, ComplaintCategory, ComplaintCause, ComplaintLog, ComplaintMiss

LIST_VIEWS = ("open", "overdue", "mine", "approval", "resolved", "closed", "all")


@dataclass(frozen=True)
class MergedCase:
    """A duplicate merged into the case shown: its number and who complained, how to reach them."""

    id: int
    case_no: str
    complainant: str
    contact_masked: str
    merged_at: dt.datetime | None


def _masked(contact: str) -> str:
    digits = "".join(ch for ch in contact if ch.isdigit())
    return mask_phone(contact) if len(digits) >= 7 else contact


@dataclass(frozen=True)
class CaseFacts:
    """The stored facts of one complaint as plain values (a snapshot, never a live row): foreign keys as ids."""

    id: int
    case_no: str
    couple_id: int | None
    complainant: str
    contact: str
    channel: str
    occurred_at: dt.datetime
    station_id: int | None
    responsible_id: int | None
    category_id: int
    cause_id: int | None
    description: str
    wants: str
    received_at: dt.datetime
    received_by_id: int | None
    reported_to_id: int
    reported_at: dt.datetime
    reported_stand_in: bool
    holder_id: int | None
    status: str
    due_investigation: dt.datetime
    due_reply: dt.datetime | None
    due_feedback: dt.datetime | None
    due_result: dt.datetime
    result_estimated: bool
    next_due: dt.datetime | None
    investigated_at: dt.datetime | None
    replied_at: dt.datetime | None
    last_feedback_at: dt.datetime | None
    result_at: dt.datetime | None
    paused_at: dt.datetime | None
    paused_minutes: int
    outcome: str
    corrective_action: str
    apology: bool
    compensation: str
    explanation: str
    beyond_order: bool
    approval: str
    approval_request: str
    approved_by_id: int | None
    approved_at: dt.datetime | None
    customer_response: str
    closed_at: dt.datetime | None
    merged_into_id: int | None
    merged_at: dt.datetime | None
    version: int

    @classmethod
    def of(cls, c: Complaint) -> CaseFacts:
        """Copy every column of ``c`` (foreign keys by their id, no query)."""
        return cls(**{f.name: getattr(c, f.name) for f in dataclasses.fields(cls)})


@dataclass(frozen=True)
class CaseRow:
    """One case for lists and the handover, with every deadline."""

    complaint: CaseFacts
    case_no: str
    status: str
    status_text: str
    couple_names: str
    order_no: str
    complainant: str
    contact_masked: str
    channel_text: str
    category: str
    cause: str
    station: str
    responsible: str
    holder: str
    holder_id: int | None
    received_at: dt.datetime
    description: str
    wants: str
    reported_to: str = ""
    handling: str = ""  # the category's standard handling
    deadlines: list[Deadline] = field(default_factory=list)
    next_due: dt.datetime | None = None
    overdue: bool = False
    due_soon: bool = False
    estimated: bool = False
    unbriefed: bool = False  # reported to a stand-in (supervisor absent) and no briefing recorded since
    new_evidence: int = 0  # evidence that arrived while waiting for the customer, not seen since
    merged_into_no: str = ""  # this case was merged into that one
    merged_from: list[MergedCase] = field(default_factory=list)  # duplicates merged into this case

    @property
    def id(self) -> int:
        return self.complaint.id

    def deadline(self, kind: str) -> Deadline:
        return next(d for d in self.deadlines if d.kind == kind)

    @property
    def next_deadline(self) -> Deadline | None:
        running = [d for d in self.deadlines if d.state in ("overdue", "due_soon", "pending") and d.due]
        return min(running, key=lambda d: d.due) if running else None


def _names(model: type[pw.Model]) -> dict[int, str]:
    return {r.id: r.name for r in model.select(model.id, model.name)}


def _rows(ctx: AppContext, query: pw.ModelSelect) -> list[CaseRow]:
    now = ctx.now()
    staff = _names(Staff)
    station_names = _names(Station)
    cat_rows = {r.id: (r.name, r.handling) for r in ComplaintCategory.select()}
    cause_names = _names(ComplaintCause)
    briefed = {cid for (cid,) in ComplaintLog.select(ComplaintLog.complaint)
               .join(Complaint, on=(ComplaintLog.complaint == Complaint.id))
               .where(Complaint.reported_stand_in & (ComplaintLog.action == "supervisor_briefed")).tuples()}
    unseen = evidence_mod.unseen_counts()
    merged = list(Complaint.select(Complaint.id, Complaint.case_no, Complaint.complainant, Complaint.contact,
                                   Complaint.merged_into, Complaint.merged_at)
                  .where(Complaint.merged_into.is_null(False)).order_by(Complaint.merged_at, Complaint.id))
    children: dict[int, list[Complaint]] = {}
    for m in merged:
        children.setdefault(m.merged_into_id, []).append(m)

    def merged_from(cid: int) -> list[MergedCase]:
        out, todo, seen = [], list(children.get(cid, [])), {cid}
        while todo:
            m = todo.pop(0)
            if m.id in seen:
                continue
            seen.add(m.id)
            out.append(MergedCase(id=m.id, case_no=m.case_no, complainant=m.complainant,
                                  contact_masked=_masked(m.contact), merged_at=m.merged_at))
            todo += children.get(m.id, [])
        return out

    out = []
    for c in query:
        couple = c.couple if c.couple_id else None
        dls = deadlines.deadlines_of(c, now)
        row = CaseRow(
            complaint=CaseFacts.of(c), case_no=c.case_no, status=c.status, status_text=status_label(c.status),
            couple_names=couple.names if couple else "", order_no=couple.order_no if couple else "",
            complainant=c.complainant,
            contact_masked=_masked(c.contact),
            channel_text=channel_label(c.channel), category=cat_rows.get(c.category_id, ("", ""))[0],
            handling=cat_rows.get(c.category_id, ("", ""))[1], reported_to=staff.get(c.reported_to_id, ""),
            cause=cause_names.get(c.cause_id, ""), station=station_names.get(c.station_id, ""),
            responsible=staff.get(c.responsible_id, ""), holder=staff.get(c.holder_id, ""), holder_id=c.holder_id,
            received_at=c.received_at, description=c.description, wants=c.wants, deadlines=dls,
            next_due=c.next_due, overdue=any(d.state == "overdue" for d in dls),
            due_soon=any(d.state == "due_soon" for d in dls), estimated=c.result_estimated,
            unbriefed=bool(c.reported_stand_in) and c.id not in briefed, new_evidence=unseen.get(c.id, 0),
            merged_into_no=_merged_into_no(c), merged_from=merged_from(c.id))
        out.append(row)
    return out


def _merged_into_no(c: Complaint) -> str:
    if c.merged_into_id is None:
        return ""
    return Complaint.select(Complaint.case_no).where(Complaint.id == c.merged_into_id).scalar() or ""


def _base_query() -> pw.ModelSelect:
    return (Complaint.select(Complaint, Couple)
            .join(Couple, pw.JOIN.LEFT_OUTER, on=(Complaint.couple == Couple.id)).switch(Complaint))


def _open_order(q: pw.ModelSelect) -> pw.ModelSelect:
    # Running cases by next deadline (so overdue float to the top), then paused ones.
    return q.order_by(Complaint.next_due.asc(nulls="LAST"), Complaint.received_at, Complaint.id)


def list_cases(ctx: AppContext, view: str = "open", category_id: int | None = None, text: str = "",
               limit: int = 500) -> list[CaseRow]:
    """Cases for the list. ``view``: open, overdue, mine (held by the operator), approval, resolved,
    closed, all. Open views sort by next deadline (overdue first); others newest first. A pure read:
    each deadline's state is computed for now, nothing is recorded."""
    if view not in LIST_VIEWS:
        raise ValidationError({"view": translate("Complaints", "Unknown list.")})
    q = _base_query()
    now = ctx.now()
    if view == "open":
        q = _open_order(q.where(Complaint.status.in_(OPEN_STATUSES)))
    elif view == "overdue":
        q = _open_order(q.where(Complaint.status.in_(ACTIVE_CLOCK_STATUSES) & (Complaint.next_due < now)))
    elif view == "mine":
        q = _open_order(q.where(Complaint.status.in_(OPEN_STATUSES) & (Complaint.holder == ctx.operator_id)))
    elif view == "approval":
        q = _open_order(q.where(Complaint.status == "waiting_approval"))
    elif view in ("resolved", "closed"):
        shown = ("closed", "merged") if view == "closed" else (view,)  # a merged duplicate is done with
        q = q.where(Complaint.status.in_(shown)).order_by(Complaint.received_at.desc(), Complaint.id.desc())
    else:
        q = q.order_by(Complaint.received_at.desc(), Complaint.id.desc())
    if category_id is not None:
        q = q.where(Complaint.category == category_id)
    t = search_text(text)
    if t:
        like = (Complaint.case_no.contains(t) | Complaint.complainant.contains(t)
                | Complaint.description.contains(t) | Couple.bride_name.contains(t)
                | Couple.groom_name.contains(t) | Couple.order_no.contains(t))
        digits = "".join(ch for ch in t if ch.isdigit())
        dup = Complaint.alias()  # a duplicate merged into a case: its complainant and number find the case
        dup_like = dup.case_no.contains(t) | dup.complainant.contains(t)
        if len(digits) >= 4 and digits == t:
            like = like | Complaint.contact.endswith(digits)
            dup_like = dup_like | dup.contact.endswith(digits)
        like = like | Complaint.id.in_(dup.select(dup.merged_into).where(dup.merged_into.is_null(False) & dup_like))
        q = q.where(like)
    return _rows(ctx, q.limit(limit))


def open_cases_with_deadlines(ctx: AppContext) -> list[CaseRow]:
    """For the shift handover: every open case with all its deadlines, overdue first, then by the next
    deadline, paused cases last. Each ``CaseRow`` has ``deadlines`` (kind, label, due, met_at, state)
    and ``overdue`` / ``due_soon`` flags."""
    return list_cases(ctx, "open", limit=10_000)


def cases_received(ctx: AppContext, start: dt.datetime, end: dt.datetime) -> list[CaseRow]:
    """Every case received in [start, end), oldest first (for the daily review); a duplicate merged into
    another case is not counted again."""
    return _rows(ctx, _base_query().where((Complaint.received_at >= start) & (Complaint.received_at < end)
                                          & (Complaint.status != "merged"))
                 .order_by(Complaint.received_at, Complaint.id))


def overdue_count(ctx: AppContext) -> int:
    """Open cases with a deadline passed (clock running)."""
    return (Complaint.select().where(Complaint.status.in_(ACTIVE_CLOCK_STATUSES) & (Complaint.next_due < ctx.now()))
            .count())


def get_case(ctx: AppContext, complaint_id: int) -> CaseRow:
    """One case."""
    rows = _rows(ctx, _base_query().where(Complaint.id == complaint_id))
    if not rows:
        raise NotFound(translate("Complaints", "No complaint #{id}.").format(id=complaint_id))
    return rows[0]


def get_case_by_number(ctx: AppContext, case_no: str) -> CaseRow:
    """One case by its readable number (KS-20261120-001, case-insensitive) — for printing from the CLI."""
    c = Complaint.get_or_none(Complaint.case_no == clean_text(case_no).upper())
    if c is None:
        raise NotFound(translate("Complaints", "No complaint {no}.").format(no=clean_text(case_no)))
    return get_case(ctx, c.id)


@dataclass(frozen=True)
class LogRow:
    at: dt.datetime
    staff: str
    action: str
    action_text: str
    text: str
    customer_told: bool
    case_no: str = ""  # set when the line belongs to a duplicate merged into the case shown
    id: int = 0


def case_log(complaint_id: int) -> list[LogRow]:
    """The case's log, with the logs of the cases merged into it (each line as written: who, when), by time."""
    staff = _names(Staff)
    ids = evidence_mod.case_ids_shown_on(complaint_id)
    numbers = {} if len(ids) == 1 else {c.id: c.case_no for c in
                                        Complaint.select(Complaint.id, Complaint.case_no).where(Complaint.id.in_(ids))}
    return [LogRow(at=e.at, staff=staff.get(e.staff_id, ""), action=e.action, action_text=action_label(e.action),
                   text=e.text, customer_told=e.customer_told,
                   case_no=numbers.get(e.complaint_id, "") if e.complaint_id != complaint_id else "", id=e.id)
            for e in ComplaintLog.select().where(ComplaintLog.complaint.in_(ids))
            .order_by(ComplaintLog.at, ComplaintLog.id)]


@dataclass(frozen=True)
class MissRow:
    """A missed deadline and who held the case then. ``recorded_at`` is None for a miss that has passed
    since ``cases.record_missed_deadlines`` last ran (failed by whoever holds the case now)."""

    kind: str
    label: str
    due_at: dt.datetime
    failed_by: str
    recorded_at: dt.datetime | None
    case_no: str = ""
    complaint_id: int = 0


def missed_deadlines(ctx: AppContext, complaint_id: int | None = None, due_from: dt.datetime | None = None,
                     due_before: dt.datetime | None = None) -> list[MissRow]:
    """Missed deadlines of one case or of every case, optionally those due in [due_from, due_before),
    by due time. Recorded ones and those passed but not yet recorded, so a read never depends on
    whether the recording has run."""
    staff = _names(Staff)
    recorded = (ComplaintMiss.select(ComplaintMiss, Complaint.id, Complaint.case_no).join(Complaint)
                .order_by(ComplaintMiss.due_at, ComplaintMiss.id))
    running = Complaint.select().where(Complaint.status.in_(ACTIVE_CLOCK_STATUSES) & (Complaint.next_due < ctx.now()))
    if complaint_id is not None:
        recorded = recorded.where(ComplaintMiss.complaint == complaint_id)
        running = running.where(Complaint.id == complaint_id)
    if due_from is not None:
        recorded = recorded.where(ComplaintMiss.due_at >= due_from)
    if due_before is not None:
        recorded = recorded.where(ComplaintMiss.due_at < due_before)
    out = [MissRow(kind=m.kind, label=deadline_label(m.kind), due_at=m.due_at, failed_by=staff.get(m.failed_by_id, ""),
                   recorded_at=m.recorded_at, case_no=m.complaint.case_no, complaint_id=m.complaint.id)
           for m in recorded]
    have = {(m.complaint_id, m.kind, m.due_at) for m in out}
    pending = [MissRow(kind=kind, label=deadline_label(kind), due_at=due, failed_by=staff.get(c.holder_id, ""),
                       recorded_at=None, case_no=c.case_no, complaint_id=c.id)
               for c in running for kind, due in deadlines.miss_dues(c, ctx.now())
               if (c.id, kind, due) not in have and (due_from is None or due >= due_from)
               and (due_before is None or due < due_before)]
    if not pending:
        return out
    return sorted(out + pending, key=lambda m: (m.due_at, m.recorded_at is None, m.complaint_id))


def case_misses(ctx: AppContext, complaint_id: int) -> list[MissRow]:
    """One case's missed deadlines (see ``missed_deadlines``)."""
    return missed_deadlines(ctx, complaint_id)


def preview_deadlines(ctx: AppContext, promised_reply_at: dt.datetime | None = None) -> list[Deadline]:
    """The deadlines a complaint recorded now would get (shown on the intake form before saving)."""
    now = ctx.now()
    dues = deadlines.intake_dues(now, workdays.load_overrides())
    c = Complaint(status="new", received_at=now, due_investigation=dues.due_investigation,
                  due_reply=promised_reply_at, due_feedback=dues.due_feedback, due_result=dues.due_result,
                  result_estimated=dues.result_estimated)
    return deadlines.deadlines_of(c, now)
