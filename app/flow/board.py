"""The flow board: couples in the store today, where each person is, who has them, for how long.

Reads: ``board_rows`` (over-limit rows first), ``alert_count``, ``groom_queue``, ``find_board_row``,
``positions`` (the visitor lookup, listens to ``app.core.hooks.positions``). The board's advance panel:
``next_action`` says what advancing a person would do, ``advance`` does it in one transaction through the
machine's step operations (``app.flow.machine``); ``suggest_staff`` / ``free_staff`` / ``first_with_role``
fill its pickers. Floor control fixes the grooms' styling order with ``set_groom_order``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, Visit
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text
from app.flow.config import handoff_limit
from app.flow.machine import (
    FLOOR_ROLES,
    PERSONS,
    after_finish,
    claim_flow,
    do_handoff,
    do_sign,
    do_start,
    get_flow,
    is_current,
    last_finish,
    load_steps,
    minutes_between,
    needs_request_confirmation,
    next_step,
    person_current,
    person_label,
    persons_of,
    signer,
    state_label,
)
from app.flow.models import OPEN_STATES, Flow, FlowStep, FlowTemplate, Station
from app.staff.models import Staff
from app.staff.service import authenticate, require_role

# ------------------------------------------------------------------------------------- board

@dataclass
class PersonState:
    person: str
    step: FlowStep | None
    state: str  # a step state, or ready (awaiting handoff) / partner (lounge) / finished
    station: str
    colour: str
    staff: str
    since: dt.datetime | None
    minutes: int
    limit: int  # 0 = no alert

    @property
    def over(self) -> bool:
        return self.limit > 0 and self.minutes > self.limit

    @property
    def ratio(self) -> float:
        return self.minutes / self.limit if self.limit > 0 else 0.0

    def text(self) -> str:
        if self.state == "partner":
            return state_label("partner")
        if self.state == "ready":
            return translate("Flow", "{station} finished · waiting for handoff").format(station=self.station)
        return f"{self.station} · {state_label(self.state)}"


@dataclass
class BoardRow:
    flow_id: int
    version: int
    couple_id: int
    order_no: str
    bride_name: str
    groom_name: str
    template: str
    arrived_at: dt.datetime
    bride: PersonState
    groom: PersonState
    together: bool
    total_minutes: int
    next_station: str
    special_requests: str
    requests_confirmed: bool
    updated_by: str
    updated_at: dt.datetime
    groom_rank: int | None = None
    persons: list[PersonState] = field(default_factory=list)

    @property
    def names(self) -> str:
        return f"{self.bride_name} & {self.groom_name}"

    @property
    def alert(self) -> bool:
        return self.bride.over or self.groom.over

    @property
    def worst(self) -> PersonState:
        return max((self.bride, self.groom), key=lambda p: (p.over, p.ratio, p.minutes))

    @property
    def staff_text(self) -> str:
        names = [p.staff for p in (self.bride, self.groom) if p.staff]
        return " / ".join(dict.fromkeys(names))


def _person_state(person: str, steps: list[FlowStep], flow_start: dt.datetime, now: dt.datetime,
                  names: dict[int, str], hlimit: int) -> PersonState:
    cur = person_current(steps, person)
    if cur is None:
        done = [s.finished_at for s in steps if s.serves(person) and s.finished_at]
        since = max(done) if done else flow_start
        return PersonState(person, None, "finished", "", "", "", since, minutes_between(since, now) or 0, 0)
    staff = names.get(cur.staff_id, "") if cur.staff_id else ""
    if cur.state in OPEN_STATES:
        since = cur.state_since or flow_start
        limit = hlimit if cur.state == "handoff" else cur.station.alert_minutes
        return PersonState(person, cur, cur.state, cur.station.name, cur.station.colour, staff, since,
                           minutes_between(since, now) or 0, max(limit, 0))
    since = last_finish(steps, cur, person) or flow_start
    prev = [s for s in steps if s.position < cur.position and s.serves(person) and s.finished]
    prev_station = prev[-1].station.name if prev else ""
    if is_current(steps, cur):
        return PersonState(person, cur, "ready", prev_station, cur.station.colour, "", since,
                           minutes_between(since, now) or 0, hlimit)
    return PersonState(person, cur, "partner", prev_station, "", "", since, minutes_between(since, now) or 0, 0)


def board_rows(ctx: AppContext) -> list[BoardRow]:
    """Couples in the store today with an unfinished flow. Rows with an alert first (most over the limit
    first), then by arrival. Three queries whatever the number of couples."""
    now = ctx.now()
    start = dt.datetime.combine(now.date(), dt.time.min)
    flows = list(Flow.select(Flow, Visit, Couple, FlowTemplate)
                 .join(Visit, on=(Flow.visit == Visit.id)).switch(Flow)
                 .join(Couple, on=(Flow.couple == Couple.id)).switch(Flow)
                 .join(FlowTemplate, on=(Flow.template == FlowTemplate.id))
                 .where(Flow.finished_at.is_null() & (Flow.kind == "visit") & Visit.left_at.is_null()
                        & (Visit.arrived_at >= start))
                 .order_by(Visit.arrived_at, Flow.id))
    if not flows:
        return []
    by_flow: dict[int, list[FlowStep]] = defaultdict(list)
    for s in (FlowStep.select(FlowStep, Station).join(Station)
              .where(FlowStep.flow.in_([f.id for f in flows])).order_by(FlowStep.position, FlowStep.id)):
        by_flow[s.flow_id].append(s)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    hlimit = handoff_limit()
    rows = []
    for f in flows:
        steps = by_flow.get(f.id, [])
        bride = _person_state("bride", steps, f.started_at, now, names, hlimit)
        groom = _person_state("groom", steps, f.started_at, now, names, hlimit)
        together = bride.step is not None and groom.step is not None and bride.step.id == groom.step.id
        busy = [p.step.position for p in (bride, groom) if p.step is not None and p.state in OPEN_STATES]
        nxt = next((s for s in steps if s.state == "planned" and s.position > min(busy, default=-1)), None)
        c = f.couple
        rows.append(BoardRow(
            flow_id=f.id, version=f.version, couple_id=c.id, order_no=c.order_no, bride_name=c.bride_name,
            groom_name=c.groom_name, template=f.template.name, arrived_at=f.started_at, bride=bride, groom=groom,
            together=together, total_minutes=minutes_between(f.started_at, now) or 0,
            next_station=nxt.station.name if nxt else "", special_requests=clean_text(c.special_requests),
            requests_confirmed=f.requests_confirmed_at is not None,
            updated_by=names.get(f.updated_by_id, "") if f.updated_by_id else "", updated_at=f.updated_at))
    for rank, row in enumerate(_groom_queue(rows, {f.id: f for f in flows}), start=1):
        row.groom_rank = rank
    rows.sort(key=lambda r: (not r.alert, -r.worst.ratio if r.alert else 0, r.arrived_at, r.flow_id))
    return rows


def _groom_waiting(row: BoardRow) -> bool:
    g = row.groom
    return (g.step is not None and g.step.track == "groom" and g.step.station.code == "groom_styling"
            and g.state in ("ready", "handoff", "waiting"))


def _groom_queue(rows: list[BoardRow], flows: dict[int, Flow]) -> list[BoardRow]:
    """Grooms not yet in styling, in the order floor control should take them: a fixed order first, then
    the grooms whose bride is furthest in makeup (started earliest), then arrival."""
    waiting = [r for r in rows if _groom_waiting(r)]

    def key(r: BoardRow) -> tuple:
        fixed = flows[r.flow_id].groom_order
        b = r.bride
        bride_started = b.step.started_at if b.step is not None and b.state == "in_progress" else None
        bride_done = b.step is None or b.state in ("ready", "partner") or (b.step.track == "couple")
        return (fixed is None, fixed or 0, not bride_done, bride_started is None,
                bride_started or r.arrived_at, r.arrived_at, r.flow_id)

    return sorted(waiting, key=key)


def groom_queue(ctx: AppContext) -> list[BoardRow]:
    """The grooms waiting for styling, in the order to take them (see ``BoardRow.groom_rank``)."""
    return sorted((r for r in board_rows(ctx) if r.groom_rank is not None), key=lambda r: r.groom_rank or 0)


def alerting_couples(ctx: AppContext) -> set[int]:
    """The couples whose flow is over its time limit now (``app.core.hooks.flow_alerts``)."""
    return {r.couple_id for r in board_rows(ctx) if r.alert}


def alert_count(ctx: AppContext) -> int:
    return sum(1 for r in board_rows(ctx) if r.alert)


def find_board_row(ctx: AppContext, text: str) -> BoardRow | None:
    """The board row for a scanned or typed order number (exact, case-insensitive)."""
    couple = checkin_queries.find_by_order_no(text)
    if couple is None:
        return None
    return next((r for r in board_rows(ctx) if r.couple_id == couple.id), None)


def current_flow_of(couple_id: int) -> Flow | None:
    """The couple's unfinished in-store flow, if any."""
    return (Flow.select().where((Flow.couple == couple_id) & Flow.finished_at.is_null() & (Flow.kind == "visit"))
            .order_by(Flow.started_at.desc()).first())


