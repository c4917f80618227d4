"""The demo's counter: yesterday's handovers accepted and readable, this morning's shift ready to hand over."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.demo import fill_demo
from app.handover import service as hs
from app.staff.service import current_shift, get_staff


def test_demo_has_past_handovers_and_an_open_shift(database):
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 11, 40)))
    fill_demo(ctx)
    past = hs.past_handovers(ctx.terminal)
    assert len(past) == 2 and {p.status for p in past} == {"accepted"}
    view = hs.load_handover(past[0].id)
    assert view.items and view.incoming and view.accepted_at is not None
    shift = current_shift(ctx.terminal)
    assert shift is not None and get_staff(shift.operator_id).name == "王丽"
    assert hs.open_handover(ctx.terminal) is None
    assert hs.load_draft(ctx.terminal)[0]  # this morning's notes, ready to submit


def test_demo_has_complaint_call_backs_due_today_one_not_reached(database):
    from app.complaints import callbacks

    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 11, 40)))
    fill_demo(ctx)
    rows = callbacks.open_callbacks(ctx)
    assert len(rows) == 2 and all(r.due_on == ctx.today() for r in rows)
    assert sorted(r.attempts for r in rows) == [0, 2] and {r.owner for r in rows} >= {"刘芳"}
    section = next(s for s in hs.build_snapshot(ctx).sections if s.key == "complaint_callbacks")
    assert len(section.rows) == 2 and all(r.alert for r in section.rows)
