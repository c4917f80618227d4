"""The case lifecycle: intake, investigation, follow-up, waiting for the customer, approval, result,
closing, reopening, handing over — and recording missed deadlines ("failed by").

Every function here writes: one transaction with its audit entry, a version check against another
counter's change. The deadline arithmetic is in ``deadlines`` (pure); the reads are in ``queries``.

A deadline that passes unmet becomes a ``ComplaintMiss`` row naming who held the case then. That is
recorded explicitly: ``record_missed_deadlines`` (called by the complaints tab on refresh and every
minute) and before every change to a case. Idempotent: one row per complaint, kind and due time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee as pw

from app.checkin.models import Couple
from app.core import calendar as workdays
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, mask_phone, name_error, normalize_phone, phone_error, text_error
from app.flow.models import Station
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import authenticate, require_role

from . import deadlines
from .callbacks import schedule_on_close
from .config import outcome_label, status_label
from .deadlines import ACTIVE_CLOCK_STATUSES, OPEN_STATUSES
from .models import CHANNELS, Complaint, ComplaintCategory, ComplaintCause, ComplaintLog, ComplaintMiss

CLOCK_SKEW = dt.timedelta(minutes=5)  # "when it happened" / "reported at" may be typed a little ahead


# ---------------------------------------------------------------------------------------- intake

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
    dues = deadlines.intake_dues(now, workdays.load_overrides())
    if channel == "phone":
        contact_text = normalize_phone(contact_text)
    for _attempt in range(5):
        try:
            return _create(ctx, now, dues, boss, cat, contact_text, couple_id=couple_id,
                           complainant=complainant, channel=channel, occurred=occurred, station_id=station_id,
                           responsible_id=responsible_id, cause_id=cause_id, description=description,
                           wants=wants, reported_at=reported_at, stand_in=stand_in,
                           promised_reply_at=promised_reply_at)
        except pw.IntegrityError:  # another counter took the same case number a moment ago
            continue
    raise Conflict(translate("Complaints", "The case number was taken at another counter; save again."))


def _create(ctx: AppContext, now: dt.datetime, dues: deadlines.IntakeDues, boss: Staff,
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
            due_investigation=dues.due_investigation, due_reply=promised_reply_at,
            due_feedback=dues.due_feedback, due_result=dues.due_result, result_estimated=dues.result_estimated)
        c.next_due = deadlines.next_due(c)
        c.save()
        _log(ctx, c, "intake", translate("Complaints", "Reported to {name} at {at}{stand_in}.").format(
            name=boss.name, at=f"{reported_at:%m-%d %H:%M}",
            stand_in=translate("Complaints", " (supervisor absent: person in charge)") if stand_in else ""))
        record(ctx, "complaint.create", c)
    return c


# ---------------------------------------------------------------------------- missed deadlines

def _record_misses(ctx: AppContext, cases: list[Complaint]) -> int:
    """Persist the missed deadlines of ``cases`` once each (inside the caller's transaction)."""
    now = ctx.now()
    wanted = {(c.id, kind, due): c for c in cases for kind, due in deadlines.miss_dues(c, now)}
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


def record_missed_deadlines(ctx: AppContext) -> int:
    """Record every missed deadline not yet recorded ("failed by" = the holder then), each with its audit
    entry, in one transaction; returns how many were new. Idempotent.

    The complaints tab calls it on refresh and every minute (also while another tab is shown); cheap:
    only running cases whose next deadline has passed are read.
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
        c.due_feedback = deadlines.next_feedback(now)


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
        c.next_due = deadlines.next_due(c)
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
    moved = deadlines.resumed(c, ctx.now(), workdays.load_overrides())
    if moved.due_investigation is not None:
        c.due_investigation = moved.due_investigation
    if moved.due_reply is not None:
        c.due_reply = moved.due_reply
    if moved.due_feedback is not None:
        c.due_feedback = moved.due_feedback
    if moved.due_result is not None:
        c.due_result = moved.due_result
    c.result_estimated = moved.result_estimated
    c.paused_minutes += moved.paused_minutes
    c.paused_at = None
    c.status = "investigating" if c.investigated_at else "new"


def resume(ctx: AppContext, complaint_id: int, note: str = "", expected_version: int | None = None) -> Complaint:
    """The customer answered: the clocks run again, every open deadline later by the paused time (the
    result's working-day clock by the working time paused, see ``deadlines.resumed``)."""

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
          expected_version: int | None = None, callback_owner_id: int | None = None) -> Complaint:
    """Close a resolved case with the customer's response to the result, and schedule its call-back (回访)
    on the studio's next opening day, owned by ``callback_owner_id`` or else the case's handler
    (``callbacks.schedule_on_close``; ValidationError ``callback_owner`` when nobody can own it)."""

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
        schedule_on_close(ctx, c, callback_owner_id)

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
        c.due_result, c.result_estimated = deadlines.result_due(now, workdays.load_overrides())
        c.due_feedback = deadlines.next_feedback(now)
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


def merge_into(ctx: AppContext, complaint_id: int, into_id: int | None, note: str = "",
               expected_version: int | None = None) -> Complaint:
    """Merge a duplicate case into another open case (the bride and the groom both called about the same
    thing). The merged case gets status ``merged`` pointing at the other one; its clocks stop (no deadline
    is owed on it any more, nothing more is recorded as missed). Nothing is moved or rewritten: its contact,
    its log (who and when, as written) and its evidence are shown on the surviving case
    (``queries.get_case`` / ``case_log``, ``evidence.list_evidence``). A line is written in both logs.

    One transaction; both cases are version-checked and audited. Raises ValidationError ``merge_into``:
    no case chosen, the case itself, a case that is not open (resolved, closed or merged); ``status``: this
    case is already merged, or not open."""
    if into_id is None:
        raise ValidationError({"merge_into": translate("Complaints", "Choose the case to merge this one into.")})
    if into_id == complaint_id:
        raise ValidationError({"merge_into": translate("Complaints", "A case cannot be merged into itself.")})
    extra = clean_text(note)
    if err := text_error(extra):
        raise ValidationError({"text": err})
    with db.atomic():
        target = _get(into_id)
        source = _get(complaint_id)
        if source.status == "merged":
            into = Complaint.get_or_none(Complaint.id == source.merged_into_id)
            raise _state_error(translate("Complaints", "This case is already merged into {no}.").format(
                no=into.case_no if into else "?"))
        if source.status not in OPEN_STATUSES:
            raise _state_error(translate("Complaints", "The case is {status}: only an open case can be merged.")
                               .format(status=status_label(source.status)))
        if target.status == "merged":
            raise ValidationError({"merge_into": translate(
                "Complaints", "{no} is itself merged into another case: choose that one.").format(no=target.case_no)})
        if target.status not in OPEN_STATUSES:
            raise ValidationError({"merge_into": translate(
                "Complaints", "{no} is {status}: merge only into an open case.").format(
                no=target.case_no, status=status_label(target.status))})
        digits = "".join(ch for ch in source.contact if ch.isdigit())
        contact = mask_phone(source.contact) if len(digits) >= 7 else source.contact  # never in full on screen
        who = f"{source.complainant} {contact}".strip()

        def merge_source(c: Complaint) -> None:
            c.status = "merged"
            c.merged_into = target.id
            c.merged_at = ctx.now()
            c.merged_by = ctx.operator_id
            c.paused_at = None
            _log(ctx, c, "merged", translate("Complaints", "Merged into {no}.").format(no=target.case_no)
                 + (" " + extra if extra else ""))

        def merge_target(c: Complaint) -> None:
            _log(ctx, c, "merged_in", translate("Complaints", "{no} ({who}) merged into this case: its log, "
                                                              "contact and evidence are shown here.").format(
                no=source.case_no, who=who) + (" " + extra if extra else ""))

        merged = _change(ctx, complaint_id, "merge", merge_source, expected_version)
        _change(ctx, into_id, "merge_in", merge_target)
    return merged
