"""What rounds (巡查) add to the shift handover: the guests waiting between stations or in the lounge, those
with nobody looking in for ``flow.round_minutes`` or more first (in red). Connected in ``app.wiring``
(``app.core.hooks.handover_sections``). It lives in the handover area because the handover already reads
the flow (``app.flow`` importing ``app.handover`` would be a circle)."""

from __future__ import annotations

from app.core.context import AppContext
from app.core.i18n import translate
from app.flow import rounds
from app.handover.service import SnapshotRow, SnapshotSection, minutes_label, time_label


def _rounds_section(ctx: AppContext) -> SnapshotSection:
    today = ctx.today()
    limit = rounds.round_minutes()
    sec = SnapshotSection(
        key="rounds", title=translate("Rounds", "Waiting guests to look after (rounds)"),
        headers=[translate("Rounds", "Guest"), translate("Rounds", "Where / waiting for"),
                 translate("Rounds", "Waiting"), translate("Rounds", "Unattended"),
                 translate("Rounds", "Last round")],
        empty_text=translate("Rounds", "Nobody is waiting between stations or in the lounge."))
    for r in rounds.waiting_guests(ctx):
        last = r.last_round
        last_text = (f"{time_label(last.at, today)} {last.staff} · {last.note}" if last is not None
                     else translate("Rounds", "none yet"))
        sec.rows.append(SnapshotRow(cells=[r.title, r.where, minutes_label(r.minutes_waiting),
                                           minutes_label(r.minutes_unattended), last_text],
                                    alert=r.minutes_unattended >= limit, ref=f"visit:{r.visit_id}"))
    sec.sort_alerts_first()
    return sec


def handover_sections(ctx: AppContext) -> list[SnapshotSection]:
    """The sections of this area, ready to show."""
    return [_rounds_section(ctx)]
