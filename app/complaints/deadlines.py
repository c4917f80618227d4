"""Complaint deadlines as pure arithmetic: no database, no clock — every time comes in as an argument.

Deadlines (seed 002):

* initial investigation — 24 hours after intake;
* promised reply — agreed with the customer, required for phone and online complaints;
* daily feedback — while the case is open the customer hears from us at least every 24 hours;
* result — communicated within 5 working days (mainland calendar with 调休, ``app.core.calendar``).

Waiting for the customer pauses every clock; resuming moves each unmet deadline later by the paused
time — calendar time for the hour clocks, working time for the result (see ``resumed``). The functions read a case's deadline fields (``CaseClocks``: a ``Complaint`` row or any object
with those attributes) and return values; the caller (``cases``) stores them. The working-day calendar
comes in as ``Overrides`` (the caller loads them from the settings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from app.core import calendar as workdays
from app.core.i18n import translate

INVESTIGATION_HOURS = 24
FEEDBACK_HOURS = 24
RESULT_WORKDAYS = 5
DUE_SOON = dt.timedelta(hours=4)
DEADLINE_KINDS = ("investigation", "reply", "feedback", "result")
OPEN_STATUSES = ("new", "investigating", "waiting_customer", "waiting_approval")
ACTIVE_CLOCK_STATUSES = ("new", "investigating", "waiting_approval")  # clocks run (not paused, not done)
FEEDBACK_MISS_DAYS = 60  # a long-abandoned case: only the last 60 missed feedback days are recorded


class CaseClocks(Protocol):
    """The fields of a case the deadline arithmetic reads (``Complaint`` has them)."""

    status: str
    due_investigation: dt.datetime
    investigated_at: dt.datetime | None
    due_reply: dt.datetime | None
    replied_at: dt.datetime | None
    due_feedback: dt.datetime | None
    last_feedback_at: dt.datetime | None
    due_result: dt.datetime
    result_at: dt.datetime | None
    result_estimated: bool
    paused_at: dt.datetime | None


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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class IntakeDues:
    """The deadlines a case received at ``received_at`` starts with."""

    due_investigation: dt.datetime
    due_feedback: dt.datetime
    due_result: dt.datetime
    result_estimated: bool


def result_due(start: dt.datetime, overrides: workdays.Overrides) -> tuple[dt.datetime, bool]:
    """The result deadline: ``RESULT_WORKDAYS`` working days after ``start``, same time of day;
    and whether Monday–Friday had to be assumed for some day."""
    res = workdays.add_workdays(start.date(), RESULT_WORKDAYS, overrides)
    return dt.datetime.combine(res.day, start.time()), res.estimated


def intake_dues(received_at: dt.datetime, overrides: workdays.Overrides) -> IntakeDues:
    due, estimated = result_due(received_at, overrides)
    return IntakeDues(due_investigation=received_at + dt.timedelta(hours=INVESTIGATION_HOURS),
                      due_feedback=received_at + dt.timedelta(hours=FEEDBACK_HOURS),
                      due_result=due, result_estimated=estimated)


def next_feedback(told_at: dt.datetime) -> dt.datetime:
    """The next daily feedback after the customer was told something at ``told_at``."""
    return told_at + dt.timedelta(hours=FEEDBACK_HOURS)


def unmet(c: CaseClocks) -> dict[str, dt.datetime]:
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


def next_due(c: CaseClocks) -> dt.datetime | None:
    """The earliest unmet deadline while the clock runs; None when paused or done."""
    if c.status not in ACTIVE_CLOCK_STATUSES:
        return None
    dues = unmet(c).values()
    return min(dues) if dues else None


def deadlines_of(c: CaseClocks, now: dt.datetime) -> list[Deadline]:
    """Every deadline of a case with its state at ``now`` (all shown, not only the nearest)."""
    open_dues = unmet(c)
    paused = c.status == "waiting_customer"

    def state_for(kind: str, due: dt.datetime | None, met: dt.datetime | None) -> str:
        if due is None:
            return "none"
        if kind in open_dues:
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
    return [Deadline(kind=kind, label=deadline_label(kind), due=due, met_at=met, state=state_for(kind, due, met),
                     estimated=kind == "result" and c.result_estimated)
            for kind, due, met in pairs]


def miss_dues(c: CaseClocks, now: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """(kind, due) pairs that have passed unmet by ``now`` while the clock ran. Feedback misses repeat daily."""
    if c.status not in ACTIVE_CLOCK_STATUSES:
        return []
    out = []
    for kind, due in unmet(c).items():
        if kind == "feedback":
            step = dt.timedelta(hours=FEEDBACK_HOURS)
            skipped = max(0, int((now - due) / step) - (FEEDBACK_MISS_DAYS - 1))
            d = due + skipped * step
            while d < now:
                out.append((kind, d))
                d += step
        elif due < now:
            out.append((kind, due))
    return out


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def working_time_between(start: dt.datetime, end: dt.datetime,
                         overrides: workdays.Overrides) -> tuple[dt.timedelta, bool]:
    """Working time from ``start`` to ``end``: the part of it that falls on working days (a working day
    counts whole, midnight to midnight; weekends, holidays and their 调休 follow the calendar); and
    whether Monday–Friday had to be assumed for some day."""
    total = dt.timedelta()
    estimated = False
    day = start.date()
    while end > start and day <= end.date():
        lo, hi = max(start, _midnight(day)), min(end, _midnight(day + dt.timedelta(days=1)))
        work, known = workdays.is_workday(day, overrides)
        estimated = estimated or not known
        if work and hi > lo:
            total += hi - lo
        day += dt.timedelta(days=1)
    return total, estimated


def add_working_time(start: dt.datetime, amount: dt.timedelta,
                     overrides: workdays.Overrides) -> tuple[dt.datetime, bool]:
    """The moment ``amount`` of working time after ``start`` (days off are skipped; starting on a day off,
    the clock starts at the next working day's midnight); and whether Monday–Friday was assumed."""
    t, left, estimated = start, amount, False
    for _ in range(amount.days * 7 + 400):  # long holidays are at most 8 days; bound the walk anyway
        if left <= dt.timedelta():
            break
        day_end = _midnight(t.date() + dt.timedelta(days=1))
        work, known = workdays.is_workday(t.date(), overrides)
        estimated = estimated or not known
        if work:
            if t + left <= day_end:
                return t + left, estimated
            left -= day_end - t
        t = day_end
    return t, estimated


@dataclass(frozen=True)
class Resumed:
    """A paused case's deadlines once its clocks run again (None: that deadline is not moved)."""

    due_investigation: dt.datetime | None
    due_reply: dt.datetime | None
    due_feedback: dt.datetime | None
    due_result: dt.datetime | None
    result_estimated: bool
    paused_minutes: int  # calendar minutes of this pause


def resumed(c: CaseClocks, now: dt.datetime, overrides: workdays.Overrides) -> Resumed:
    """Deadlines after a pause from ``c.paused_at`` to ``now``: each unmet one later by the paused time.

    The hour clocks (investigation, promised reply, daily feedback) move by the calendar time paused.
    The result's clock counts working days, so it stops in working time and resumes with the working
    time it had left: a result due Friday 09:00, paused Wednesday 09:00 and resumed Friday 09:00 had two
    working days left and is due Tuesday 09:00 (not Sunday); a pause from Saturday to Sunday moves it not
    at all. A deadline already missed before the pause stays where it was (and is not counted twice).
    """
    paused_at = c.paused_at or now
    delta = now - paused_at
    open_dues = unmet(c)

    def later(due: dt.datetime) -> dt.datetime:
        return due + delta if due > paused_at else due

    due_result, estimated = None, c.result_estimated
    if "result" in open_dues:
        due_result = c.due_result
        if c.due_result > paused_at:
            left, guessed_before = working_time_between(paused_at, c.due_result, overrides)
            due_result, guessed_after = add_working_time(now, left, overrides)
            estimated = estimated or guessed_before or guessed_after
    return Resumed(
        due_investigation=later(c.due_investigation) if "investigation" in open_dues else None,
        due_reply=later(c.due_reply) if "reply" in open_dues and c.due_reply is not None else None,
        due_feedback=later(c.due_feedback) if c.due_feedback is not None else None,
        due_result=due_result,
        result_estimated=estimated,
        paused_minutes=int(delta.total_seconds() // 60))
