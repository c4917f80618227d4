"""Complaint services: intake, every deadline, the lifecycle, the follow-up log, approval, "failed by".

Deadlines (seed 002):

* initial investigation — 24 hours after intake;
* promised reply — agreed with the customer, required for phone and online complaints;
* daily feedback — while the case is open the customer hears from us at least every 24 hours;
* result — communicated within 5 working days (mainland calendar with 调休, see ``workdays``).

Waiting for the customer pauses every clock; resuming moves each unmet deadline later by the paused
time. When a deadline passes unmet, a ``ComplaintMiss`` row records who held the case then. That is
evaluated lazily whenever cases are listed or loaded (and before every change to a case) and is
idempotent: one row per complaint, kind and due time.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import peewee as pw

from app.checkin.models import Couple
from app.core import calendar as workdays
from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import (
    clean_text,
    mask_phone,
    name_error,
    normalize_phone,
    phone_error,
    search_text,
    text_error,
)
from app.flow.models import Station
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import active_staff, authenticate, require_role

from .models import (
    CHANNELS,
    OPEN_STATUSES,
    Complaint,
    ComplaintCategory,
    ComplaintCause,
    ComplaintLog,
    ComplaintMiss,
)

INVESTIGATION_HOURS = 24
FEEDBACK_HOURS = 24
RESULT_WORKDAYS = 5
DUE_SOON = dt.timedelta(hours=4)
CLOCK_SKEW = dt.timedelta(minutes=5)  # "when it happened" / "reported at" may be typed a little ahead
ACTIVE_CLOCK_STATUSES = ("new", "investigating", "waiting_approval")  # clocks run (not paused, not done)
LIST_VIEWS = ("open", "overdue", "mine", "approval", "resolved", "closed", "all")
PICKLIST_ROLES = ("store_supervisor", "executive_manager", "department_supervisor")

# The service flow registers here: fn(ctx, couple_id) -> list of (staff_id, station_id or None) for the
# staff who worked on that couple. Until then the intake offers all active staff.


# ------------------------------------------------------------------------------------------ labels

def channel_label(code: str) -> str:
    return {
        "counter": translate("Complaints", "At the counter"),
        "phone": translate("Complaints", "Phone"),
        "online": translate("Complaints", "Online"),
        "onsite_makeup": translate("Complaints", "On site at makeup"),
        "onsite_shooting": translate("Complaints", "On site at shooting"),
        "selection": translate("Complaints", "Photo selection"),
        "pickup": translate("Complaints", "Pickup"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "new": translate("Complaints", "New"),
        "investigating": translate("Complaints", "Investigating"),
        "waiting_customer": translate("Complaints", "Waiting for the customer"),
        "waiting_approval": translate("Complaints", "Waiting for approval"),
        "resolved": translate("Complaints", "Resolved"),
        "closed": translate("Complaints", "Closed"),
    }.get(code, code)


def deadline_label(kind: str) -> str:
    return {
        "investigation": translate("Complaints", "Initial investigation (24 h)"),
        "reply": translate("Complaints", "Promised reply"),
        "feedback": translate("Complaints", "Daily feedback"),
        "result": translate("Complaints", "Result (5 working days)"),
    }.get(kind, kind)


def deadline_short_label(kind: str) -> str:
    return {
        "investigation": translate("Complaints", "Investigation"),
        "reply": translate("Complaints", "Reply"),
        "feedback": translate("Complaints", "Feedback"),
        "result": translate("Complaints", "Result"),
    }.get(kind, kind)


def action_label(code: str) -> str:
    return {
        "intake": translate("Complaints", "Complaint recorded"),
        "investigation": translate("Complaints", "Initial investigation"),
        "follow_up": translate("Complaints", "Follow-up"),
        "wait_customer": translate("Complaints", "Waiting for the customer (clock paused)"),
        "resume": translate("Complaints", "Resumed"),
        "request_approval": translate("Complaints", "Approval requested"),
        "approved": translate("Complaints", "Compensation approved"),
        "rejected": translate("Complaints", "Compensation not approved"),
        "resolved": translate("Complaints", "Resolved"),
        "closed": translate("Complaints", "Closed"),
        "reopened": translate("Complaints", "Reopened"),
        "assigned": translate("Complaints", "Case handed over"),
        "supervisor_briefed": translate("Complaints", "Supervisor briefed"),
    }.get(code, code)


def outcome_label(code: str) -> str:
    return {
        "confirmed": translate("Complaints", "Confirmed"),
        "not_confirmed": translate("Complaints", "Not confirmed"),
    }.get(code, code)


# ------------------------------------------------------------------------------------ pick-lists

def categories(active_only: bool = True) -> list[ComplaintCategory]:
    q = ComplaintCategory.select().order_by(ComplaintCategory.sort_order, ComplaintCategory.id)
    if active_only:
        q = q.where(ComplaintCategory.active == True)  # noqa: E712
    return list(q)


def causes(active_only: bool = True) -> list[ComplaintCause]:
    q = ComplaintCause.select().order_by(ComplaintCause.sort_order, ComplaintCause.id)
    if active_only:
        q = q.where(ComplaintCause.active == True)  # noqa: E712
    return list(q)


def standard_handling(category_id: int | None) -> str:
    """The standard handling text of a category, shown on intake so every customer is treated alike."""
    if category_id is None:
        return ""
    cat = ComplaintCategory.get_or_none(ComplaintCategory.id == category_id)
    return cat.handling if cat else ""


def _picklist_actor(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    member = authenticate(ctx, staff_id, pin)
    require_role(member, *PICKLIST_ROLES)
    return member


def save_category(ctx: AppContext, staff_id: int | None, pin: str | None, category_id: int | None, name: str,
                  handling: str, active: bool = True) -> ComplaintCategory:
    """Add or change a complaint category and its standard handling (a supervisor acts, with PIN)."""
    _picklist_actor(ctx, staff_id, pin)
    errors: dict[str, str] = {}
    if err := name_error(name):
        errors["name"] = err
    elif (ComplaintCategory.select().where((pw.fn.LOWER(ComplaintCategory.name) == clean_text(name).lower())
                                           & (ComplaintCategory.id != (category_id or 0))).exists()):
        errors["name"] = translate("Complaints", "This name is already in the list.")
    if err := text_error(handling):
        errors["handling"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        if category_id is None:
            last = ComplaintCategory.select(pw.fn.MAX(ComplaintCategory.sort_order)).scalar() or 0
            cat = ComplaintCategory.create(name=clean_text(name), handling=clean_text(handling),
                                           sort_order=last + 1, active=active)
            record(ctx, "complaint.category_add", cat)
        else:
            cat = ComplaintCategory.get_or_none(ComplaintCategory.id == category_id)
            if cat is None:
                raise NotFound(translate("Complaints", "No such category."))
            before = snapshot(cat)
            cat.name, cat.handling, cat.active = clean_text(name), clean_text(handling), active
            cat.save()
            record(ctx, "complaint.category_change", cat, before=before)
    return cat


def save_cause(ctx: AppContext, staff_id: int | None, pin: str | None, cause_id: int | None, name: str,
               active: bool = True) -> ComplaintCause:
    """Add or change a root cause of the pick-list (a supervisor acts, with PIN)."""
    _picklist_actor(ctx, staff_id, pin)
    if err := name_error(name):
        raise ValidationError({"name": err})
    if (ComplaintCause.select().where((pw.fn.LOWER(ComplaintCause.name) == clean_text(name).lower())
                                      & (ComplaintCause.id != (cause_id or 0))).exists()):
        raise ValidationError({"name": translate("Complaints", "This name is already in the list.")})
    with db.atomic():
        if cause_id is None:
            last = ComplaintCause.select(pw.fn.MAX(ComplaintCause.sort_order)).scalar() or 0
            cause = ComplaintCause.create(name=clean_text(name), sort_order=last + 1, active=active)
            record(ctx, "complaint.cause_add", cause)
        else:
            cause = ComplaintCause.get_or_none(ComplaintCause.id == cause_id)
            if cause is None:
                raise NotFound(translate("Complaints", "No such cause."))
            before = snapshot(cause)
            cause.name, cause.active = clean_text(name), active
            cause.save()
            record(ctx, "complaint.cause_change", cause, before=before)
    return cause


def set_workday_overrides(ctx: AppContext, staff_id: int | None, pin: str | None, years: Iterable[int],
                          holidays: Iterable[dt.date], make_up_workdays: Iterable[dt.date]) -> None:
    """Save the local working-day list for years the calendar package does not cover (supervisor, PIN)."""
    _picklist_actor(ctx, staff_id, pin)
    hol, work = set(holidays), set(make_up_workdays)
    errors: dict[str, str] = {}
    if both := sorted(hol & work):
        errors["holidays"] = translate("Complaints", "A day cannot be both a holiday and a working day: {d}").format(
            d=", ".join(d.isoformat() for d in both))
    bad_years = [y for y in years if not (2000 <= int(y) <= 2100)]
    if bad_years:
        errors["years"] = translate("Complaints", "Not a year: {y}").format(y=", ".join(map(str, bad_years)))
    if errors:
        raise ValidationError(errors)
    from app.core.options import WORKDAY_OVERRIDES

    value = workdays.Overrides(years=frozenset(int(y) for y in years), holidays=frozenset(hol),
                               workdays=frozenset(work)).to_value()
    WORKDAY_OVERRIDES.set(ctx, value, by_supervisor=True)


def calendar_warning(ctx: AppContext, days: int = 14) -> str:
    """A visible warning when the coming days' working-day status is only guessed (Mon–Fri)."""
    guessed = workdays.uncovered_days(ctx.today(), days, workdays.load_overrides())
    if not guessed:
        return ""
    return translate("Complaints", "Working days from {d} are not in the holiday calendar: Monday–Friday is "
                                   "assumed. Enter that year's official holidays and 调休 working days.").format(
        d=guessed[0].isoformat())


