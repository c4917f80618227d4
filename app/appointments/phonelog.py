"""The phone log (电话记录): every call at the counter, what was asked and answered, and the call-backs owed.

Seed 002 第三章: record what the customer asked and what was answered. Call-backs owed are listed
(``callbacks_owed``) until marked done, and appear in the handover. A call turns into an appointment
(``call_to_appointment_prefill`` + ``service.create_appointment(call_id=…)``) or into a complaint
(``call_to_complaint_prefill``) without typing anything twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.checkin.models import Couple, Lead
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, name_error, normalize_phone, phone_error, phone_last4, text_error
from app.staff.models import Staff

from .models import PhoneCall


def get_call(call_id: int) -> PhoneCall:
    c = PhoneCall.get_or_none(PhoneCall.id == call_id)
    if c is None:
        raise NotFound(translate("PhoneLog", "No call #{id}.").format(id=call_id))
    return c


def log_call(ctx: AppContext, asked: str, answered: str = "", caller_name: str = "", phone: str = "",
             couple_id: int | None = None, lead_id: int | None = None, callback_by: dt.datetime | None = None,
             at: dt.datetime | None = None) -> PhoneCall:
    """Record a call taken by the operator. ``callback_by`` set = a call back is owed by then.

    ``at`` is when the call came (default now; a call written down a little later may give its time, never
    in the future). Without a caller name, the couple's or lead's name is used.
    """
    errors: dict[str, str] = {}
    when = (at or ctx.now()).replace(microsecond=0)
    if when > ctx.now():
        errors["at"] = translate("PhoneLog", "A call cannot be in the future.")
    couple = Couple.get_or_none(Couple.id == couple_id) if couple_id else None
    lead = Lead.get_or_none(Lead.id == lead_id) if lead_id else None
    if couple_id and couple is None:
        errors["who"] = translate("PhoneLog", "No couple #{id}.").format(id=couple_id)
    if lead_id and lead is None:
        errors["who"] = translate("PhoneLog", "No lead #{id}.").format(id=lead_id)
    if couple and lead:
        errors["who"] = translate("PhoneLog", "A call is about one couple or one lead.")
    name = clean_text(caller_name)
    if not name:
        name = (couple.names if couple else lead.name if lead else "")[:40]
    if err := name_error(name):
        errors["caller_name"] = err
    if err := phone_error(phone):
        errors["phone"] = err
    if not clean_text(asked):
        errors["asked"] = translate("PhoneLog", "Write down what the caller asked.")
    elif err := text_error(asked):
        errors["asked"] = err
    if err := text_error(answered):
        errors["answered"] = err
    if callback_by is not None:
        if not isinstance(callback_by, dt.datetime):
            errors["callback_by"] = translate("Validation", "Not a date.")
        elif callback_by < when:
            errors["callback_by"] = translate("PhoneLog", "The call back cannot be due before the call itself.")
        elif callback_by > when + dt.timedelta(days=365):
            errors["callback_by"] = translate("PhoneLog", "That is more than a year ahead.")
    if errors:
        raise ValidationError(errors)
    ph = normalize_phone(phone)
    if not ph:
        ph = (couple.bride_phone or couple.groom_phone) if couple else (lead.phone if lead else "")
    with db.atomic():
        call = PhoneCall.create(at=when, caller_name=name, phone=ph, phone_last4=phone_last4(ph), couple=couple,
                                lead=lead, asked=clean_text(asked), answered=clean_text(answered),
                                callback_owed=callback_by is not None,
                                callback_by=callback_by.replace(microsecond=0) if callback_by else None,
                                taken_by=ctx.operator_id)
        record(ctx, "call.log", call)
    return call


def mark_callback_done(ctx: AppContext, call_id: int, note: str = "") -> PhoneCall:
    """The call back has been made: it leaves the list of call-backs owed."""
    call = get_call(call_id)
    if err := text_error(note):
        raise ValidationError({"note": err})
    with db.atomic():
        call = get_call(call_id)
        if not call.callback_owed:
            raise Conflict(translate("PhoneLog", "No call back is owed for this call."))
        if call.callback_done_at is not None:
            raise Conflict(translate("PhoneLog", "This call back is already done."))
        before = snapshot(call)
        call.callback_done_at = ctx.now()
        call.callback_done_by = ctx.operator_id
        call.callback_note = clean_text(note)
        call.save()
        record(ctx, "call.callback_done", call, before=before)
    return call


def link_complaint(ctx: AppContext, call_id: int, complaint_id: int) -> PhoneCall:
    """Remember which complaint this call became (called by the complaints intake after saving)."""
    with db.atomic():
        call = get_call(call_id)
        before = snapshot(call)
        call.complaint_id = complaint_id
        call.save()
        record(ctx, "call.to_complaint", call, before=before)
    return call


# ------------------------------------------------------------------------------------------ rows

@dataclass
class CallRow:
    call: PhoneCall
    id: int
    at: dt.datetime
    caller: str
    phone: str  # full: mask it on screen
    about: str  # couple names / lead name, or ""
    couple_id: int | None
    lead_id: int | None
    asked: str
    answered: str
    callback_owed: bool
    callback_by: dt.datetime | None
    callback_done_at: dt.datetime | None
    overdue: bool
    taken_by: str
    appointment_id: int | None
    complaint_id: int | None


def _call_query() -> pw.ModelSelect:
    return (PhoneCall.select(PhoneCall, Couple, Lead, Staff)
            .join(Couple, pw.JOIN.LEFT_OUTER, on=(PhoneCall.couple == Couple.id)).switch(PhoneCall)
            .join(Lead, pw.JOIN.LEFT_OUTER, on=(PhoneCall.lead == Lead.id)).switch(PhoneCall)
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(PhoneCall.taken_by == Staff.id)))


def _row(c: PhoneCall, now: dt.datetime) -> CallRow:
    about = c.couple.names if c.couple_id else (c.lead.name if c.lead_id else "")
    open_cb = c.callback_owed and c.callback_done_at is None
    return CallRow(call=c, id=c.id, at=c.at, caller=c.caller_name, phone=c.phone, about=about,
                   couple_id=c.couple_id, lead_id=c.lead_id, asked=c.asked, answered=c.answered,
                   callback_owed=c.callback_owed, callback_by=c.callback_by, callback_done_at=c.callback_done_at,
                   overdue=bool(open_cb and c.callback_by is not None and c.callback_by < now),
                   taken_by=c.taken_by.name if c.taken_by_id else "", appointment_id=c.appointment_id,
                   complaint_id=c.complaint_id)


def calls_on(ctx: AppContext, day: dt.date) -> list[CallRow]:
    """The calls of ``day``, latest first."""
    start = dt.datetime.combine(day, dt.time.min)
    q = _call_query().where((PhoneCall.at >= start) & (PhoneCall.at < start + dt.timedelta(days=1)))
    now = ctx.now()
    return [_row(c, now) for c in q.order_by(PhoneCall.at.desc(), PhoneCall.id.desc())]


def callbacks_owed(ctx: AppContext) -> list[CallRow]:
    """Every call back still owed (any day), the soonest due first; ``overdue`` when its time has passed."""
    q = _call_query().where((PhoneCall.callback_owed == True) & PhoneCall.callback_done_at.is_null())  # noqa: E712
    now = ctx.now()
    return [_row(c, now) for c in q.order_by(PhoneCall.callback_by, PhoneCall.id)]


# --------------------------------------------------------------------------------- turning a call

def call_to_appointment_prefill(call_id: int) -> dict:
    """What the appointment dialog needs from a call: who, and what they want (as the note)."""
    c = get_call(call_id)
    return {
        "call_id": c.id,
        "couple_id": c.couple_id,
        "lead_id": c.lead_id,
        "lead_name": "" if (c.couple_id or c.lead_id) else c.caller_name,
        "lead_phone": "" if (c.couple_id or c.lead_id) else c.phone,
        "kind": "consultation" if not c.couple_id else None,
        "note": c.asked,
    }


def call_to_complaint_prefill(call_id: int) -> dict:
    """What the complaint intake needs from a call, so nothing is typed twice.

    Keys: ``channel`` ("phone"), ``customer_name``, ``contact`` (full number — the form masks it on
    screen), ``couple_id``, ``lead_id``, ``reported_at`` (the call's time), ``details`` (what the caller
    said), ``wants`` (empty unless answered says so: the receptionist asks), ``taken_by`` (staff id),
    ``call_id`` (to link back with ``link_complaint``).
    """
    c = get_call(call_id)
    details = c.asked
    if c.answered:
        details = details + "\n" + translate("PhoneLog", "Answered on the phone: {text}").format(text=c.answered)
    return {
        "call_id": c.id,
        "channel": "phone",
        "customer_name": c.caller_name,
        "contact": c.phone,
        "couple_id": c.couple_id,
        "lead_id": c.lead_id,
        "reported_at": c.at,
        "details": details,
        "wants": "",
        "taken_by": c.taken_by_id,
    }


def earlier_calls(ctx: AppContext, couple_id: int | None = None, lead_id: int | None = None, phone: str = "",
                  limit: int = 5) -> list[CallRow]:
    """The latest calls of the same couple, lead or number (someone calling again), newest first."""
    cond = None
    if couple_id:
        cond = PhoneCall.couple == couple_id
    elif lead_id:
        cond = PhoneCall.lead == lead_id
    ph = normalize_phone(phone)
    if len(ph.replace("-", "")) >= 7:
        by_phone = (PhoneCall.phone_last4 == phone_last4(ph)) & (PhoneCall.phone == ph)
        cond = by_phone if cond is None else (cond | by_phone)
    if cond is None:
        return []
    now = ctx.now()
    return [_row(c, now) for c in _call_query().where(cond).order_by(PhoneCall.at.desc()).limit(limit)]
