"""Complaint call-backs (回访): a case is finished when the customer is won back, not when it is closed.

Closing a case (``cases.close``) schedules a call-back on the studio's next opening day
(``app.core.opening``, not the working-day calendar), owned by someone: the case's handler unless another
owner is named; never nobody. The call is recorded here:

- reached: the customer's satisfaction with the resolution (1–5) and a comment; 1 or 2 reopens the case
  (``cases.reopen``: its history is kept, a new 5-working-day result deadline starts);
- not reached: the call-back comes back on the next opening day (``attempts`` counts the tries);
- given up, with a reason (the customer asked not to be called again, the number is dead …).

Until done or given up it stays on the complaints tab's call-back list and in the handover. Every write is
one transaction with its audit entry (and a line in the case's log); bad input is refused with the field
named and nothing saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core import opening
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, mask_phone, text_error
from app.staff.models import Staff

from .models import Complaint, ComplaintCallback, ComplaintLog

UNHAPPY = 2  # satisfaction at or below this reopens the case
SATISFACTION = range(1, 6)


@dataclass(frozen=True)
class CallbackRow:
    """One call-back, ready to show."""

    id: int
    complaint_id: int
    case_no: str
    complainant: str
    contact: str  # a phone number masked
    owner_id: int
    owner: str
    due_on: dt.date
    status: str
    attempts: int
    satisfaction: int | None
    comment: str
    given_up_reason: str
    version: int
    due_today: bool  # due on or before today (the counter should call now)
    overdue: bool  # due before today


@dataclass(frozen=True)
class CallbackResult:
    """What recording a call did."""

    callback: CallbackRow
    reopened: bool  # an unhappy customer: the case is open again


def _owner_error(owner_id: int | None) -> str | None:
    if owner_id is None:
        return translate("Complaints", "A call-back needs an owner: choose who will call.")
    if not Staff.select().where((Staff.id == owner_id) & Staff.active).exists():
        return translate("Complaints", "No such active staff member.")
    return None


def schedule_on_close(ctx: AppContext, c: Complaint, owner_id: int | None) -> ComplaintCallback | None:
    """Inside ``cases.close``'s transaction: the call-back on the next opening day, owned by ``owner_id`` or
    the case's handler. Raises ValidationError (``callback_owner``) when nobody can own it. None when a
    call-back is already owed for this case (closing again after a reopen keeps the one still due)."""
    owner = owner_id if owner_id is not None else c.holder_id
    if err := _owner_error(owner):
        raise ValidationError({"callback_owner": err})
    if ComplaintCallback.select().where((ComplaintCallback.complaint == c.id)
                                        & (ComplaintCallback.status == "due")).exists():
        return None
    now = ctx.now()
    cb = ComplaintCallback.create(complaint=c.id, due_on=opening.next_opening_day(now.date()), owner=owner,
                                  created_at=now, created_by=ctx.operator_id)
    name = Staff.get_by_id(owner).name
    ComplaintLog.create(complaint=c.id, at=now, staff=ctx.operator_id, action="callback_scheduled",
                        text=translate("Complaints", "Call-back on {day} by {name}.").format(
                            day=cb.due_on.isoformat(), name=name))
    record(ctx, "complaint.callback_schedule", cb)
    return cb


def _load(callback_id: int, expected_version: int | None) -> ComplaintCallback:
    cb = ComplaintCallback.get_or_none(ComplaintCallback.id == callback_id)
    if cb is None:
        raise NotFound(translate("Complaints", "No call-back #{id}.").format(id=callback_id))
    if expected_version is not None and cb.version != expected_version:
        raise Conflict(translate("Complaints", "This call-back was changed at another counter; reload and try again."))
    if cb.status != "due":
        raise ValidationError({"status": translate(
            "Complaints", "This call-back is already done or given up.")})
    return cb


def _save(cb: ComplaintCallback) -> None:
    old = cb.version
    cb.version = old + 1
    n = (ComplaintCallback.update({f: cb.__data__.get(f.name) for f in ComplaintCallback._meta.sorted_fields
                                   if f.name != "id"})
         .where((ComplaintCallback.id == cb.id) & (ComplaintCallback.version == old)).execute())
    if n != 1:
        raise Conflict(translate("Complaints", "This call-back was changed at another counter; reload and try again."))


def record_call(ctx: AppContext, callback_id: int, *, reached: bool, satisfaction: int | None = None,
                comment: str = "", expected_version: int | None = None) -> CallbackResult:
    """Record a call-back call. Reached: ``satisfaction`` 1–5 is required, ≤ 2 reopens the case with the
    comment as its reason. Not reached: due again on the next opening day.

    Raises ValidationError keyed by field (satisfaction, comment, status, operator), nothing saved."""
    errors: dict[str, str] = {}
    text = clean_text(comment)
    score_ok = isinstance(satisfaction, int) and not isinstance(satisfaction, bool) and satisfaction in SATISFACTION
    if reached and not score_ok:
        errors["satisfaction"] = translate("Complaints", "Satisfaction is 1 (very unhappy) to 5 (very happy).")
    if err := text_error(text):
        errors["comment"] = err
    elif reached and score_ok and satisfaction <= UNHAPPY and not text:
        errors["comment"] = translate("Complaints", "Write down what the customer is unhappy about: the case "
                                                    "is reopened with it.")
    if ctx.operator_id is None:
        errors["operator"] = translate("Complaints", "Start a shift first: the call records who made it.")
    if errors:
        raise ValidationError(errors)
    now = ctx.now()
    reopened = False
    with db.atomic():
        cb = _load(callback_id, expected_version)
        before = snapshot(cb)
        if reached:
            cb.status, cb.satisfaction, cb.comment = "done", satisfaction, text
            cb.done_at, cb.done_by = now, ctx.operator_id
            ComplaintLog.create(complaint=cb.complaint_id, at=now, staff=ctx.operator_id, action="callback_reached",
                                text=translate("Complaints", "Satisfaction {n}/5. {comment}").format(
                                    n=satisfaction, comment=text).strip())
        else:
            cb.attempts += 1
            cb.due_on = opening.next_opening_day(now.date())
            cb.comment = text
            ComplaintLog.create(complaint=cb.complaint_id, at=now, staff=ctx.operator_id,
                                action="callback_not_reached",
                                text=translate("Complaints", "Try again on {day}. {comment}").format(
                                    day=cb.due_on.isoformat(), comment=text).strip())
        _save(cb)
        record(ctx, "complaint.callback_reached" if reached else "complaint.callback_not_reached", cb,
               before=before)
        if reached and satisfaction is not None and satisfaction <= UNHAPPY:
            from . import cases

            cases.reopen(ctx, cb.complaint_id, translate(
                "Complaints", "Call-back: the customer is unhappy ({n}/5): {comment}").format(
                n=satisfaction, comment=text))
            reopened = True
    return CallbackResult(callback=get_callback(ctx, cb.id), reopened=reopened)


def give_up(ctx: AppContext, callback_id: int, reason: str, expected_version: int | None = None) -> CallbackRow:
    """Stop trying, with a reason (e.g. the customer asked not to be called again). Raises ValidationError
    (reason, status), nothing saved."""
    why = clean_text(reason)
    if not why:
        raise ValidationError({"reason": translate("Complaints", "Say why the call-back is given up.")})
    if err := text_error(why):
        raise ValidationError({"reason": err})
    now = ctx.now()
    with db.atomic():
        cb = _load(callback_id, expected_version)
        before = snapshot(cb)
        cb.status, cb.given_up_reason, cb.done_at, cb.done_by = "given_up", why, now, ctx.operator_id
        ComplaintLog.create(complaint=cb.complaint_id, at=now, staff=ctx.operator_id, action="callback_given_up",
                            text=why)
        _save(cb)
        record(ctx, "complaint.callback_give_up", cb, before=before)
    return get_callback(ctx, cb.id)


def reassign(ctx: AppContext, callback_id: int, owner_id: int | None,
             expected_version: int | None = None) -> CallbackRow:
    """Give the call-back to someone else (never to nobody). Raises ValidationError (owner, status)."""
    if err := _owner_error(owner_id):
        raise ValidationError({"owner": err})
    with db.atomic():
        cb = _load(callback_id, expected_version)
        before = snapshot(cb)
        cb.owner = owner_id
        _save(cb)
        record(ctx, "complaint.callback_reassign", cb, before=before)
    return get_callback(ctx, cb.id)


# ------------------------------------------------------------------------------------------ reads

def _masked(contact: str) -> str:
    """A phone number masked (138****5678); a WeChat id or other contact as it is (like the case list)."""
    return mask_phone(contact) if sum(ch.isdigit() for ch in contact) >= 7 else contact


def _rows(ctx: AppContext, query) -> list[CallbackRow]:
    today = ctx.today()
    rows = list(query)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)
             .where(Staff.id.in_({r.owner_id for r in rows}))} if rows else {}
    out = []
    for cb in rows:
        c = cb.complaint
        out.append(CallbackRow(
            id=cb.id, complaint_id=c.id, case_no=c.case_no, complainant=c.complainant,
            contact=_masked(c.contact), owner_id=cb.owner_id,
            owner=names.get(cb.owner_id, ""), due_on=cb.due_on, status=cb.status, attempts=cb.attempts,
            satisfaction=cb.satisfaction, comment=cb.comment, given_up_reason=cb.given_up_reason,
            version=cb.version, due_today=cb.status == "due" and cb.due_on <= today,
            overdue=cb.status == "due" and cb.due_on < today))
    return out


def _select():
    return ComplaintCallback.select(ComplaintCallback, Complaint).join(Complaint)


def open_callbacks(ctx: AppContext) -> list[CallbackRow]:
    """Every call-back still owed (due today or earlier first, then by day), for the tab and the handover."""
    q = (_select().where(ComplaintCallback.status == "due")
         .order_by(ComplaintCallback.due_on, ComplaintCallback.id))
    return _rows(ctx, q)


def case_callbacks(ctx: AppContext, complaint_id: int) -> list[CallbackRow]:
    """The call-backs of one case, oldest first."""
    return _rows(ctx, _select().where(ComplaintCallback.complaint == complaint_id).order_by(ComplaintCallback.id))


def get_callback(ctx: AppContext, callback_id: int) -> CallbackRow:
    rows = _rows(ctx, _select().where(ComplaintCallback.id == callback_id))
    if not rows:
        raise NotFound(translate("Complaints", "No call-back #{id}.").format(id=callback_id))
    return rows[0]


def due_count(ctx: AppContext) -> int:
    """Call-backs due today or earlier."""
    return (ComplaintCallback.select().where((ComplaintCallback.status == "due")
                                             & (ComplaintCallback.due_on <= ctx.today())).count())
