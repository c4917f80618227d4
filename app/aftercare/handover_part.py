"""What the after-the-shoot area adds to the shift handover: things lent and not back, found items kept.
Connected in ``app.wiring`` (the hook ``app.core.hooks.handover_sections``)."""

from __future__ import annotations

from app.aftercare import lostfound
from app.aftercare.money import fen_text
from app.core.context import AppContext
from app.core.i18n import translate
from app.handover.service import SnapshotRow, SnapshotSection, minutes_label, time_label


def _loans_section(ctx: AppContext) -> SnapshotSection:
    today = ctx.today()
    sec = SnapshotSection(
        key="loans_out", title=translate("Aftercare", "Lent to guests, not back"),
        headers=[translate("Aftercare", "Item"), translate("Aftercare", "Guest"), translate("Aftercare", "Deposit"),
                 translate("Aftercare", "Lent"), translate("Aftercare", "Out for")],
        empty_text=translate("Aftercare", "Everything lent has come back."))
    for r in lostfound.loans_out(ctx):
        item = f"{r.item_label} {r.description}".strip()
        sec.rows.append(SnapshotRow(cells=[item, r.guest, fen_text(r.deposit_fen) if r.deposit_fen else "—",
                                           time_label(r.lent_at, today), minutes_label(r.minutes_out)],
                                    alert=r.guest_left or r.lent_at.date() < today, ref=f"loan:{r.id}"))
    sec.sort_alerts_first()
    return sec


def _found_section(ctx: AppContext) -> SnapshotSection:
    today = ctx.today()
    sec = SnapshotSection(
        key="found_items", title=translate("Aftercare", "Lost and found, kept"),
        headers=[translate("Aftercare", "What"), translate("Aftercare", "Found where"),
                 translate("Aftercare", "Found"), translate("Aftercare", "Kept where"),
                 translate("Aftercare", "Kept for")],
        empty_text=translate("Aftercare", "No found item is waiting to be claimed."))
    for r in lostfound.found_items(ctx):
        kept = translate("Aftercare", "{n} days").format(n=r.days_kept)
        if r.disposable:
            kept = translate("Aftercare", "{kept} (may be disposed of)").format(kept=kept)
        sec.rows.append(SnapshotRow(cells=[r.what, r.found_where, time_label(r.found_at, today), r.kept_where, kept],
                                    ref=f"found:{r.id}"))
    return sec


def handover_sections(ctx: AppContext) -> list[SnapshotSection]:
    """The sections of this area, ready to show."""
    return [_loans_section(ctx), _found_section(ctx)]
