"""The daily review (每日工作小结): the day's (or a range's) figures, tables and charts, and the decisions
taken at the meeting.

Every figure is computed by grouped queries over indexed columns, so a year of data stays quick.
Sections from other areas (the service flow, complaints, appointments) are added through
``REVIEW_BUILDERS`` as those services exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee as pw

from app.appointments import review as appointments_review
from app.checkin.models import KeyLoan, Lead, Visit
from app.checkin.queries import visit_kind_label
from app.complaints import review as complaints_review
from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text
from app.flow import reports
from app.flow.models import Flow, Station
from app.handover.models import ReviewDecision
from app.handover.service import minutes_label
from app.staff.models import Staff

RANGE_MAX_DAYS = 366
# Figures that are bad news when above zero (shown in red).
ALERT_FIGURES = {"reception_over_limit", "keys_lost", "deadlines_failed", "station_over_limit", "no_shows"}
DECISION_MAX = 500


@dataclass
class Bar:
    key: str
    label: str
    value: float
    colour: str = "#5c6bc0"


@dataclass
class ReviewChart:
    key: str
    title: str
    bars: list[Bar]
    unit: str = ""  # shown after each value, e.g. "min"
    max_value: float | None = None  # a fixed scale (satisfaction: 5); else the longest bar
    def values(self) -> dict[str, float]:
        return {b.key: b.value for b in self.bars}


@dataclass
class ReviewTable:
    key: str
    title: str
    headers: list[str]
    rows: list[list[str]]
    alert_rows: set[int] = field(default_factory=set)  # row indexes shown in red
    empty_text: str = ""
    private_columns: set[int] = field(default_factory=set)  # customers' words: hidden in client-safe mode


@dataclass
class Figure:
    key: str
    label: str
    value: int | float

    @property
    def text(self) -> str:
        return str(self.value) if isinstance(self.value, int) else f"{self.value:.1f}"


@dataclass
class StationTime:
    """Time at one station over the period, in minutes (None: not measured there)."""

    station: str
    records: int
    work_avg: int | None = None
    work_max: int | None = None
    wait_avg: int | None = None
    waits_over: int = 0
    work_over: int = 0
    not_done: int = 0  # steps not done or skipped

    @property
    def over_limit(self) -> int:
        return self.waits_over + self.work_over


@dataclass
class DecisionRow:
    id: int
    day: dt.date
    text: str
    owner: str
    owner_id: int


@dataclass
class DailyReview:
    start: dt.date
    end: dt.date
    generated_at: dt.datetime
    figures: list[Figure] = field(default_factory=list)
    charts: list[ReviewChart] = field(default_factory=list)
    tables: list[ReviewTable] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    station_times: list[StationTime] = field(default_factory=list)  # every area adds its stations
    has_activity: bool = False  # any record at all in the range (decisions included)

    @property
    def empty(self) -> bool:
        return not self.has_activity and not self.decisions

    def figure(self, key: str) -> int:
        return next((f.value for f in self.figures if f.key == key), 0)

    def chart(self, key: str) -> ReviewChart | None:
        return next((c for c in self.charts if c.key == key), None)

    def table(self, key: str) -> ReviewTable | None:
        return next((t for t in self.tables if t.key == key), None)

    def period_text(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return translate("Review", "{start} to {end}").format(start=self.start.isoformat(), end=self.end.isoformat())

    def empty_text(self) -> str:
        return translate("Review", "No data for {period}: no check-ins, keys, leads, station records, complaints "
                                   "or decisions were recorded.").format(period=self.period_text())


def check_range(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """A day or an inclusive range; refuses a range that ends before it starts (field errors)."""
    if start is None:
        raise ValidationError({"start": translate("Review", "Pick a day.")})
    end = end or start
    if end < start:
        raise ValidationError({"end": translate("Review", "The range ends ({end}) before it starts ({start}).")
                               .format(end=end.isoformat(), start=start.isoformat())})
    if (end - start).days + 1 > RANGE_MAX_DAYS:
        raise ValidationError({"end": translate("Review", "At most {n} days at once.").format(n=RANGE_MAX_DAYS)})
    return start, end


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)


KIND_COLOURS = {"shoot": "#ec407a", "consult": "#42a5f5", "visitor": "#78909c", "selection": "#ffa726",
                "proof": "#ffca28", "pickup": "#9ccc65"}
KIND_ORDER = ("shoot", "consult", "visitor", "selection", "proof", "pickup")


def _core_review(ctx: AppContext, rv: DailyReview) -> None:
    """Check-ins by kind, couples who finished, the reception wait, leads and keys (core tables)."""
    lo, hi = _bounds(rv.start, rv.end)
    in_range = (Visit.arrived_at >= lo) & (Visit.arrived_at < hi)
    by_kind = dict(Visit.select(Visit.kind, pw.fn.COUNT(Visit.id)).where(in_range).group_by(Visit.kind).tuples())
    total = sum(by_kind.values())
    rv.figures.append(Figure("checkins", translate("Review", "Check-ins"), total))
    kinds = [k for k in KIND_ORDER if by_kind.get(k)] + sorted(k for k in by_kind if k not in KIND_ORDER)
    rv.charts.append(ReviewChart("checkins_by_kind", translate("Review", "Check-ins by kind"),
                                 [Bar(k, visit_kind_label(k), by_kind[k], KIND_COLOURS.get(k, "#5c6bc0"))
                                  for k in kinds]))
    rv.tables.append(ReviewTable(
        "checkins_by_kind", translate("Review", "Check-ins by kind"),
        [translate("Review", "Kind"), translate("Review", "Visits"), translate("Review", "Guests")],
        [[visit_kind_label(k), str(n), str(g)] for k, n, g in
         sorted(Visit.select(Visit.kind, pw.fn.COUNT(Visit.id), pw.fn.SUM(Visit.party_size)).where(in_range)
                .group_by(Visit.kind).tuples(),
                key=lambda t: KIND_ORDER.index(t[0]) if t[0] in KIND_ORDER else 99)],
        empty_text=translate("Review", "Nobody checked in.")))

    # The reception wait: from arrival until somebody attended to the party (visitors are met at once).
    # A party never received counts until it left (or until now / the end of that day).
    limit_row = Station.get_or_none(Station.code == "reception")
    limit = limit_row.alert_minutes if limit_row and limit_row.alert_minutes > 0 else 10
    minutes = []
    for arrived, received, left in (Visit.select(Visit.arrived_at, Visit.received_at, Visit.left_at)
                                    .where(in_range & (Visit.kind != "visitor")).tuples()):
        until = received or left or min(ctx.now(), dt.datetime.combine(arrived.date(), dt.time.max))
        minutes.append(max(int((until - arrived).total_seconds() // 60), 0))
    over = sum(1 for m in minutes if m > limit)
    rv.figures.append(Figure("reception_over_limit", translate("Review", "Waits over the limit"), over))
    if minutes:
        rv.station_times.append(StationTime(translate("Review", "Counter (wait to be received)"), len(minutes),
                                            wait_avg=round(sum(minutes) / len(minutes)), waits_over=over))

    leads = Lead.select().where((Lead.created_at >= lo) & (Lead.created_at < hi)).count()
    rv.figures.append(Figure("leads", translate("Review", "New consultation leads"), leads))
    loans = KeyLoan.select().where((KeyLoan.issued_at >= lo) & (KeyLoan.issued_at < hi))
    keys_issued = loans.count()
    keys_lost = loans.where(KeyLoan.lost == True).count()  # noqa: E712
    rv.figures.append(Figure("keys_lost", translate("Review", "Locker keys lost"), keys_lost))
    rv.has_activity = rv.has_activity or bool(total or leads or keys_issued)


def _flow_review(ctx: AppContext, rv: DailyReview) -> None:
    """Couples whose shoot flow was completed, and every station's times (service flow)."""
    lo, hi = _bounds(rv.start, rv.end)
    completed = (Flow.select(pw.fn.COUNT(Flow.couple.distinct())).join(Visit, on=(Flow.visit == Visit.id))
                 .where((Flow.kind == "visit") & (Visit.kind == "shoot") & (Flow.finished_at >= lo)
                        & (Flow.finished_at < hi)).scalar() or 0)
    rv.figures.insert(1, Figure("couples_completed", translate("Review", "Couples who finished the shoot"),
                                completed))
    stats = reports.station_stats(ctx, rv.start, rv.end)
    over = 0
    for st in stats:
        if st.work_count == 0 and st.wait_count == 0 and not (st.not_done or st.skipped or st.waits_over):
            continue  # only planned steps there: nothing measured yet
        rv.station_times.append(StationTime(st.name, st.steps, st.work_avg, st.work_max if st.work_count else None,
                                            st.wait_avg, st.waits_over, st.work_over, st.not_done + st.skipped))
        over += st.waits_over + st.work_over
    rv.figures.append(Figure("station_over_limit", translate("Review", "Over the limit at a station"), over))
    rv.has_activity = rv.has_activity or bool(stats or completed)


