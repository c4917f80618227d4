"""Scorecards of the counter (seed 003: 满意度, 带客成功率, 信息准确性, 投诉率) and the monthly review.

Plain functions over a half-open date range ``start <= day < end``, per staff member and for the studio,
returning frozen dataclasses. Who a figure counts for:

- visits: the receptionist who received the guest (else who checked them in);
- visit satisfaction (the departure's 1–5, ``app.appointments.departure``): that receptionist and whoever
  recorded the departure;
- call-back satisfaction (``app.complaints.callbacks``): whoever made the call that reached the customer;
- complaints: the studio counts every complaint received; a staff member the ones she is responsible for.
  Complaint rate = complaints per 100 visits;
- 带客成功率: leads recorded by her that were booked (here or at another store) / her leads;
- information accuracy: of the couples she entered, the share whose name or phone did NOT have to be
  corrected afterwards (from the audit trail: a ``couple.update`` changing a name or a phone);
- rounds and confirmations: counted by their own areas through ``ACTIVITY_COUNTS`` (absent: shown "—").

``monthly_review`` gathers one month (studio, staff, weekly trend, the last 6 months); only a supervisor
opens it on screen (``open_monthly_review`` checks her PIN).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import peewee as pw

from app.core.context import AppContext
from app.core.errors import ValidationError
from app.core.i18n import translate
from app.staff.models import Staff

if TYPE_CHECKING:
    from app.handover.review import DailyReview

# Counted by other areas (the lead fills these in app/wiring.py): key → fn(start, end) → {staff id: count}
# for start <= day < end. Keys: "rounds" (巡查 done), "confirmations" (appointment confirmations made).
ACTIVITY_COUNTS: dict[str, Callable[[dt.date, dt.date], dict[int, int]]] = {}
ACTIVITY_KEYS = ("rounds", "confirmations")

CORRECTED_FIELDS = ("bride_name", "groom_name", "bride_phone", "groom_phone")
TREND_MONTHS = 6
DASH = "—"


@dataclass(frozen=True)
class Mean:
    """A mean of 1–5 scores and how many there were."""

    count: int = 0
    total: int = 0

    @property
    def average(self) -> float | None:
        return round(self.total / self.count, 2) if self.count else None

    @property
    def text(self) -> str:
        return DASH if self.average is None else f"{self.average:.1f} ({self.count})"


@dataclass(frozen=True)
class Scorecard:
    """One staff member's (``staff_id``) or the studio's (``staff_id`` None) measures over a period."""

    staff_id: int | None
    label: str
    start: dt.date
    end: dt.date  # exclusive
    visits: int = 0
    visit_satisfaction: Mean = field(default_factory=Mean)
    callback_satisfaction: Mean = field(default_factory=Mean)
    complaints: int = 0
    leads: int = 0
    booked: int = 0
    couples_entered: int = 0
    couples_corrected: int = 0
    rounds: int | None = None  # None: not counted in this build
    confirmations: int | None = None

    @property
    def complaint_rate(self) -> float | None:
        """Complaints per 100 visits (None without visits)."""
        return round(100.0 * self.complaints / self.visits, 2) if self.visits else None

    @property
    def conversion(self) -> float | None:
        """带客成功率 in percent (None without leads)."""
        return round(100.0 * self.booked / self.leads, 2) if self.leads else None

    @property
    def accuracy(self) -> float | None:
        """Share of the couples entered whose name and phone needed no correction, in percent."""
        if not self.couples_entered:
            return None
        return round(100.0 * (self.couples_entered - self.couples_corrected) / self.couples_entered, 2)

    @property
    def empty(self) -> bool:
        return not (self.visits or self.visit_satisfaction.count or self.callback_satisfaction.count
                    or self.complaints or self.leads or self.couples_entered or self.rounds or self.confirmations)

    # texts for tables and printouts
    @property
    def complaint_rate_text(self) -> str:
        r = self.complaint_rate
        if r is None:  # no visit to count against: still say how many complaints
            return f"{DASH} ({self.complaints})" if self.complaints else DASH
        return f"{r:.1f} ({self.complaints})"

    @property
    def conversion_text(self) -> str:
        r = self.conversion
        return DASH if r is None else f"{r:.0f}% ({self.booked}/{self.leads})"

    @property
    def accuracy_text(self) -> str:
        r = self.accuracy
        return DASH if r is None else f"{r:.0f}% ({self.couples_corrected}/{self.couples_entered})"

    def activity_text(self, key: str) -> str:
        v = getattr(self, key)
        return DASH if v is None else str(v)


@dataclass(frozen=True)
class Scorecards:
    start: dt.date
    end: dt.date  # exclusive
    studio: Scorecard
    staff: tuple[Scorecard, ...]


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end, dt.time.min)


@dataclass
class _Tally:
    visits: int = 0
    sat_n: int = 0
    sat_total: int = 0
    cb_n: int = 0
    cb_total: int = 0
    complaints: int = 0
    leads: int = 0
    booked: int = 0
    entered: int = 0
    corrected: int = 0


def _corrected(before: str, after: str) -> bool:
    """Whether an audited couple update changed a name or a phone."""
    try:
        b = json.loads(before) if before else {}
        a = json.loads(after) if after else {}
    except ValueError:
        return False
    if not isinstance(b, dict) or not isinstance(a, dict):
        return False
    return any(k in b and k in a and (b[k] or "") != (a[k] or "") for k in CORRECTED_FIELDS)


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (typed for mypy: peewee's are not)."""
    return list(query.tuples())


