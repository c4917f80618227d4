"""Live refresh between counters (issue #16): a change saved by another process reaches this window within 5 s
(SQLite: the change counter polled; PostgreSQL: LISTEN/NOTIFY on the watcher's own connection), and a tab
refreshes only when something it shows changed, and only when it is shown (a hidden tab is marked stale)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core import db as dbmod

ROOT = Path(__file__).resolve().parents[2]
WITHIN_MS = 5_000  # the promise; the test's waits are this, never a sleep

#: Another counter: its own process, its own connection; checks a new couple in (topics visit, couple, flow).
OTHER_COUNTER = textwrap.dedent("""
    import datetime as dt, sys
    sys.path.insert(0, {root!r})
    from app.core import db as dbmod
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.wiring import connect_areas
    from app.checkin import commands as checkin
    connect_areas()
    dbmod.open_database(sys.argv[1])
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 9, 5)), terminal="counter-2")
    c = checkin.create_couple(ctx, order_no=sys.argv[2], bride_name="赵敏", groom_name="周强",
                              bride_phone="13800000009")
    if sys.argv[3] == "checkin":
        checkin.check_in_couple(ctx, c.id)
    print("ok")
""")


def other_counter(target: str, order_no: str, what: str = "checkin") -> None:
    out = subprocess.run([sys.executable, "-c", OTHER_COUNTER.format(root=str(ROOT)), target, order_no, what],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr


def counting(tab) -> list[int]:
    calls: list[int] = []
    original = tab.refresh

    def refresh(*a, **k) -> None:
        calls.append(1)
        original(*a, **k)

    tab.refresh = refresh
    return calls


def in_store_orders(window) -> set[str]:
    return {r.title for r in window.checkin_tab.in_store_model.rows()}


def test_a_check_in_at_another_counter_reaches_the_list_and_the_status_bar(qtbot, window, clock, db_path):
    window.watcher.timer.setInterval(100)  # the real interval is 1 s; the promise is 5 s either way
    qtbot.waitUntil(lambda: window.watcher.timer.isActive(), timeout=WITHIN_MS)
    assert window.checkin_tab.in_store_model.rowCount() == 0
    other_counter(str(db_path), "YL20261120-77")
    qtbot.waitUntil(lambda: window.checkin_tab.in_store_model.rowCount() == 1, timeout=WITHIN_MS)
    assert "赵敏" in next(iter(in_store_orders(window)))
    clock.advance(minutes=20)  # unattended for 15 minutes: the status bar counts it at the next computation
    window.status_feed.refresh()
    qtbot.waitUntil(lambda: window.status_text("checkin_waiting") == "无人接待 1 组", timeout=WITHIN_MS)


def test_only_the_tabs_that_show_a_change_refresh_and_hidden_ones_when_shown(qtbot, window, ctx):
    from app.checkin import commands as checkin
    from app.complaints import cases  # noqa: F401 - the complaints area is connected (app.wiring)

    window.watcher.timer.setInterval(50)
    qtbot.waitUntil(lambda: window.watcher.timer.isActive(), timeout=WITHIN_MS)
    flow = window.flow_tab
    complaints = window.complaints_tab
    window.tabs.setCurrentWidget(complaints)
    seen: list[set[str]] = []
    window.watcher.changed.connect(seen.append)
    flow_calls, complaint_calls, checkin_calls = counting(flow), counting(complaints), counting(window.checkin_tab)
    # A walk-in lead: the check-in tab shows leads, the complaints list and the flow board do not.
    checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍", ctx.today())
    qtbot.waitUntil(lambda: any("lead" in s or "visit" in s for s in seen), timeout=WITHIN_MS)
    assert complaint_calls == [] and checkin_calls == []  # the shown tab shows none of it; check-in is hidden
    assert window.is_stale("checkin") and window.is_stale("flow") is True  # a consult visit is a visit
    assert not window.is_stale("complaints")
    # Shown again: refreshed once, then no longer stale.
    window.tabs.setCurrentWidget(window.checkin_tab)
    assert checkin_calls == [1] and not window.is_stale("checkin")
    assert flow_calls == []  # still hidden
    window.tabs.setCurrentWidget(flow)
    assert flow_calls == [1]


def test_a_window_with_no_change_does_no_refresh(qtbot, window):
    window.watcher.timer.setInterval(20)
    qtbot.waitUntil(lambda: window.watcher.timer.isActive(), timeout=WITHIN_MS)
    calls = counting(window.checkin_tab)
    polls: list[int] = []
    window.watcher.timer.timeout.connect(lambda: polls.append(1))
    qtbot.waitUntil(lambda: len(polls) >= 10, timeout=WITHIN_MS)
    assert calls == [] and not any(window.is_stale(k) for k in window.built_tabs())


@pytest.fixture
def watcher_store(store_target, qtbot):
    """The store on each backend, opened by this process (the test's 'window' side)."""
    from app.wiring import connect_areas

    connect_areas()
    dbmod.open_database(store_target)
    yield store_target
    dbmod.close_database()


def test_the_watcher_hears_another_process_on_each_backend(qtbot, watcher_store):
    from ui.common.live import ChangeWatcher

    watcher = ChangeWatcher(poll_ms=100)
    got: list[set[str]] = []
    watcher.changed.connect(got.append)
    watcher.start()
    try:
        if dbmod.is_url(watcher_store):
            qtbot.waitUntil(watcher.listening.is_set, timeout=WITHIN_MS)
        else:
            qtbot.waitUntil(lambda: watcher.cursor is not None, timeout=WITHIN_MS)
        other_counter(watcher_store, "YL20261120-88", "couple")
        qtbot.waitUntil(lambda: any("couple" in s for s in got), timeout=WITHIN_MS)
        assert not any("complaint" in s for s in got)
    finally:
        watcher.stop()


def test_the_periodic_refresh_reads_in_a_worker_and_drops_a_stale_result(qtbot, window, ctx, couple, monkeypatch):
    import threading

    import ui.checkin.tab as checkin_tab_module
    from app.checkin import commands as checkin

    tab = window.checkin_tab
    window.stop_live()  # no change-driven refresh in between: this test drives the refreshes itself
    threads: list[int] = []
    release = threading.Event()
    real = checkin_tab_module.checkin_data

    def slow_read(c):
        threads.append(threading.get_ident())
        release.wait(10)  # held until the test has done a newer refresh on the UI thread
        return real(c)

    monkeypatch.setattr(checkin_tab_module, "checkin_data", slow_read)
    applied = tab.applied
    window.refresh_current()  # the timer's path: returns at once, the read goes on in a worker
    assert window.refreshing() and tab.applied == applied
    checkin.check_in_couple(ctx, couple.id)
    monkeypatch.setattr(checkin_tab_module, "checkin_data", real)
    tab.refresh()  # the tab refreshes itself after its own action: newer than the worker's read
    assert tab.in_store_model.rowCount() == 1 and tab.applied == applied + 1
    release.set()
    qtbot.waitUntil(lambda: not window.refreshing(), timeout=WITHIN_MS)
    assert threads and threads[0] != threading.get_ident()
    assert tab.applied == applied + 1  # the older result was dropped, not shown over the newer one
    window.refresh_current()
    qtbot.waitUntil(lambda: tab.applied == applied + 2, timeout=WITHIN_MS)  # a fresh one is applied
    assert tab.in_store_model.rowCount() == 1