def couple_for_order(text: str) -> tuple[int, str] | None:
    """(couple id, names) for an order number typed or scanned, or None."""
    c = checkin_queries.find_by_order_no(text)
    return (c.id, c.names) if c else None


# --------------------------------------------------------------------------- positions (where)

def positions(ctx: AppContext, couple_id: int) -> list[dict]:
    """Where the couple is now, for the visitor lookup: one entry for the couple when they are together,
    else one each for bride and groom: {person, station, staff, since, minutes, state}."""
    now = ctx.now()
    flow = (Flow.select().where((Flow.couple == couple_id) & Flow.finished_at.is_null() & (Flow.kind == "visit"))
            .order_by(Flow.started_at.desc()).first())
    if flow is None:
        return []
    steps = load_steps(flow.id)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    states = [_person_state(p, steps, flow.started_at, now, names, handoff_limit()) for p in PERSONS]
    if states[0].step is not None and states[1].step is not None and states[0].step.id == states[1].step.id \
            and states[0].state == states[1].state:
        states = [replace(states[0], person="couple")]
    out = []
    for p in states:
        station = p.station if p.state not in ("partner",) else translate("Flow", "Lounge")
        out.append({"person": p.person, "station": station, "staff": p.staff, "since": p.since,
                    "minutes": p.minutes, "state": state_label(p.state)})
    return out