# ------------------------------------------------------------------------------ responsible staff

def responsible_candidates(ctx: AppContext, couple_id: int | None) -> list[tuple[Staff, int | None]]:
    """Who can be named responsible: the staff in the couple's flow (with their station) when the flow
    knows them, otherwise every active staff member (station None)."""
    if couple_id is not None:
        pairs = _flow_staff(ctx, couple_id)
        if pairs:
            members = {s.id: s for s in Staff.select().where(Staff.id.in_([p[0] for p in pairs]))}
            seen: set[tuple[int, int | None]] = set()
            out = []
            for sid, station in pairs:
                if sid in members and (sid, station) not in seen:
                    seen.add((sid, station))
                    out.append((members[sid], station))
            return out
    return [(s, None) for s in active_staff()]


def _flow_staff(ctx: AppContext, couple_id: int) -> list[tuple[int, int | None]]:
    """(staff id, station id) of the couple's flow: registered providers, else the flow area's
    ``staff_in_flow`` when that area is installed."""
    pairs: list[tuple[int, int | None]] = []
    for provider in hooks.flow_staff:
        pairs.extend(provider(ctx, couple_id))
    if hooks.flow_staff or importlib.util.find_spec("app.flow") is None:
        return pairs
    from app.flow.service import staff_in_flow  # the service flow, when installed

    codes = {s.code: s.id for s in Station.select(Station.id, Station.code)}
    return [(d["staff_id"], codes.get(d.get("station_code", ""))) for d in staff_in_flow(couple_id)]


