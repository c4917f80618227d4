"""Backups in the window: the start-up backup off the UI thread, the status bar, "Back up now", a failure shown
without blocking; the Backups settings page and restoring through it; the damaged-file offer; the banner."""

from __future__ import annotations

import os

import pytest

from app.core import backup
from ui.common.worker import wait_for_background

pytestmark = pytest.mark.skipif(os.environ.get("STUDIO_TEST_DB", "sqlite") != "sqlite",
                                reason="SQLite file backups")


def _settle(qtbot, widget) -> None:
    wait_for_background()
    qtbot.waitUntil(lambda: not widget.busy, timeout=10_000)


def test_start_up_backup_runs_in_the_background_and_shows_in_the_status_bar(qtbot, window, db_path, couple):
    assert window.backup_status.text() == "尚无完好的备份"
    window.start_background_work()
    _settle(qtbot, window.backup_status)
    [b] = backup.list_backups(db_path)
    assert b.reason == "start" and b.good
    assert window.backup_status.text().startswith("上次备份：")
    window.start_background_work()  # once a day
    _settle(qtbot, window.backup_status)
    assert len(backup.list_backups(db_path)) == 1


def test_back_up_now_from_the_data_menu(qtbot, window, db_path, couple):
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "dataMenu")
    assert menu is not None and menu.title() == "数据(&A)"
    window.backup_action.trigger()
    _settle(qtbot, window.backup_status)
    [b] = backup.list_backups(db_path)
    assert b.reason == "manual" and b.good
    box = window.backup_status.warning
    assert box is not None and box.objectName() == "backupDoneBox" and box.isVisible() and not box.isModal()
    assert b.path.name in box.text()


def test_a_failed_backup_warns_without_blocking_and_names_the_cause(qtbot, window, db_path, couple):
    (db_path.parent / "backups").write_text("not a folder")  # the backups folder cannot be made
    window.backup_action.trigger()
    _settle(qtbot, window.backup_status)
    box = window.backup_status.warning
    assert box is not None and box.objectName() == "backupWarning"
    assert box.isVisible() and not box.isModal()
    assert "无法备份" in box.text() and "backups" in box.text()
    assert window.backup_status.text() == "尚无完好的备份"