# ----------------------------------------------------------------------------- advance panel

@dataclass
class NextAction:
    """What advancing ``person`` would do now (for the board's advance panel)."""

    kind: str  # sign / start / handoff / none
    person: str
    step: FlowStep | None = None
    target: FlowStep | None = None  # the next station for a handoff (after sign or directly)
    needs_requests: bool = False
    staff_id: int | None = None  # suggested staff doing / signing the step
    taker_id: int | None = None  # suggested person who takes them to the next station

    def text(self) -> str:
        if self.kind == "none" or self.step is None:
            return translate("Flow", "Nothing to advance.")
        station = self.step.station.name
        if self.kind == "sign":
            if self.target is not None:
                return translate("Flow", "{station} done: sign, hand over to {next}").format(
                    station=station, next=self.target.station.name)
            return translate("Flow", "{station} done: sign").format(station=station)
        if self.kind == "start":
            return translate("Flow", "Start {station}").format(station=station)
        return translate("Flow", "Hand over to {station}").format(station=station)


def free_staff(station: Station) -> list[int]:
    """Active staff holding the station's role who have nobody in progress right now."""
    if not station.role:
        return []
    busy = {s.staff_id for s in FlowStep.select(FlowStep.staff).where(FlowStep.state == "in_progress")}
    return [s.id for s in Staff.select().where(Staff.active == True).order_by(Staff.id)  # noqa: E712
            if s.has_role(station.role) and s.id not in busy]


def first_with_role(*roles: str) -> int | None:
    """The first active staff member holding one of ``roles`` (a sensible default for a picker)."""
    for s in Staff.select().where(Staff.active == True).order_by(Staff.id):  # noqa: E712
        if any(s.has_role(r) for r in roles):
            return s.id
    return None