def stations() -> list[Station]:
    return list(Station.select().where(Station.active == True).order_by(Station.sort_order))  # noqa: E712


def supervisors() -> list[Staff]:
    return [s for s in active_staff() if any(s.has_role(r) for r in SUPERVISOR_ROLES)]


# ---------------------------------------------------------------------------------------- intake

def _result_due(start: dt.datetime) -> tuple[dt.datetime, bool]:
    res = workdays.add_workdays(start.date(), RESULT_WORKDAYS, workdays.load_overrides())
    return dt.datetime.combine(res.day, start.time()), res.estimated


def _next_case_no(day: dt.date) -> str:
    prefix = f"KS-{day:%Y%m%d}-"
    # Compare numbers, not text: "-1000" sorts before "-999" as text, so order by length first.
    last = (Complaint.select(Complaint.case_no).where(Complaint.case_no.startswith(prefix))
            .order_by(pw.fn.LENGTH(Complaint.case_no).desc(), Complaint.case_no.desc()).limit(1).scalar())
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:03d}"


def _staff_exists(staff_id: int | None) -> bool:
    return staff_id is not None and Staff.select().where((Staff.id == staff_id) & Staff.active).exists()


def create_complaint(ctx: AppContext, *, complainant: str, channel: str, category_id: int | None,
                     description: str, reported_to_id: int | None, reported_at: dt.datetime | None,
                     contact: str = "", couple_id: int | None = None, occurred_at: dt.datetime | None = None,
                     station_id: int | None = None, responsible_id: int | None = None,
                     cause_id: int | None = None, wants: str = "", stand_in: bool = False,
                     promised_reply_at: dt.datetime | None = None) -> Complaint:
    """Record a complaint. Every complaint, however small, becomes a case with a readable number.

    Raises ValidationError keyed by field (nothing saved): complainant, contact (required for phone and
    online; a valid number for phone), channel, occurred_at, station, responsible, category, cause,
    description, wants, reported_to (a supervisor unless ``stand_in``), reported_at, promised_reply_at
    (required for phone and online, never in the past).
    """
    now = ctx.now()
    errors: dict[str, str] = {}
    required = translate("Validation", "Required.")
    if err := name_error(complainant):
        errors["complainant"] = err
    if channel not in CHANNELS:
        errors["channel"] = translate("Complaints", "Choose how the complaint came in.")
    contact_text = clean_text(contact)
    if channel in ("phone", "online") and not contact_text:
        errors["contact"] = translate("Complaints", "A phone or online complaint needs a contact to reply to.")
    elif channel == "phone" and (err := phone_error(contact_text, required=True)):
        errors["contact"] = err
    elif len(contact_text) > 60:
        errors["contact"] = translate("Validation", "Too long: at most {n} characters.").format(n=60)
    if couple_id is not None and not Couple.select().where(Couple.id == couple_id).exists():
        errors["couple"] = translate("Complaints", "No such couple.")
    occurred = occurred_at or now
    if occurred > now + CLOCK_SKEW:
        errors["occurred_at"] = translate("Complaints", "This time is in the future.")
    if station_id is not None and not Station.select().where(Station.id == station_id).exists():
        errors["station"] = translate("Complaints", "No such station.")
    if responsible_id is not None and not _staff_exists(responsible_id):
        errors["responsible"] = translate("Complaints", "No such active staff member.")
    cat = ComplaintCategory.get_or_none(ComplaintCategory.id == category_id) if category_id else None
    if cat is None or not cat.active:
        errors["category"] = translate("Complaints", "Choose a category.")
    if cause_id is not None and not ComplaintCause.select().where(ComplaintCause.id == cause_id).exists():
        errors["cause"] = translate("Complaints", "No such cause.")
    if not clean_text(description):
        errors["description"] = translate("Complaints", "Write down what happened.")
    elif err := text_error(description):
        errors["description"] = err
    if err := text_error(wants):
        errors["wants"] = err
    boss = Staff.get_or_none(Staff.id == reported_to_id) if reported_to_id else None
    if boss is None or not boss.active:
        errors["reported_to"] = translate("Complaints", "Every complaint is reported to a supervisor: choose who.")
    elif not stand_in and not any(boss.has_role(r) for r in SUPERVISOR_ROLES):
        errors["reported_to"] = translate(
            "Complaints", "{name} is not a supervisor. If the supervisor is absent, tick “supervisor absent”.").format(
            name=boss.name)
    if reported_at is None:
        errors["reported_at"] = required
    elif reported_at > now + CLOCK_SKEW:
        errors["reported_at"] = translate("Complaints", "This time is in the future.")
    if channel in ("phone", "online") and promised_reply_at is None:
        errors["promised_reply_at"] = translate(
            "Complaints", "Agree a reply time with the customer (required for phone and online complaints).")
    elif promised_reply_at is not None and promised_reply_at <= now:
        errors["promised_reply_at"] = translate("Complaints", "The promised reply time is in the past.")
    if ctx.operator_id is None:
        errors["received_by"] = translate("Complaints", "Start a shift first: the complaint records who received it.")
    if errors:
        raise ValidationError(errors)
    due_result, estimated = _result_due(now)
    if channel == "phone":
        contact_text = normalize_phone(contact_text)
    for _attempt in range(5):
        try:
            return _create(ctx, now, due_result, estimated, boss, cat, contact_text, couple_id=couple_id,
                           complainant=complainant, channel=channel, occurred=occurred, station_id=station_id,
                           responsible_id=responsible_id, cause_id=cause_id, description=description,
                           wants=wants, reported_at=reported_at, stand_in=stand_in,
                           promised_reply_at=promised_reply_at)
        except pw.IntegrityError:  # another counter took the same case number a moment ago
            continue
    raise Conflict(translate("Complaints", "The case number was taken at another counter; save again."))