COUNT = pw.fn.COUNT(pw.SQL("*"))


def _entered_and_corrected(lo: dt.datetime, hi: dt.datetime) -> tuple[dict[int | None, int], dict[int | None, int]]:
    """Couples created in the period per operator, and how many of them were corrected (at any time after)."""
    from app.core.models import AuditLog

    created = _rows(AuditLog.select(AuditLog.record_id, AuditLog.operator_id, AuditLog.at)
                    .where((AuditLog.table_name == "couple") & (AuditLog.action == "couple.create")
                           & (AuditLog.at >= lo) & (AuditLog.at < hi)))
    entered: dict[int | None, int] = defaultdict(int)
    by_couple: dict[int, tuple[int | None, dt.datetime]] = {}
    for record_id, operator_id, at in created:
        entered[operator_id] += 1
        if record_id is not None:
            by_couple[record_id] = (operator_id, at)
    corrected: dict[int | None, int] = defaultdict(int)
    if not by_couple:
        return entered, corrected
    seen: set[int] = set()
    # One pass over the couple updates since the period began (indexed by time), kept for those couples.
    q = (AuditLog.select(AuditLog.record_id, AuditLog.at, AuditLog.before, AuditLog.after)
         .where((AuditLog.at >= lo) & (AuditLog.table_name == "couple") & (AuditLog.action == "couple.update")))
    for record_id, at, before, after in _rows(q):
        if record_id not in by_couple or record_id in seen:
            continue
        operator_id, created_at = by_couple[record_id]
        if at >= created_at and _corrected(before, after):
            seen.add(record_id)
            corrected[operator_id] += 1
    return entered, corrected


