"""Tomorrow's confirmations (明日确认): the day before, the counter calls every couple booked on the studio's
next opening day (``app.core.opening``: a day the studio marked closed is skipped, a weekend or a public
holiday is not) and records what came of the call:

- ``confirmed``: they will come;
- ``no_answer``: call again later (every attempt is kept; the latest outcome is the one shown);
- ``rescheduled``: moved to a new time through ``service.reschedule`` (clash checks and history included);
- ``cancelled``: called off through ``service.cancel_appointment`` (a reason is required).

Each call is one transaction: the checks, the appointment's change (when any), the ``ConfirmationCall`` row
and the audit entries commit together or not at all. Bad input raises ValidationError naming the field
(outcome, appointment, new_starts_at, reason, note, operator); nothing is saved then.

Also here: the ready-to-send reminder text of an appointment (``reminder_text``), the number of
confirmation calls per staff member for the scorecards (``confirmations_by_staff``) and the daily review's
no-show rates of confirmed against unconfirmed appointments (``no_show_rates``; shown in the daily review by
``app.handover.confirmation_review``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.checkin import models as checkin_models
from app.core import opening
from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, mask_phone, text_error
from app.printing.options import StudioInfo, studio_info
from app.staff import models as staff_models

from . import models
from . import service as appts

# peewee's fields, ids and backrefs are dynamic (mypy sees none of them): the models are used as Any here, so the
# module type-checks without a place in pyproject's mypy debt list.
Appointment: Any = models.Appointment
ConfirmationCall: Any = models.ConfirmationCall
Couple: Any = checkin_models.Couple
Lead: Any = checkin_models.Lead
Staff: Any = staff_models.Staff

OUTCOMES = ("confirmed", "no_answer", "rescheduled", "cancelled")
#: outcomes after which the couple is expected at the (possibly new) time
CONFIRMED = ("confirmed", "rescheduled")


def outcome_label(outcome: str) -> str:
    return {
        "confirmed": translate("Confirmations", "Confirmed"),
        "no_answer": translate("Confirmations", "No answer"),
        "rescheduled": translate("Confirmations", "Rescheduled"),
        "cancelled": translate("Confirmations", "Cancelled"),
        "": translate("Confirmations", "Not called yet"),
    }.get(outcome, outcome)


def confirmation_day(ctx: AppContext) -> dt.date:
    """The day whose appointments are confirmed today: the studio's next opening day after today."""
    return opening.next_opening_day(ctx.today())


# ------------------------------------------------------------------------------------ reminder text

def _weekday(d: dt.date) -> str:
    return (translate("Confirmations", "Monday"), translate("Confirmations", "Tuesday"),
            translate("Confirmations", "Wednesday"), translate("Confirmations", "Thursday"),
            translate("Confirmations", "Friday"), translate("Confirmations", "Saturday"),
            translate("Confirmations", "Sunday"))[d.weekday()]


def date_text(d: dt.date) -> str:
    """12/8 (Tuesday) — 12月8日（周二） in Chinese."""
    return translate("Confirmations", "{month}/{day} ({weekday})").format(month=d.month, day=d.day,
                                                                          weekday=_weekday(d))


def what_to_bring(kind: str) -> str:
    """What the couple should bring for this kind of appointment ("" when nothing special)."""
    return {
        "shoot": translate("Confirmations", "your ID cards, the wedding photos you like as reference, a strapless "
                                            "(invisible) bra and nude underwear; come without makeup, in a "
                                            "top that opens at the front"),
        "dress_fitting": translate("Confirmations", "a strapless (invisible) bra and the shoes you will wear"),
        "pickup": translate("Confirmations", "your order receipt; the balance is settled at pickup"),
        "proof": translate("Confirmations", "your order receipt"),
    }.get(kind, "")


def _names(a: Any) -> str:
    if a.couple_id:
        return translate("Confirmations", "{bride} and {groom}").format(bride=a.couple.bride_name,
                                                                        groom=a.couple.groom_name)
    return a.lead.name if a.lead_id else ""


def _reminder(a: Any, studio: StudioInfo) -> str:
    items = what_to_bring(a.kind)
    bring = translate("Confirmations", " Please bring {items}.").format(items=items) if items else ""
    where = translate("Confirmations", " Address: {address}.").format(address=studio.address) if studio.address else ""
    call = translate("Confirmations", " Any change, please call {phone}.").format(phone=studio.phone) \
        if studio.phone else ""
    return translate(
        "Confirmations", "Hello {names}, this is {studio}: a reminder of your {kind} appointment on {date} at "
                         "{time}.{bring}{where}{call} See you then!").format(
        names=_names(a), studio=studio.name or translate("Confirmations", "the studio"),
        kind=appts.kind_label(a.kind), date=date_text(a.starts_at.date()), time=f"{a.starts_at:%H:%M}",
        bring=bring, where=where, call=call).strip()


