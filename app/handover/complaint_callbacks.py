"""The handover's section of complaint call-backs (回访) still owed, until done or given up. Connected in
``app.wiring`` (the hook ``app.core.hooks.handover_sections``). It lives in the handover area because the
handover already reads the complaints (``app.complaints`` importing ``app.handover`` would be a circle)."""

from __future__ import annotations

from app.complaints import callbacks
from app.core.context import AppContext
from app.core.i18n import translate
from app.handover.service import SnapshotRow, SnapshotSection


def _callbacks_section(ctx: AppContext) -> SnapshotSection:
    today = ctx.today()
    sec = SnapshotSection(
        key="complaint_callbacks", title=translate("Complaints", "Complaint call-backs owed"),
        headers=[translate("Complaints", "Case"), translate("Complaints", "Phone"),
                 translate("Complaints", "Call by"), translate("Complaints", "Owner"),
                 translate("Complaints", "Not reached")],
        empty_text=translate("Complaints", "No complaint call-back is owed."))
    for r in callbacks.open_callbacks(ctx):
        if r.due_on == today:
            when = translate("Complaints", "today")
        elif r.overdue:
            when = translate("Complaints", "{date} (overdue)").format(date=f"{r.due_on:%m-%d}")
        else:
            when = f"{r.due_on:%m-%d}"
        sec.rows.append(SnapshotRow(cells=[f"{r.case_no} {r.complainant}", r.contact, when, r.owner,
                                           str(r.attempts) if r.attempts else "—"],
                                    alert=r.due_today, ref=f"callback:{r.id}"))
    sec.sort_alerts_first()
    return sec


def handover_sections(ctx: AppContext) -> list[SnapshotSection]:
    """The sections of this area, ready to show."""
    return [_callbacks_section(ctx)]
