"""The demo's counter: yesterday's handovers accepted and readable, this morning's shift ready to hand over."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.demo import fill_demo
from app.handover import service as hs
from app.staff.service import current_shift


def test_demo_has_past_handovers_and_an_open_shift(database):
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 11, 40)))
    fill_demo(ctx)
    past = hs.past_handovers(ctx.terminal)
    assert len(past) == 2 and {p.status for p in past} == {"accepted"}
    view = hs.load_handover(past[0].id)
    assert view.items and view.incoming and view.accepted_at is not None
    shift = current_shift(ctx.terminal)
    assert shift is not None and shift.operator.name == "王丽"
    assert hs.open_handover(ctx.terminal) is None
    assert hs.load_draft(ctx.terminal)[0]  # this morning's notes, ready to submit