def reminder_text(appointment_id: int) -> str:
    """The ready-to-send reminder (SMS / WeChat) of one appointment, in the UI language (Chinese default):
    the couple's names, the date with its weekday, the time, what to bring for this kind of appointment,
    and the studio's name, address and phone from the letterhead."""
    a = appts.get_appointment(appointment_id)
    return _reminder(a, studio_info())


# ------------------------------------------------------------------------------------------ rows

@dataclass(frozen=True)
class CallRow:
    """One confirmation call, for the history under an appointment."""

    id: int
    appointment_id: int
    outcome: str
    outcome_label: str
    at: dt.datetime
    by_id: int
    by: str
    note: str
    new_starts_at: dt.datetime | None


@dataclass(frozen=True)
class ConfirmationRow:
    """One appointment of the day to confirm, with its latest call."""

    id: int  # the appointment
    starts_at: dt.datetime
    who: str
    phone: str  # full: mask it on screen (``phone_masked``)
    phone_masked: str
    phone_which: str  # bride / groom / lead / "" (whose number ``phone`` is)
    couple_id: int | None
    kind: str
    kind_label: str
    staff_name: str
    note: str
    status: str  # booked / cancelled
    arrived: bool
    outcome: str  # latest call's outcome, "" when not called yet
    outcome_label: str
    outcome_at: dt.datetime | None
    outcome_by: str
    attempts: int  # calls made for this appointment
    version: int
    reminder: str  # "" once cancelled
    moved_away: bool  # rescheduled off the day by a confirmation call

    @property
    def confirmed(self) -> bool:
        return self.outcome in CONFIRMED and not self.moved_away

    @property
    def open(self) -> bool:
        """Still to act on: booked on the day, not arrived, and not confirmed yet."""
        return self.status == "booked" and not self.arrived and not self.moved_away and self.outcome not in CONFIRMED


@dataclass(frozen=True)
class ConfirmationList:
    day: dt.date
    rows: tuple[ConfirmationRow, ...]

    @property
    def expected(self) -> int:
        """Appointments still booked on the day (the "8" of "3 / 8 confirmed")."""
        return sum(1 for r in self.rows if r.status == "booked" and not r.moved_away)

    @property
    def confirmed(self) -> int:
        return sum(1 for r in self.rows if r.confirmed and r.status == "booked")

    @property
    def no_answer(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "no_answer" and r.status == "booked" and not r.moved_away)

    @property
    def not_called(self) -> int:
        return sum(1 for r in self.rows if not r.outcome and r.status == "booked")

    @property
    def moved_or_cancelled(self) -> int:
        return sum(1 for r in self.rows if r.moved_away or r.status == "cancelled")


def _select() -> Any:
    return (Appointment.select(Appointment, Couple, Lead, Staff)
            .join(Couple, pw.JOIN.LEFT_OUTER, on=(Appointment.couple == Couple.id)).switch(Appointment)
            .join(Lead, pw.JOIN.LEFT_OUTER, on=(Appointment.lead == Lead.id)).switch(Appointment)
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(Appointment.staff == Staff.id)))


def _calls_of(ids: Sequence[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    if ids:
        for c in (ConfirmationCall.select().where(ConfirmationCall.appointment.in_(list(ids)))
                  .order_by(ConfirmationCall.at, ConfirmationCall.id)):
            out.setdefault(c.appointment_id, []).append(c)
    return out


def _who(a: Any) -> str:
    if a.couple_id:
        return a.couple.names
    return a.lead.name if a.lead_id else ""


def _phone(a: Any) -> tuple[str, str]:
    if a.couple_id:
        if a.couple.bride_phone:
            return a.couple.bride_phone, "bride"
        return (a.couple.groom_phone, "groom") if a.couple.groom_phone else ("", "")
    return (a.lead.phone, "lead") if a.lead_id and a.lead.phone else ("", "")


def _rows(appointments: list[Any], day: dt.date) -> list[ConfirmationRow]:
    calls = _calls_of([a.id for a in appointments])
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)
             .where(Staff.id.in_({c.by_id for cs in calls.values() for c in cs}))} if calls else {}
    studio = studio_info()
    out = []
    for a in appointments:
        cs = calls.get(a.id, [])
        last = cs[-1] if cs else None
        phone, which = _phone(a)
        out.append(ConfirmationRow(
            id=a.id, starts_at=a.starts_at, who=_who(a), phone=phone,
            phone_masked=mask_phone(phone) if phone else "", phone_which=which, couple_id=a.couple_id, kind=a.kind,
            kind_label=appts.kind_label(a.kind), staff_name=a.staff.name if a.staff_id else "", note=a.note,
            status=a.status, arrived=a.visit_id is not None, outcome=last.outcome if last else "",
            outcome_label=outcome_label(last.outcome if last else ""), outcome_at=last.at if last else None,
            outcome_by=names.get(last.by_id, "") if last else "", attempts=len(cs), version=a.version,
            reminder=_reminder(a, studio) if a.status == "booked" else "",
            moved_away=a.starts_at.date() != day))
    return out