def _tallies(start: dt.date, end: dt.date) -> tuple[_Tally, dict[int, _Tally]]:
    """The studio's tally and each staff member's, by grouped queries over the period."""
    from app.appointments.models import Satisfaction
    from app.checkin.leads import BOOKED
    from app.checkin.models import Lead, Visit
    from app.complaints.models import Complaint, ComplaintCallback

    lo, hi = _bounds(start, end)
    studio = _Tally()
    staff: dict[int, _Tally] = defaultdict(_Tally)
    receptionist = pw.fn.COALESCE(Visit.received_by, Visit.created_by)
    for who, n in _rows(Visit.select(receptionist, COUNT)
                        .where((Visit.arrived_at >= lo) & (Visit.arrived_at < hi)).group_by(receptionist)):
        studio.visits += n
        if who:
            staff[who].visits += n
    for score, received, created, recorded in _rows(
            Satisfaction.select(Satisfaction.score, Visit.received_by, Visit.created_by, Satisfaction.recorded_by)
            .join(Visit, on=(Satisfaction.visit == Visit._meta.primary_key))
            .where((Satisfaction.day >= start) & (Satisfaction.day < end) & Satisfaction.score.is_null(False))):
        studio.sat_n += 1
        studio.sat_total += score
        for who in {received or created, recorded} - {None}:
            staff[who].sat_n += 1
            staff[who].sat_total += score
    for score, who in _rows(ComplaintCallback.select(ComplaintCallback.satisfaction,
                                                     pw.fn.COALESCE(ComplaintCallback.done_by, ComplaintCallback.owner))
                            .where((ComplaintCallback.done_at >= lo) & (ComplaintCallback.done_at < hi)
                                   & ComplaintCallback.satisfaction.is_null(False))):
        studio.cb_n += 1
        studio.cb_total += score
        if who:
            staff[who].cb_n += 1
            staff[who].cb_total += score
    for who, n in _rows(Complaint.select(Complaint.responsible, COUNT)
                        .where((Complaint.received_at >= lo) & (Complaint.received_at < hi))
                        .group_by(Complaint.responsible)):
        studio.complaints += n
        if who:
            staff[who].complaints += n
    for who, outcome, n in _rows(Lead.select(Lead.created_by, Lead.outcome, COUNT)
                                 .where((Lead.created_at >= lo) & (Lead.created_at < hi))
                                 .group_by(Lead.created_by, Lead.outcome)):
        booked = n if outcome in BOOKED else 0
        studio.leads += n
        studio.booked += booked
        if who:
            staff[who].leads += n
            staff[who].booked += booked
    entered, corrected = _entered_and_corrected(lo, hi)
    for who, n in entered.items():
        studio.entered += n
        if who:
            staff[who].entered += n
    for who, n in corrected.items():
        studio.corrected += n
        if who:
            staff[who].corrected += n
    return studio, dict(staff)


def _activity(start: dt.date, end: dt.date) -> dict[str, dict[int, int] | None]:
    out: dict[str, dict[int, int] | None] = {}
    for key in ACTIVITY_KEYS:
        fn = ACTIVITY_COUNTS.get(key)
        out[key] = dict(fn(start, end)) if fn is not None else None
    return out


def _card(staff_id: int | None, label: str, start: dt.date, end: dt.date, t: _Tally,
          activity: dict[str, dict[int, int] | None]) -> Scorecard:
    def count(key: str) -> int | None:
        counts = activity[key]
        if counts is None:
            return None
        return sum(counts.values()) if staff_id is None else counts.get(staff_id, 0)

    return Scorecard(staff_id=staff_id, label=label, start=start, end=end, visits=t.visits,
                     visit_satisfaction=Mean(t.sat_n, t.sat_total), callback_satisfaction=Mean(t.cb_n, t.cb_total),
                     complaints=t.complaints, leads=t.leads, booked=t.booked, couples_entered=t.entered,
                     couples_corrected=t.corrected, rounds=count("rounds"), confirmations=count("confirmations"))


