"""Backups in the window: the start-up backup off the UI thread, the status bar, "Back up now", a failure shown
without blocking; the Backups settings page and restoring through it; the damaged-file offer; the banner."""

from __future__ import annotations

import os
import sqlite3

import pytest

from app.core import backup
from app.core import db as dbmod
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


PIN = "2468"


@pytest.fixture
def boss(ctx):
    from app.staff import service as staff

    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)


def _enter_pin(staff_id: int, then=None):
    from tests.counter.driver import on_modal

    def fill(dlg) -> None:
        assert dlg.objectName() == "pinDialog"
        dlg.picker.set_staff_id(staff_id)
        dlg.pin.insert(PIN)
        if then is not None:
            then()
        dlg.accept()

    on_modal(fill)


def test_restore_through_the_page_brings_the_old_data_back_in_every_tab(qtbot, window, ctx, couple, boss, clock,
                                                                       db_path):
    from app.checkin import commands as checkin
    from app.checkin.models import Visit
    from tests.counter.driver import on_modal
    from ui.common.pin_dialog import Acting
    from ui.settings.dialog import SettingsDialog

    old = backup.backup_sqlite(db_path, "manual", clock=clock)
    clock.advance(minutes=5)
    checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=20)
    window.refresh_all()
    assert window.status_text("checkin_waiting") == "无人接待 1 组"

    dlg = SettingsDialog(Acting(ctx, boss.id, PIN), window)
    qtbot.addWidget(dlg)
    assert dlg.tabs.tabText(dlg.tabs.indexOf(dlg.pages["backups"])) == "备份"
    page = dlg.show_page("backups")
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in range(4)] == ["今天 09:00", "手动备份", f"{old.size // 1024} KB",
                                                                 "完好"]
    assert not page.restore_btn.isEnabled()
    page.select_backup(old)
    assert page.restore_btn.isEnabled()
    seen = {}

    def confirm(box) -> None:
        seen["text"] = box.text()
        box.findChild(type(page.restore_btn), "restoreConfirmYes").click()

    _enter_pin(boss.id, then=lambda: on_modal(confirm))
    page.restore_btn.click()
    assert "今天 09:00" in seen["text"] and "条更改" in seen["text"]
    assert Visit.select().count() == 0  # the store is open on the restored file
    assert window.status_text("checkin_waiting") == ""  # the tabs refreshed without a restart
    assert not page.result.isHidden() and "before-restore" in page.result.text()
    reasons = sorted(page.model.row_at(i).reason for i in range(page.model.rowCount()))
    assert reasons == ["before-restore", "manual"]
    checkin.check_in_couple(ctx, couple.id)  # and it keeps working on it
    assert Visit.select().count() == 1


def test_restore_refused_with_a_wrong_pin(qtbot, window, ctx, couple, boss, clock, db_path, monkeypatch):
    from app.checkin import commands as checkin
    from app.checkin.models import Visit
    from tests.counter.driver import on_modal
    from ui.common.pin_dialog import Acting
    from ui.settings.backup_page import BackupsPage

    old = backup.backup_sqlite(db_path, "manual", clock=clock)
    checkin.check_in_couple(ctx, couple.id)
    page = BackupsPage(Acting(ctx, boss.id, PIN), window)
    qtbot.addWidget(page)
    page.select_backup(old)
    warned = []
    monkeypatch.setattr("ui.common.errors.QMessageBox.warning", lambda *a: warned.append(a[2]))

    def wrong() -> None:
        from PySide6.QtWidgets import QApplication

        pin = QApplication.activeModalWidget().pin
        pin.clear()
        pin.insert("0000")
        on_modal(lambda box: box.findChild(type(page.restore_btn), "restoreConfirmYes").click())

    _enter_pin(boss.id, then=wrong)
    page.restore_btn.click()
    assert warned and Visit.select().count() == 1 and len(backup.list_backups(db_path)) == 1


def test_a_damaged_file_at_start_up_offers_the_newest_good_backup(qtbot, ctx, couple, clock, db_path):
    from app.checkin.models import Couple
    from app.core.errors import DatabaseUnavailable
    from tests.counter.driver import on_modal
    from ui.run import recover_at_start

    backup.backup_sqlite(db_path, "start", clock=clock)
    clock.advance(hours=1)
    backup.backup_sqlite(db_path, "manual", clock=clock)
    dbmod.close_database()
    with open(db_path, "r+b") as f:  # garbage over the header
        f.write(b"\x00garbage!" * 12)
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database(str(db_path))
    assert str(e.value) == "corrupt"
    seen = {}

    def restore(box) -> None:
        seen["text"] = box.informativeText()
        assert box.objectName() == "restoreOfferBox" and "损坏" in box.text()
        box.restore_btn.click()

    on_modal(restore)
    assert recover_at_start(str(db_path), "corrupt") is True
    assert "2026-11-20 10:00" in seen["text"]  # the newest good one, named by its time
    assert [c.order_no for c in Couple.select()] == [couple.order_no]
    assert backup.integrity(db_path) == "ok"
    assert any(b.reason == "before-restore" for b in backup.list_backups(db_path))  # the damaged bytes kept


def test_declining_the_offer_keeps_the_damaged_file(qtbot, ctx, couple, clock, db_path):
    from tests.counter.driver import on_modal
    from ui.run import recover_at_start

    backup.backup_sqlite(db_path, "start", clock=clock)
    dbmod.close_database()
    with open(db_path, "r+b") as f:
        f.write(b"garbage!" * 12)
    on_modal(lambda box: box.close_btn.click())
    assert recover_at_start(str(db_path), "corrupt") is False
    assert db_path.read_bytes().startswith(b"garbage!")


def test_banner_names_the_cause_retries_and_goes_when_the_store_answers(qtbot, window, ctx, db_path):
    from PySide6.QtWidgets import QApplication

    from app.staff import service as staff
    from ui.common.errors import call_service

    banner = window.store_banner
    assert banner.isHidden()
    other = sqlite3.connect(db_path)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    dbmod.db.obj.execute_sql("PRAGMA busy_timeout = 50")
    try:
        assert call_service(window, staff.add_staff, ctx, "李娜", ["receptionist"]) is None
        assert not banner.isHidden() and QApplication.activeModalWidget() is None  # no dialog, a banner
        assert "锁定" in banner.label.text() and "重试" in banner.label.text()
        banner.retry()
        wait_for_background()
        qtbot.wait(50)
        assert not banner.isHidden() and banner.reason == "locked"
    finally:
        other.rollback()
        other.close()
        dbmod.db.obj.execute_sql("PRAGMA busy_timeout = 5000")
    refreshed = []
    window.checkin_tab.refresh = lambda: refreshed.append(1)  # the tabs refresh when it answers again
    qtbot.waitUntil(banner.isHidden, timeout=banner.RETRY_MS + 5000)
    assert refreshed
    assert call_service(window, staff.add_staff, ctx, "李娜", ["receptionist"]) is not None

    # The file's share vanishes (the folder is gone), then comes back.
    moved = db_path.with_name("elsewhere.db")
    db_path.rename(moved)
    try:
        banner.show_trouble("unreachable")
        banner.retry()
        wait_for_background()
        qtbot.wait(50)
        assert not banner.isHidden() and "无法连接" in banner.label.text()
    finally:
        moved.rename(db_path)
    banner.retry()
    qtbot.waitUntil(banner.isHidden, timeout=5000)
