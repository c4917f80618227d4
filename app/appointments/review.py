"""Daily-review data (每日工作小结) of the appointments area, for an inclusive date range.

For the handover / daily-review page::

    from app.appointments.review import review
    data = review(ctx, dt.date(2026, 11, 20), dt.date(2026, 11, 20))
    data.booked / data.arrived / data.cancelled / data.rescheduled    # counts of the range's appointments
    data.no_shows          # ExpectedRow of every appointment nobody came to (past the grace period)
    data.calls             # calls taken in the range
    data.callbacks_open    # CallRow of call-backs still owed now (any day), soonest due first
    data.callbacks_overdue # how many of those are past their time
    data.satisfaction      # SatisfactionSummary: overall, per day, per station, per staff, low scores

A few grouped queries whatever the length of the range.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.context import AppContext
from app.core.errors import ValidationError
from app.core.i18n import translate

from . import departure, phonelog
from .models import Appointment, AppointmentChange, PhoneCall
from .service import ExpectedRow, day_query, expected_rows

RANGE_MAX_DAYS = 366


@dataclass
class AppointmentsReview:
    start: dt.date
    end: dt.date
    booked: int  # appointments in the range that were not cancelled
    arrived: int
    cancelled: int
    rescheduled: int  # appointments of the range moved at least once
    no_shows: list[ExpectedRow]
    calls: int
    callbacks_open: list[phonelog.CallRow]
    callbacks_overdue: int
    satisfaction: departure.SatisfactionSummary


def no_shows_between(ctx: AppContext, start: dt.date, end: dt.date) -> list[ExpectedRow]:
    """Appointments between the two days (inclusive) nobody came to, in time order."""
    return _missed(ctx, _range_rows(ctx, start, end))


def _missed(ctx: AppContext, rows: list[ExpectedRow]) -> list[ExpectedRow]:
    today = ctx.today()
    return [r for r in rows if r.status == "no_show" or (r.status != "arrived" and r.starts_at.date() < today)]


def _range_rows(ctx: AppContext, start: dt.date, end: dt.date) -> list[ExpectedRow]:
    return expected_rows(ctx, day_query(start, last_day=end))


def review(ctx: AppContext, start: dt.date, end: dt.date) -> AppointmentsReview:
    """What the appointments, the phone and the departures of the range say, for the daily review."""
    if end < start:
        raise ValidationError({"end": translate("Departure", "The end is before the start.")})
    if (end - start).days >= RANGE_MAX_DAYS:
        raise ValidationError({"end": translate("AppointmentsReview", "At most one year at a time.")})
    lo = dt.datetime.combine(start, dt.time.min)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    in_range = (Appointment.starts_at >= lo) & (Appointment.starts_at < hi)
    rows = _range_rows(ctx, start, end)
    no_shows = _missed(ctx, rows)
    cancelled = Appointment.select().where(in_range & (Appointment.status == "cancelled")).count()
    rescheduled = (AppointmentChange.select(AppointmentChange.appointment).distinct()
                   .join(Appointment, on=(AppointmentChange.appointment == Appointment.id))
                   .where(in_range & (AppointmentChange.action == "rescheduled")).count())
    calls = PhoneCall.select().where((PhoneCall.at >= lo) & (PhoneCall.at < hi)).count()
    owed = phonelog.callbacks_owed(ctx)
    return AppointmentsReview(
        start=start, end=end, booked=len(rows), arrived=sum(1 for r in rows if r.status == "arrived"),
        cancelled=cancelled, rescheduled=rescheduled, no_shows=no_shows, calls=calls, callbacks_open=owed,
        callbacks_overdue=sum(1 for r in owed if r.overdue),
        satisfaction=departure.satisfaction_summary(ctx, start, end))
