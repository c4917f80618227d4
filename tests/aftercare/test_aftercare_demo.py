"""The demo's after-the-shoot part: what the issue's 'Done when' asks for."""

from __future__ import annotations

import datetime as dt

from app.aftercare import lostfound
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.demo import fill_demo
from app.handover import service as hs


def test_demo_has_two_found_items_and_a_loan_in_the_handover(database):
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 21, 10, 30)))
    fill_demo(ctx)
    assert len(lostfound.found_items(ctx)) == 2
    assert [r.item for r in lostfound.loans_out(ctx)] == ["umbrella"]
    snap = hs.build_snapshot(ctx)
    assert snap.section("found_items").count == 2 and snap.section("loans_out").count == 1