def check_period(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    if start is None:
        raise ValidationError({"start": translate("Scorecards", "Pick a day.")})
    if end is None or end <= start:
        raise ValidationError({"end": translate("Scorecards", "The period must end after it starts.")})
    return start, end


def studio_scorecard(start: dt.date, end: dt.date) -> Scorecard:
    """The studio's measures for ``start <= day < end``."""
    start, end = check_period(start, end)
    studio, _ = _tallies(start, end)
    return _card(None, translate("Scorecards", "Studio"), start, end, studio, _activity(start, end))


def scorecards(start: dt.date, end: dt.date) -> Scorecards:
    """The studio's and every staff member's measures for ``start <= day < end`` (staff with any record in
    the period, by name)."""
    start, end = check_period(start, end)
    studio, per_staff = _tallies(start, end)
    activity = _activity(start, end)
    ids = set(per_staff)
    for counts in activity.values():
        ids |= {k for k, v in (counts or {}).items() if v}
    key: Any = Staff._meta.primary_key
    names: dict[int, str] = dict(_rows(Staff.select(key, Staff.name).where(key.in_(sorted(ids))))) if ids else {}
    cards = [_card(i, names.get(i, f"#{i}"), start, end, per_staff.get(i, _Tally()), activity) for i in ids]
    cards = [c for c in cards if not c.empty]
    cards.sort(key=lambda c: (c.label, c.staff_id or 0))
    return Scorecards(start=start, end=end, studio=_card(None, translate("Scorecards", "Studio"), start, end, studio,
                                                         activity),
                      staff=tuple(cards))


def scorecard_for(staff_id: int, start: dt.date, end: dt.date) -> Scorecard:
    """One staff member's measures (zeros when she has no record in the period)."""
    start, end = check_period(start, end)
    _, per_staff = _tallies(start, end)
    found = _rows(Staff.select(Staff.name).where(Staff._meta.primary_key == staff_id))
    label = found[0][0] if found else f"#{staff_id}"
    return _card(staff_id, label, start, end, per_staff.get(staff_id, _Tally()), _activity(start, end))


# ------------------------------------------------------------------------------ tables (review, print)

def headers() -> list[str]:
    return [translate("Scorecards", "Who"), translate("Scorecards", "Visits"),
            translate("Scorecards", "Satisfaction (visits)"), translate("Scorecards", "Satisfaction (call-backs)"),
            translate("Scorecards", "Complaints per 100 visits"), translate("Scorecards", "Conversion"),
            translate("Scorecards", "Information accuracy"), translate("Scorecards", "Rounds"),
            translate("Scorecards", "Confirmations")]


def row(card: Scorecard) -> list[str]:
    return [card.label, str(card.visits), card.visit_satisfaction.text, card.callback_satisfaction.text,
            card.complaint_rate_text, card.conversion_text, card.accuracy_text, card.activity_text("rounds"),
            card.activity_text("confirmations")]


LOW_SCORE = 3.0  # a mean below this is shown in red
LOW_ACCURACY = 90.0


def is_alert(card: Scorecard) -> bool:
    low = [m.average for m in (card.visit_satisfaction, card.callback_satisfaction) if m.average is not None]
    return any(a < LOW_SCORE for a in low) or (card.accuracy is not None and card.accuracy < LOW_ACCURACY)


def scorecard_review(ctx: AppContext, rv: DailyReview) -> None:
    """The daily review's "scorecard" block: the studio, then each staff member (seed 003's measures)."""
    from app.handover.review import ReviewTable

    data = scorecards(rv.start, rv.end + dt.timedelta(days=1))
    cards = [] if data.studio.empty else [data.studio, *data.staff]
    rv.tables.append(ReviewTable(
        "scorecard", translate("Scorecards", "Scorecard of the counter"), headers(), [row(c) for c in cards],
        alert_rows={i for i, c in enumerate(cards) if is_alert(c)},
        empty_text=translate("Scorecards", "Nothing to score in this period.")))
    rv.has_activity = rv.has_activity or not data.studio.empty


# ------------------------------------------------------------------------------ the monthly review

@dataclass(frozen=True)
class TrendPoint:
    key: str  # "2026-11" or "2026-11-W1"
    label: str
    card: Scorecard  # the studio
    staff: tuple[Scorecard, ...] = ()  # each staff member with a record then (weeks only)

    def card_of(self, staff_id: int | None) -> Scorecard | None:
        """The studio's card (None) or a staff member's (None when she has no record that week)."""
        if staff_id is None:
            return self.card
        return next((c for c in self.staff if c.staff_id == staff_id), None)


@dataclass(frozen=True)
class MonthlyReview:
    month: dt.date  # the first day
    end: dt.date  # exclusive: the next month's first day (or tomorrow, for the current month)
    generated_at: dt.datetime
    studio: Scorecard
    staff: tuple[Scorecard, ...]
    weeks: tuple[TrendPoint, ...]  # the studio and each staff member per week of the month (days 1–7, 8–14, …)
    months: tuple[TrendPoint, ...]  # the studio over the last 6 months, oldest first

    @property
    def month_text(self) -> str:
        return f"{self.month:%Y-%m}"

    @property
    def partial(self) -> bool:
        return self.end < _next_month(self.month)


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _prev_month(d: dt.date) -> dt.date:
    return dt.date(d.year - (d.month == 1), (d.month - 2) % 12 + 1, 1)


def parse_month(ctx: AppContext, text: str | dt.date | None) -> dt.date:
    """'YYYY-MM' (or a date in the month) → the month's first day; a malformed or future month is refused."""
    if isinstance(text, dt.date):
        month = dt.date(text.year, text.month, 1)
    else:
        raw = (text or "").strip()
        try:
            if len(raw) != 7 or raw[4] != "-":
                raise ValueError(raw)
            month = dt.date(int(raw[:4]), int(raw[5:]), 1)
        except ValueError as exc:
            raise ValidationError({"month": translate("Scorecards", "Not a month: {text} (use YYYY-MM).")
                                   .format(text=raw)}) from exc
    today = ctx.today()
    if month > dt.date(today.year, today.month, 1):
        raise ValidationError({"month": translate("Scorecards", "{month} has not started yet.")
                               .format(month=f"{month:%Y-%m}")})
    return month


def week_label(index: int, start: dt.date, end: dt.date) -> str:
    return translate("Scorecards", "Week {n} ({start}–{end})").format(
        n=index + 1, start=f"{start:%m-%d}", end=f"{end - dt.timedelta(days=1):%m-%d}")


def monthly_review(ctx: AppContext, month: str | dt.date | None) -> MonthlyReview:
    """One month's scorecards: the studio and each staff member, the studio per week of the month, and the
    studio over the last 6 months. The current month counts up to today."""
    first = parse_month(ctx, month)
    tomorrow = ctx.today() + dt.timedelta(days=1)
    end = min(_next_month(first), tomorrow)
    data = scorecards(first, end)
    weeks: list[TrendPoint] = []
    day = first
    while day < end:
        stop = min(day + dt.timedelta(days=7), end)
        week = scorecards(day, stop)
        weeks.append(TrendPoint(f"{first:%Y-%m}-W{len(weeks) + 1}", week_label(len(weeks), day, stop),
                                week.studio, week.staff))
        day = stop
    months = []
    m = first
    for _ in range(TREND_MONTHS):
        stop = min(_next_month(m), tomorrow)
        months.append(TrendPoint(f"{m:%Y-%m}", f"{m:%Y-%m}", studio_scorecard(m, stop)))
        m = _prev_month(m)
    return MonthlyReview(month=first, end=end, generated_at=ctx.now(), studio=data.studio, staff=data.staff,
                         weeks=tuple(weeks), months=tuple(reversed(months)))


def open_monthly_review(ctx: AppContext, staff_id: int | None, pin: str | None,
                        month: str | dt.date | None) -> MonthlyReview:
    """The monthly review on screen: for supervisors only (role and PIN checked here)."""
    from app.staff.service import authenticate_supervisor

    authenticate_supervisor(ctx, staff_id, pin)
    return monthly_review(ctx, month)


# Trend measures: key, label, value of a scorecard (None: nothing to measure), fixed full scale.
def trend_measures() -> list[tuple[str, str, Callable[[Scorecard], float | None], float | None]]:
    return [
        ("satisfaction", translate("Scorecards", "Satisfaction (visits, 1–5)"),
         lambda c: c.visit_satisfaction.average, 5.0),
        ("complaint_rate", translate("Scorecards", "Complaints per 100 visits"), lambda c: c.complaint_rate, None),
        ("conversion", translate("Scorecards", "Conversion (%)"), lambda c: c.conversion, 100.0),
        ("accuracy", translate("Scorecards", "Information accuracy (%)"), lambda c: c.accuracy, 100.0),
    ]
