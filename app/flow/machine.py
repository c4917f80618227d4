"""The service flow's state machine (流程): step states, sign-off, corrections and escorted handoffs.

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

When a shoot day's flow finishes with the shoot done, its post-production flow starts
(``start_post_production``). The rest of the area: ``app.flow.visits`` (start at check-in, close at
check-out), ``app.flow.board`` (the board, positions, the advance panel), ``app.flow.reports`` (step
reports, history, statistics), ``app.flow.postproduction`` (its queue and dates), ``app.flow.config``
(stations, templates, limits).

The step operations (``do_handoff``, ``do_start``, ``do_sign``, ``after_finish``) work on a flow already
claimed with ``claim_flow`` inside the caller's transaction (``app.flow.board.advance`` composes them).
"""

from __future__ import annotations

import datetime as dt

from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, text_error
from app.flow.config import request_stations
from app.flow.models import Flow, FlowNote, FlowStep, FlowTemplate, FlowTemplateStep, Station, StepSignoff
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import authenticate, require_role

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
# A shoot day whose shoot took place at one of these stations starts post-production when it finishes.
SHOOTING_STATIONS = ("studio", "outdoor")


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


def minutes_between(a: dt.datetime | None, b: dt.datetime | None) -> int | None:
    """Whole minutes from ``a`` to ``b`` (never negative); None when either is missing."""
    if a is None or b is None:
        return None
    return max(int((b - a).total_seconds() // 60), 0)


def persons_of(track: str) -> tuple[str, ...]:
    """Who a step of ``track`` serves: (bride, groom) for the couple, else the one person."""
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


def load_steps(flow_id: int) -> list[FlowStep]:
    """The flow's steps with their stations, in order (position, then id)."""
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
    return all((c := person_current(steps, p)) is not None and c.id == step.id for p in persons_of(step.track))


def last_finish(steps: list[FlowStep], before: FlowStep, person: str) -> dt.datetime | None:
    """When ``person``'s last step before ``before`` finished (None when none did)."""
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


def claim_flow(ctx: AppContext, flow_id: int, expected_version: int | None, allow_finished: bool = False) -> Flow:
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


def set_state(step: FlowStep, new: str, now: dt.datetime) -> None:
    """Put ``step`` in state ``new`` from ``now`` (the caller checks the transition and saves)."""
    step.state = new
    step.state_since = now


def _reason_error(reason: str) -> str | None:
    if not clean_text(reason):
        return translate("Flow", "Give the reason.")
    return text_error(reason, 500)


def finish_if_complete(ctx: AppContext, flow: Flow, steps: list[FlowStep]) -> None:
    """Finish the flow when every step is final; a finished shoot day starts post-production."""
    if all(s.finished for s in steps):
        before = snapshot(flow)
        Flow.update(finished_at=ctx.now()).where(Flow.id == flow.id).execute()
        flow = Flow.get_by_id(flow.id)
        record(ctx, "flow.finish", flow, before=before)
        shot = any(st.state == "done" and st.station.code in SHOOTING_STATIONS for st in steps)
        if flow.template.code == "shoot" and shot:
            start_post_production(ctx, flow.couple_id)


def start_post_production(ctx: AppContext, couple_id: int) -> Flow | None:
    """Start the couple's post-production flow (due dates from the template); None when one is
    already open or there is no active post-production template."""
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


# ------------------------------------------------------------------- step operations (in a claimed flow)

def do_handoff(ctx: AppContext, steps: list[FlowStep], step: FlowStep, taker_id: int | None) -> None:
    """Hand ``step`` over to ``taker_id`` (the escort to its station)."""
    _require_current(steps, step)
    _require_state(step, "handoff")
    taker = _active_staff(taker_id, "taker")
    before = snapshot(step)
    now = ctx.now()
    set_state(step, "handoff", now)
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
    set_state(step, "waiting", now)
    step.arrived_at = now
    step.save()
    record(ctx, "flow.arrive", step, before=before)


def needs_request_confirmation(flow: Flow, step: FlowStep) -> bool:
    """Whether starting ``step`` needs the special requests relayed first (and not yet confirmed)."""
    if flow.requests_confirmed_at is not None or step.station.code not in request_stations():
        return False
    return bool(clean_text(flow.couple.special_requests))


def _confirm_requests(ctx: AppContext, flow: Flow, member: Staff) -> None:
    before = snapshot(flow)
    Flow.update(requests_confirmed_at=ctx.now(), requests_confirmed_by=member.id).where(Flow.id == flow.id).execute()
    record(ctx, "flow.confirm_requests", Flow.get_by_id(flow.id), before=before)


def do_start(ctx: AppContext, flow: Flow, steps: list[FlowStep], step: FlowStep, staff_id: int | None,
              confirm_requests: bool) -> None:
    """Start the work at ``step`` by ``staff_id`` (or the step's staff), relaying the special requests
    where the station needs it."""
    _require_current(steps, step)
    _require_state(step, "in_progress")
    member = _active_staff(staff_id if staff_id is not None else step.staff_id)
    _check_role(member, step.station)
    if needs_request_confirmation(flow, step):
        if not confirm_requests:
            raise ValidationError({"requests": translate("Flow", "Read the special requests to {name} and tick "
                                                                 "that they were relayed.").format(name=member.name)})
        _confirm_requests(ctx, flow, member)
    before = snapshot(step)
    now = ctx.now()
    set_state(step, "in_progress", now)
    step.staff = member
    step.started_at = now
    if step.arrived_at is None:
        step.arrived_at = now
    step.save()
    record(ctx, "flow.start_step", step, before=before)


def signer(ctx: AppContext, step: FlowStep, staff_id: int | None, pin: str | None) -> Staff:
    """The member signing ``step`` (by default the one working it), PIN checked. Call it before the write
    transaction opens: the check is slow on purpose, and a wrong PIN must stay counted when the action fails."""
    return authenticate(ctx, staff_id if staff_id is not None else step.staff_id, pin)


def do_sign(ctx: AppContext, flow: Flow, steps: list[FlowStep], step: FlowStep, member: Staff,
            finished_at: dt.datetime | None = None) -> None:
    """Sign ``step`` done by ``member`` (see ``signer``): the station's role, a sane finish time."""
    _require_current(steps, step)
    _require_state(step, "done")
    if step.station.role:
        require_role(member, step.station.role)
    end = finished_at or ctx.now()
    if step.started_at is not None and end < step.started_at:
        raise ValidationError({"finished_at": translate("Flow", "The finish time is before the start time.")})
    if end > ctx.now():
        raise ValidationError({"finished_at": translate("Flow", "The finish time is in the future.")})
    before = snapshot(step)
    set_state(step, "done", ctx.now())
    step.staff = member
    step.finished_at = end
    step.signed_by = member
    step.signed_at = ctx.now()
    step.save()
    StepSignoff.create(step=step, kind="sign", outcome="done", staff=member, started_at=step.started_at,
                       finished_at=end, at=ctx.now(), recorded_by=ctx.operator_id)
    record(ctx, "flow.sign", step, before=before)


def after_finish(ctx: AppContext, flow: Flow, steps: list[FlowStep], step: FlowStep, taker_id: int | None) -> None:
    """After a step is final: post-production moves on by itself; a visit hands over to ``taker_id``
    when given. Then the flow finishes if complete."""
    if flow.kind == "post":
        # Post-production has no escort: the next department's queue receives the order at once.
        for n in {n.id: n for p in persons_of(step.track) if (n := next_step(steps, step, p)) is not None}.values():
            if is_current(steps, n) and n.state == "planned":
                _do_arrive(ctx, steps, n)
        finish_if_complete(ctx, flow, steps)
        return
    if taker_id is not None:
        targets = {n.id: n for p in persons_of(step.track) if (n := next_step(steps, step, p)) is not None}
        ready = [n for n in targets.values() if is_current(steps, n) and n.state == "planned"]
        if not ready:
            raise ValidationError({"taker": translate("Flow", "Nobody to hand over: the next step is not ready "
                                                              "(waiting for the partner or already under way).")})
        for n in ready:
            do_handoff(ctx, steps, n, taker_id)
    finish_if_complete(ctx, flow, steps)


def _authorise_floor(member: Staff, station: Station) -> Staff:
    roles = tuple(r for r in (station.role, *FLOOR_ROLES) if r)
    require_role(member, *roles)
    return member


# ------------------------------------------------------------------------------- transitions

def hand_over(ctx: AppContext, step_id: int, taker_id: int | None, expected_version: int | None = None) -> FlowStep:
    """Escorted handoff: the couple (or one of them) leaves for ``step``'s station with ``taker_id``.
    The time until they arrive is its own timed state (“on the way”)."""
    step = get_step(step_id)
    with db.atomic():
        claim_flow(ctx, step.flow_id, expected_version)
        steps = load_steps(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        do_handoff(ctx, steps, step, taker_id)
    return step


def arrive(ctx: AppContext, step_id: int, expected_version: int | None = None) -> FlowStep:
    """The couple is at the station and waits for the work to start."""
    step = get_step(step_id)
    with db.atomic():
        claim_flow(ctx, step.flow_id, expected_version)
        steps = load_steps(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _do_arrive(ctx, steps, step)
    return step


def start_step(ctx: AppContext, step_id: int, staff_id: int | None, expected_version: int | None = None,
               confirm_requests: bool = False) -> FlowStep:
    """Work starts, done by ``staff_id`` (must hold the station's role). At a station that must act on the
    special requests (makeup), ``confirm_requests=True`` records that they were relayed."""
    step = get_step(step_id)
    with db.atomic():
        flow = claim_flow(ctx, step.flow_id, expected_version)
        steps = load_steps(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        do_start(ctx, flow, steps, step, staff_id, confirm_requests)
    return step


def sign_off(ctx: AppContext, step_id: int, staff_id: int | None, pin: str | None,
             expected_version: int | None = None, finished_at: dt.datetime | None = None,
             taker_id: int | None = None) -> FlowStep:
    """The staff member who did the step signs it done (PIN + the station's role). With ``taker_id`` the
    couple is handed over to the next station in the same transaction."""
    step = get_step(step_id)
    member = signer(ctx, step, staff_id, pin)
    with db.atomic():
        flow = claim_flow(ctx, step.flow_id, expected_version)
        steps = load_steps(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        do_sign(ctx, flow, steps, step, member, finished_at)
        after_finish(ctx, flow, steps, step, taker_id)
    return step


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
    acting_member = authenticate(ctx, staff_id, pin)  # before the write transaction (see ``signer``)
    with db.atomic():
        flow = claim_flow(ctx, step.flow_id, expected_version)
        steps = load_steps(step.flow_id)
        step = next(s for s in steps if s.id == step_id)
        _require_state(step, new)
        member = _authorise_floor(acting_member, step.station)
        before = snapshot(step)
        now = ctx.now()
        set_state(step, new, now)
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
        finish_if_complete(ctx, flow, steps)
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
    member = authenticate(ctx, staff_id, pin)  # before the write transaction (see ``signer``)
    with db.atomic():
        claim_flow(ctx, step.flow_id, expected_version, allow_finished=True)
        step = FlowStep.select(FlowStep, Station).join(Station).where(FlowStep.id == step_id).get()
        if step.state not in ("done", "not_done"):
            raise Conflict(translate("Flow", "Only a signed step (done or not done) can be corrected."))
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
        claim_flow(ctx, step.flow_id, None, allow_finished=True)
        note = FlowNote.create(step=step, text=t, staff=staff_id or ctx.operator_id, at=ctx.now())
        record(ctx, "flow.note", note)
    return note


def confirm_requests(ctx: AppContext, flow_id: int, staff_id: int | None, pin: str | None,
                     expected_version: int | None = None) -> Flow:
    """The station staff confirms having read the couple's special requests (recorded, with who and when)."""
    member = authenticate(ctx, staff_id, pin)  # before the write transaction (see ``signer``)
    with db.atomic():
        flow = claim_flow(ctx, flow_id, expected_version)
        if flow.requests_confirmed_at is not None:
            raise Conflict(translate("Flow", "The special requests were already confirmed."))
        _confirm_requests(ctx, flow, member)
    return Flow.get_by_id(flow_id)
