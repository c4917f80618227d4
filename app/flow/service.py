"""Service flow (流程): where each couple is, who has them, for how long; sign-off and escorted handoffs.

A couple's **flow** is made from a template (an ordered list of stations; bride and groom steps may share
a position and run in parallel). Each **step** moves through a small state machine::

    planned ──► handoff (escorted, between stations) ──► waiting (at the station) ──► in_progress ──► done
       │            └──────────────────────────────► in_progress ◄────┘                   └──► not_done (reason)
       ├──► waiting / in_progress (directly)                       waiting ──► not_done / skipped (reason)
       └──► not_done / skipped (reason)

``done`` / ``not_done`` / ``skipped`` are final: a signed step is never edited in place; a correction is a
new :class:`StepSignoff` entry (with its reason) that points at the entry it corrects, and the history
shows both. Every write bumps ``Flow.version`` (optimistic concurrency): a stale window gets a clear
:class:`Conflict` and nothing is written.

Public read functions other areas use (no Qt):

- ``board_rows(ctx)`` — couples in the store today: each person's station, state, staff, minutes in
  this state, alert flag, total time, next station. Over-limit rows first. (handover, the board)
- ``alert_count(ctx)`` — number of rows with an alert.
- ``flow_steps(couple_id)`` — every step of a couple's flows, one :class:`StepView` per step with its
  durations, flags, notes and corrections. (printing: one row per step; reports per couple)
- ``staff_in_flow(couple_id)`` — who worked on the couple at which station. (complaints: responsible staff)
- ``station_stats(ctx, date_from, date_to)`` — per station: count, average/longest work time, waits
  over the limit, steps not done or skipped. (daily review)
- ``staff_stats(ctx, date_from, date_to)`` — the same per staff member.
- ``post_production_due(ctx, until)`` — open post-production steps due up to ``until`` (overdue first).
- ``photos_ready_date(couple_id)`` — when the finished photos are expected ("when are my photos ready?").
- ``positions(ctx, couple_id)`` — where the couple is now (listens to ``app.core.hooks.positions``).
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
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.settings import get_setting
from app.core.validation import clean_text, text_error
from app.flow.models import (
    OPEN_STATES,
    Flow,
    FlowNote,
    FlowStep,
    FlowTemplate,
    FlowTemplateStep,
    Station,
    StepSignoff,
)
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import authenticate, require_role

HANDOFF_LIMIT_KEY = "flow.handoff_alert_minutes"
REQUEST_STATIONS_KEY = "flow.request_stations"
DEFAULT_HANDOFF_LIMIT = 10
DEFAULT_REQUEST_STATIONS = ["makeup"]

TRANSITIONS: dict[str, frozenset[str]] = {
    "planned": frozenset({"handoff", "waiting", "in_progress", "not_done", "skipped"}),
    "handoff": frozenset({"waiting", "in_progress"}),
    "waiting": frozenset({"in_progress", "not_done", "skipped"}),
    "in_progress": frozenset({"done", "not_done"}),
    "done": frozenset(),
    "not_done": frozenset(),
    "skipped": frozenset(),
}
PERSONS = ("bride", "groom")
# Roles that may record a step as not done / skipped besides the station's own role.
FLOOR_ROLES = ("floor_control", *SUPERVISOR_ROLES)


def can_transition(old: str, new: str) -> bool:
    return new in TRANSITIONS.get(old, frozenset())


def state_label(state: str) -> str:
    return {
        "planned": translate("Flow", "Not yet"),
        "handoff": translate("Flow", "On the way"),
        "waiting": translate("Flow", "Waiting"),
        "in_progress": translate("Flow", "In progress"),
        "done": translate("Flow", "Done"),
        "not_done": translate("Flow", "Not done"),
        "skipped": translate("Flow", "Skipped"),
        "ready": translate("Flow", "Waiting for handoff"),
        "partner": translate("Flow", "Lounge, waiting for partner"),
        "finished": translate("Flow", "Finished"),
    }.get(state, state)


def person_label(person: str) -> str:
    return {
        "bride": translate("Flow", "Bride"),
        "groom": translate("Flow", "Groom"),
        "couple": translate("Flow", "Couple"),
    }.get(person, person)


def handoff_limit() -> int:
    value = get_setting(HANDOFF_LIMIT_KEY, DEFAULT_HANDOFF_LIMIT)
    return int(value) if isinstance(value, int | float) and value >= 0 else DEFAULT_HANDOFF_LIMIT


def request_stations() -> list[str]:
    value = get_setting(REQUEST_STATIONS_KEY, DEFAULT_REQUEST_STATIONS)
    return [str(v) for v in value] if isinstance(value, list) else list(DEFAULT_REQUEST_STATIONS)


def _minutes(a: dt.datetime | None, b: dt.datetime | None) -> int | None:
    if a is None or b is None:
        return None
    return max(int((b - a).total_seconds() // 60), 0)


def _persons(track: str) -> tuple[str, ...]:
    return PERSONS if track == "couple" else (track,)


# ------------------------------------------------------------------------------------ loading

def get_flow(flow_id: int) -> Flow:
    f = Flow.get_or_none(Flow.id == flow_id)
    if f is None:
        raise NotFound(translate("Flow", "No flow #{id}.").format(id=flow_id))
    return f


def get_step(step_id: int) -> FlowStep:
    s = FlowStep.get_or_none(FlowStep.id == step_id)
    if s is None:
        raise NotFound(translate("Flow", "No flow step #{id}.").format(id=step_id))
    return s


def _steps_of(flow_id: int) -> list[FlowStep]:
    return list(FlowStep.select(FlowStep, Station).join(Station)
                .where(FlowStep.flow == flow_id).order_by(FlowStep.position, FlowStep.id))


def person_current(steps: list[FlowStep], person: str) -> FlowStep | None:
    """The first unfinished step on ``person``'s way (steps ordered by position)."""
    for s in steps:
        if s.serves(person) and not s.finished:
            return s
    return None