CATEGORY_COLOURS = ("#ef5350", "#ab47bc", "#5c6bc0", "#29b6f6", "#26a69a", "#9ccc65", "#ffca28", "#ff7043",
                    "#8d6e63", "#78909c")


def _complaints_review(ctx: AppContext, rv: DailyReview) -> None:
    """The day's complaints by category, cause, station, responsible staff and channel; deadlines met and
    failed, and by whom (seed 002: the daily review meeting)."""
    data = complaints_review.review(ctx, rv.start, rv.end)
    failed = sum(t.failed for t in data.deadlines.values())
    met = sum(t.met for t in data.deadlines.values())
    rv.figures.append(Figure("complaints", translate("Review", "Complaints"), data.total))
    rv.figures.append(Figure("deadlines_failed", translate("Review", "Complaint deadlines missed"), failed))
    not_recorded = translate("Review", "(not recorded)")
    rv.charts.append(ReviewChart("complaints_by_category", translate("Review", "Complaints by category"),
                                 [Bar(label or not_recorded, label or not_recorded, n,
                                      CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)])
                                  for i, (label, n) in enumerate(data.by_category)]))
    rv.charts.append(ReviewChart("complaints_by_station", translate("Review", "Complaints by station"),
                                 [Bar(label or not_recorded, label or not_recorded, n, "#ff7043")
                                  for label, n in data.by_station]))
    rows: list[list[str]] = []
    for dim, pairs in ((translate("Review", "Category"), data.by_category),
                       (translate("Review", "Cause"), data.by_cause),
                       (translate("Review", "Station"), data.by_station),
                       (translate("Review", "Responsible staff"), data.by_responsible),
                       (translate("Review", "Channel"), data.by_channel)):
        for i, (label, n) in enumerate(pairs):
            rows.append([dim if i == 0 else "", label or not_recorded, str(n)])
    rv.tables.append(ReviewTable(
        "complaints_by", translate("Review", "Complaints counted every way"),
        [translate("Review", "By"), translate("Review", "Item"), translate("Review", "Complaints")], rows,
        empty_text=translate("Review", "No complaint was received.")))
    tallies = [t for t in data.deadlines.values() if t.met or t.failed]
    rv.tables.append(ReviewTable(
        "complaint_deadlines", translate("Review", "Complaint deadlines met and missed"),
        [translate("Review", "Deadline"), translate("Review", "Met"), translate("Review", "Missed")],
        [[t.label, str(t.met), str(t.failed)] for t in tallies],
        alert_rows={i for i, t in enumerate(tallies) if t.failed},
        empty_text=translate("Review", "No complaint deadline fell in this period.")))
    rv.tables.append(ReviewTable(
        "complaint_misses", translate("Review", "Missed deadlines and by whom"),
        [translate("Review", "Case"), translate("Review", "Deadline"), translate("Review", "Was due"),
         translate("Review", "Missed by")],
        [[m.case_no, m.label, m.due_at.strftime("%m-%d %H:%M"), m.failed_by or "—"] for m in data.misses],
        alert_rows=set(range(len(data.misses))),
        empty_text=translate("Review", "No deadline was missed.")))
    rv.has_activity = rv.has_activity or bool(data.total or failed or met)


