"""The demo runs on its own clock: a busy Saturday 10:30 whatever the wall-clock hour, then real time."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import db as dbmod
from app.core.clock import FixedClock, RunningClock
from app.core.context import AppContext


def build(monkeypatch, path, wall: dt.datetime):
    import app.demo as demo

    monkeypatch.setattr(demo, "wall_clock", lambda: FixedClock(wall))  # what the clock starts from
    dbmod.open_database(str(path))
    ctx = AppContext()
    demo.start_demo(ctx, running=False)
    return ctx


def board(ctx):
    from app.flow import board as flow_board

    return [(r.order_no, r.names, r.bride.text(), r.bride.minutes, r.groom.text(), r.groom.minutes, r.alert)
            for r in flow_board.board_rows(ctx)]


def test_demo_at_any_wall_clock_hour_shows_the_same_board(monkeypatch, tmp_path):
    from app.appointments import service as appts
    from app.checkin import counts

    seen = []
    for hour, minute in ((0, 56), (15, 10), (23, 40)):
        ctx = build(monkeypatch, tmp_path / f"demo-{hour}.db", dt.datetime(2026, 12, 2, hour, minute))
        assert ctx.now() == dt.datetime(2026, 11, 28, 10, 30)  # the Saturday of that week, 10:30
        assert ctx.now().weekday() == 5
        rows = board(ctx)
        times = [r.starts_at.time() for r in appts.expected_today(ctx)]
        c = counts.store_counts(ctx)
        seen.append((rows, times, (c.parties, c.people, c.unattended, c.flow_over)))
        assert rows and sum(1 for r in rows if r[-1]) < len(rows) / 2  # not all red
        assert all(dt.time(7, 0) <= t <= dt.time(20, 0) for t in times)  # no appointments at midnight
        dbmod.close_database()
    assert seen[0] == seen[1] == seen[2]


def test_a_saturday_is_its_own_demo_day():
    from app.demo import demo_moment

    assert demo_moment(dt.datetime(2026, 11, 28, 23, 59)) == dt.datetime(2026, 11, 28, 10, 30)
    assert demo_moment(dt.datetime(2026, 11, 29, 0, 1)) == dt.datetime(2026, 11, 28, 10, 30)  # Sunday
    assert demo_moment(dt.datetime(2026, 11, 27, 9, 0)) == dt.datetime(2026, 11, 21, 10, 30)  # Friday


def test_running_clock_moves_in_real_time():
    ticks = [0.0]
    clock = RunningClock(dt.datetime(2026, 11, 28, 10, 30), elapsed=lambda: ticks[0])
    assert clock.now() == dt.datetime(2026, 11, 28, 10, 30)
    ticks[0] = 125.4
    assert clock.now() == dt.datetime(2026, 11, 28, 10, 32, 5)


@pytest.mark.usefixtures("qtbot")
def test_status_bar_says_it_is_a_demo(monkeypatch, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication

    from ui.application import setup_look
    from ui.main_window import MainWindow
    from ui.status_counters import add_demo_notice

    ctx = build(monkeypatch, tmp_path / "demo.db", dt.datetime(2026, 12, 2, 0, 56))
    try:
        setup_look(QApplication.instance())
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.timer.stop()
        lab = add_demo_notice(w)
        assert "演示" in lab.text() and "10:30" in lab.text()
        assert "演示" in w.windowTitle()
        from ui.status_counters import keep_demo_floor_moving

        timer = keep_demo_floor_moving(w)
        before = board(ctx)
        ctx.clock.advance(minutes=30)
        timer.timeout.emit()  # a minute of the demo's floor
        assert timer.isActive() and board(ctx) != before
    finally:
        dbmod.close_database()


def test_the_demo_floor_keeps_moving(monkeypatch, tmp_path):
    """On the running demo clock the floor goes on working: 25 minutes later the board is not all red."""
    from app.flow.demo import keep_floor_moving

    ctx = build(monkeypatch, tmp_path / "live.db", dt.datetime(2026, 12, 2, 9, 0))
    try:
        before = board(ctx)
        moved = 0
        for _ in range(25):
            ctx.clock.advance(minutes=1)
            moved += keep_floor_moving(ctx)
        after = board(ctx)
        assert moved > 0 and after != before
        assert sum(1 for r in after if r[-1]) <= len(after) / 2
    finally:
        dbmod.close_database()
