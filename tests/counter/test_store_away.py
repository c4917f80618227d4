"""The store goes away and comes back (issue #16): one non-modal banner says so and when the store last answered,
no dialog at each refresh, everything recovers by itself and what she typed stays. SQLite: the folder holding
the file disappears (a share unmounted); PostgreSQL: the throw-away server really stopped and started again."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QMessageBox

WITHIN_MS = 10_000


def dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def quick(window) -> None:
    window.watcher.timer.setInterval(50)  # the real ones: 1 s and 5 s
    window.store_banner.timer.setInterval(100)


def test_sqlite_folder_away_and_back(qtbot, window, tmp_path, clock):
    quick(window)
    qtbot.waitUntil(lambda: window.watcher.timer.isActive(), timeout=WITHIN_MS)
    tab = window.checkin_tab
    tab.search.insert("张伟")  # typed, not yet searched for
    clock.advance(minutes=3)
    qtbot.waitUntil(lambda: window.watcher.last_ok == clock.now(), timeout=WITHIN_MS)
    away = tmp_path.with_name(tmp_path.name + "-away")
    os.rename(tmp_path, away)
    try:
        qtbot.waitUntil(lambda: not window.store_banner.isHidden(), timeout=WITHIN_MS)
        assert "09:03" in window.store_banner.label.text()  # when it last answered
        for _tick in range(3):  # the periodic refresh and the counters keep failing: still the one banner
            window.refresh_current()
            window.status_feed.refresh()
            qtbot.waitUntil(lambda: not window.refreshing() and not window.status_feed.running, timeout=WITHIN_MS)
        assert dialogs() == []
    finally:
        os.rename(away, tmp_path)
    qtbot.waitUntil(lambda: window.store_banner.isHidden(), timeout=WITHIN_MS)
    assert tab.search.text() == "张伟" and dialogs() == []
    assert not window.watcher.trouble or window.watcher.trouble == ""


def test_postgresql_server_stopped_and_started_again(qtbot, pg_server):
    from app.core import db as dbmod
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.staff import service as staff
    from tests.conftest import START, _stop_window
    from tests.pg_cluster import create_database, server_stopped
    from ui.main_window import MainWindow

    dbmod.open_database(create_database(pg_server, "away_1"))
    try:
        clock = FixedClock(START)
        ctx = AppContext(clock=clock)
        r = staff.add_staff(ctx, "王丽", ["receptionist"])
        staff.start_shift(ctx, r.id)
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.timer.stop()
        quick(w)
        qtbot.waitUntil(lambda: w.watcher.listening.is_set(), timeout=WITHIN_MS)
        w.checkin_tab.search.insert("李明")
        clock.advance(minutes=7)
        qtbot.waitUntil(lambda: w.watcher.last_ok == clock.now(), timeout=WITHIN_MS)
        with server_stopped(pg_server):
            qtbot.waitUntil(lambda: not w.store_banner.isHidden(), timeout=WITHIN_MS)
            assert "09:07" in w.store_banner.label.text()
            w.refresh_current()
            w.status_feed.refresh()
            qtbot.waitUntil(lambda: not w.refreshing() and not w.status_feed.running, timeout=WITHIN_MS)
            assert dialogs() == []
        qtbot.waitUntil(lambda: w.store_banner.isHidden(), timeout=WITHIN_MS)
        qtbot.waitUntil(lambda: w.watcher.listening.is_set(), timeout=WITHIN_MS)
        # Working again without a restart: a change is heard, the UI thread's connection reconnected.
        from app.checkin import commands as checkin

        checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍", ctx.today())
        w.refresh_current()
        qtbot.waitUntil(lambda: w.checkin_tab.in_store_model.rowCount() == 1, timeout=WITHIN_MS)
        assert w.checkin_tab.search.text() == "李明" and dialogs() == []
        _stop_window(w)
    finally:
        dbmod.close_database()