def _appointments_review(ctx: AppContext, rv: DailyReview) -> None:
    """Appointments kept and missed, phone calls and call-backs, and the guests' satisfaction."""
    data = appointments_review.review(ctx, rv.start, rv.end)
    sat = data.satisfaction
    rv.figures.append(Figure("no_shows", translate("Review", "No-shows"), len(data.no_shows)))
    if sat.overall.count:
        rv.figures.append(Figure("satisfaction", translate("Review", "Satisfaction (1–5)"),
                                 float(sat.overall.average or 0)))
    rv.tables.append(ReviewTable(
        "appointments", translate("Review", "Appointments and calls"),
        [translate("Review", "What"), translate("Review", "Count")],
        [[translate("Review", "Appointments"), str(data.booked)], [translate("Review", "Arrived"), str(data.arrived)],
         [translate("Review", "No-shows"), str(len(data.no_shows))],
         [translate("Review", "Cancelled"), str(data.cancelled)],
         [translate("Review", "Rescheduled"), str(data.rescheduled)],
         [translate("Review", "Phone calls taken"), str(data.calls)],
         [translate("Review", "Call-backs still owed now (overdue)"),
          f"{len(data.callbacks_open)} ({data.callbacks_overdue})"]],
        alert_rows={2} if data.no_shows else set()))
    rv.tables.append(ReviewTable(
        "no_shows", translate("Review", "No-shows"),
        [translate("Review", "Time"), translate("Review", "Who"), translate("Review", "For"),
         translate("Review", "With")],
        [[r.starts_at.strftime("%m-%d %H:%M"), r.who, r.kind_label, r.staff_name or "—"] for r in data.no_shows],
        alert_rows=set(range(len(data.no_shows))), empty_text=translate("Review", "Everyone booked came.")))
    if sat.stations:
        rv.charts.append(ReviewChart("satisfaction_by_station", translate("Review", "Satisfaction by station"),
                                     [Bar(g.key, g.label, g.average or 0, "#8e24aa") for g in sat.stations],
                                     max_value=5))
    rv.tables.append(ReviewTable(
        "satisfaction", translate("Review", "Satisfaction by station and staff"),
        [translate("Review", "Station / staff"), translate("Review", "Scores"), translate("Review", "Average"),
         translate("Review", "Low (1–2)")],
        [[g.label, str(g.count), f"{g.average:.1f}" if g.average is not None else "—", str(g.low)]
         for g in [*sat.stations, *sat.staff]],
        alert_rows={i for i, g in enumerate([*sat.stations, *sat.staff]) if g.low},
        empty_text=translate("Review", "No satisfaction score was given.")))
    rv.tables.append(ReviewTable(
        "low_scores", translate("Review", "Low scores and what the guests said"),
        [translate("Review", "Day"), translate("Review", "Who"), translate("Review", "Score"),
         translate("Review", "Comment")],
        [[x.day.isoformat(), x.who, str(x.score), x.comment] for x in sat.low_scores],
        alert_rows=set(range(len(sat.low_scores))), private_columns={3},
        empty_text=translate("Review", "No low score.")))
    rv.has_activity = rv.has_activity or bool(data.booked or data.calls or sat.overall.count or sat.declined)


