"""The guest's departure: keys back, a word on how it went (1-5 and a comment), check-out.

``depart`` records the satisfaction and checks the visit out in ONE transaction through the core
``app.checkin.commands.check_out`` (which refuses while a locker key is out, and a second check-out).
``satisfaction_summary`` feeds the daily review: per day, per station of that day's flow, per staff member.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import peewee as pw

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, KeyLoan, Lead, Locker, Visit
from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, text_error
from app.flow.models import Station
from app.staff.models import Staff

from .models import Appointment, Satisfaction

COMMENT_MAX = 500


def depart(ctx: AppContext, visit_id: int, score: int | None, comment: str = "") -> Visit:
    """Check the visit out and record the guest's satisfaction (``score`` None: the guest did not say).

    Raises ValidationError for a score outside 1-5 or a too long comment, Conflict when a locker key is
    still out or the visit was already checked out. Nothing is saved when it raises.
    """
    v = checkin_queries.get_visit(visit_id)
    errors: dict[str, str] = {}
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
        errors["score"] = translate("Departure", "The satisfaction score is 1 to 5.")
    if err := text_error(comment, COMMENT_MAX):
        errors["comment"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        v = checkin.check_out(ctx, v.id)
        s = Satisfaction.create(visit=v.id, day=v.left_at.date(), score=score, comment=clean_text(comment),
                                recorded_at=ctx.now(), recorded_by=ctx.operator_id)
        record(ctx, "visit.satisfaction", s)
    return v


@dataclass(frozen=True)
class PartyInfo:
    visit_id: int
    title: str
    kind: str
    party_size: int
    arrived_at: dt.datetime
    left_at: dt.datetime | None
    minutes_in_store: int


def party_of(ctx: AppContext, visit_id: int) -> PartyInfo:
    """Who is leaving: names, kind, party size, how long they were here."""
    v = (Visit.select(Visit, Couple, Lead).join(Couple, pw.JOIN.LEFT_OUTER, on=(Visit.couple == Couple.id))
         .switch(Visit).join(Lead, pw.JOIN.LEFT_OUTER, on=(Visit.lead == Lead.id))
         .where(Visit.id == visit_id).first())
    if v is None:
        checkin_queries.get_visit(visit_id)  # raises NotFound
    title = checkin_queries.visit_title(v)
    end = v.left_at or ctx.now()
    return PartyInfo(visit_id=v.id, title=title, kind=checkin_queries.visit_kind_label(v.kind), party_size=v.party_size,
                     arrived_at=v.arrived_at, left_at=v.left_at,
                     minutes_in_store=max(int((end - v.arrived_at).total_seconds() // 60), 0))


@dataclass
class KeyRow:
    loan_id: int
    locker: str
    location: str
    issued_at: dt.datetime
    minutes_out: int


def keys_out_of(ctx: AppContext, visit_id: int) -> list[KeyRow]:
    """The party's locker keys not yet returned."""
    now = ctx.now()
    return [KeyRow(loan_id=k.id, locker=k.locker.number, location=k.locker.location, issued_at=k.issued_at,
                   minutes_out=max(int((now - k.issued_at).total_seconds() // 60), 0))
            for k in (KeyLoan.select(KeyLoan, Locker).join(Locker)
                      .where((KeyLoan.visit == visit_id) & KeyLoan.returned_at.is_null())
                      .order_by(Locker.number))]


# ------------------------------------------------------------------------------ the daily review

@dataclass
class ScoreGroup:
    key: str  # a day (ISO), a station code or a staff id (as text)
    label: str
    count: int = 0  # scored visits
    total: int = 0
    low: int = 0  # scores of 1 or 2

    @property
    def average(self) -> float | None:
        return round(self.total / self.count, 2) if self.count else None

    def add(self, score: int) -> None:
        self.count += 1
        self.total += score
        self.low += 1 if score <= 2 else 0


@dataclass
class LowScore:
    visit_id: int
    day: dt.date
    who: str
    score: int
    comment: str


@dataclass
class SatisfactionSummary:
    date_from: dt.date
    date_to: dt.date
    overall: ScoreGroup
    declined: int  # departures where the guest did not want to say
    days: list[ScoreGroup] = field(default_factory=list)
    stations: list[ScoreGroup] = field(default_factory=list)
    staff: list[ScoreGroup] = field(default_factory=list)
    low_scores: list[LowScore] = field(default_factory=list)  # 1-2 with their comments, for the review


# Flow step states in which the guest was at (or being served at) a station.
SERVED_STATES = ("waiting", "in_progress", "done", "not_done")


def _flow_attribution(date_from: dt.date, date_to: dt.date) -> dict[int, list[tuple[str, str, int | None]]]:
    """visit id → [(station code, station name, staff id)] of the stations its flow went through
    (the staff who did the step, else who signed it), for the departures scored in the period."""
    from app.flow.models import Flow, FlowStep

    out: dict[int, list[tuple[str, str, int | None]]] = defaultdict(list)
    q = (FlowStep.select(FlowStep.staff, FlowStep.signed_by, Flow.visit, Station.code, Station.name)
         .join(Flow, on=(FlowStep.flow == Flow.id))
         .join(Satisfaction, on=(Satisfaction.visit == Flow.visit))
         .switch(FlowStep).join(Station, on=(FlowStep.station == Station.id))
         .where((Satisfaction.day >= date_from) & (Satisfaction.day <= date_to) & Satisfaction.score.is_null(False)
                & FlowStep.state.in_(SERVED_STATES))
         .order_by(FlowStep.flow, FlowStep.position)
         .tuples())
    for staff_id, signed_by, visit_id, code, name in q:
        out[visit_id].append((code, name, staff_id or signed_by))
    return out


def satisfaction_summary(ctx: AppContext, date_from: dt.date, date_to: dt.date) -> SatisfactionSummary:
    """Scores of departures between the two days (inclusive): overall, per day, per station of that
    visit's flow (``app.flow``: each station the guest was served at counts the score once), and per staff
    member — the receptionist who received the party, the one who saw them off, the staff member expected
    on the appointment and the staff of the flow's steps. Lists are sorted worst average first.
    """
    if date_to < date_from:
        raise ValidationError({"date_to": translate("Departure", "The end is before the start.")})
    rows = list(Satisfaction.select(Satisfaction, Visit).join(Visit)
                .where((Satisfaction.day >= date_from) & (Satisfaction.day <= date_to))
                .order_by(Satisfaction.day, Satisfaction.id))
    overall = ScoreGroup("all", translate("Departure", "All"))
    summary = SatisfactionSummary(date_from=date_from, date_to=date_to, overall=overall, declined=0)
    scored = [r for r in rows if r.score is not None]
    summary.declined = len(rows) - len(scored)
    appt_staff: dict[int, set[int]] = defaultdict(set)
    for visit_id, staff_id in (Appointment.select(Appointment.visit, Appointment.staff)
                               .join(Satisfaction, on=(Satisfaction.visit == Appointment.visit))
                               .where((Satisfaction.day >= date_from) & (Satisfaction.day <= date_to)
                                      & Appointment.staff.is_null(False)).tuples()):
        appt_staff[visit_id].add(staff_id)
    flow = _flow_attribution(date_from, date_to)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    days: dict[dt.date, ScoreGroup] = {}
    stations: dict[str, ScoreGroup] = {}
    staff: dict[int, ScoreGroup] = {}
    low_visits = []
    for r in scored:
        overall.add(r.score)
        days.setdefault(r.day, ScoreGroup(r.day.isoformat(), r.day.isoformat())).add(r.score)
        people = {p for p in (r.visit.received_by_id, r.recorded_by_id) if p}
        people |= appt_staff.get(r.visit_id, set())
        seen_stations = set()
        for code, station_name, staff_id in flow.get(r.visit_id, []):
            if code not in seen_stations:
                seen_stations.add(code)
                stations.setdefault(code, ScoreGroup(code, station_name)).add(r.score)
            if staff_id:
                people.add(staff_id)
        for p in people:
            staff.setdefault(p, ScoreGroup(str(p), names.get(p, ""))).add(r.score)
        if r.score <= 2:
            low_visits.append(r)
    if low_visits:
        who = {v.id: (v.couple.names if v.couple_id and v.kind != "visitor" else v.guest_name)
               for v in Visit.select(Visit, Couple).join(Couple, pw.JOIN.LEFT_OUTER, on=(Visit.couple == Couple.id))
               .where(Visit.id.in_([r.visit_id for r in low_visits]))}
        summary.low_scores = [LowScore(visit_id=r.visit_id, day=r.day, who=who.get(r.visit_id, ""), score=r.score,
                                       comment=r.comment) for r in low_visits]
    summary.days = [days[d] for d in sorted(days)]
    summary.stations = sorted(stations.values(), key=lambda g: (g.average or 0, g.label))
    summary.staff = sorted(staff.values(), key=lambda g: (g.average or 0, g.label))
    return summary
