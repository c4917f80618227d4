"""First run on an empty database: the first supervisor and the studio's letterhead, saved together.

The letterhead heads every printout (flow sheets, complaint forms, the handover), so the first run asks for it
with the supervisor; both are checked first and written in one transaction, so a wrong field saves neither.
"""

from __future__ import annotations

from app.core.context import AppContext
from app.core.db import db
from app.core.errors import ValidationError
from app.settings_service import StudioInfo, check_studio_info, write_studio_info
from app.staff.service import acting, setup_first_supervisor


def setup_studio(ctx: AppContext, name: str, role: str, pin: str, pin_again: str, studio_name: str,
                 address: str, phone: str) -> int:
    """Create the first supervisor with her PIN and store the letterhead; returns her staff id.

    ValidationError names every wrong field of both parts at once (keys ``name``, ``roles``, ``pin``,
    ``pin_again``, ``studio_name``, ``address``, ``phone``); nothing is saved then."""
    errors: dict[str, str] = {}
    info: StudioInfo | None = None
    try:
        info = check_studio_info(studio_name, address, phone, "", name_required=True)
    except ValidationError as exc:
        errors.update(exc.errors)
    with db.atomic():
        try:
            member = setup_first_supervisor(ctx, name, role, pin, pin_again)
        except ValidationError as exc:
            raise ValidationError({**exc.errors, **errors}) from None
        if errors or info is None:
            raise ValidationError(errors)  # rolls the supervisor back: nothing half-saved
        write_studio_info(acting(ctx, member), info)
        return member.id
