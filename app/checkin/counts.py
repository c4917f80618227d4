"""One set of counts for the store, used by the status bar, the check-in tab and the handover.

Definitions (each once, here):

- **in the store** — parties checked in today who have not left (every kind: couples, walk-ins,
  visitors), and the people in them;
- **unattended** — parties nobody has received at the counter for ``checkin.wait_alert_minutes`` (5) or
  longer;
- **over a flow limit** — couples on the service flow whose bride or groom has been at a station (or on
  the way to it) longer than its limit;
- **waiting too long** — parties in either of the two groups above, each party counted once.

Views that show a subset say which in their label (``unattended_text``, ``flow_over_text`` …).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.checkin import queries as checkin_queries
from app.checkin.options import WAIT_ALERT
from app.core import hooks
from app.core.context import AppContext
from app.core.i18n import translate


def unattended_limit() -> int:
    return WAIT_ALERT.get()


def is_unattended(row: checkin_queries.InStoreRow, limit: int) -> bool:
    return row.visit.received_at is None and row.waited_minutes >= limit


@dataclass(frozen=True)
class StoreCounts:
    parties: int
    people: int
    unattended: int
    flow_over: int
    waiting_too_long: int
    limit: int  # minutes unattended that count
    unattended_visits: frozenset[int]
    flow_over_visits: frozenset[int]

    @property
    def both(self) -> int:
        return len(self.unattended_visits & self.flow_over_visits)


def store_counts(ctx: AppContext, rows: Sequence[checkin_queries.InStoreRow] | None = None,
                 board: Sequence | None = None) -> StoreCounts:
    """The counts as of now. ``rows`` (``app.checkin.queries.in_store``) and ``board``
    (``app.flow.board.board_rows``) may be passed when the caller has just loaded them; without ``board`` the
    flow is asked through the ``flow_alerts`` hook (check-in does not import the flow, which builds on it)."""
    rows = list(checkin_queries.in_store(ctx) if rows is None else rows)
    limit = unattended_limit()
    unattended = frozenset(r.visit.id for r in rows if is_unattended(r, limit))
    in_store = {r.visit.id for r in rows}
    if board is None:
        over_couples = {couple_id for alerts in hooks.flow_alerts for couple_id in alerts(ctx)}
    else:
        over_couples = {b.couple_id for b in board if b.alert}
    flow_over = frozenset(r.visit.id for r in rows if r.visit.couple_id in over_couples and r.visit.kind != "visitor")
    flow_over = frozenset(v for v in flow_over if v in in_store)
    return StoreCounts(parties=len(rows), people=sum(r.visit.party_size for r in rows), unattended=len(unattended),
                       flow_over=len(flow_over), waiting_too_long=len(unattended | flow_over), limit=limit,
                       unattended_visits=unattended, flow_over_visits=flow_over)


# ------------------------------------------------------------------------------------- words

def unattended_text(c: StoreCounts) -> str:
    return translate("Counts", "Unattended: {n} parties").format(n=c.unattended) if c.unattended else ""


def flow_over_text(c: StoreCounts) -> str:
    return translate("Counts", "Over a flow limit: {n} couples").format(n=c.flow_over) if c.flow_over else ""


def in_store_text(c: StoreCounts) -> str:
    return translate("Counts", "In the store: {n} parties, {p} people").format(n=c.parties, p=c.people)


def waiting_too_long_text(c: StoreCounts) -> str:
    """The handover's first section title: the union, with its two parts named (a party in both counts
    once); the section's own count badge gives the total."""
    text = translate("Counts", "Waiting too long (unattended {u} · over a flow limit {f}").format(
        u=c.unattended, f=c.flow_over)
    if c.both:
        text += translate("Counts", "; {b} in both, counted once").format(b=c.both)
    return text + translate("Counts", ")")


def rest_in_store_text(c: StoreCounts) -> str:
    """The handover's in-store section title: everyone else (the two sections do not overlap)."""
    return translate("Counts", "Everyone else in the store (of {total} parties in the store)").format(total=c.parties)