def confirmations(ctx: AppContext, day: dt.date | None = None) -> ConfirmationList:
    """The appointments to confirm by phone for ``day`` (default: the next opening day), in time order:
    every appointment booked that day, and those a confirmation call for that day moved away or cancelled
    (shown with their outcome)."""
    day = day or confirmation_day(ctx)
    start = dt.datetime.combine(day, dt.time.min)
    end = start + dt.timedelta(days=1)
    called = ConfirmationCall.select(ConfirmationCall.appointment).where(ConfirmationCall.for_day == day)
    q = _select().where(((Appointment.starts_at >= start) & (Appointment.starts_at < end)
                         & (Appointment.status == "booked")) | Appointment.id.in_(called))
    rows = _rows(list(q.order_by(Appointment.starts_at, Appointment.id)), day)
    rows.sort(key=lambda r: (r.moved_away or r.status == "cancelled", r.starts_at, r.id))
    return ConfirmationList(day=day, rows=tuple(rows))


def confirmation_row(ctx: AppContext, appointment_id: int, day: dt.date | None = None) -> ConfirmationRow:
    a = _select().where(Appointment.id == appointment_id).first()
    if a is None:
        appts.get_appointment(appointment_id)  # raises NotFound
    return _rows([a], day or confirmation_day(ctx))[0]


def call_history(appointment_id: int) -> list[CallRow]:
    """Every confirmation call of the appointment, oldest first."""
    calls = _calls_of([appointment_id]).get(appointment_id, [])
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name).where(Staff.id.in_({c.by_id for c in calls}))}
    return [CallRow(id=c.id, appointment_id=c.appointment_id, outcome=c.outcome, outcome_label=outcome_label(c.outcome),
                    at=c.at, by_id=c.by_id, by=names.get(c.by_id, ""), note=c.note, new_starts_at=c.new_starts_at)
            for c in calls]


# ------------------------------------------------------------------------------------------ write

@dataclass(frozen=True)
class CallResult:
    call: CallRow
    row: ConfirmationRow