def _create(ctx: AppContext, now: dt.datetime, due_result: dt.datetime, estimated: bool, boss: Staff,
            cat: ComplaintCategory, contact_text: str, *, couple_id: int | None, complainant: str, channel: str,
            occurred: dt.datetime, station_id: int | None, responsible_id: int | None, cause_id: int | None,
            description: str, wants: str, reported_at: dt.datetime, stand_in: bool,
            promised_reply_at: dt.datetime | None) -> Complaint:
    with db.atomic():
        c = Complaint.create(
            case_no=_next_case_no(now.date()), couple=couple_id, complainant=clean_text(complainant),
            contact=contact_text, channel=channel, occurred_at=occurred, station=station_id,
            responsible=responsible_id, category=cat, cause=cause_id, description=clean_text(description),
            wants=clean_text(wants), received_at=now, received_by=ctx.operator_id, reported_to=boss,
            reported_at=reported_at, reported_stand_in=stand_in, holder=ctx.operator_id, status="new",
            due_investigation=now + dt.timedelta(hours=INVESTIGATION_HOURS), due_reply=promised_reply_at,
            due_feedback=now + dt.timedelta(hours=FEEDBACK_HOURS), due_result=due_result,
            result_estimated=estimated)
        _refresh_next_due(c)
        c.save()
        _log(ctx, c, "intake", translate("Complaints", "Reported to {name} at {at}{stand_in}.").format(
            name=boss.name, at=f"{reported_at:%m-%d %H:%M}",
            stand_in=translate("Complaints", " (supervisor absent: person in charge)") if stand_in else ""))
        record(ctx, "complaint.create", c)
    return c


# ------------------------------------------------------------------------------------- deadlines

@dataclass
class Deadline:
    kind: str
    label: str
    due: dt.datetime | None
    met_at: dt.datetime | None
    state: str  # met / met_late / pending / due_soon / overdue / paused / none
    estimated: bool = False  # Mon–Fri assumed for some working day

    @property
    def is_open(self) -> bool:
        return self.state in ("pending", "due_soon", "overdue", "paused")


def _unmet(c: Complaint) -> dict[str, dt.datetime]:
    """Deadlines still to meet (kind → due), whether or not the clock is running."""
    if c.status not in OPEN_STATUSES:
        return {}
    out: dict[str, dt.datetime] = {}
    if c.investigated_at is None:
        out["investigation"] = c.due_investigation
    if c.due_reply is not None and c.replied_at is None:
        out["reply"] = c.due_reply
    if c.due_feedback is not None:
        out["feedback"] = c.due_feedback
    if c.result_at is None:
        out["result"] = c.due_result
    return out


def _refresh_next_due(c: Complaint) -> None:
    if c.status in ACTIVE_CLOCK_STATUSES:
        dues = _unmet(c).values()
        c.next_due = min(dues) if dues else None
    else:
        c.next_due = None


def deadlines_of(c: Complaint, now: dt.datetime) -> list[Deadline]:
    """Every deadline of a case with its state (all shown, not only the nearest)."""
    unmet = _unmet(c)
    paused = c.status == "waiting_customer"
    out = []

    def state_for(kind: str, due: dt.datetime | None, met: dt.datetime | None) -> str:
        if due is None:
            return "none"
        if kind in unmet:
            if paused:
                return "paused"
            if due < now:
                return "overdue"
            return "due_soon" if due - now <= DUE_SOON else "pending"
        if met is None:
            return "none"
        return "met" if met <= due else "met_late"

    pairs = [("investigation", c.due_investigation, c.investigated_at),
             ("reply", c.due_reply, c.replied_at),
             ("feedback", c.due_feedback if c.status in OPEN_STATUSES else None, c.last_feedback_at),
             ("result", c.due_result, c.result_at)]
    for kind, due, met in pairs:
        out.append(Deadline(kind=kind, label=deadline_label(kind), due=due, met_at=met,
                            state=state_for(kind, due, met), estimated=kind == "result" and c.result_estimated))
    return out


