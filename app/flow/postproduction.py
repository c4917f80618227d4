"""Post-production (retouch → design → finished-goods check → ready for pickup): its queue and dates.

A post-production flow starts when a shoot day's flow finishes with the shoot done
(``app.flow.machine.start_post_production``); a pickup visit closes its "ready for pickup" step
(``picked_up``, called by ``app.flow.visits.start_flow``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app.checkin.models import Couple
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.flow.machine import claim_flow, finish_if_complete, load_steps, person_current, set_state
from app.flow.models import Flow, FlowStep, Station, StepSignoff
from app.staff.models import Staff


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


def picked_up(ctx: AppContext, couple_id: int, operator: Staff | None) -> None:
    """A pickup visit closes the post-production's “ready for pickup” step (signed by the receptionist on
    shift who checks the couple in)."""
    post = Flow.get_or_none((Flow.couple == couple_id) & (Flow.kind == "post") & Flow.finished_at.is_null())
    if post is None:
        return
    steps = load_steps(post.id)
    cur = person_current(steps, "bride")
    if cur is None or cur.station.code != "ready" or cur.state not in ("waiting", "in_progress"):
        return
    claim_flow(ctx, post.id, None)
    before = snapshot(cur)
    now = ctx.now()
    if cur.started_at is None:
        cur.started_at = now
    set_state(cur, "done", now)
    cur.staff = operator
    cur.finished_at = now
    cur.signed_by = operator
    cur.signed_at = now
    cur.save()
    StepSignoff.create(step=cur, kind="sign", outcome="done", staff=operator, started_at=cur.started_at,
                       finished_at=now, reason="", at=now, recorded_by=ctx.operator_id)
    record(ctx, "flow.picked_up", cur, before=before)
    finish_if_complete(ctx, post, steps)


@dataclass(frozen=True)
class DueDates:
    """The post-production's due dates after a selection: (station code, due date) in order, and the
    expected ready date."""

    flow_id: int
    steps: tuple[tuple[str, dt.date | None], ...]
    ready_date: dt.date | None


def extra_retouch_days(extra_photos: int, per_day: int | None = None) -> int:
    """Days the extra photos chosen add to retouching: one per ``flow.post_extra_photos_per_day`` started
    (none when the option is 0)."""
    from app.flow.options import POST_EXTRA_PHOTOS_PER_DAY

    n = POST_EXTRA_PHOTOS_PER_DAY.get() if per_day is None else per_day
    if n <= 0 or extra_photos <= 0:
        return 0
    return -(-extra_photos // n)


def due_dates_from_selection(ctx: AppContext, couple_id: int, selected_on: dt.date,
                             extra_photos: int) -> DueDates | None:
    """Retouching works on the photos the couple chose: once the selection is signed, the open
    post-production's steps not yet done are due from the selection day on, each its template's days after
    the previous one, retouching longer by :func:`extra_retouch_days`. Steps already done keep their
    dates (the chain continues from the later of the two). Call inside the caller's transaction; audited.
    None when the couple has no open post-production."""
    from app.flow.models import FlowTemplateStep

    flow = Flow.get_or_none((Flow.couple == couple_id) & (Flow.kind == "post") & Flow.finished_at.is_null())
    if flow is None:
        return None
    claim_flow(ctx, flow.id, None)
    days = {ts.position: max(ts.due_days, 0) for ts in
            FlowTemplateStep.select().where(FlowTemplateStep.template == flow.template_id)}
    extra = extra_retouch_days(extra_photos)
    steps = load_steps(flow.id)
    before = {str(s.id): s.due_date.isoformat() if s.due_date else None for s in steps}
    due = selected_on
    for s in steps:
        if s.state in ("done", "not_done", "skipped"):
            if s.due_date is not None:
                due = max(due, s.due_date)
            continue
        due = due + dt.timedelta(days=days.get(s.position, 0) + (extra if s.station.code == "retouch" else 0))
        if s.due_date != due:
            s.due_date = due
            s.save()
    after = {str(s.id): s.due_date.isoformat() if s.due_date else None for s in steps}
    record(ctx, "flow.due_from_selection", flow, before={"due": before},
           after={"due": after, "selected_on": selected_on.isoformat(), "extra_photos": extra_photos,
                  "extra_days": extra})
    return DueDates(flow_id=flow.id, steps=tuple((s.station.code, s.due_date) for s in steps),
                    ready_date=max((s.due_date for s in steps if s.due_date), default=None))