def _minutes_or_dash(m: int | None) -> str:
    return minutes_label(m) if m is not None else "—"


def _station_table(rv: DailyReview) -> None:
    """Time per station: built last so every area's station rows are in (the counter wait from the core)."""
    rows = rv.station_times
    rv.tables.append(ReviewTable(
        "station_times", translate("Review", "Time per station"),
        [translate("Review", "Station"), translate("Review", "Records"), translate("Review", "Average time"),
         translate("Review", "Longest"), translate("Review", "Average wait"),
         translate("Review", "Waits over the limit"), translate("Review", "Work over the limit"),
         translate("Review", "Not done / skipped")],
        [[r.station, str(r.records), _minutes_or_dash(r.work_avg), _minutes_or_dash(r.work_max),
          _minutes_or_dash(r.wait_avg), str(r.waits_over), str(r.work_over), str(r.not_done)] for r in rows],
        alert_rows={i for i, r in enumerate(rows) if r.over_limit > 0},
        empty_text=translate("Review", "No station times recorded.")))
    rv.charts.append(ReviewChart("over_limit_by_station", translate("Review", "Over the limit by station"),
                                 [Bar(r.station, r.station, r.over_limit, "#e53935") for r in rows if r.over_limit]))
    rv.charts.append(ReviewChart("avg_by_station", translate("Review", "Average minutes per station"),
                                 [Bar(r.station, r.station, r.work_avg, "#26a69a") for r in rows
                                  if r.work_avg is not None],
                                 unit=translate("Review", "min")))


