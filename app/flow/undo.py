"""The service flow's part of undoing a mistaken check-in (listens to ``app.core.hooks.undo_check_in``):
the visit's flow goes with its steps, sign-offs and notes; a pickup's "ready for pickup" step, closed by
the check-in, is open again (its values from the audit entry the check-in wrote)."""

from __future__ import annotations

import datetime as dt
import json

from app.checkin.models import Visit
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.models import AuditLog
from app.flow.models import Flow, FlowNote, FlowStep, StepSignoff

_DATETIME_FIELDS = ("state_since", "handoff_at", "arrived_at", "started_at", "finished_at", "signed_at")


def _restore(step: FlowStep, before: dict) -> None:
    for key, value in before.items():
        if key in ("id", "flow"):
            continue
        if key in _DATETIME_FIELDS and isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if key in ("staff", "handoff_by", "signed_by", "station"):
            setattr(step, f"{key}_id", value)
        elif key in step._meta.fields:
            setattr(step, key, value)
    step.save()


def undo_visit_flow(ctx: AppContext, visit: Visit) -> None:
    now = ctx.now()
    for f in Flow.select().where(Flow.visit == visit.id):
        steps = [s.id for s in FlowStep.select(FlowStep.id).where(FlowStep.flow == f.id)]
        record(ctx, "flow.undo_start", f, before=snapshot(f), after={"steps": len(steps)})
        if steps:
            StepSignoff.delete().where(StepSignoff.step.in_(steps)).execute()
            FlowNote.delete().where(FlowNote.step.in_(steps)).execute()
            FlowStep.delete().where(FlowStep.id.in_(steps)).execute()
        Flow.delete().where(Flow.id == f.id).execute()
    if visit.kind != "pickup" or visit.couple_id is None:
        return
    # The pickup check-in signed the post-production's "ready" step at the moment of arrival.
    for entry in AuditLog.select().where((AuditLog.action == "flow.picked_up") & (AuditLog.at == visit.arrived_at)):
        step = FlowStep.get_or_none(FlowStep.id == entry.record_id)
        if step is None or step.flow.couple_id != visit.couple_id:
            continue
        before_step = snapshot(step)
        StepSignoff.delete().where((StepSignoff.step == step.id) & (StepSignoff.at == visit.arrived_at)
                                   & (StepSignoff.kind == "sign")).execute()
        _restore(step, json.loads(entry.before or "{}"))
        post = step.flow
        if post.finished_at is not None:
            post.finished_at = None
        post.version += 1
        post.updated_at = now
        post.updated_by = ctx.operator_id
        post.save()
        record(ctx, "flow.undo_picked_up", step, before=before_step)