def is_current(steps: list[FlowStep], step: FlowStep) -> bool:
    """A step can be worked on when it is the current step of everybody it serves."""
    if step.finished:
        return False
    return all((c := person_current(steps, p)) is not None and c.id == step.id for p in _persons(step.track))


def _last_finish(steps: list[FlowStep], before: FlowStep, person: str) -> dt.datetime | None:
    times = [s.finished_at for s in steps
             if s.position < before.position and s.serves(person) and s.finished_at is not None]
    return max(times) if times else None


def next_step(steps: list[FlowStep], step: FlowStep, person: str) -> FlowStep | None:
    for s in steps:
        if s.position > step.position and s.serves(person) and not s.finished:
            return s
    return None


# ------------------------------------------------------------------------------ write helpers

def _conflict() -> Conflict:
    return Conflict(translate("Flow", "This couple's flow was just changed in another window. "
                                      "The board has been reloaded: check and try again."))


def _bump(ctx: AppContext, flow_id: int, expected_version: int | None, allow_finished: bool = False) -> Flow:
    """First statement of every write: claims the flow (optimistic lock) or raises Conflict."""
    f = get_flow(flow_id)
    version = f.version if expected_version is None else expected_version
    n = (Flow.update(version=Flow.version + 1, updated_at=ctx.now(), updated_by=ctx.operator_id)
         .where((Flow.id == flow_id) & (Flow.version == version)).execute())
    if n != 1:
        raise _conflict()
    f = Flow.get_by_id(flow_id)
    if f.finished_at is not None and not allow_finished:
        raise Conflict(translate("Flow", "This flow is already finished."))
    return f


def _active_staff(staff_id: int | None, field_name: str = "staff") -> Staff:
    if staff_id is None:
        raise ValidationError({field_name: translate("Flow", "Name the staff member.")})
    s = Staff.get_or_none(Staff.id == staff_id)
    if s is None or not s.active:
        raise ValidationError({field_name: translate("Flow", "This staff member is not active.")})
    return s


def _check_role(member: Staff, station: Station, field_name: str = "staff") -> None:
    if station.role and not member.has_role(station.role):
        from app.staff.roles import role_label

        raise ValidationError({field_name: translate("Flow", "{name} cannot work at {station}: it needs the role "
                                                             "{role}.").format(name=member.name, station=station.name,
                                                                               role=role_label(station.role))})


def _require_state(step: FlowStep, new: str) -> None:
    if not can_transition(step.state, new):
        raise Conflict(translate("Flow", "{station}: cannot go from “{old}” to “{new}”.").format(
            station=step.station.name, old=state_label(step.state), new=state_label(new)))


def _require_current(steps: list[FlowStep], step: FlowStep) -> None:
    if not is_current(steps, step):
        raise Conflict(translate("Flow", "{station} is not the current step: finish the steps before it "
                                         "first.").format(station=step.station.name))


def _set_state(step: FlowStep, new: str, now: dt.datetime) -> None:
    step.state = new
    step.state_since = now


def _reason_error(reason: str) -> str | None:
    if not clean_text(reason):
        return translate("Flow", "Give the reason.")
    return text_error(reason, 500)


def _finish_if_complete(ctx: AppContext, flow: Flow, steps: list[FlowStep]) -> None:
    if all(s.finished for s in steps):
        before = snapshot(flow)
        Flow.update(finished_at=ctx.now()).where(Flow.id == flow.id).execute()
        flow = Flow.get_by_id(flow.id)
        record(ctx, "flow.finish", flow, before=before)
        shot = any(st.state == "done" and st.station.code in SHOOTING_STATIONS for st in steps)
        if flow.template.code == "shoot" and shot:
            _start_post_production(ctx, flow.couple_id)


SHOOTING_STATIONS = ("studio", "outdoor")


