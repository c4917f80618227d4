"""Undoing a check-in made by mistake (the wrong couple, the wrong kind of visit).

For ``UNDO_MINUTES`` after the arrival the receptionist on shift undoes it herself; later only a supervisor
with her PIN. Everything the check-in did is put back in one transaction, audited: the visit goes, the
flow it started goes (with its steps), the appointment it was linked to is expected again, a pickup's
"ready for pickup" step is open again. Other areas register what they put back in ``app.core.hooks.undo_check_in``
(``fn(ctx, visit)``, called inside the transaction before the visit is deleted).

A visit with a locker key still out, or one that has been checked out, is not undone: return the key /
it is history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.checkin.models import KeyLoan, Lead, Visit
from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, text_error

UNDO_MINUTES = 15

# fn(ctx, visit) -> None, inside the undo's transaction (the service flow, appointments).


@dataclass(frozen=True)
class UndoInfo:
    """Whether the visit's check-in can be undone now, and by whom."""

    visit_id: int
    title: str
    possible: bool
    needs_supervisor: bool
    minutes_since: int
    problem: str  # why it cannot be undone ('' when possible)


def _visit(visit_id: int) -> Visit:
    v = Visit.get_or_none(Visit.id == visit_id)
    if v is None:
        raise NotFound(translate("Undo", "No visit #{id}.").format(id=visit_id))
    return v


def _title(v: Visit) -> str:
    if v.couple_id and v.kind != "visitor":
        return v.couple.names
    return v.guest_name or (v.couple.names if v.couple_id else "")


def _problem(v: Visit) -> str:
    if v.left_at is not None:
        return translate("Undo", "They have already been checked out: a finished visit is not undone.")
    if KeyLoan.select().where((KeyLoan.visit == v.id) & KeyLoan.returned_at.is_null()).exists():
        return translate("Undo", "A locker key is still out for this visit: take it back first.")
    return ""


def undo_info(ctx: AppContext, visit_id: int) -> UndoInfo:
    v = _visit(visit_id)
    minutes = max(int((ctx.now() - v.arrived_at).total_seconds() // 60), 0)
    problem = _problem(v)
    return UndoInfo(visit_id=v.id, title=_title(v), possible=not problem,
                    needs_supervisor=ctx.now() - v.arrived_at > dt.timedelta(minutes=UNDO_MINUTES),
                    minutes_since=minutes, problem=problem)


def undo_check_in(ctx: AppContext, visit_id: int, reason: str = "", supervisor_id: int | None = None,
                  pin: str | None = None) -> UndoInfo:
    """Put back everything a mistaken check-in did. Within ``UNDO_MINUTES`` of the arrival the operator on
    shift may do it; later a supervisor's id and PIN are needed (checked here). Raises PermissionDenied,
    Conflict or ValidationError; nothing is changed then."""
    from app.staff.service import acting, authenticate_supervisor

    v = _visit(visit_id)
    if err := text_error(reason, 500):
        raise ValidationError({"reason": err})
    late = ctx.now() - v.arrived_at > dt.timedelta(minutes=UNDO_MINUTES)
    actor = ctx
    if late:
        if supervisor_id is None:
            raise PermissionDenied(translate("Undo", "More than {m} minutes have passed since the check-in: only a "
                                                     "supervisor can undo it now.").format(m=UNDO_MINUTES))
        actor = acting(ctx, authenticate_supervisor(ctx, supervisor_id, pin))  # before the write transaction
    elif ctx.operator_id is None:
        raise PermissionDenied(translate("Undo", "Nobody is on shift: start a shift first."))
    info = undo_info(ctx, visit_id)
    with db.atomic():
        v = _visit(visit_id)  # read again inside the transaction: check and write together
        if problem := _problem(v):
            raise Conflict(problem)
        before = snapshot(v)
        for hook in hooks.undo_check_in:
            hook(actor, v)
        lead = v.lead if v.kind == "consult" and v.lead_id else None
        KeyLoan.delete().where(KeyLoan.visit == v.id).execute()  # only returned loans are left
        Visit.delete().where(Visit.id == v.id).execute()
        if lead is not None and lead.created_at == v.arrived_at and _lead_unused(lead):
            # the walk-in's lead was made by the mistaken check-in: it goes with it
            record(actor, "lead.undo_create", table="lead", record_id=lead.id, before=snapshot(lead))
            Lead.delete().where(Lead.id == lead.id).execute()
        record(actor, "visit.undo_check_in", table="visit", record_id=visit_id, before=before,
               after={"reason": clean_text(reason), "minutes_after": info.minutes_since,
                      "by_supervisor": late})
    return info


def _lead_unused(lead: Lead) -> bool:
    """No other visit, appointment or call points at the lead (whatever area declared the reference)."""
    return not any(model.select().where(fk == lead.id).exists() for fk, model in Lead._meta.backrefs.items())
