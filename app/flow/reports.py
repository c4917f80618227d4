"""Reports of the service flow: one row per step, a flow's history, statistics per station and per staff.

- ``flow_steps(couple_id)`` — every step of a couple's flows, one :class:`StepView` per step with its
  durations, flags, notes and corrections. (printing: one row per step; reports per couple)
- ``staff_in_flow(couple_id)`` — who worked on the couple at which station. (complaints: responsible staff,
  through ``complaint_staff`` on ``app.core.hooks.flow_staff``)
- ``station_stats(ctx, date_from, date_to)`` — per station: count, average/longest work time, waits
  over the limit, steps not done or skipped. (daily review)
- ``staff_stats(ctx, date_from, date_to)`` — the same per staff member.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from app.core.context import AppContext
from app.core.i18n import translate
from app.flow.config import handoff_limit
from app.flow.machine import minutes_between, state_label
from app.flow.models import Flow, FlowNote, FlowStep, FlowTemplate, Station, StepSignoff
from app.staff.models import Staff

# ----------------------------------------------------------------------------- step reports

@dataclass
class StepView:
    """One step as reported and printed (one row per step)."""

    step_id: int
    flow_id: int
    flow_name: str
    flow_kind: str
    position: int
    person: str
    station: str
    station_code: str
    station_id: int
    state: str
    staff: str
    staff_id: int | None
    handoff_at: dt.datetime | None
    arrived_at: dt.datetime | None
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    handoff_minutes: int | None
    wait_minutes: int | None
    work_minutes: int | None
    limit: int
    handoff_over: bool
    wait_over: bool
    work_over: bool
    reason: str
    signed_by: str
    signed_by_id: int | None
    signed_at: dt.datetime | None
    corrected: bool
    due_date: dt.date | None
    optional: bool
    notes: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.state in ("not_done", "skipped")

    @property
    def over_limit(self) -> bool:
        return self.handoff_over or self.wait_over or self.work_over


def _views(steps: list[FlowStep], flows: dict[int, Flow], names: dict[int, str],
           notes: dict[int, list[str]], corrected: set[int], now: dt.datetime | None = None) -> list[StepView]:
    hlimit = handoff_limit()
    out = []
    for s in steps:
        limit = max(s.station.alert_minutes, 0)
        reached = s.arrived_at or s.started_at
        handoff_m = minutes_between(s.handoff_at, reached or (now if s.state == "handoff" else None))
        wait_m = minutes_between(s.arrived_at, s.started_at or (now if s.state == "waiting" else None))
        work_m = minutes_between(s.started_at, s.finished_at or (now if s.state == "in_progress" else None))
        f = flows[s.flow_id]
        out.append(StepView(
            step_id=s.id, flow_id=s.flow_id, flow_name=f.template.name, flow_kind=f.kind, position=s.position,
            person=s.track, station=s.station.name, station_code=s.station.code, station_id=s.station_id,
            state=s.state,
            staff=names.get(s.staff_id, "") if s.staff_id else "", staff_id=s.staff_id, handoff_at=s.handoff_at,
            arrived_at=s.arrived_at, started_at=s.started_at, finished_at=s.finished_at, handoff_minutes=handoff_m,
            wait_minutes=wait_m, work_minutes=work_m, limit=limit,
            handoff_over=bool(hlimit and handoff_m is not None and handoff_m > hlimit),
            wait_over=bool(limit and wait_m is not None and wait_m > limit),
            work_over=bool(limit and work_m is not None and work_m > limit),
            reason=s.reason, signed_by=names.get(s.signed_by_id, "") if s.signed_by_id else "",
            signed_by_id=s.signed_by_id,
            signed_at=s.signed_at, corrected=s.id in corrected, due_date=s.due_date, optional=s.optional,
            notes=notes.get(s.id, [])))
    return out


def _load_views(where, now: dt.datetime | None = None) -> list[StepView]:  # type: ignore[no-untyped-def]
    steps = list(FlowStep.select(FlowStep, Station).join(Station).switch(FlowStep)
                 .join(Flow, on=(FlowStep.flow == Flow.id)).where(where)
                 .order_by(Flow.started_at, Flow.id, FlowStep.position, FlowStep.id))
    if not steps:
        return []
    flow_ids = sorted({s.flow_id for s in steps})
    flows = {f.id: f for f in Flow.select(Flow, FlowTemplate).join(FlowTemplate).where(Flow.id.in_(flow_ids))}
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    step_ids = [s.id for s in steps]
    notes: dict[int, list[str]] = defaultdict(list)
    corrected: set[int] = set()
    if len(step_ids) <= 900:
        for n in FlowNote.select().where(FlowNote.step.in_(step_ids)).order_by(FlowNote.at, FlowNote.id):
            notes[n.step_id].append(n.text)
        corrected = {e.step_id for e in StepSignoff.select(StepSignoff.step)
                     .where(StepSignoff.step.in_(step_ids) & (StepSignoff.kind == "correct"))}
    else:  # a long report: join instead of a long IN list
        for n in (FlowNote.select().join(FlowStep).join(Flow, on=(FlowStep.flow == Flow.id)).where(where)
                  .order_by(FlowNote.at, FlowNote.id)):
            notes[n.step_id].append(n.text)
        corrected = {e.step_id for e in StepSignoff.select(StepSignoff.step).join(FlowStep)
                     .join(Flow, on=(FlowStep.flow == Flow.id)).where(where & (StepSignoff.kind == "correct"))}
    return _views(steps, flows, names, notes, corrected, now)


def flow_steps(couple_id: int, ctx: AppContext | None = None) -> list[StepView]:
    """Every step of every flow of the couple (shoot day, later visits, post-production), in order."""
    return _load_views(Flow.couple == couple_id, ctx.now() if ctx else None)


def steps_of_flow(ctx: AppContext, flow_id: int) -> list[StepView]:
    return _load_views(Flow.id == flow_id, ctx.now())


def period_step_views(ctx: AppContext, date_from: dt.date, date_to: dt.date) -> list[StepView]:
    """Every step of the flows started in [date_from, date_to], as full :class:`StepView` rows (from model
    objects: the per-couple report path; the statistics read plain columns instead)."""
    return _load_views(_period_where(date_from, date_to), ctx.now())


def staff_in_flow(couple_id: int) -> list[dict]:
    """Who worked on the couple: [{staff_id, name, station, station_code, station_id, step_id, state, at}] in
    flow order — the staff who started/did each step, or who decided it not done / skipped; complaints pick
    the responsible person from this."""
    out = []
    for v in flow_steps(couple_id):
        if v.started_at is None and v.signed_by_id is None:
            continue  # only named as the escort (or not reached): not who did the step
        staff_id, name = (v.staff_id, v.staff) if v.staff_id is not None else (v.signed_by_id, v.signed_by)
        if staff_id is None:
            continue
        out.append({"staff_id": staff_id, "name": name, "station": v.station, "station_code": v.station_code,
                    "station_id": v.station_id, "step_id": v.step_id, "state": v.state, "at": v.finished_at or v.signed_at or v.started_at
                    or v.handoff_at})
    return out


def complaint_staff(ctx: AppContext, couple_id: int) -> list[tuple[int, int | None]]:
    """(staff id, station id) of everybody in the couple's flows, latest first: registered in
    ``app.core.hooks.flow_staff`` so a complaint names the responsible person."""
    pairs = [(d["staff_id"], d["station_id"]) for d in staff_in_flow(couple_id)]
    return list(dict.fromkeys(reversed(pairs)))


# ---------------------------------------------------------------------------------- history

@dataclass
class HistoryEntry:
    at: dt.datetime
    station: str
    kind: str  # sign / correct / not_done / skip / note
    text: str
    staff: str
    recorded_by: str
    reason: str = ""
    corrects_id: int | None = None
    entry_id: int | None = None


def flow_history(flow_id: int) -> list[HistoryEntry]:
    """Signed entries (corrections next to what they correct) and notes of a flow, oldest first."""
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    out = []
    for e in (StepSignoff.select(StepSignoff, FlowStep, Station).join(FlowStep).join(Station)
              .where(FlowStep.flow == flow_id)):
        st = e.step.station.name
        times = " – ".join(t.strftime("%H:%M") for t in (e.started_at, e.finished_at) if t)
        label = {"sign": translate("Flow", "Signed done"), "correct": translate("Flow", "Correction"),
                 "not_done": translate("Flow", "Not done"), "skip": translate("Flow", "Skipped")}[e.kind]
        if e.kind == "correct":
            label = translate("Flow", "Correction → {state}").format(state=state_label(e.outcome))
        out.append(HistoryEntry(at=e.at, station=st, kind=e.kind, text=f"{label} {times}".strip(),
                                staff=names.get(e.staff_id, "") if e.staff_id else "",
                                recorded_by=names.get(e.recorded_by_id, "") if e.recorded_by_id else "",
                                reason=e.reason, corrects_id=e.corrects_id, entry_id=e.id))
    for n in (FlowNote.select(FlowNote, FlowStep, Station).join(FlowStep).join(Station)
              .where(FlowStep.flow == flow_id)):
        out.append(HistoryEntry(at=n.at, station=n.step.station.name, kind="note", text=n.text,
                                staff=names.get(n.staff_id, "") if n.staff_id else "", recorded_by=""))
    out.sort(key=lambda h: (h.at, h.kind == "note", h.entry_id or 0))
    return out


# ------------------------------------------------------------------------------- statistics

@dataclass
class Stat:
    """Durations and flags of one station or one staff member over a period."""

    key: int
    name: str
    steps: int = 0
    done: int = 0
    work_total: int = 0
    work_count: int = 0
    work_max: int = 0
    wait_total: int = 0
    wait_count: int = 0
    wait_max: int = 0
    waits_over: int = 0
    work_over: int = 0
    not_done: int = 0
    skipped: int = 0

    @property
    def work_avg(self) -> int | None:
        return round(self.work_total / self.work_count) if self.work_count else None

    @property
    def wait_avg(self) -> int | None:
        return round(self.wait_total / self.wait_count) if self.wait_count else None

    def add(self, v: StepView | _Timing) -> None:
        self.steps += 1
        self.done += v.state == "done"
        self.not_done += v.state == "not_done"
        self.skipped += v.state == "skipped"
        if v.work_minutes is not None and v.finished_at is not None:
            self.work_total += v.work_minutes
            self.work_count += 1
            self.work_max = max(self.work_max, v.work_minutes)
        wait = (v.handoff_minutes or 0) + (v.wait_minutes or 0)
        if v.handoff_minutes is not None or v.wait_minutes is not None:
            self.wait_total += wait
            self.wait_count += 1
            self.wait_max = max(self.wait_max, wait)
        self.waits_over += v.handoff_over or v.wait_over
        self.work_over += v.work_over


def _period_where(date_from: dt.date, date_to: dt.date):  # type: ignore[no-untyped-def]
    start = dt.datetime.combine(date_from, dt.time.min)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min)
    return (Flow.started_at >= start) & (Flow.started_at < end)


@dataclass(slots=True)
class _Timing:
    """The figures of one step that the statistics need (built from plain columns, no model objects)."""

    state: str
    finished_at: dt.datetime | None
    handoff_minutes: int | None
    wait_minutes: int | None
    work_minutes: int | None
    handoff_over: bool
    wait_over: bool
    work_over: bool


def _as_dt(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value  # type: ignore[return-value]
    return dt.datetime.fromisoformat(str(value))


def _timings(where, now: dt.datetime) -> list[tuple[int, int | None, _Timing]]:  # type: ignore[no-untyped-def]
    """(station id, responsible staff id, timing) of every step of the flows matching ``where``. Reads the
    times as text and parses them with ``fromisoformat``: a year of steps in well under a second.

    Every wait counts: a step reached without a recorded handoff or arrival (the next station simply
    started) waited from the moment the same person's previous station finished."""
    hlimit = handoff_limit()
    q = (FlowStep.select(FlowStep.station, FlowStep.staff, FlowStep.signed_by, FlowStep.state,
                         FlowStep.handoff_at.cast("text"), FlowStep.arrived_at.cast("text"),
                         FlowStep.started_at.cast("text"), FlowStep.finished_at.cast("text"), Station.alert_minutes,
                         FlowStep.flow, FlowStep.track, FlowStep.position)
         .join(Station, on=(FlowStep.station == Station.id)).switch(FlowStep)
         .join(Flow, on=(FlowStep.flow == Flow.id)).where(where).tuples())
    rows = [(station_id, staff_id, signer_id, state, _as_dt(h), _as_dt(a), _as_dt(st), _as_dt(fin), limit, flow_id,
             track, position)
            for station_id, staff_id, signer_id, state, h, a, st, fin, limit, flow_id, track, position in q]
    finished: dict[int, list[tuple[int, str, dt.datetime]]] = {}
    for r in rows:
        if r[7] is not None:
            finished.setdefault(r[9], []).append((r[11], r[10], r[7]))
    out = []
    for station_id, staff_id, signer_id, state, h, a, st, fin, limit, flow_id, track, position in rows:
        reached = a or st
        handoff_m = minutes_between(h, reached or (now if state == "handoff" else None))
        wait_m = minutes_between(a, st or (now if state == "waiting" else None))
        if h is None and a is None and st is not None:
            before = [f for pos, t, f in finished.get(flow_id, ()) if pos < position and f <= st
                      and (t == track or "couple" in (t, track))]
            if before:
                handoff_m = minutes_between(max(before), st)
        work_m = minutes_between(st, fin or (now if state == "in_progress" else None))
        limit = max(limit or 0, 0)
        out.append((station_id, staff_id if staff_id is not None else signer_id, _Timing(
            state, fin, handoff_m, wait_m, work_m, bool(hlimit and handoff_m is not None and handoff_m > hlimit),
            bool(limit and wait_m is not None and wait_m > limit), bool(limit and work_m is not None and work_m > limit))))
    return out


def station_stats(ctx: AppContext, date_from: dt.date, date_to: dt.date) -> list[Stat]:
    """Per station, for flows started in [date_from, date_to]: steps, average and longest work time, waits
    (on the way + at the station) and how many were over the limit, steps not done or skipped."""
    by_id = {s.id: s for s in Station.select()}
    stats: dict[int, Stat] = {}
    for station_id, _staff, timing in _timings(_period_where(date_from, date_to), ctx.now()):
        st = by_id[station_id]
        stats.setdefault(st.id, Stat(st.id, st.name)).add(timing)
    return sorted(stats.values(), key=lambda s: (by_id[s.key].sort_order, s.key))


def staff_stats(ctx: AppContext, date_from: dt.date, date_to: dt.date) -> list[Stat]:
    """Per staff member (who did the steps, or decided a step not done / skipped), same figures as
    ``station_stats``."""
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    stats: dict[int, Stat] = {}
    for _station, staff_id, timing in _timings(_period_where(date_from, date_to), ctx.now()):
        if staff_id is None:
            continue
        stats.setdefault(staff_id, Stat(staff_id, names.get(staff_id, ""))).add(timing)
    return sorted(stats.values(), key=lambda s: (-s.steps, s.name))