def close_on_check_out(ctx: AppContext, visit: Visit) -> None:
    """The guests leave (check-out): the visit's unfinished flow is closed, nothing silently dropped.

    The leave step is done by the receptionist who sees them off; every other unfinished step is recorded
    as not done, with the reason, signed by her. Called inside check-out's transaction through
    ``app.core.hooks.check_out``. Post-production starts only when the shoot itself took place.
    """
    flow = Flow.get_or_none((Flow.visit == visit.id) & Flow.finished_at.is_null() & (Flow.kind == "visit"))
    if flow is None:
        return
    now = ctx.now()
    operator = Staff.get_or_none(Staff.id == ctx.operator_id) if ctx.operator_id else None
    reason = translate("Flow", "Not done: the guests left the store at {time}.").format(time=now.strftime("%H:%M"))
    steps = _steps_of(flow.id)
    for step in steps:
        if step.finished:
            continue
        before = snapshot(step)
        outcome = "done" if step.station.code == "leave" else "not_done"
        if step.started_at is None and outcome == "done":
            step.started_at = now
        step.state = outcome
        step.state_since = now
        if step.started_at is not None:
            step.finished_at = now
        if outcome == "done":
            step.staff = step.staff_id or (operator.id if operator else None)
        else:
            step.reason = reason
        step.signed_by = operator.id if operator else None
        step.signed_at = now
        step.save()
        StepSignoff.create(step=step, kind="sign" if outcome == "done" else "not_done", outcome=outcome,
                           staff=step.signed_by_id, started_at=step.started_at, finished_at=step.finished_at,
                           reason=step.reason, at=now, recorded_by=ctx.operator_id)
        record(ctx, "flow.check_out_close", step, before=before)
    Flow.update(updated_at=now, updated_by=ctx.operator_id, version=Flow.version + 1).where(
        Flow.id == flow.id).execute()
    _finish_if_complete(ctx, Flow.get_by_id(flow.id), _steps_of(flow.id))


# ---------------------------------------------------------------------------------- starting

def start_flow(ctx: AppContext, visit: Visit) -> Flow | None:
    """Start the flow for a couple's visit (shoot day or a later visit); called inside check-in's
    transaction through ``app.core.hooks.check_in``. Returns None for a visit kind without a template."""
    if visit.couple_id is None:
        return None
    template = FlowTemplate.get_or_none((FlowTemplate.visit_kind == visit.kind) & FlowTemplate.active
                                        & (FlowTemplate.kind == "visit"))
    if template is None:
        return None
    now = visit.arrived_at or ctx.now()
    operator = Staff.get_or_none(Staff.id == ctx.operator_id) if ctx.operator_id else None
    with db.atomic():
        flow = Flow.create(couple=visit.couple_id, visit=visit, template=template, kind="visit",
                           started_at=now, updated_at=now, updated_by=ctx.operator_id, version=1)
        tsteps = list(FlowTemplateStep.select(FlowTemplateStep, Station).join(Station)
                      .where(FlowTemplateStep.template == template)
                      .order_by(FlowTemplateStep.position, FlowTemplateStep.id))
        first = tsteps[0].position if tsteps else 0
        for ts in tsteps:
            values: dict = {"flow": flow, "position": ts.position, "track": ts.track, "station": ts.station,
                            "optional": ts.optional, "state": "planned"}
            if ts.position == first:
                # The counter has them now: reception starts at once with the operator; another first
                # station (selection desk, pickup) has them waiting there.
                if operator is not None and ts.station.role and operator.has_role(ts.station.role):
                    values.update(state="in_progress", state_since=now, staff=operator, started_at=now,
                                  arrived_at=now)
                else:
                    values.update(state="waiting", state_since=now, arrived_at=now)
            FlowStep.create(**values)
        record(ctx, "flow.start", flow)
        if visit.kind == "pickup":
            _picked_up(ctx, visit.couple_id, operator)
    return flow


def _picked_up(ctx: AppContext, couple_id: int, operator: Staff | None) -> None:
    """A pickup visit closes the post-production's “ready for pickup” step (signed by the receptionist on
    shift who checks the couple in)."""
    post = Flow.get_or_none((Flow.couple == couple_id) & (Flow.kind == "post") & Flow.finished_at.is_null())
    if post is None:
        return
    steps = _steps_of(post.id)
    cur = person_current(steps, "bride")
    if cur is None or cur.station.code != "ready" or cur.state not in ("waiting", "in_progress"):
        return
    _bump(ctx, post.id, None)
    before = snapshot(cur)
    now = ctx.now()
    if cur.started_at is None:
        cur.started_at = now
    _set_state(cur, "done", now)
    cur.staff = operator
    cur.finished_at = now
    cur.signed_by = operator
    cur.signed_at = now
    cur.save()
    StepSignoff.create(step=cur, kind="sign", outcome="done", staff=operator, started_at=cur.started_at,
                       finished_at=now, reason="", at=now, recorded_by=ctx.operator_id)
    record(ctx, "flow.picked_up", cur, before=before)
    _finish_if_complete(ctx, post, steps)


def _start_post_production(ctx: AppContext, couple_id: int) -> Flow | None:
    template = FlowTemplate.get_or_none((FlowTemplate.kind == "post") & FlowTemplate.active)
    if template is None:
        return None
    if Flow.select().where((Flow.couple == couple_id) & (Flow.kind == "post") & Flow.finished_at.is_null()).exists():
        return None
    now = ctx.now()
    flow = Flow.create(couple=couple_id, template=template, kind="post", started_at=now, updated_at=now,
                       updated_by=ctx.operator_id, version=1)
    due = ctx.today()
    tsteps = list(FlowTemplateStep.select().where(FlowTemplateStep.template == template)
                  .order_by(FlowTemplateStep.position, FlowTemplateStep.id))
    for i, ts in enumerate(tsteps):
        due = due + dt.timedelta(days=max(ts.due_days, 0))
        FlowStep.create(flow=flow, position=ts.position, track=ts.track, station=ts.station_id,
                        optional=ts.optional, due_date=due,
                        state="waiting" if i == 0 else "planned", state_since=now if i == 0 else None,
                        arrived_at=now if i == 0 else None)
    record(ctx, "flow.start", flow)
    return flow


