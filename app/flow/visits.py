"""The flow's side of a visit: it starts at check-in and is closed at check-out.

Both run inside the check-in / check-out transaction; they listen to ``app.core.hooks.check_in`` and
``app.core.hooks.check_out`` (connected in ``app.wiring.connect_areas``).
"""

from __future__ import annotations

from app.checkin.models import Visit
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.i18n import translate
from app.flow.machine import finish_if_complete, load_steps
from app.flow.models import Flow, FlowStep, FlowTemplate, FlowTemplateStep, Station, StepSignoff
from app.flow.postproduction import picked_up
from app.staff.models import Staff


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
            picked_up(ctx, visit.couple_id, operator)
    return flow


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
    steps = load_steps(flow.id)
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
    finish_if_complete(ctx, Flow.get_by_id(flow.id), load_steps(flow.id))