def suggest_staff(station: Station) -> int | None:
    """Someone holding the station's role, preferring who has nobody in progress right now."""
    if not station.role:
        return None
    free = free_staff(station)
    if free:
        return free[0]
    anyone = [s.id for s in Staff.select().where(Staff.active == True).order_by(Staff.id)  # noqa: E712
              if s.has_role(station.role)]
    return anyone[0] if anyone else None


def _fits(staff_id: int | None, station: Station) -> bool:
    if staff_id is None:
        return False
    s = Staff.get_or_none(Staff.id == staff_id)
    return s is not None and s.active and (not station.role or s.has_role(station.role))


def next_action(flow_id: int, person: str) -> NextAction:
    steps = load_steps(flow_id)
    flow = get_flow(flow_id)
    cur = person_current(steps, person)
    if cur is None:
        return NextAction("none", person)
    if cur.state == "in_progress":
        target = next_step(steps, cur, person) if flow.kind == "visit" else None
        # After signing, the target is ready only when the partner is not still needed elsewhere.
        if target is not None:
            others = [s for s in steps if s.position < target.position and not s.finished and s.id != cur.id
                      and any(s.serves(p) for p in persons_of(target.track))]
            if others or target.state != "planned":
                target = None
        return NextAction("sign", person, cur, target, staff_id=cur.staff_id,
                          taker_id=suggest_staff(target.station) if target else None)
    if cur.state in ("handoff", "waiting"):
        staff_id = cur.staff_id if _fits(cur.staff_id, cur.station) else suggest_staff(cur.station)
        return NextAction("start", person, cur, needs_requests=needs_request_confirmation(flow, cur),
                          staff_id=staff_id)
    if is_current(steps, cur):
        return NextAction("handoff", person, cur, cur, taker_id=suggest_staff(cur.station))
    return NextAction("none", person, cur)


def advance(ctx: AppContext, flow_id: int, person: str, expected_version: int | None = None, *,
            staff_id: int | None = None, pin: str | None = None, taker_id: int | None = None,
            confirm_requests: bool = False) -> NextAction:
    """Do the natural next thing for ``person`` (bride / groom): sign the step in progress (and hand over to
    the next station when ``taker_id`` is given), start a step the couple is waiting for, or hand them
    over to the next station. One transaction; returns what was done."""
    if person not in PERSONS:
        raise ValidationError({"person": translate("Flow", "Choose the bride or the groom.")})
    action = next_action(flow_id, person)
    if action.kind == "none" or action.step is None:
        raise Conflict(translate("Flow", "Nothing to advance for the {person} now.").format(
            person=person_label(person)))
    member = signer(ctx, action.step, staff_id, pin) if action.kind == "sign" else None  # before the transaction
    with db.atomic():
        flow = claim_flow(ctx, flow_id, expected_version)
        steps = load_steps(flow_id)
        step = next(s for s in steps if s.id == action.step.id)
        if member is not None:
            do_sign(ctx, flow, steps, step, member)
            after_finish(ctx, flow, steps, step, taker_id if action.target is not None else None)
        elif action.kind == "start":
            do_start(ctx, flow, steps, step, staff_id, confirm_requests)
        else:
            do_handoff(ctx, steps, step, taker_id if taker_id is not None else staff_id)
    return action


# ------------------------------------------------------------------------------ groom styling

def set_groom_order(ctx: AppContext, flow_ids: list[int], staff_id: int | None, pin: str | None) -> None:
    """Floor control fixes the order in which the waiting grooms get their styling (1 = first)."""
    member = authenticate(ctx, staff_id, pin)
    require_role(member, *FLOOR_ROLES)
    with db.atomic():
        for i, fid in enumerate(flow_ids, start=1):
            f = get_flow(fid)
            before = snapshot(f)
            Flow.update(groom_order=i, updated_at=ctx.now(),
                        updated_by=ctx.operator_id).where(Flow.id == fid).execute()
            record(ctx, "flow.groom_order", Flow.get_by_id(fid), before=before)