# ------------------------------------------------------------------------------- transitions

def _do_handoff(ctx: AppContext, steps: list[FlowStep], step: FlowStep, taker_id: int | None) -> None:
    _require_current(steps, step)
    _require_state(step, "handoff")
    taker = _active_staff(taker_id, "taker")
    before = snapshot(step)
    now = ctx.now()
    _set_state(step, "handoff", now)
    step.staff = taker
    step.handoff_at = now
    step.handoff_by = ctx.operator_id
    step.save()
    record(ctx, "flow.handoff", step, before=before)


def _do_arrive(ctx: AppContext, steps: list[FlowStep], step: FlowStep) -> None:
    _require_current(steps, step)
    _require_state(step, "waiting")
    before = snapshot(step)
    now = ctx.now()
    _set_state(step, "waiting", now)
    step.arrived_at = now
    step.save()
    record(ctx, "flow.arrive", step, before=before)


def _needs_request_confirmation(flow: Flow, step: FlowStep) -> bool:
    if flow.requests_confirmed_at is not None or step.station.code not in request_stations():
        return False
    return bool(clean_text(flow.couple.special_requests))


def _confirm_requests(ctx: AppContext, flow: Flow, member: Staff) -> None:
    before = snapshot(flow)
    Flow.update(requests_confirmed_at=ctx.now(), requests_confirmed_by=member.id).where(Flow.id == flow.id).execute()
    record(ctx, "flow.confirm_requests", Flow.get_by_id(flow.id), before=before)


def _do_start(ctx: AppContext, flow: Flow, steps: list[FlowStep], step: FlowStep, staff_id: int | None,
              confirm_requests: bool) -> None:
    _require_current(steps, step)
    _require_state(step, "in_progress")
    member = _active_staff(staff_id if staff_id is not None else step.staff_id)
    _check_role(member, step.station)
    if _needs_request_confirmation(flow, step):
        if not confirm_requests:
            raise ValidationError({"requests": translate("Flow", "Read the special requests to {name} and tick "
                                                                 "that they were relayed.").format(name=member.name)})
        _confirm_requests(ctx, flow, member)
    before = snapshot(step)
    now = ctx.now()
    _set_state(step, "in_progress", now)
    step.staff = member
    step.started_at = now
    if step.arrived_at is None:
        step.arrived_at = now
    step.save()
    record(ctx, "flow.start_step", step, before=before)


def _do_sign(ctx: AppContext, flow: Flow, steps: list[FlowStep], step: FlowStep, staff_id: int | None,
             pin: str | None, finished_at: dt.datetime | None = None) -> None:
    _require_current(steps, step)
    _require_state(step, "done")
    member = authenticate(ctx, staff_id if staff_id is not None else step.staff_id, pin)
    if step.station.role:
        require_role(member, step.station.role)
    end = finished_at or ctx.now()
    if step.started_at is not None and end < step.started_at:
        raise ValidationError({"finished_at": translate("Flow", "The finish time is before the start time.")})
    if end > ctx.now():
        raise ValidationError({"finished_at": translate("Flow", "The finish time is in the future.")})
    before = snapshot(step)
    _set_state(step, "done", ctx.now())
    step.staff = member
    step.finished_at = end
    step.signed_by = member
    step.signed_at = ctx.now()
    step.save()
    StepSignoff.create(step=step, kind="sign", outcome="done", staff=member, started_at=step.started_at,
                       finished_at=end, at=ctx.now(), recorded_by=ctx.operator_id)
    record(ctx, "flow.sign", step, before=before)


def _authorise_floor(ctx: AppContext, staff_id: int | None, pin: str | None, station: Station) -> Staff:
    member = authenticate(ctx, staff_id, pin)
    roles = tuple(r for r in (station.role, *FLOOR_ROLES) if r)
    require_role(member, *roles)
    return member


