"""Shift handover (交接班) and the daily review (每日工作小结)."""

from app.core.context import AppContext
from app.core.errors import Conflict
from app.core.i18n import translate
from app.staff import service as _staff


def refuse_shift_change_while_pending(ctx: AppContext, incoming: _staff.Staff) -> None:
    """The outgoing shift is not closed until the incoming receptionist accepts the handover."""
    from app.handover.service import open_handover

    pending = open_handover(ctx.terminal)
    if pending is not None:
        raise Conflict(translate("Handover", "{name}'s handover is waiting to be accepted: the next receptionist "
                                             "accepts it in the Handover tab with her own PIN.").format(
            name=pending.outgoing.name))

