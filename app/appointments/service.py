"""Appointments: who is expected at the counter, when, for what and with whom.

- ``create_appointment`` / ``reschedule`` / ``cancel_appointment``: every change is kept in
  ``AppointmentChange`` (append-only history) and in the audit trail.
- ``expected_today(ctx)``: today's expected arrivals in time order with their state
  (arrived / expected / late / no-show), for the check-in tab, the handover and the daily review.
- ``no_shows(ctx, day)``: appointments of ``day`` nobody came to (past the no-show grace period).
- ``check_in_appointment``: the one-interaction check-in of an expected guest; the new visit is linked
  to the appointment. Couples' kinds go through ``app.checkin.commands.check_in_couple``; a dress fitting or a
  consultation is not a production visit and does not start a shooting flow, so it becomes a ``consult``
  visit linked to the couple or to the lead (no second lead is created for a known lead).
- A couple checked in any other way (the check-in tab's search) is linked to today's appointment by a
  check-in hook, inside the check-in's own transaction.
"""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import peewee as pw

from app.appointments.options import LATE_AFTER, NO_SHOW_AFTER
from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, Lead, Visit
from app.checkin.queries import VisitView
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import (
    clean_text,
    name_error,
    normalize_phone,
    phone_error,
    phone_last4,
    search_text,
    text_error,
)
from app.staff.models import Staff

from . import clashes
from .models import APPOINTMENT_KINDS, Appointment, AppointmentChange, PhoneCall

COUPLE_VISIT_KINDS = ("shoot", "selection", "proof", "pickup")
CLASH_MINUTES = 30  # two appointments of one person closer than this are "at the same time"
MAX_DAYS_AHEAD = 730