def hand_over(ctx: AppContext, step_id: int, taker_id: int | None, expected_version: int | None = None) -> FlowStep:
    """Escorted handoff: the couple (or one of them) leaves for ``step``'s station with ``taker_id``.
    The time until they arrive is its own timed state (“on the way”)."""
    step = get_step(step_id)
    with db.atomic():
        _bump(ctx, step.flow_id, expected_version)
        steps = _steps_of(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _do_handoff(ctx, steps, step, taker_id)
    return step


def arrive(ctx: AppContext, step_id: int, expected_version: int | None = None) -> FlowStep:
    """The couple is at the station and waits for the work to start."""
    step = get_step(step_id)
    with db.atomic():
        _bump(ctx, step.flow_id, expected_version)
        steps = _steps_of(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _do_arrive(ctx, steps, step)
    return step


def start_step(ctx: AppContext, step_id: int, staff_id: int | None, expected_version: int | None = None,
               confirm_requests: bool = False) -> FlowStep:
    """Work starts, done by ``staff_id`` (must hold the station's role). At a station that must act on the
    special requests (makeup), ``confirm_requests=True`` records that they were relayed."""
    step = get_step(step_id)
    with db.atomic():
        flow = _bump(ctx, step.flow_id, expected_version)
        steps = _steps_of(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _do_start(ctx, flow, steps, step, staff_id, confirm_requests)
    return step


def sign_off(ctx: AppContext, step_id: int, staff_id: int | None, pin: str | None,
             expected_version: int | None = None, finished_at: dt.datetime | None = None,
             taker_id: int | None = None) -> FlowStep:
    """The staff member who did the step signs it done (PIN + the station's role). With ``taker_id`` the
    couple is handed over to the next station in the same transaction."""
    step = get_step(step_id)
    with db.atomic():
        flow = _bump(ctx, step.flow_id, expected_version)
        steps = _steps_of(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _do_sign(ctx, flow, steps, step, staff_id, pin, finished_at)
        _after_finish(ctx, flow, steps, step, taker_id)
    return step


def _after_finish(ctx: AppContext, flow: Flow, steps: list[FlowStep], step: FlowStep, taker_id: int | None) -> None:
    if flow.kind == "post":
        # Post-production has no escort: the next department's queue receives the order at once.
        for n in {n.id: n for p in _persons(step.track) if (n := next_step(steps, step, p)) is not None}.values():
            if is_current(steps, n) and n.state == "planned":
                _do_arrive(ctx, steps, n)
        _finish_if_complete(ctx, flow, steps)
        return
    if taker_id is not None:
        targets = {n.id: n for p in _persons(step.track) if (n := next_step(steps, step, p)) is not None}
        ready = [n for n in targets.values() if is_current(steps, n) and n.state == "planned"]
        if not ready:
            raise ValidationError({"taker": translate("Flow", "Nobody to hand over: the next step is not ready "
                                                              "(waiting for the partner or already under way).")})
        for n in ready:
            _do_handoff(ctx, steps, n, taker_id)
    _finish_if_complete(ctx, flow, steps)


def mark_not_done(ctx: AppContext, step_id: int, staff_id: int | None, pin: str | None, reason: str,
                  expected_version: int | None = None) -> FlowStep:
    """Work that was due but not done (e.g. rain → no outdoor), with the reason; signed by the station's
    staff or floor control."""
    return _close_unworked(ctx, step_id, staff_id, pin, reason, expected_version, "not_done")


def skip_step(ctx: AppContext, step_id: int, staff_id: int | None, pin: str | None, reason: str,
              expected_version: int | None = None) -> FlowStep:
    """Pass a step over (flagged in every report, never silently dropped)."""
    return _close_unworked(ctx, step_id, staff_id, pin, reason, expected_version, "skipped")


def _close_unworked(ctx: AppContext, step_id: int, staff_id: int | None, pin: str | None, reason: str,
                    expected_version: int | None, new: str) -> FlowStep:
    if err := _reason_error(reason):
        raise ValidationError({"reason": err})
    step = get_step(step_id)
    with db.atomic():
        flow = _bump(ctx, step.flow_id, expected_version)
        steps = _steps_of(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _require_state(step, new)
        member = _authorise_floor(ctx, staff_id, pin, step.station)
        before = snapshot(step)
        now = ctx.now()
        _set_state(step, new, now)
        if step.started_at is not None:
            step.finished_at = now
        step.reason = clean_text(reason)
        step.signed_by = member
        step.signed_at = now
        step.save()
        StepSignoff.create(step=step, kind="skip" if new == "skipped" else "not_done", outcome=new,
                           staff=member, started_at=step.started_at, finished_at=step.finished_at,
                           reason=step.reason, at=now, recorded_by=ctx.operator_id)
        record(ctx, "flow.skip" if new == "skipped" else "flow.not_done", step, before=before)
        _finish_if_complete(ctx, flow, steps)
    return step


def correct_signoff(ctx: AppContext, step_id: int, staff_id: int | None, pin: str | None, reason: str,
                    expected_version: int | None = None, *, outcome: str = "done", worker_id: int | None = None,
                    started_at: dt.datetime | None = None, finished_at: dt.datetime | None = None) -> StepSignoff:
    """Correct a signed step: a new entry with its reason; the original entry stays as it was.

    Signed by the acting person (PIN) holding the station's role or a supervisor's role. ``worker_id``,
    ``started_at`` and ``finished_at`` default to the values of the entry being corrected."""
    errors: dict[str, str] = {}
    if err := _reason_error(reason):
        errors["reason"] = err
    if outcome not in ("done", "not_done"):
        errors["outcome"] = translate("Flow", "A correction records the step as done or not done.")
    if errors:
        raise ValidationError(errors)
    step = get_step(step_id)
    with db.atomic():
        _bump(ctx, step.flow_id, expected_version, allow_finished=True)
        step = FlowStep.select(FlowStep, Station).join(Station).where(FlowStep.id == step_id).get()
        if step.state not in ("done", "not_done"):
            raise Conflict(translate("Flow", "Only a signed step (done or not done) can be corrected."))
        member = authenticate(ctx, staff_id, pin)
        require_role(member, *tuple(r for r in (step.station.role, *SUPERVISOR_ROLES) if r))
        latest = (StepSignoff.select().where(StepSignoff.step == step_id)
                  .order_by(StepSignoff.at.desc(), StepSignoff.id.desc()).first())
        worker = _active_staff(worker_id, "worker") if worker_id is not None else None
        start = started_at if started_at is not None else step.started_at
        end = finished_at if finished_at is not None else step.finished_at
        if start is not None and end is not None and end < start:
            raise ValidationError({"finished_at": translate("Flow", "The finish time is before the start time.")})
        if end is not None and end > ctx.now():
            raise ValidationError({"finished_at": translate("Flow", "The finish time is in the future.")})
        if worker is not None:
            _check_role(worker, step.station, "worker")
        before = snapshot(step)
        entry = StepSignoff.create(step=step, kind="correct", outcome=outcome,
                                   staff=worker.id if worker else step.staff_id, started_at=start,
                                   finished_at=end, reason=clean_text(reason), at=ctx.now(),
                                   recorded_by=ctx.operator_id, corrects=latest)
        # The step row shows the effective values; the signed entries above keep the history.
        step.state = outcome
        step.staff = entry.staff_id
        step.started_at = start
        step.finished_at = end
        step.signed_by = member
        step.signed_at = ctx.now()
        if outcome == "not_done":
            step.reason = clean_text(reason)
        step.save()
        record(ctx, "flow.correct", step, before=before)
        record(ctx, "flow.signoff", entry)
    return entry


def add_note(ctx: AppContext, step_id: int, text: str, staff_id: int | None = None) -> FlowNote:
    """A note per outfit set (“白纱OK”), appended to the step; notes are never edited."""
    t = clean_text(text)
    if not t:
        raise ValidationError({"note": translate("Flow", "Write the note.")})
    if err := text_error(t, 500):
        raise ValidationError({"note": err})
    step = get_step(step_id)
    with db.atomic():
        _bump(ctx, step.flow_id, None, allow_finished=True)
        note = FlowNote.create(step=step, text=t, staff=staff_id or ctx.operator_id, at=ctx.now())
        record(ctx, "flow.note", note)
    return note


def confirm_requests(ctx: AppContext, flow_id: int, staff_id: int | None, pin: str | None,
                     expected_version: int | None = None) -> Flow:
    """The station staff confirms having read the couple's special requests (recorded, with who and when)."""
    with db.atomic():
        flow = _bump(ctx, flow_id, expected_version)
        member = authenticate(ctx, staff_id, pin)
        if flow.requests_confirmed_at is not None:
            raise Conflict(translate("Flow", "The special requests were already confirmed."))
        _confirm_requests(ctx, flow, member)
    return Flow.get_by_id(flow_id)


# ----------------------------------------------------------------------------- advance (board)

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
    steps = _steps_of(flow_id)
    flow = get_flow(flow_id)
    cur = person_current(steps, person)
    if cur is None:
        return NextAction("none", person)
    if cur.state == "in_progress":
        target = next_step(steps, cur, person) if flow.kind == "visit" else None
        # After signing, the target is ready only when the partner is not still needed elsewhere.
        if target is not None:
            others = [s for s in steps if s.position < target.position and not s.finished and s.id != cur.id
                      and any(s.serves(p) for p in _persons(target.track))]
            if others or target.state != "planned":
                target = None
        return NextAction("sign", person, cur, target, staff_id=cur.staff_id,
                          taker_id=suggest_staff(target.station) if target else None)
    if cur.state in ("handoff", "waiting"):
        staff_id = cur.staff_id if _fits(cur.staff_id, cur.station) else suggest_staff(cur.station)
        return NextAction("start", person, cur, needs_requests=_needs_request_confirmation(flow, cur),
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
    with db.atomic():
        flow = _bump(ctx, flow_id, expected_version)
        steps = _steps_of(flow_id)
        step = next(s for s in steps if s.id == action.step.id)
        if action.kind == "sign":
            _do_sign(ctx, flow, steps, step, staff_id, pin)
            _after_finish(ctx, flow, steps, step, taker_id if action.target is not None else None)
        elif action.kind == "start":
            _do_start(ctx, flow, steps, step, staff_id, confirm_requests)
        else:
            _do_handoff(ctx, steps, step, taker_id if taker_id is not None else staff_id)
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
        return PersonState(person, None, "finished", "", "", "", since, _minutes(since, now) or 0, 0)
    staff = names.get(cur.staff_id, "") if cur.staff_id else ""
    if cur.state in OPEN_STATES:
        since = cur.state_since or flow_start
        limit = hlimit if cur.state == "handoff" else cur.station.alert_minutes
        return PersonState(person, cur, cur.state, cur.station.name, cur.station.colour, staff, since,
                           _minutes(since, now) or 0, max(limit, 0))
    since = _last_finish(steps, cur, person) or flow_start
    prev = [s for s in steps if s.position < cur.position and s.serves(person) and s.finished]
    prev_station = prev[-1].station.name if prev else ""
    if is_current(steps, cur):
        return PersonState(person, cur, "ready", prev_station, cur.station.colour, "", since,
                           _minutes(since, now) or 0, hlimit)
    return PersonState(person, cur, "partner", prev_station, "", "", since, _minutes(since, now) or 0, 0)


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
            together=together, total_minutes=_minutes(f.started_at, now) or 0,
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


def alert_count(ctx: AppContext) -> int:
    return sum(1 for r in board_rows(ctx) if r.alert)


def find_board_row(ctx: AppContext, text: str) -> BoardRow | None:
    """The board row for a scanned or typed order number (exact, case-insensitive)."""
    couple = checkin_queries.find_by_order_no(text)
    if couple is None:
        return None
    return next((r for r in board_rows(ctx) if r.couple_id == couple.id), None)


# --------------------------------------------------------------------------- positions (where)

def positions(ctx: AppContext, couple_id: int) -> list[dict]:
    """Where the couple is now, for the visitor lookup: one entry for the couple when they are together,
    else one each for bride and groom: {person, station, staff, since, minutes, state}."""
    now = ctx.now()
    flow = (Flow.select().where((Flow.couple == couple_id) & Flow.finished_at.is_null() & (Flow.kind == "visit"))
            .order_by(Flow.started_at.desc()).first())
    if flow is None:
        return []
    steps = _steps_of(flow.id)
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
        handoff_m = _minutes(s.handoff_at, reached or (now if s.state == "handoff" else None))
        wait_m = _minutes(s.arrived_at, s.started_at or (now if s.state == "waiting" else None))
        work_m = _minutes(s.started_at, s.finished_at or (now if s.state == "in_progress" else None))
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
    times as text and parses them with ``fromisoformat``: a year of steps in well under a second."""
    hlimit = handoff_limit()
    q = (FlowStep.select(FlowStep.station, FlowStep.staff, FlowStep.signed_by, FlowStep.state,
                         FlowStep.handoff_at.cast("text"), FlowStep.arrived_at.cast("text"),
                         FlowStep.started_at.cast("text"), FlowStep.finished_at.cast("text"), Station.alert_minutes)
         .join(Station, on=(FlowStep.station == Station.id)).switch(FlowStep)
         .join(Flow, on=(FlowStep.flow == Flow.id)).where(where).tuples())
    out = []
    for station_id, staff_id, signer_id, state, h, a, st, fin, limit in q:
        h, a, st, fin = _as_dt(h), _as_dt(a), _as_dt(st), _as_dt(fin)
        reached = a or st
        handoff_m = _minutes(h, reached or (now if state == "handoff" else None))
        wait_m = _minutes(a, st or (now if state == "waiting" else None))
        work_m = _minutes(st, fin or (now if state == "in_progress" else None))
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


# ---------------------------------------------------------------------------- post-production

@dataclass
class PostRow:
    flow_id: int
    version: int
    couple_id: int
    order_no: str
    names: str
    step_id: int | None
    station: str
    state: str
    staff: str
    due_date: dt.date | None
    ready_date: dt.date | None
    overdue_days: int

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def post_production_due(ctx: AppContext, until: dt.date | None = None) -> list[PostRow]:
    """Open post-production flows (retouch → design → finished-goods check → ready), each at its current
    step with that step's due date and the expected ready date; only those due up to ``until`` when given.
    Overdue first."""
    today = ctx.today()
    flows = list(Flow.select(Flow, Couple).join(Couple, on=(Flow.couple == Couple.id))
                 .where((Flow.kind == "post") & Flow.finished_at.is_null()))
    if not flows:
        return []
    by_flow: dict[int, list[FlowStep]] = defaultdict(list)
    for s in (FlowStep.select(FlowStep, Station).join(Station)
              .where(FlowStep.flow.in_([f.id for f in flows])).order_by(FlowStep.position, FlowStep.id)):
        by_flow[s.flow_id].append(s)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    rows = []
    for f in flows:
        steps = by_flow.get(f.id, [])
        cur = person_current(steps, "bride")
        ready = max((s.due_date for s in steps if s.due_date), default=None)
        due = cur.due_date if cur else None
        if until is not None and (due is None or due > until):
            continue
        rows.append(PostRow(flow_id=f.id, version=f.version, couple_id=f.couple_id, order_no=f.couple.order_no,
                            names=f.couple.names, step_id=cur.id if cur else None,
                            station=cur.station.name if cur else "", state=cur.state if cur else "finished",
                            staff=names.get(cur.staff_id, "") if cur and cur.staff_id else "",
                            due_date=due, ready_date=ready,
                            overdue_days=max((today - due).days, 0) if due else 0))
    rows.sort(key=lambda r: (not r.overdue, r.due_date or dt.date.max, r.flow_id))
    return rows


def photos_ready_date(couple_id: int) -> dt.date | None:
    """The expected ready-for-pickup date of the couple's open post-production (None when there is none)."""
    flow = Flow.get_or_none((Flow.couple == couple_id) & (Flow.kind == "post") & Flow.finished_at.is_null())
    if flow is None:
        return None
    return (FlowStep.select(FlowStep.due_date).where(FlowStep.flow == flow.id)
            .order_by(FlowStep.due_date.desc()).scalar())


def current_flow_of(couple_id: int) -> Flow | None:
    """The couple's unfinished in-store flow, if any."""
    return (Flow.select().where((Flow.couple == couple_id) & Flow.finished_at.is_null() & (Flow.kind == "visit"))
            .order_by(Flow.started_at.desc()).first())


def station_role(code: str) -> str:
    """The role that works at a station ('' when anyone may)."""
    st = Station.get_or_none(Station.code == code)
    return st.role if st else ""


def couple_for_order(text: str) -> tuple[int, str] | None:
    """(couple id, names) for an order number typed or scanned, or None."""
    c = checkin_queries.find_by_order_no(text)
    return (c.id, c.names) if c else None


# ------------------------------------------------------------------------------ configuration

CONFIG_ROLES = SUPERVISOR_ROLES


@dataclass
class TemplateStepRow:
    """One station of a flow template, as edited in the settings."""

    position: int
    track: str
    station_code: str
    optional: bool = False
    due_days: int = 0
    station_name: str = ""


def stations() -> list[Station]:
    return list(Station.select().order_by(Station.sort_order, Station.id))


def templates() -> list[FlowTemplate]:
    return list(FlowTemplate.select().order_by(FlowTemplate.id))


def template_steps(code: str) -> list[TemplateStepRow]:
    t = FlowTemplate.get_or_none(FlowTemplate.code == code)
    if t is None:
        raise NotFound(translate("Flow", "No flow template {code}.").format(code=code))
    return [TemplateStepRow(s.position, s.track, s.station.code, s.optional, s.due_days, s.station.name)
            for s in FlowTemplateStep.select(FlowTemplateStep, Station).join(Station)
            .where(FlowTemplateStep.template == t).order_by(FlowTemplateStep.position, FlowTemplateStep.id)]


def _authorise_config(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    member = authenticate(ctx, staff_id, pin)
    require_role(member, *CONFIG_ROLES)
    return member


def update_station(ctx: AppContext, station_id: int, staff_id: int | None, pin: str | None, *, name: str,
                  colour: str, alert_minutes: int, role: str) -> Station:
    """Change a station's name, colour, alert limit (minutes, 0 = no alert) or role. Supervisors only.

    Stations have one rule book: this delegates to ``app.core.studio_settings.update_station`` (the Settings
    dialog's station page uses the same service), keeping the station's active flag as it is.
    """
    from app.core import studio_settings

    st = Station.get_or_none(Station.id == station_id)
    if st is None:
        raise NotFound(translate("Flow", "No station #{id}.").format(id=station_id))
    return studio_settings.update_station(ctx, staff_id, pin, station_id, name, colour, alert_minutes, role,
                                          st.active)


def set_template_steps(ctx: AppContext, code: str, rows: list[TemplateStepRow], staff_id: int | None,
                       pin: str | None) -> list[TemplateStepRow]:
    """Replace a template's ordered station list (flows already started keep their own steps). Rows with
    the same position run in parallel (bride and groom). Supervisors only."""
    t = FlowTemplate.get_or_none(FlowTemplate.code == code)
    if t is None:
        raise NotFound(translate("Flow", "No flow template {code}.").format(code=code))
    by_code = {s.code: s for s in Station.select()}
    errors: dict[str, str] = {}
    if not rows:
        errors["steps"] = translate("Flow", "A flow needs at least one station.")
    for r in rows:
        if r.track not in ("couple", "bride", "groom"):
            errors["steps"] = translate("Flow", "Each step is for the couple, the bride or the groom.")
        elif r.station_code not in by_code:
            errors["steps"] = translate("Flow", "Unknown station {code}.").format(code=r.station_code)
        elif not 0 <= r.due_days <= 365:
            errors["steps"] = translate("Flow", "Due days must be between 0 and 365.")
    positions = sorted({r.position for r in rows})
    for p in positions:
        same = [r for r in rows if r.position == p]
        tracks = [r.track for r in same]
        if len(same) > 1 and ("couple" in tracks or len(set(tracks)) != len(tracks)):
            errors["steps"] = translate("Flow", "Only one bride step and one groom step can run side by side.")
    if errors:
        raise ValidationError(errors)
    _authorise_config(ctx, staff_id, pin)
    with db.atomic():
        before = [r.__dict__ for r in template_steps(code)]
        FlowTemplateStep.delete().where(FlowTemplateStep.template == t).execute()
        renumber = {p: i for i, p in enumerate(positions)}
        for r in sorted(rows, key=lambda r: (r.position, ("couple", "bride", "groom").index(r.track))):
            FlowTemplateStep.create(template=t, position=renumber[r.position], track=r.track,
                                    station=by_code[r.station_code], optional=r.optional, due_days=r.due_days)
        after = template_steps(code)
        record(ctx, "flow_template.update", table="flow_template", record_id=t.id, before={"steps": before},
               after={"steps": [r.__dict__ for r in after]})
    return after


def set_handoff_limit(ctx: AppContext, minutes: int, staff_id: int | None, pin: str | None) -> None:
    """Minutes a couple may be on the way (or wait for a handoff) before the board raises an alert."""
    from app.core.settings import set_setting

    if not isinstance(minutes, int) or not 1 <= minutes <= 240:
        raise ValidationError({"handoff": translate("Flow", "Between 1 and 240 minutes.")})
    _authorise_config(ctx, staff_id, pin)
    set_setting(ctx, HANDOFF_LIMIT_KEY, minutes)
