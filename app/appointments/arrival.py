"""A couple at the counter: what the day expects of them (``arrival_plan``), checking them in for the kind
of visit chosen (``check_in_arrival``), and the undo of a mistaken check-in (``undo_arrival``, connected
to ``hooks.undo_check_in`` by ``app.wiring``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, Visit
from app.checkin.queries import VisitView, visit_view
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, ValidationError
from app.core.i18n import translate

from .models import Appointment, AppointmentChange
from .service import COUPLE_VISIT_KINDS, check_in_appointment, expected_today, get_appointment, kind_label

#: What a couple can come for at the counter (the check-in chooser); ``fitting`` is a dress fitting.
ARRIVAL_KINDS = ("shoot", "selection", "proof", "pickup", "fitting")
_ARRIVAL_OF_APPOINTMENT = {"dress_fitting": "fitting"}


def arrival_kind_label(kind: str) -> str:
    return kind_label("dress_fitting" if kind == "fitting" else kind)


@dataclass(frozen=True)
class ArrivalPlan:
    """What the day says about a couple at the counter: today's appointment (if any), the kinds of visit
    likeliest first, and the party size to suggest."""

    couple_id: int
    names: str
    appointment_id: int | None
    appointment_text: str  # "10:30 Photo selection · 何雪" or ""
    kinds: tuple[str, ...]  # ARRIVAL_KINDS (plus the appointment's own kind), likeliest first
    party_size: int

    @property
    def kind(self) -> str:
        return self.kinds[0]


def _likely_kinds(ctx: AppContext, couple: Couple) -> list[str]:
    """Without an appointment: the next thing in a couple's life at the studio comes first."""
    from app.flow.models import Flow, FlowStep, Station

    past = {v.kind for v in Visit.select(Visit.kind).where((Visit.couple == couple.id) & (Visit.kind != "visitor"))}
    ready = (FlowStep.select().join(Flow).switch(FlowStep).join(Station)
             .where((Flow.couple == couple.id) & (Flow.kind == "post") & Flow.finished_at.is_null()
                    & (Station.code == "ready") & FlowStep.state.in_(("waiting", "in_progress"))).exists())
    if "shoot" not in past and (couple.shoot_date is None or couple.shoot_date <= ctx.today()):
        first = "shoot"
    elif ready:
        first = "pickup"
    elif "selection" not in past:
        first = "selection"
    elif "proof" not in past:
        first = "proof"
    else:
        first = "pickup"
    return [first] + [k for k in ARRIVAL_KINDS if k != first]


def arrival_plan(ctx: AppContext, couple_id: int) -> ArrivalPlan:
    couple = checkin_queries.get_couple(couple_id)
    now = ctx.now()
    rows = [r for r in expected_today(ctx) if r.couple_id == couple.id and r.status != "arrived"]
    appt = min(rows, key=lambda r: abs((r.starts_at - now).total_seconds()), default=None)
    last = (Visit.select(Visit.party_size).where((Visit.couple == couple.id) & (Visit.kind != "visitor"))
            .order_by(Visit.arrived_at.desc()).first())
    party = last.party_size if last is not None else 2
    if appt is not None:
        kind = _ARRIVAL_OF_APPOINTMENT.get(appt.kind, appt.kind)
        kinds = [kind] + [k for k in ARRIVAL_KINDS if k != kind]
        text = " · ".join(x for x in (f"{appt.starts_at:%H:%M} {appt.kind_label}", appt.staff_name) if x)
        return ArrivalPlan(couple.id, couple.names, appt.id, text, tuple(kinds), party)
    return ArrivalPlan(couple.id, couple.names, None, "", tuple(_likely_kinds(ctx, couple)), party)


def check_in_arrival(ctx: AppContext, couple_id: int, kind: str, party_size: int,
                     appointment_id: int | None = None) -> VisitView:
    """Check a couple in for ``kind``: through today's appointment when it is for that kind (the visit is
    linked to it), a dress fitting as a visit without a shooting flow, else a plain couple's visit."""
    if kind not in ARRIVAL_KINDS and kind != "consultation":
        raise ValidationError({"kind": translate("Validation", "Not a couple's visit kind.")})
    if appointment_id is not None:
        a = get_appointment(appointment_id)
        if a.couple_id == couple_id and _ARRIVAL_OF_APPOINTMENT.get(a.kind, a.kind) == kind:
            return check_in_appointment(ctx, appointment_id, party_size=party_size)
    if kind in COUPLE_VISIT_KINDS:
        return checkin.check_in_couple(ctx, couple_id, kind, party_size=party_size)
    couple = checkin_queries.get_couple(couple_id)
    if not isinstance(party_size, int) or not 1 <= party_size <= 50:
        raise ValidationError({"party_size": translate("Validation", "Party size must be between 1 and 50.")})
    with db.atomic():
        if Visit.select().where((Visit.couple == couple.id) & Visit.left_at.is_null()
                                & (Visit.kind != "visitor")).exists():
            raise Conflict(translate("Visit", "{names} are already checked in.").format(names=couple.names))
        v = Visit.create(kind="consult", couple=couple.id, guest_name=couple.names[:40], party_size=party_size,
                         arrived_at=ctx.now(), created_by=ctx.operator_id, note=arrival_kind_label(kind))
        record(ctx, "visit.check_in", v)
    return visit_view(v)


def undo_arrival(ctx: AppContext, visit: Visit) -> None:
    """Undo of a mistaken check-in: the appointment it was linked to is expected again."""
    for a in Appointment.select().where(Appointment.visit == visit.id):
        before = snapshot(a)
        a.visit = None
        a.version += 1
        a.save()
        AppointmentChange.create(appointment=a, at=ctx.now(), by=ctx.operator_id, action="undone",
                                 reason=translate("Appointments", "Check-in undone"))
        record(ctx, "appointment.undo_arrive", a, before=before)