# Sections in order; each adds to the review (and sets ``has_activity`` when it found records).
REVIEW_BUILDERS: list[Callable[[AppContext, DailyReview], None]] = [_core_review, _flow_review, _complaints_review,
                                                                    _appointments_review]


def daily_review(ctx: AppContext, start: dt.date | None, end: dt.date | None = None) -> DailyReview:
    """The review of one day (``end`` None) or an inclusive range.

    A range that ends before it starts raises ValidationError; a period without any record gives an
    honest empty review (``empty`` True, ``empty_text()`` says so).
    """
    start, end = check_range(start, end)
    rv = DailyReview(start=start, end=end, generated_at=ctx.now())
    for builder in (*REVIEW_BUILDERS, *hooks.daily_review):
        builder(ctx, rv)
    _station_table(rv)
    rv.decisions = decisions(start, end)
    return rv


# ------------------------------------------------------------------------------------ decisions

def decisions(start: dt.date, end: dt.date | None = None) -> list[DecisionRow]:
    end = end or start
    q = (ReviewDecision.select(ReviewDecision, Staff).join(Staff, on=(ReviewDecision.owner == Staff.id))
         .where((ReviewDecision.day >= start) & (ReviewDecision.day <= end))
         .order_by(ReviewDecision.day, ReviewDecision.id))
    return [DecisionRow(id=d.id, day=d.day, text=d.text, owner=d.owner.name, owner_id=d.owner_id) for d in q]


def add_decision(ctx: AppContext, day: dt.date | None, text: str, owner_id: int | None) -> ReviewDecision:
    """Record a decision of the review meeting: what is to change, and who sees to it."""
    errors: dict[str, str] = {}
    if day is None:
        errors["day"] = translate("Review", "Pick a day.")
    elif day > ctx.today():
        errors["day"] = translate("Review", "The meeting of {day} has not happened yet.").format(day=day.isoformat())
    t = clean_text(text)
    if not t:
        errors["text"] = translate("Review", "Write the decision.")
    elif len(t) > DECISION_MAX:
        errors["text"] = translate("Review", "Too long: at most {n} characters.").format(n=DECISION_MAX)
    owner = Staff.get_or_none(Staff.id == owner_id) if owner_id is not None else None
    if owner is None or not owner.active:
        errors["owner"] = translate("Review", "Pick who sees to it.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        d = ReviewDecision.create(day=day, text=t, owner=owner.id, created_at=ctx.now(),
                                  created_by=ctx.operator_id)
        record(ctx, "review.decision_add", d)
    return d


def remove_decision(ctx: AppContext, decision_id: int) -> int:
    """Take back a decision recorded by mistake (kept in the audit trail). Returns its id."""
    with db.atomic():
        d = ReviewDecision.get_or_none(ReviewDecision.id == decision_id)
        if d is None:
            raise NotFound(translate("Review", "No decision #{id}.").format(id=decision_id))
        before = snapshot(d)
        d.delete_instance()
        record(ctx, "review.decision_remove", table="review_decision", record_id=decision_id, before=before,
               after={})
    return decision_id