def kind_label(kind: str) -> str:
    return {
        "shoot": translate("Appointments", "Shoot"),
        "selection": translate("Appointments", "Photo selection"),
        "proof": translate("Appointments", "Proof viewing"),
        "pickup": translate("Appointments", "Pickup"),
        "dress_fitting": translate("Appointments", "Dress fitting"),
        "consultation": translate("Appointments", "Consultation"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "arrived": translate("Appointments", "Arrived"),
        "expected": translate("Appointments", "Expected"),
        "late": translate("Appointments", "Late"),
        "no_show": translate("Appointments", "Did not come"),
        "cancelled": translate("Appointments", "Cancelled"),
    }.get(status, status)


def late_after_minutes() -> int:
    return LATE_AFTER.get()


def no_show_after_minutes() -> int:
    return NO_SHOW_AFTER.get()


# ------------------------------------------------------------------------------------------ rows

@dataclass
class ExpectedRow:
    """One appointment of a day as the counter sees it."""

    appointment: Appointment
    id: int
    starts_at: dt.datetime
    who: str  # couple names or the lead's name
    order_no: str
    kind: str
    kind_label: str
    staff_id: int | None
    staff_name: str
    note: str
    status: str  # arrived / expected / late / no_show / cancelled
    status_label: str
    minutes_late: int  # how long past the time without arriving (0 when arrived or not yet due)
    visit_id: int | None
    arrived_at: dt.datetime | None
    couple_id: int | None
    lead_id: int | None
    rescheduled: bool


def _who(a: Appointment) -> str:
    if a.couple_id:
        return a.couple.names
    if a.lead_id:
        return a.lead.name
    return ""


def _state(a: Appointment, now: dt.datetime, arrived_at: dt.datetime | None, late_after: int,
           no_show_after: int) -> tuple[str, int]:
    if a.status == "cancelled":
        return "cancelled", 0
    if arrived_at is not None:
        return "arrived", 0
    past = int((now - a.starts_at).total_seconds() // 60)
    if past >= no_show_after:
        return "no_show", past
    if past >= late_after:
        return "late", past
    return "expected", max(past, 0)


def expected_rows(ctx: AppContext, query: pw.ModelSelect) -> list[ExpectedRow]:
    now = ctx.now()
    appts = list(query)
    if not appts:
        return []
    visit_ids = [a.visit_id for a in appts if a.visit_id]
    arrived: dict[int, dt.datetime] = {}
    if visit_ids:
        arrived = {v.id: v.arrived_at for v in Visit.select(Visit.id, Visit.arrived_at).where(Visit.id.in_(visit_ids))}
    # A couple checked in before this module was loaded (no hook then): count a same-day visit as arrival.
    unlinked = {a.couple_id for a in appts if a.couple_id and not a.visit_id and a.status == "booked"}
    same_day: dict[tuple[int, dt.date], tuple[int, dt.datetime]] = {}
    if unlinked:
        days = {a.starts_at.date() for a in appts}
        start = dt.datetime.combine(min(days), dt.time.min)
        end = dt.datetime.combine(max(days) + dt.timedelta(days=1), dt.time.min)
        found = list(Visit.select(Visit.id, Visit.couple, Visit.arrived_at)
                     .where(Visit.couple.in_(list(unlinked)) & (Visit.kind != "visitor")
                            & (Visit.arrived_at >= start) & (Visit.arrived_at < end))
                     .order_by(Visit.arrived_at))
        taken = {a.visit_id for a in Appointment.select(Appointment.visit)
                 .where(Appointment.visit.in_([v.id for v in found]))} if found else set()
        for v in found:
            if v.id not in taken:  # a visit already linked to another appointment is not this one's arrival
                same_day.setdefault((v.couple_id, v.arrived_at.date()), (v.id, v.arrived_at))
    changed = {c.appointment_id for c in AppointmentChange.select(AppointmentChange.appointment)
               .where(AppointmentChange.appointment.in_([a.id for a in appts])
                      & (AppointmentChange.action == "rescheduled"))}
    late_after, no_show_after = late_after_minutes(), no_show_after_minutes()
    out = []
    for a in appts:
        visit_id, arrived_at = a.visit_id, arrived.get(a.visit_id) if a.visit_id else None
        if visit_id is None and a.couple_id and a.status == "booked":
            hit = same_day.get((a.couple_id, a.starts_at.date()))
            if hit:
                visit_id, arrived_at = hit
        status, late = _state(a, now, arrived_at, late_after, no_show_after)
        out.append(ExpectedRow(
            appointment=a, id=a.id, starts_at=a.starts_at, who=_who(a),
            order_no=a.couple.order_no if a.couple_id else "", kind=a.kind, kind_label=kind_label(a.kind),
            staff_id=a.staff_id, staff_name=a.staff.name if a.staff_id else "", note=a.note, status=status,
            status_label=status_label(status), minutes_late=late if status in ("late", "no_show") else 0,
            visit_id=visit_id, arrived_at=arrived_at, couple_id=a.couple_id, lead_id=a.lead_id,
            rescheduled=a.id in changed))
    return out


def day_query(day: dt.date, include_cancelled: bool = False, last_day: dt.date | None = None) -> pw.ModelSelect:
    """Appointments of ``day`` (through ``last_day`` inclusive when given), with couple, lead and staff."""
    start = dt.datetime.combine(day, dt.time.min)
    end = dt.datetime.combine((last_day or day) + dt.timedelta(days=1), dt.time.min)
    q = (Appointment.select(Appointment, Couple, Lead, Staff)
         .join(Couple, pw.JOIN.LEFT_OUTER, on=(Appointment.couple == Couple.id)).switch(Appointment)
         .join(Lead, pw.JOIN.LEFT_OUTER, on=(Appointment.lead == Lead.id)).switch(Appointment)
         .join(Staff, pw.JOIN.LEFT_OUTER, on=(Appointment.staff == Staff.id))
         .where((Appointment.starts_at >= start) & (Appointment.starts_at < end)))
    if not include_cancelled:
        q = q.where(Appointment.status == "booked")
    return q.order_by(Appointment.starts_at, Appointment.id)


def appointments_on(ctx: AppContext, day: dt.date, include_cancelled: bool = False) -> list[ExpectedRow]:
    """Every appointment of ``day`` in time order, with its state as of now."""
    return expected_rows(ctx, day_query(day, include_cancelled))


def expected_today(ctx: AppContext) -> list[ExpectedRow]:
    """Today's expected arrivals (not cancelled) in time order: arrived / expected / late / no_show."""
    return appointments_on(ctx, ctx.today())


def no_shows(ctx: AppContext, day: dt.date) -> list[ExpectedRow]:
    """Appointments of ``day`` nobody came to: past the no-show grace period (or the day is over)."""
    rows = appointments_on(ctx, day)
    if day < ctx.today():
        return [r for r in rows if r.status != "arrived"]
    return [r for r in rows if r.status == "no_show"]


def get_appointment(appointment_id: int) -> Appointment:
    a = Appointment.get_or_none(Appointment.id == appointment_id)
    if a is None:
        raise NotFound(translate("Appointments", "No appointment #{id}.").format(id=appointment_id))
    return a


@dataclass
class HistoryRow:
    at: dt.datetime
    action: str
    action_label: str
    by: str
    old_starts_at: dt.datetime | None
    new_starts_at: dt.datetime | None
    old_staff: str
    new_staff: str
    reason: str


def appointment_history(appointment_id: int) -> list[HistoryRow]:
    """The appointment's history, oldest first (booked, rescheduled…, cancelled or arrived)."""
    labels = {
        "booked": translate("Appointments", "Booked"),
        "rescheduled": translate("Appointments", "Rescheduled"),
        "cancelled": translate("Appointments", "Cancelled"),
        "arrived": translate("Appointments", "Arrived"),
        "undone": translate("Appointments", "Check-in undone"),
    }
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    rows = []
    for c in (AppointmentChange.select().where(AppointmentChange.appointment == appointment_id)
              .order_by(AppointmentChange.at, AppointmentChange.id)):
        rows.append(HistoryRow(at=c.at, action=c.action, action_label=labels.get(c.action, c.action),
                               by=names.get(c.by_id, ""), old_starts_at=c.old_starts_at,
                               new_starts_at=c.new_starts_at, old_staff=names.get(c.old_staff_id, ""),
                               new_staff=names.get(c.new_staff_id, ""), reason=c.reason))
    return rows


# ---------------------------------------------------------------------------------------- writes

def _time_errors(ctx: AppContext, starts_at: object) -> str | None:
    if not isinstance(starts_at, dt.datetime):
        return translate("Appointments", "Pick a date and a time.")
    if starts_at < ctx.now():
        return translate("Appointments", "This time is already past: pick a time from now on.")
    if starts_at > ctx.now() + dt.timedelta(days=MAX_DAYS_AHEAD):
        return translate("Appointments", "That is more than two years ahead.")
    return None


def _clash(starts_at: dt.datetime, couple_id: int | None, lead_id: int | None,
           exclude_id: int | None = None) -> Appointment | None:
    window = dt.timedelta(minutes=CLASH_MINUTES)
    q = Appointment.select().where((Appointment.status == "booked") & (Appointment.starts_at > starts_at - window)
                                   & (Appointment.starts_at < starts_at + window))
    if couple_id:
        q = q.where(Appointment.couple == couple_id)
    elif lead_id:
        q = q.where(Appointment.lead == lead_id)
    else:
        return None
    if exclude_id is not None:
        q = q.where(Appointment.id != exclude_id)
    return q.order_by(Appointment.starts_at).first()


def _clash_message(other: Appointment) -> str:
    return translate("Appointments", "Already booked at {time} ({kind}): one appointment at a time.").format(
        time=f"{other.starts_at:%m-%d %H:%M}", kind=kind_label(other.kind))


def _staff_error(staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    s = Staff.get_or_none(Staff.id == staff_id)
    if s is None or not s.active:
        return translate("Appointments", "This staff member is not active.")
    return None


def create_appointment(ctx: AppContext, starts_at: dt.datetime, kind: str, couple_id: int | None = None,
                       lead_id: int | None = None, staff_id: int | None = None, note: str = "",
                       lead_name: str = "", lead_phone: str = "", call_id: int | None = None,
                       room_id: int | None = None, minutes: int | None = None, override_reason: str = "",
                       accepted_clashes: Sequence[int] = ()) -> Appointment:
    """Book a couple (or a lead) for a date and time, with the staff member and the room it takes for
    ``minutes`` (default: the kind's usual length).

    A staff member booked at an overlapping time, or a room already full then, raises
    :class:`app.appointments.clashes.Clash` naming the other appointments; booking anyway needs
    ``override_reason`` and those appointments' ids in ``accepted_clashes`` (checked again inside the
    write's transaction, then audited as ``appointment.clash_override``).

    A consultation may be for a known lead, or for a new person (``lead_name`` + ``lead_phone``): the lead
    is created in the same transaction, to be called back the day after. ``call_id`` links the phone call
    the appointment came from. Raises ValidationError keyed by field; nothing is saved then.
    """
    errors: dict[str, str] = {}
    if kind not in APPOINTMENT_KINDS:
        errors["kind"] = translate("Appointments", "Pick what they come for.")
    couple = Couple.get_or_none(Couple.id == couple_id) if couple_id else None
    lead = Lead.get_or_none(Lead.id == lead_id) if lead_id else None
    new_lead = not couple and not lead and bool(clean_text(lead_name) or clean_text(lead_phone))
    if couple_id and couple is None:
        errors["who"] = translate("Appointments", "No couple #{id}.").format(id=couple_id)
    elif lead_id and lead is None:
        errors["who"] = translate("Appointments", "No lead #{id}.").format(id=lead_id)
    elif couple and lead:
        errors["who"] = translate("Appointments", "An appointment is for one couple or one lead.")
    elif not couple and not lead and not new_lead:
        errors["who"] = translate("Appointments", "Find the couple (or, for a consultation, the person).")
    elif (lead or new_lead) and kind in APPOINTMENT_KINDS and kind != "consultation":
        errors["who"] = translate("Appointments", "Only a consultation can be booked for someone without an "
                                                  "order; find the couple's order.")
    if new_lead and "who" not in errors:
        if err := name_error(lead_name):
            errors["lead_name"] = err
        if err := phone_error(lead_phone, required=True):
            errors["lead_phone"] = err
    if err := _time_errors(ctx, starts_at):
        errors["starts_at"] = err
    if err := _staff_error(staff_id):
        errors["staff"] = err
    if err := text_error(note):
        errors["note"] = err
    call = None
    if call_id is not None:
        call = PhoneCall.get_or_none(PhoneCall.id == call_id)
        if call is None:
            errors["call"] = translate("Appointments", "No call #{id}.").format(id=call_id)
    minutes = clashes.default_minutes(kind) if minutes is None else minutes
    if err := clashes.minutes_error(minutes):
        errors["minutes"] = err
    errors.update(clashes.room_errors(kind, room_id))
    if errors:
        raise ValidationError(errors)
    try:
        with db.atomic():
            # Checked and written in one transaction: no second counter books the same person in between.
            other = _clash(starts_at, couple.id if couple else None, lead.id if lead else None)
            if other is not None:
                raise ValidationError({"starts_at": _clash_message(other)})
            found = clashes.check_and_record(ctx, starts_at, minutes, staff_id, room_id, None, override_reason,
                                             accepted_clashes)
            if call is not None and PhoneCall.get_by_id(call.id).appointment_id is not None:
                raise Conflict(translate("Appointments", "This call has already been turned into an appointment."))
            if new_lead:
                ph = normalize_phone(lead_phone)
                lead = Lead.create(name=clean_text(lead_name), phone=ph, phone_last4=phone_last4(ph),
                                   interest=clean_text(note), callback_date=starts_at.date() + dt.timedelta(days=1),
                                   created_at=ctx.now(), created_by=ctx.operator_id)
                record(ctx, "lead.create", lead)
            a = Appointment.create(couple=couple, lead=lead, kind=kind, starts_at=starts_at.replace(microsecond=0),
                                   staff=staff_id, room=room_id, minutes=minutes, note=clean_text(note),
                                   status="booked", created_at=ctx.now(), created_by=ctx.operator_id, version=1)
            AppointmentChange.create(appointment=a, at=ctx.now(), by=ctx.operator_id, action="booked",
                                     new_starts_at=a.starts_at, new_staff=staff_id,
                                     reason=clean_text(override_reason) if found else "")
            record(ctx, "appointment.create", a)
            if found:
                clashes.record_override(ctx, a, found, override_reason)
            if call is not None:
                before = snapshot(call)
                call.appointment = a
                if lead is not None and call.lead_id is None and call.couple_id is None:
                    call.lead = lead
                call.save()
                record(ctx, "call.to_appointment", call, before=before)
    except pw.IntegrityError as exc:  # another counter booked the very same minute a moment ago
        raise ValidationError({"starts_at": translate("Appointments", "Already booked at this time.")}) from exc
    return a


def _editable(a: Appointment) -> None:
    if a.status == "cancelled":
        raise Conflict(translate("Appointments", "This appointment was cancelled."))
    if a.visit_id is not None:
        raise Conflict(translate("Appointments", "They have already arrived for this appointment."))


def reschedule(ctx: AppContext, appointment_id: int, starts_at: dt.datetime, staff_id: int | None,
               reason: str = "", expected_version: int | None = None, room_id: int | None = -1,
               minutes: int | None = None, override_reason: str = "",
               accepted_clashes: Sequence[int] = ()) -> Appointment:
    """Move an appointment (and/or change the staff expected, the room, the length: ``room_id=-1`` and
    ``minutes=None`` keep them). The old time stays in the history; clashes as in :func:`create_appointment`."""
    a = get_appointment(appointment_id)
    _editable(a)
    errors: dict[str, str] = {}
    if err := _time_errors(ctx, starts_at):
        errors["starts_at"] = err
    if err := _staff_error(staff_id):
        errors["staff"] = err
    if err := text_error(reason):
        errors["reason"] = err
    room = a.room_id if room_id == -1 else room_id
    minutes = a.minutes if minutes is None else minutes
    if err := clashes.minutes_error(minutes):
        errors["minutes"] = err
    if room != a.room_id:
        errors.update(clashes.room_errors(a.kind, room))
    if not errors and (starts_at.replace(microsecond=0), staff_id, room, minutes) == (
            a.starts_at, a.staff_id, a.room_id, a.minutes):
        errors["starts_at"] = translate("Appointments", "Nothing changed: pick another time or staff member.")
    if errors:
        raise ValidationError(errors)
    try:
        with db.atomic():
            other = _clash(starts_at, a.couple_id, a.lead_id, exclude_id=a.id)
            if other is not None:
                raise ValidationError({"starts_at": _clash_message(other)})
            found = clashes.check_and_record(ctx, starts_at, minutes, staff_id, room, a.id, override_reason,
                                             accepted_clashes)
            before = snapshot(a)
            version = expected_version if expected_version is not None else a.version
            n = (Appointment.update(starts_at=starts_at.replace(microsecond=0), staff=staff_id, room=room,
                                    minutes=minutes, version=Appointment.version + 1)
                 .where((Appointment.id == a.id) & (Appointment.version == version)
                        & (Appointment.status == "booked") & Appointment.visit.is_null()).execute())
            if n != 1:
                raise Conflict(translate("Appointments", "This appointment was changed at another counter; "
                                                         "reload and try again."))
            AppointmentChange.create(appointment=a, at=ctx.now(), by=ctx.operator_id, action="rescheduled",
                                     old_starts_at=a.starts_at, new_starts_at=starts_at.replace(microsecond=0),
                                     old_staff=a.staff_id, new_staff=staff_id, reason=clean_text(reason))
            a = Appointment.get_by_id(a.id)
            record(ctx, "appointment.reschedule", a, before=before)
            if found:
                clashes.record_override(ctx, a, found, override_reason)
    except pw.IntegrityError as exc:
        raise ValidationError({"starts_at": translate("Appointments", "Already booked at this time.")}) from exc
    return a


def cancel_appointment(ctx: AppContext, appointment_id: int, reason: str) -> Appointment:
    """Cancel (the guest called it off). A reason is required; the appointment stays in the history."""
    a = get_appointment(appointment_id)
    _editable(a)
    if not clean_text(reason):
        raise ValidationError({"reason": translate("Appointments", "Say why it is cancelled.")})
    if err := text_error(reason):
        raise ValidationError({"reason": err})
    with db.atomic():
        before = snapshot(a)
        a.status = "cancelled"
        a.version += 1
        a.save()
        AppointmentChange.create(appointment=a, at=ctx.now(), by=ctx.operator_id, action="cancelled",
                                 old_starts_at=a.starts_at, old_staff=a.staff_id, reason=clean_text(reason))
        record(ctx, "appointment.cancel", a, before=before)
    return a


# -------------------------------------------------------------------------------------- check-in

_target: contextvars.ContextVar[int | None] = contextvars.ContextVar("appointment_target", default=None)


def _link(ctx: AppContext, a: Appointment, visit: Visit | VisitView) -> None:
    before = snapshot(a)
    a.visit = visit.id
    a.version += 1
    a.save()
    AppointmentChange.create(appointment=a, at=ctx.now(), by=ctx.operator_id, action="arrived")
    record(ctx, "appointment.arrive", a, before=before)


def on_couple_check_in(ctx: AppContext, visit: Visit) -> None:
    """Check-in hook: a couple checked in today → link today's appointment (inside the same transaction)."""
    target = _target.get()
    if target is not None:
        a = Appointment.get_or_none(Appointment.id == target)
    else:
        start = dt.datetime.combine(visit.arrived_at.date(), dt.time.min)
        cands = list(Appointment.select().where(
            (Appointment.couple == visit.couple_id) & (Appointment.status == "booked") & Appointment.visit.is_null()
            & (Appointment.starts_at >= start) & (Appointment.starts_at < start + dt.timedelta(days=1))
            & Appointment.kind.in_(COUPLE_VISIT_KINDS)))
        same_kind = [c for c in cands if c.kind == visit.kind] or cands
        a = min(same_kind, key=lambda c: abs((c.starts_at - visit.arrived_at).total_seconds()), default=None)
    if a is not None and a.visit_id is None:
        _link(ctx, a, visit)


def check_in_appointment(ctx: AppContext, appointment_id: int, party_size: int | None = None) -> Visit:
    """The expected guest is here: one interaction creates the visit and links it to the appointment."""
    a = get_appointment(appointment_id)
    _editable(a)
    if a.starts_at.date() != ctx.today():
        raise Conflict(translate("Appointments", "This appointment is for {day}, not today.").format(
            day=f"{a.starts_at:%Y-%m-%d}"))
    size = party_size if party_size is not None else (2 if a.couple_id else 1)
    with db.atomic():
        if a.kind in COUPLE_VISIT_KINDS:
            token = _target.set(a.id)
            try:
                v = checkin.check_in_couple(ctx, a.couple_id, a.kind, party_size=size, note=a.note)
            finally:
                _target.reset(token)
            a = Appointment.get_by_id(a.id)
            if a.visit_id != v.id:  # the hook was not registered (cannot happen) — link here
                _link(ctx, a, v)
        else:
            v = _check_in_non_production(ctx, a, size)
    return v


def _check_in_non_production(ctx: AppContext, a: Appointment, party_size: int) -> Visit:
    """A dress fitting or a consultation: a ``consult`` visit of the couple or the lead (no shooting flow)."""
    if not 1 <= party_size <= 50:
        raise ValidationError({"party_size": translate("Validation", "Party size must be between 1 and 50.")})
    if a.couple_id:
        open_v = (Visit.select().where((Visit.couple == a.couple_id) & Visit.left_at.is_null()
                                       & (Visit.kind != "visitor")).first())
        if open_v is not None:
            raise Conflict(translate("Visit", "{names} are already checked in.").format(names=a.couple.names))
        name = a.couple.names[:40]
    else:
        open_v = Visit.select().where((Visit.lead == a.lead_id) & Visit.left_at.is_null()).first()
        if open_v is not None:
            raise Conflict(translate("Appointments", "{name} is already checked in.").format(name=a.lead.name))
        name = a.lead.name
    note = clean_text(" ".join(x for x in (kind_label(a.kind), a.note) if x))[:2000]
    v = Visit.create(kind="consult", couple=a.couple_id, lead=a.lead_id, guest_name=name, party_size=party_size,
                     arrived_at=ctx.now(), created_by=ctx.operator_id, note=note)
    record(ctx, "visit.check_in", v)
    _link(ctx, a, v)
    return v


def link_visit(ctx: AppContext, appointment_id: int, visit_id: int) -> Appointment:
    """Attach a visit made another way (a walk-in check-in before the booking was found) to the appointment."""
    a = get_appointment(appointment_id)
    _editable(a)
    v = checkin_queries.get_visit(visit_id)
    if (a.couple_id and v.couple_id != a.couple_id) or (a.lead_id and v.lead_id != a.lead_id):
        raise ValidationError({"visit": translate("Appointments", "That visit is someone else's.")})
    if v.arrived_at.date() != a.starts_at.date():
        raise ValidationError({"visit": translate("Appointments", "That visit is not on the appointment's day.")})
    with db.atomic():
        if Appointment.select().where(Appointment.visit == v.id).exists():
            raise Conflict(translate("Appointments", "That visit is already linked to an appointment."))
        _link(ctx, a, v)
    return a


def expected_for_order(ctx: AppContext, order_no: str) -> ExpectedRow | None:
    """Today's not-yet-arrived appointment of the couple with this order number (a scanned code), if any."""
    couple = checkin_queries.find_by_order_no(order_no)
    if couple is None:
        return None
    now = ctx.now()
    rows = [r for r in expected_today(ctx) if r.couple_id == couple.id and r.status != "arrived"]
    if not rows:
        return None
    return min(rows, key=lambda r: abs((r.starts_at - now).total_seconds()))


# ------------------------------------------------------------------------------------ people

@dataclass
class PersonRow:
    """A couple (with an order) or a consultation lead, found by the counter's search box."""

    kind: str  # couple / lead
    id: int
    title: str
    phone: str  # full: mask it on screen
    order_no: str
    detail: str  # package and shoot date, or the lead's interest


def search_people(text: str, limit: int = 30) -> list[PersonRow]:
    """Couples (names, pinyin, phone, last 4, order number — the check-in index) and open leads
    (name prefix, phone or its last 4 digits)."""
    q = search_text(text)
    if not q:
        return []
    out = [PersonRow(kind="couple", id=c.id, title=c.names, phone=c.bride_phone or c.groom_phone,
                     order_no=c.order_no,
                     detail=" ".join(x for x in (c.package, f"{c.shoot_date:%Y-%m-%d}" if c.shoot_date else "") if x))
           for c in checkin_queries.search_couples(q, limit=limit)]
    digits = normalize_phone(q).replace("-", "")
    cond = Lead.name.startswith(q)
    if digits.isdigit() and len(digits) >= 4:
        cond = cond | (Lead.phone_last4 == digits[-4:]) if len(digits) == 4 else cond | (Lead.phone == normalize_phone(q))
    for lead in (Lead.select().where((Lead.status == "open") & cond)
                 .order_by(Lead.created_at.desc()).limit(max(limit - len(out), 5))):
        out.append(PersonRow(kind="lead", id=lead.id, title=lead.name, phone=lead.phone, order_no="",
                             detail=lead.interest))
    return out


def person_of(couple_id: int | None, lead_id: int | None) -> PersonRow | None:
    """The PersonRow of a known couple or lead (to show a pre-filled pick)."""
    if couple_id:
        c = checkin_queries.get_couple(couple_id)
        return PersonRow(kind="couple", id=c.id, title=c.names, phone=c.bride_phone or c.groom_phone,
                         order_no=c.order_no, detail=c.package)
    if lead_id:
        lead = Lead.get_or_none(Lead.id == lead_id)
        if lead is not None:
            return PersonRow(kind="lead", id=lead.id, title=lead.name, phone=lead.phone, order_no="",
                             detail=lead.interest)
    return None


def upcoming_for(ctx: AppContext, couple_id: int | None = None, lead_id: int | None = None,
                 limit: int = 5) -> list[ExpectedRow]:
    """The person's booked appointments from today on (to see them before booking another)."""
    if not couple_id and not lead_id:
        return []
    start = dt.datetime.combine(ctx.today(), dt.time.min)
    q = (Appointment.select(Appointment, Couple, Lead, Staff)
         .join(Couple, pw.JOIN.LEFT_OUTER, on=(Appointment.couple == Couple.id)).switch(Appointment)
         .join(Lead, pw.JOIN.LEFT_OUTER, on=(Appointment.lead == Lead.id)).switch(Appointment)
         .join(Staff, pw.JOIN.LEFT_OUTER, on=(Appointment.staff == Staff.id))
         .where((Appointment.status == "booked") & (Appointment.starts_at >= start)
                & ((Appointment.couple == couple_id) if couple_id else (Appointment.lead == lead_id)))
         .order_by(Appointment.starts_at).limit(limit))
    return [r for r in expected_rows(ctx, q) if r.status != "arrived"]
