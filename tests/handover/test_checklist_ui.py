"""The shift's checklist on real widgets: ticking from the handover tab (who and when shown, the snapshot's
"checks not done" follows), a second tick from a stale screen refused in the panel, untick asks first,
frozen once handed over; a supervisor edits the list in Settings ▸ Shift checklist."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.models import AuditLog
from app.handover import checklist as ck
from app.handover import service as ho
from app.staff import service as staff
from ui.common.pin_dialog import Acting

PIN = "739153"


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)


@pytest.fixture
def checks(ctx, boss):
    return [ck.save_item(ctx, boss.id, PIN, text, ["morning", "evening"])
            for text in ("储物柜钥匙清点", "休息区和前台整洁", "门口天气提示与天气相符")]


@pytest.fixture
def page(window, checks, qtbot):
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.handover_tab)
    window.handover_tab.refresh()
    return window.handover_tab.handover_page


def test_tick_from_the_tab_shows_who_and_when(page, ctx, clock, checks, qtbot):
    panel = page.checklist_panel
    assert list(panel.boxes) == [c.id for c in checks]
    assert page.side.tabText(0).endswith("0/3")
    missing = page.snapshot_view.blocks()["checklist"]
    assert missing.model.rowCount() == 3
    clock.advance(minutes=7)
    panel.tick(checks[0].id)
    box = panel.boxes[checks[0].id]
    assert box.isChecked()
    assert panel.who[checks[0].id].text() == "王丽 09:07"
    assert page.side.tabText(0).endswith("1/3")
    assert page.snapshot_view.blocks()["checklist"].model.rowCount() == 2  # the handover follows
    assert AuditLog.select().where(AuditLog.action == "checklist.tick").count() == 1
    assert panel.isVisible() and box.isVisible()


def test_a_note_goes_with_the_next_tick(page, ctx, checks):
    panel = page.checklist_panel
    assert panel.note.isVisible()
    panel.note.setText("门口提示已换成雨天版")
    panel.tick(checks[1].id)
    row = next(r for r in ck.current_checklist(ctx).rows if r.item_id == checks[1].id)
    assert row.done and row.note == "门口提示已换成雨天版"
    assert panel.note.text() == ""  # used once
    assert "门口提示已换成雨天版" in panel.boxes[checks[1].id].toolTip()
    panel.note.setText("再勾一次")
    ck.untick(ctx, checks[1].id)
    panel.refresh()
    ck.tick(ctx, checks[1].id)  # another counter ticks it first: this screen's tick is refused
    panel.boxes[checks[1].id].setChecked(False)
    panel.tick(checks[1].id)
    assert panel.message.isVisible() and panel.note.text() == "再勾一次"  # refused: what she typed stays


def test_a_tick_from_a_stale_screen_is_refused_in_the_panel(page, ctx, clock, checks):
    panel = page.checklist_panel
    ck.tick(ctx, checks[1].id)  # another process of this counter, a moment ago
    clock.advance(minutes=3)
    panel.tick(checks[1].id)  # the screen still showed it empty
    assert panel.message.isVisible() and "王丽" in panel.message.text() and "09:00" in panel.message.text()
    assert panel.boxes[checks[1].id].isChecked()  # now showing what is stored
    assert AuditLog.select().where(AuditLog.action == "checklist.tick").count() == 1


def test_untick_asks_first(page, ctx, checks, monkeypatch):
    panel = page.checklist_panel
    panel.tick(checks[2].id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    panel.boxes[checks[2].id].click()
    assert panel.boxes[checks[2].id].isChecked() and ck.current_checklist(ctx).done_count == 1
    panel.boxes[checks[2].id].click()
    assert not panel.boxes[checks[2].id].isChecked() and ck.current_checklist(ctx).done_count == 0
    assert AuditLog.select().where(AuditLog.action == "checklist.untick").count() == 1


def test_the_list_is_frozen_once_handed_over(page, ctx, checks):
    page.checklist_panel.tick(checks[0].id)
    page.submit_btn.click()
    panel = page.checklist_panel
    assert ho.open_handover(ctx.terminal) is not None
    assert not any(b.isEnabled() for b in panel.boxes.values())
    assert panel.empty.isVisible()
    missing = page.snapshot_view.blocks()["checklist"]
    assert [missing.model.row_at(i).cells[0] for i in range(missing.model.rowCount())] == [
        "休息区和前台整洁", "门口天气提示与天气相符"]


def test_supervisor_edits_the_list_in_settings(qtbot, ctx, boss, checks, qtmodeltester):
    from ui.settings.dialog import SettingsDialog

    dlg = SettingsDialog(Acting(ctx, boss.id, PIN))
    qtbot.addWidget(dlg)
    page = dlg.show_page("checklist")
    qtmodeltester.check(page.model)
    assert page.proxy.rowCount() == 3
    page.new_btn.click()
    page.text.insert("   ")
    page.save_btn.click()
    assert page.errors.text("text") and len(ck.items(include_inactive=True)) == 3
    page.text.insert("玻璃和样册")
    page.shifts["evening"].setChecked(False)
    page.save_btn.click()
    assert not page.errors.text("text")
    new = ck.items()[-1]
    assert (new.text, new.shifts) == ("玻璃和样册", ("morning",))
    assert page.text.text() == "玻璃和样册"  # the saved one stays selected
    page.up_btn.click()
    assert [i.text for i in ck.items()][2:] == ["玻璃和样册", "门口天气提示与天气相符"]
    page.active.setChecked(False)
    page.save_btn.click()
    assert [i.text for i in ck.items()] == ["储物柜钥匙清点", "休息区和前台整洁", "门口天气提示与天气相符"]
    assert AuditLog.select().where(AuditLog.action == "checklist.item_save").count() == 5
    assert AuditLog.select().where(AuditLog.action == "checklist.item_move").count() == 1
    page.evening_from.setValue(15)
    page.evening_save.click()
    assert ck.evening_from() == 15
    assert AuditLog.select().where(AuditLog.action == "setting.change").count() == 1
