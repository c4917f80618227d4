"""Rounds (巡查) on real widgets: the list on the check-in tab, the round dialog, the status-bar counter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.flow import machine, rounds
from app.flow.models import GuestRound
from tests.flow.flow_util import steps_by_station
from ui.flow.rounds_panel import RoundDialog


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    return shown


def _waiting_16_minutes(ctx, shoot, clock):
    machine.sign_off(ctx, steps_by_station(shoot.id)["reception"].id, None, "")
    clock.advance(minutes=16)


def test_list_dialog_and_status_counter(qtbot, window, ctx, shoot, clock, monkeypatch):
    tab = window.checkin_tab
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    panel = tab.rounds_panel
    assert panel.model.rowCount() == 0 and panel.tabs.tabText(panel.tabs.indexOf(panel)) == "待巡查 (0)"

    _waiting_16_minutes(ctx, shoot, clock)
    tab.refresh()
    assert panel.model.rowCount() == 1
    assert panel.tabs.tabText(panel.tabs.indexOf(panel)) == "待巡查 (1)"
    assert panel.proxy.index(0, 0).data() == "张伟 & 李明" and panel.proxy.index(0, 1).data() == "新人"
    assert "化妆" in panel.proxy.index(0, 2).data() and panel.proxy.index(0, 5).data() == "暂无"

    window.status_feed.refresh()
    qtbot.waitUntil(lambda: window.status_text("flow_rounds") != "", timeout=10_000)
    assert window.status_text("flow_rounds") == "1 位等候的客人需要巡查"
    window.tabs.setCurrentIndex(1)
    from ui.status_counters import jump

    assert jump(window, "flow_rounds") is panel.table  # the counter leads to the list, first row picked
    assert window.tabs.currentWidget() is tab and tab.lower.currentWidget() is panel
    row = panel.model.row_at(0)

    # The dialog: an empty note is refused next to the field, nothing saved; a quick pick fills it.
    dlg = RoundDialog(ctx, row, panel)
    qtbot.addWidget(dlg)
    dlg.save()
    assert dlg.result() == 0 and dlg.errors.text("note") and GuestRound.select().count() == 0
    dlg.pick_buttons[0].click()
    assert dlg.note.text() == "送水"
    dlg.note.insert("，聊了几句")
    dlg.save()
    assert dlg.result() == 1
    [r] = GuestRound.select()
    assert (r.note, r.person, r.staff_id) == ("送水，聊了几句", "couple", ctx.operator_id)

    # Through the panel's action: the dialog opens on the selected row and the list refreshes after.
    clock.advance(minutes=15)
    tab.refresh()
    assert panel.model.rowCount() == 1 and "送水" in panel.proxy.index(0, 5).data()
    panel.select_first()

    def fake_exec(self):
        self.note.insert("告知新娘快好了")
        self.save()
        return self.result()

    monkeypatch.setattr(RoundDialog, "exec", fake_exec)
    assert panel.round_selected() is not None
    assert panel.model.rowCount() == 0 and rounds.to_look_after(ctx) == []
    window.status_feed.refresh()
    qtbot.waitUntil(lambda: window.status_text("flow_rounds") == "", timeout=10_000)


def test_round_for_a_guest_who_left_is_refused_in_the_dialog(qtbot, ctx, shoot, clock):
    from app.checkin import commands as checkin

    _waiting_16_minutes(ctx, shoot, clock)
    [row] = rounds.to_look_after(ctx)
    checkin.check_out(ctx, row.visit_id)  # gone while the dialog was open
    dlg = RoundDialog(ctx, row)
    qtbot.addWidget(dlg)
    dlg.note.insert("送水")
    dlg.save()
    assert dlg.result() == 0 and "离" in dlg.errors._general.text() and dlg.note.text() == "送水"
    assert GuestRound.select().count() == 0


def test_a_round_logged_elsewhere_reaches_the_list_through_the_live_refresh(qtbot, window, ctx, shoot, clock):
    window.watcher.stop()  # the test says what changed itself (the watcher's own polling is tested elsewhere)
    tab = window.checkin_tab
    window.tabs.setCurrentWidget(tab)
    _waiting_16_minutes(ctx, shoot, clock)
    qtbot.waitUntil(lambda: not window.refreshing(), timeout=10_000)  # the window's first fill is in
    tab.refresh()
    assert tab.rounds_panel.model.rowCount() == 1
    [row] = rounds.to_look_after(ctx)
    rounds.record_round(ctx, row.visit_id, "couple", "送杂志")  # floor control, at another counter
    window.topics_changed({"round"})  # what the change watcher says for it (its topic: round.record → round)
    qtbot.waitUntil(lambda: tab.rounds_panel.model.rowCount() == 0, timeout=5_000)
    assert tab.rounds_panel.tabs.tabText(tab.rounds_panel.tabs.indexOf(tab.rounds_panel)) == "待巡查 (0)"


def test_the_interval_is_set_in_the_flow_settings(qtbot, ctx, no_message_boxes):
    from app.staff import service as staff
    from ui.flow.settings_page import FlowSettingsDialog

    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"]).id
    dlg = FlowSettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.staff.reload()
    dlg.staff.set_staff_id(ctx.operator_id)  # a receptionist may not
    assert dlg.round_minutes.value() == 15
    dlg.round_minutes.setValue(20)
    assert not dlg.save_round_minutes() and no_message_boxes and rounds.round_minutes() == 15
    dlg.staff.set_staff_id(boss)
    assert dlg.save_round_minutes() and rounds.round_minutes() == 20