def record_outcome(ctx: AppContext, appointment_id: int, outcome: str, *, day: dt.date | None = None,
                   new_starts_at: dt.datetime | None = None, reason: str = "", note: str = "",
                   expected_version: int | None = None, override_reason: str = "",
                   accepted_clashes: Sequence[int] = ()) -> CallResult:
    """Record one confirmation call of an appointment of ``day`` (default: the next opening day).

    ``rescheduled`` needs ``new_starts_at`` (the move goes through ``service.reschedule``: a clash raises
    :class:`app.appointments.clashes.Clash`, booked anyway with ``override_reason`` + ``accepted_clashes``);
    ``cancelled`` needs ``reason`` (through ``service.cancel_appointment``). Once confirmed, a "confirmed"
    or "no answer" is refused; a move or a cancellation is still possible.

    Raises ValidationError keyed by field (outcome, appointment, new_starts_at, reason, note, operator):
    nothing is saved then. The appointment's change, the call and the audit entries are one transaction."""
    errors: dict[str, str] = {}
    if outcome not in OUTCOMES:
        errors["outcome"] = translate("Confirmations", "Pick what came of the call: confirmed, no answer, "
                                                       "rescheduled or cancelled.")
    if ctx.operator_id is None:
        errors["operator"] = translate("Confirmations", "Start a shift first: the call records who made it.")
    text = clean_text(note)
    if err := text_error(text):
        errors["note"] = err
    if outcome == "rescheduled" and not isinstance(new_starts_at, dt.datetime):
        errors["new_starts_at"] = translate("Confirmations", "Pick the new date and time they agreed to.")
    why = clean_text(reason)
    if outcome == "cancelled" and not why:
        errors["reason"] = translate("Confirmations", "Say why they cancel.")
    elif err := text_error(why):
        errors["reason"] = err
    if errors:
        raise ValidationError(errors)
    day = day or confirmation_day(ctx)
    now = ctx.now()
    with db.atomic():
        a = Appointment.get_or_none(Appointment.id == appointment_id)
        if a is None:
            raise ValidationError({"appointment": translate("Appointments", "No appointment #{id}.").format(
                id=appointment_id)})
        if a.starts_at.date() != day:
            raise ValidationError({"appointment": translate(
                "Confirmations", "This appointment is on {when}, not on {day}.").format(
                when=f"{a.starts_at:%Y-%m-%d}", day=day.isoformat())})
        if a.status == "cancelled":
            raise ValidationError({"appointment": translate("Confirmations", "This appointment is cancelled.")})
        if a.visit_id is not None:
            raise ValidationError({"appointment": translate("Confirmations", "They have already arrived.")})
        if expected_version is not None and a.version != expected_version:
            raise Conflict(translate("Appointments", "This appointment was changed at another counter; "
                                                     "reload and try again."))
        last = (ConfirmationCall.select().where(ConfirmationCall.appointment == a.id)
                .order_by(ConfirmationCall.at.desc(), ConfirmationCall.id.desc()).first())
        if last is not None and last.outcome == "confirmed" and outcome in ("confirmed", "no_answer"):
            raise ValidationError({"outcome": translate(
                "Confirmations", "Already confirmed by {name} at {time}.").format(
                name=Staff.get_by_id(last.by_id).name, time=f"{last.at:%H:%M}")})
        moved_to = None
        if outcome == "rescheduled":
            assert new_starts_at is not None
            try:
                a = appts.reschedule(ctx, a.id, new_starts_at, a.staff_id,
                                     why or translate("Confirmations", "Moved on the confirmation call."),
                                     expected_version=a.version, override_reason=override_reason,
                                     accepted_clashes=accepted_clashes)
            except ValidationError as exc:  # the reschedule's time field is this call's new time
                raise ValidationError({("new_starts_at" if k == "starts_at" else k): v
                                       for k, v in exc.errors.items()}) from exc
            moved_to = a.starts_at
        elif outcome == "cancelled":
            appts.cancel_appointment(ctx, a.id, why)
        call = ConfirmationCall.create(appointment=a.id, for_day=day, outcome=outcome, at=now, by=ctx.operator_id,
                                       note=text, new_starts_at=moved_to)
        record(ctx, f"appointment.confirmation_{outcome}", call)
    [history] = [c for c in call_history(a.id) if c.id == call.id]
    return CallResult(call=history, row=confirmation_row(ctx, a.id, day))


# ------------------------------------------------------------------------------------ for others

def confirmations_by_staff(start: dt.date, end: dt.date) -> dict[int, int]:
    """Staff id → confirmation calls they recorded (any outcome, a "no answer" included) on days
    ``start <= d < end``. For the staff scorecards."""
    lo, hi = dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end, dt.time.min)
    q = (ConfirmationCall.select(ConfirmationCall.by, pw.fn.COUNT(ConfirmationCall.id).alias("n"))
         .where((ConfirmationCall.at >= lo) & (ConfirmationCall.at < hi)).group_by(ConfirmationCall.by))
    return {r.by_id: r.n for r in q}


@dataclass(frozen=True)
class NoShowRates:
    """Appointments of a period split by whether they were confirmed the day before, and how many of each
    nobody came to. Rates in percent (None when there is no appointment in the group)."""

    confirmed: int
    confirmed_no_shows: int
    unconfirmed: int
    unconfirmed_no_shows: int

    @staticmethod
    def _rate(n: int, of: int) -> float | None:
        return round(100.0 * n / of, 1) if of else None

    @property
    def confirmed_rate(self) -> float | None:
        return self._rate(self.confirmed_no_shows, self.confirmed)

    @property
    def unconfirmed_rate(self) -> float | None:
        return self._rate(self.unconfirmed_no_shows, self.unconfirmed)


def no_show_rates(ctx: AppContext, start: dt.date, end: dt.date) -> NoShowRates:
    """For the appointments of ``start``..``end`` (inclusive, not cancelled): confirmed (latest call
    confirmed, or moved to this time on the call) against not confirmed (never called, or no answer)."""
    from .review import no_shows_between

    lo = dt.datetime.combine(start, dt.time.min)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    ids = [a.id for a in Appointment.select(Appointment.id).where(
        (Appointment.starts_at >= lo) & (Appointment.starts_at < hi) & (Appointment.status == "booked"))]
    calls = _calls_of(ids)
    confirmed = {i for i in ids if calls.get(i) and calls[i][-1].outcome in CONFIRMED}
    missed = {r.id for r in no_shows_between(ctx, start, end)}
    return NoShowRates(confirmed=len(confirmed), confirmed_no_shows=len(missed & confirmed),
                       unconfirmed=len(ids) - len(confirmed), unconfirmed_no_shows=len(missed - confirmed))