def _miss_dues(c: Complaint, now: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """(kind, due) pairs that have passed unmet while the clock ran. Feedback misses repeat daily."""
    if c.status not in ACTIVE_CLOCK_STATUSES:
        return []
    out = []
    for kind, due in _unmet(c).items():
        if kind == "feedback":
            # One miss per day without feedback; for a long-abandoned case only the last 60 days.
            step = dt.timedelta(hours=FEEDBACK_HOURS)
            skipped = max(0, int((now - due) / step) - 59)
            d = due + skipped * step
            while d < now:
                out.append((kind, d))
                d += step
        elif due < now:
            out.append((kind, due))
    return out


def _record_misses(ctx: AppContext, cases: list[Complaint]) -> int:
    """Persist the missed deadlines of ``cases`` once each (inside the caller's transaction)."""
    now = ctx.now()
    wanted = {(c.id, kind, due): c for c in cases for kind, due in _miss_dues(c, now)}
    if not wanted:
        return 0
    have = {(m.complaint_id, m.kind, m.due_at) for m in
            ComplaintMiss.select().where(ComplaintMiss.complaint.in_({k[0] for k in wanted}))}
    n = 0
    for (cid, kind, due), c in sorted(wanted.items(), key=lambda kv: (kv[0][0], kv[0][2])):
        if (cid, kind, due) in have:
            continue
        try:
            with db.atomic():
                miss = ComplaintMiss.create(complaint=cid, kind=kind, due_at=due, failed_by=c.holder_id,
                                            recorded_at=now)
        except pw.IntegrityError:  # another counter recorded it a moment ago
            continue
        record(ctx, "complaint.deadline_missed", miss)
        n += 1
    return n


def evaluate_deadlines(ctx: AppContext) -> int:
    """Record every missed deadline not yet recorded ("failed by" = the holder then). Idempotent.

    Called by the list and load functions; cheap: only running cases whose next deadline has passed.
    """
    now = ctx.now()
    due = list(Complaint.select().where(Complaint.status.in_(ACTIVE_CLOCK_STATUSES) & (Complaint.next_due < now)))
    if not due:
        return 0
    with db.atomic():
        return _record_misses(ctx, due)


# ------------------------------------------------------------------------------------- lifecycle

def _get(complaint_id: int) -> Complaint:
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        raise NotFound(translate("Complaints", "No complaint #{id}.").format(id=complaint_id))
    return c


def _log(ctx: AppContext, c: Complaint, action: str, text: str = "", customer_told: bool = False,
         staff_id: int | None = None) -> ComplaintLog:
    entry = ComplaintLog.create(complaint=c, at=ctx.now(), staff=staff_id or ctx.operator_id, action=action,
                                text=text, customer_told=customer_told)
    if customer_told:
        _customer_told(ctx, c)
    return entry


def _customer_told(ctx: AppContext, c: Complaint) -> None:
    now = ctx.now()
    c.last_feedback_at = now
    if c.due_reply is not None and c.replied_at is None:
        c.replied_at = now
    if c.status in OPEN_STATUSES:
        c.due_feedback = now + dt.timedelta(hours=FEEDBACK_HOURS)


def _state_error(message: str) -> ValidationError:
    return ValidationError({"status": message})


def _change(ctx: AppContext, complaint_id: int, action: str, fn: Callable[[Complaint], None],
            expected_version: int | None = None) -> Complaint:
    """Load, record misses up to now, apply ``fn``, save with a version check, audit — one transaction."""
    with db.atomic():
        c = _get(complaint_id)
        if expected_version is not None and c.version != expected_version:
            raise Conflict(translate("Complaints", "This case was changed at another counter; reload and try again."))
        _record_misses(ctx, [c])
        before = snapshot(c)
        old_version = c.version
        fn(c)
        _refresh_next_due(c)
        c.version = old_version + 1
        n = (Complaint.update({f: c.__data__.get(f.name) for f in Complaint._meta.sorted_fields if f.name != "id"})
             .where((Complaint.id == c.id) & (Complaint.version == old_version)).execute())
        if n != 1:
            raise Conflict(translate("Complaints", "This case was changed at another counter; reload and try again."))
        record(ctx, f"complaint.{action}", c, before=before)
    return c


def _require_text(field_name: str, text: str, message: str) -> str:
    t = clean_text(text)
    if not t:
        raise ValidationError({field_name: message})
    if err := text_error(t):
        raise ValidationError({field_name: err})
    return t


def record_investigation(ctx: AppContext, complaint_id: int, findings: str, customer_told: bool = False,
                         expected_version: int | None = None) -> Complaint:
    """The initial investigation's result (meets the 24 h deadline); new → investigating."""
    text = _require_text("text", findings, translate("Complaints", "Write down what the investigation found."))

    def apply(c: Complaint) -> None:
        if c.status not in ("new", "investigating", "waiting_approval"):
            raise _state_error(translate("Complaints", "The case is {status}: no investigation now.").format(
                status=status_label(c.status)))
        if c.investigated_at is None:
            c.investigated_at = ctx.now()
        if c.status == "new":
            c.status = "investigating"
        _log(ctx, c, "investigation", text, customer_told)

    return _change(ctx, complaint_id, "investigate", apply, expected_version)


def add_follow_up(ctx: AppContext, complaint_id: int, text: str, customer_told: bool = False,
                  expected_version: int | None = None) -> Complaint:
    """Append to the follow-up log. Telling the customer meets the promised reply and restarts the daily
    feedback clock."""
    body = _require_text("text", text, translate("Complaints", "Write down what was done."))

    def apply(c: Complaint) -> None:
        if customer_told and c.status == "waiting_customer":
            _resume(ctx, c)
        _log(ctx, c, "follow_up", body, customer_told)

    return _change(ctx, complaint_id, "follow_up", apply, expected_version)


def wait_for_customer(ctx: AppContext, complaint_id: int, note: str,
                      expected_version: int | None = None) -> Complaint:
    """Waiting for the customer (e.g. to send photos or choose a date): every clock stops."""
    body = _require_text("text", note, translate("Complaints", "Say what we are waiting for."))

    def apply(c: Complaint) -> None:
        if c.status not in ("new", "investigating"):
            raise _state_error(translate("Complaints", "The case is {status}: it cannot wait for the customer now.")
                               .format(status=status_label(c.status)))
        c.status = "waiting_customer"
        c.paused_at = ctx.now()
        _log(ctx, c, "wait_customer", body, customer_told=True)

    return _change(ctx, complaint_id, "wait_customer", apply, expected_version)


def _resume(ctx: AppContext, c: Complaint) -> None:
    now = ctx.now()
    paused_at = c.paused_at or now
    delta = now - paused_at
    unmet = _unmet(c)

    def later(due: dt.datetime) -> dt.datetime:
        # A deadline already missed before the pause stays missed (and is not counted twice).
        return due + delta if due > paused_at else due

    if "investigation" in unmet:
        c.due_investigation = later(c.due_investigation)
    if "reply" in unmet:
        c.due_reply = later(c.due_reply)
    if c.due_feedback is not None:
        c.due_feedback = later(c.due_feedback)
    if "result" in unmet:
        c.due_result = later(c.due_result)
    c.paused_minutes += int(delta.total_seconds() // 60)
    c.paused_at = None
    c.status = "investigating" if c.investigated_at else "new"


def resume(ctx: AppContext, complaint_id: int, note: str = "", expected_version: int | None = None) -> Complaint:
    """The customer answered: the clocks run again, every open deadline later by the paused time."""

    def apply(c: Complaint) -> None:
        if c.status != "waiting_customer":
            raise _state_error(translate("Complaints", "The case is not waiting for the customer."))
        paused = ctx.now() - (c.paused_at or ctx.now())
        _resume(ctx, c)
        text = translate("Complaints", "Clock paused for {m} min; deadlines moved accordingly.").format(
            m=int(paused.total_seconds() // 60))
        _log(ctx, c, "resume", (clean_text(note) + " " + text).strip())

    return _change(ctx, complaint_id, "resume", apply, expected_version)


def request_approval(ctx: AppContext, complaint_id: int, compensation: str, note: str = "",
                     expected_version: int | None = None) -> Complaint:
    """Compensation beyond the order terms: the store supervisor asks the executive manager."""
    comp = _require_text("compensation", compensation,
                         translate("Complaints", "Describe the compensation to be approved."))

    def apply(c: Complaint) -> None:
        if c.status not in ("new", "investigating"):
            raise _state_error(translate("Complaints", "The case is {status}: approval cannot be requested now.")
                               .format(status=status_label(c.status)))
        c.status = "waiting_approval"
        c.approval = "pending"
        c.approval_request = comp
        c.beyond_order = True
        _log(ctx, c, "request_approval", (comp + ("\n" + clean_text(note) if clean_text(note) else "")))

    return _change(ctx, complaint_id, "request_approval", apply, expected_version)


def decide_approval(ctx: AppContext, complaint_id: int, staff_id: int | None, pin: str | None, approve: bool,
                    note: str = "", expected_version: int | None = None) -> Complaint:
    """The executive manager approves (or not) compensation beyond the order. Checked here, with PIN."""
    member = authenticate(ctx, staff_id, pin)
    require_role(member, "executive_manager")

    def apply(c: Complaint) -> None:
        if c.status != "waiting_approval" or c.approval != "pending":
            raise _state_error(translate("Complaints", "No approval is pending on this case."))
        c.approval = "approved" if approve else "rejected"
        c.approved_by = member.id
        c.approved_at = ctx.now()
        c.status = "investigating" if c.investigated_at else "new"
        _log(ctx, c, "approved" if approve else "rejected", clean_text(note) or c.approval_request,
             staff_id=member.id)

    return _change(ctx, complaint_id, "approval", apply, expected_version)


def resolve(ctx: AppContext, complaint_id: int, outcome: str, corrective_action: str = "", apology: bool = False,
            compensation: str = "", beyond_order: bool = False, explanation: str = "",
            expected_version: int | None = None) -> Complaint:
    """The result, communicated to the customer (meets the 5-working-day deadline).

    confirmed: corrective action (required), apology, compensation (beyond the order only once approved
    by the executive manager); not confirmed: the explanation given (required).
    """
    errors: dict[str, str] = {}
    if outcome not in ("confirmed", "not_confirmed"):
        errors["outcome"] = translate("Complaints", "Choose the outcome: confirmed or not confirmed.")
    elif outcome == "confirmed" and not clean_text(corrective_action):
        errors["corrective_action"] = translate("Complaints", "A confirmed complaint needs the corrective action.")
    elif outcome == "not_confirmed" and not clean_text(explanation):
        errors["explanation"] = translate("Complaints", "Write down the explanation given to the customer.")
    for key, value in (("corrective_action", corrective_action), ("compensation", compensation),
                       ("explanation", explanation)):
        if key not in errors and (err := text_error(value)):
            errors[key] = err
    if errors:
        raise ValidationError(errors)

    def apply(c: Complaint) -> None:
        if c.status not in ("new", "investigating", "waiting_customer"):
            if c.status == "waiting_approval":
                raise ValidationError({"compensation": translate(
                    "Complaints", "The compensation is waiting for the executive manager's approval.")})
            raise _state_error(translate("Complaints", "The case is {status}: it cannot be resolved now.").format(
                status=status_label(c.status)))
        wants_beyond = outcome == "confirmed" and (beyond_order or (c.beyond_order and c.approval == "approved"))
        if wants_beyond and c.approval != "approved":
            raise ValidationError({"compensation": translate(
                "Complaints", "Compensation beyond the order needs the executive manager's approval first.")})
        if c.status == "waiting_customer":
            _resume(ctx, c)
        now = ctx.now()
        c.outcome = outcome
        c.corrective_action = clean_text(corrective_action) if outcome == "confirmed" else ""
        c.apology = bool(apology) if outcome == "confirmed" else False
        comp = clean_text(compensation) or (c.approval_request if wants_beyond else "")
        c.compensation = comp if outcome == "confirmed" else ""
        c.explanation = clean_text(explanation)
        c.beyond_order = wants_beyond
        if c.investigated_at is None:
            c.investigated_at = now
        c.result_at = now
        c.status = "resolved"
        c.due_feedback = None
        summary = [outcome_label(outcome)]
        if outcome == "confirmed":
            summary.append(translate("Complaints", "Corrective action: {t}").format(t=c.corrective_action))
            if c.apology:
                summary.append(translate("Complaints", "Apology made."))
            if c.compensation:
                summary.append(translate("Complaints", "Compensation: {t}").format(t=c.compensation))
        if c.explanation:
            summary.append(translate("Complaints", "Explanation: {t}").format(t=c.explanation))
        _log(ctx, c, "resolved", "\n".join(summary), customer_told=True)

    return _change(ctx, complaint_id, "resolve", apply, expected_version)


def close(ctx: AppContext, complaint_id: int, customer_response: str,
          expected_version: int | None = None) -> Complaint:
    """Close a resolved case with the customer's response to the result."""

    def apply(c: Complaint) -> None:
        if c.status == "closed":
            raise _state_error(translate("Complaints", "This case is already closed."))
        if c.status != "resolved":
            raise _state_error(translate("Complaints", "Resolve the case before closing it."))
        c.customer_response = _require_text("customer_response", customer_response, translate(
            "Complaints", "Write down the customer's response to the result."))
        c.closed_at = ctx.now()
        c.status = "closed"
        _log(ctx, c, "closed", c.customer_response)

    return _change(ctx, complaint_id, "close", apply, expected_version)


def reopen(ctx: AppContext, complaint_id: int, reason: str, expected_version: int | None = None) -> Complaint:
    """Reopen a resolved or closed case: a new result deadline (5 working days) and daily feedback."""
    why = _require_text("text", reason, translate("Complaints", "Say why the case is reopened."))

    def apply(c: Complaint) -> None:
        if c.status not in ("resolved", "closed"):
            raise _state_error(translate("Complaints", "Only a resolved or closed case can be reopened."))
        now = ctx.now()
        c.status = "investigating"
        c.result_at = None
        c.closed_at = None
        c.outcome = ""
        c.due_result, c.result_estimated = _result_due(now)
        c.due_feedback = now + dt.timedelta(hours=FEEDBACK_HOURS)
        _log(ctx, c, "reopened", why)

    return _change(ctx, complaint_id, "reopen", apply, expected_version)


def assign(ctx: AppContext, complaint_id: int, staff_id: int | None, note: str = "",
           expected_version: int | None = None) -> Complaint:
    """Hand the case to another staff member: from now on missed deadlines are hers."""
    if not _staff_exists(staff_id):
        raise ValidationError({"holder": translate("Complaints", "No such active staff member.")})
    member = Staff.get_by_id(staff_id)

    def apply(c: Complaint) -> None:
        if c.status not in OPEN_STATUSES:
            raise _state_error(translate("Complaints", "Only an open case can be handed over."))
        c.holder = member.id
        _log(ctx, c, "assigned", translate("Complaints", "Now held by {name}.").format(name=member.name)
             + (" " + clean_text(note) if clean_text(note) else ""))

    return _change(ctx, complaint_id, "assign", apply, expected_version)


def brief_supervisor(ctx: AppContext, complaint_id: int, supervisor_id: int | None, note: str = "",
                     expected_version: int | None = None) -> Complaint:
    """The supervisor was absent at intake: record that she has now been briefed."""
    boss = Staff.get_or_none(Staff.id == supervisor_id) if supervisor_id else None
    if boss is None or not any(boss.has_role(r) for r in SUPERVISOR_ROLES):
        raise ValidationError({"supervisor": translate("Complaints", "Choose the supervisor who was briefed.")})

    def apply(c: Complaint) -> None:
        _log(ctx, c, "supervisor_briefed", translate("Complaints", "{name} briefed.").format(name=boss.name)
             + (" " + clean_text(note) if clean_text(note) else ""))

    return _change(ctx, complaint_id, "brief_supervisor", apply, expected_version)


# ------------------------------------------------------------------------------------------ reads

@dataclass
class CaseRow:
    """One case for lists and the handover, with every deadline."""

    complaint: Complaint
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
    out = []
    for c in query:
        couple = c.couple if c.couple_id else None
        dls = deadlines_of(c, now)
        row = CaseRow(
            complaint=c, case_no=c.case_no, status=c.status, status_text=status_label(c.status),
            couple_names=couple.names if couple else "", order_no=couple.order_no if couple else "",
            complainant=c.complainant,
            contact_masked=mask_phone(c.contact) if any(ch.isdigit() for ch in c.contact) and len(
                "".join(ch for ch in c.contact if ch.isdigit())) >= 7 else c.contact,
            channel_text=channel_label(c.channel), category=cat_rows.get(c.category_id, ("", ""))[0],
            handling=cat_rows.get(c.category_id, ("", ""))[1], reported_to=staff.get(c.reported_to_id, ""),
            cause=cause_names.get(c.cause_id, ""), station=station_names.get(c.station_id, ""),
            responsible=staff.get(c.responsible_id, ""), holder=staff.get(c.holder_id, ""), holder_id=c.holder_id,
            received_at=c.received_at, description=c.description, wants=c.wants, deadlines=dls,
            next_due=c.next_due, overdue=any(d.state == "overdue" for d in dls),
            due_soon=any(d.state == "due_soon" for d in dls), estimated=c.result_estimated)
        out.append(row)
    return out


def _base_query() -> pw.ModelSelect:
    return (Complaint.select(Complaint, Couple)
            .join(Couple, pw.JOIN.LEFT_OUTER, on=(Complaint.couple == Couple.id)).switch(Complaint))


def _open_order(q: pw.ModelSelect) -> pw.ModelSelect:
    # Running cases by next deadline (so overdue float to the top), then paused ones.
    return q.order_by(Complaint.next_due.asc(nulls="LAST"), Complaint.received_at, Complaint.id)


def list_cases(ctx: AppContext, view: str = "open", category_id: int | None = None, text: str = "",
               limit: int = 500) -> list[CaseRow]:
    """Cases for the list. ``view``: open, overdue, mine (held by the operator), approval, resolved,
    closed, all. Open views sort by next deadline (overdue first); others newest first."""
    if view not in LIST_VIEWS:
        raise ValidationError({"view": translate("Complaints", "Unknown list.")})
    evaluate_deadlines(ctx)
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
        q = q.where(Complaint.status == view).order_by(Complaint.received_at.desc(), Complaint.id.desc())
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
        if len(digits) >= 4 and digits == t:
            like = like | Complaint.contact.endswith(digits)
        q = q.where(like)
    return _rows(ctx, q.limit(limit))


def open_cases_with_deadlines(ctx: AppContext) -> list[CaseRow]:
    """For the shift handover: every open case with all its deadlines, overdue first, then by the next
    deadline, paused cases last. Each ``CaseRow`` has ``deadlines`` (kind, label, due, met_at, state)
    and ``overdue`` / ``due_soon`` flags; missed deadlines are recorded before the list is built."""
    return list_cases(ctx, "open", limit=10_000)


def overdue_count(ctx: AppContext) -> int:
    """Open cases with a deadline passed (clock running)."""
    return (Complaint.select().where(Complaint.status.in_(ACTIVE_CLOCK_STATUSES) & (Complaint.next_due < ctx.now()))
            .count())


def get_case(ctx: AppContext, complaint_id: int) -> CaseRow:
    """One case (missed deadlines recorded first)."""
    _get(complaint_id)
    with db.atomic():
        _record_misses(ctx, [_get(complaint_id)])
    rows = _rows(ctx, _base_query().where(Complaint.id == complaint_id))
    return rows[0]


def get_case_by_number(ctx: AppContext, case_no: str) -> CaseRow:
    """One case by its readable number (KS-20261120-001, case-insensitive) — for printing from the CLI."""
    c = Complaint.get_or_none(Complaint.case_no == clean_text(case_no).upper())
    if c is None:
        raise NotFound(translate("Complaints", "No complaint {no}.").format(no=clean_text(case_no)))
    return get_case(ctx, c.id)


@dataclass
class LogRow:
    at: dt.datetime
    staff: str
    action: str
    action_text: str
    text: str
    customer_told: bool


def case_log(complaint_id: int) -> list[LogRow]:
    staff = _names(Staff)
    return [LogRow(at=e.at, staff=staff.get(e.staff_id, ""), action=e.action, action_text=action_label(e.action),
                   text=e.text, customer_told=e.customer_told)
            for e in ComplaintLog.select().where(ComplaintLog.complaint == complaint_id)
            .order_by(ComplaintLog.at, ComplaintLog.id)]


@dataclass
class MissRow:
    kind: str
    label: str
    due_at: dt.datetime
    failed_by: str
    recorded_at: dt.datetime


def case_misses(complaint_id: int) -> list[MissRow]:
    staff = _names(Staff)
    return [MissRow(kind=m.kind, label=deadline_label(m.kind), due_at=m.due_at, failed_by=staff.get(m.failed_by_id, ""),
                    recorded_at=m.recorded_at)
            for m in ComplaintMiss.select().where(ComplaintMiss.complaint == complaint_id)
            .order_by(ComplaintMiss.due_at, ComplaintMiss.id)]



def preview_deadlines(ctx: AppContext, promised_reply_at: dt.datetime | None = None) -> list[Deadline]:
    """The deadlines a complaint recorded now would get (shown on the intake form before saving)."""
    now = ctx.now()
    due_result, estimated = _result_due(now)
    c = Complaint(status="new", received_at=now, due_investigation=now + dt.timedelta(hours=INVESTIGATION_HOURS),
                  due_reply=promised_reply_at, due_feedback=now + dt.timedelta(hours=FEEDBACK_HOURS),
                  due_result=due_result, result_estimated=estimated)
    return deadlines_of(c, now)
