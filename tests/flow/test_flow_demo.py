"""The demo morning through the services: the board shows couples at several stations with an alert."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.demo import fill_demo
from app.flow import board, postproduction, reports


def test_demo_board(database):
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 11, 40)))
    fill_demo(ctx)
    rows = board.board_rows(ctx)
    stations = {p.station for r in rows for p in (r.bride, r.groom) if p.state in ("handoff", "waiting", "in_progress")}
    assert len(rows) >= 6 and len(stations) >= 4
    assert 1 <= sum(r.alert for r in rows) < len(rows)
    assert rows[0].alert  # alerts float to the top
    assert any(r.groom.state == "partner" or r.groom.step != r.bride.step for r in rows)
    assert postproduction.post_production_due(ctx)[0].overdue
    assert reports.station_stats(ctx, ctx.today(), ctx.today())
