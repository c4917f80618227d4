"""Staff and shifts (foundation part; PINs, roles management and lock-out build on this)."""

from __future__ import annotations

from app.audit import record, snapshot
from app.context import AppContext
from app.db import db
from app.errors import NotFound, ValidationError
from app.i18n import translate
from app.models import Shift, Staff
from app.roles import ROLE_CODES
from app.validation import clean_text, name_error


def add_staff(ctx: AppContext, name: str, roles: list[str]) -> Staff:
    errors: dict[str, str] = {}
    if err := name_error(name):
        errors["name"] = err
    bad = [r for r in roles if r not in ROLE_CODES]
    if bad:
        errors["roles"] = translate("Staff", "Unknown role: {r}").format(r=", ".join(bad))
    if not roles:
        errors["roles"] = translate("Staff", "Pick at least one role.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        s = Staff.create(name=clean_text(name), roles=",".join(roles), active=True, created_at=ctx.now())
        record(ctx, "staff.add", s)
    return s


def active_staff(role: str | None = None) -> list[Staff]:
    rows = Staff.select().where(Staff.active == True).order_by(Staff.name, Staff.id)  # noqa: E712
    return [s for s in rows if role is None or s.has_role(role)]


def get_staff(staff_id: int) -> Staff:
    s = Staff.get_or_none(Staff.id == staff_id)
    if s is None:
        raise NotFound(translate("Staff", "No staff member #{id}.").format(id=staff_id))
    return s


def start_shift(ctx: AppContext, staff_id: int) -> Shift:
    """The receptionist on shift becomes the operator; every later write records her."""
    s = get_staff(staff_id)
    if not s.active:
        raise ValidationError({"staff": translate("Staff", "{name} is not active.").format(name=s.name)})
    with db.atomic():
        open_shift = Shift.get_or_none((Shift.terminal == ctx.terminal) & (Shift.ended_at.is_null()))
        if open_shift is not None:
            before = snapshot(open_shift)
            open_shift.ended_at = ctx.now()
            open_shift.save()
            record(ctx, "shift.end", open_shift, before=before)
        ctx.operator_id = s.id
        shift = Shift.create(operator=s, started_at=ctx.now(), terminal=ctx.terminal)
        record(ctx, "shift.start", shift)
    return shift


def current_shift(terminal: str) -> Shift | None:
    return (Shift.select().where((Shift.terminal == terminal) & Shift.ended_at.is_null())
            .order_by(Shift.started_at.desc()).first())


# ------------------------------------------------------------------ acting person (PIN and roles)

def authenticate(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    """The acting person proves who she is. Raises PermissionDenied.

    Protected services (signing a step, approving compensation, changing settings, starting a shift)
    call this themselves — the UI asking for a PIN is not the check. A staff member without a PIN set
    yet is accepted on her own word (the setup of PINs is part of staff management).
    """
    from app.errors import PermissionDenied

    if staff_id is None:
        raise PermissionDenied(translate("Staff", "Say who is acting."))
    s = get_staff(staff_id)
    if not s.active:
        raise PermissionDenied(translate("Staff", "{name} is not active.").format(name=s.name))
    return s


def require_role(member: Staff, *roles: str) -> None:
    """Raise PermissionDenied unless ``member`` holds one of ``roles``."""
    from app.errors import PermissionDenied
    from app.roles import role_label

    if not any(member.has_role(r) for r in roles):
        raise PermissionDenied(translate("Staff", "{name} may not do this: it needs the role {roles}.").format(
            name=member.name, roles=" / ".join(role_label(r) for r in roles)))
