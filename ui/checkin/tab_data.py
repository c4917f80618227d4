"""What the check-in tab's own lists show, read in one go as plain values: the main window's periodic refresh
runs ``checkin_data`` in a worker with its own connection, the tab applies it (``CheckInTab.apply_refresh``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.checkin import counts
from app.checkin import queries as checkin_queries
from app.core.context import AppContext
from app.flow import rounds


@dataclass(frozen=True)
class CheckInData:
    """What the check-in tab's own lists show, read in one go (plain values: a worker may read them)."""

    rows: list
    counts: counts.StoreCounts
    keys: list
    leads: list
    rounds: list = field(default_factory=list)  # guests waiting with nobody looking in (app.flow.rounds)


def checkin_data(ctx: AppContext) -> CheckInData:
    rows = checkin_queries.in_store(ctx)
    # Parties nobody has received yet come first (queue order), then everyone else by arrival.
    rows = sorted(rows, key=lambda r: (r.visit.received_at is not None, r.visit.arrived_at, r.visit.id))
    return CheckInData(rows, counts.store_counts(ctx, rows), checkin_queries.keys_out(ctx),
                       checkin_queries.leads_due(ctx), rounds.to_look_after(ctx))
