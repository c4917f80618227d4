"""The 流程 tab on real widgets: board model, two-interaction advance, scanning, alerts, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.checkin import commands as checkin
from app.flow import board, machine
from app.flow.models import Flow, FlowStep, StepSignoff
from app.staff import service as staff


@pytest.fixture
def team(ctx):
    out = {}
    for name, roles in [("赵敏", ["makeup_artist"]), ("吴昊", ["stylist"]), ("周婷", ["dresser"]),
                        ("陈静", ["floor_control"]), ("林娜", ["department_supervisor"])]:
        out[name] = staff.add_staff(ctx, name, roles).id
    return out


@pytest.fixture
def shoot(ctx, couple, team):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    return Flow.get(Flow.visit == visit.id)


@pytest.fixture
def tab(window, shoot):
    window.tabs.setCurrentIndex(1)
    t = window.flow_tab
    t.refresh()
    return t


def step(flow_id: int, code: str) -> FlowStep:
    return next(s for s in machine.load_steps(flow_id) if s.station.code == code)


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_models_pass_the_model_tester(qtmodeltester, tab, shoot, ctx, clock, team):
    machine.add_note(ctx, step(shoot.id, "reception").id, "白纱OK")
    clock.advance(minutes=15)
    tab.refresh()
    tab.select_flow(shoot.id)
    for model in (tab.board_model, tab.steps_model, tab.history_model, tab.post_page.model,
                  tab.reports_page.stats_model, tab.reports_page.couple_model):
        qtmodeltester.check(model)
    assert tab.board_model.rowCount() == 1 and tab.steps_model.rowCount() == 8


def test_advance_in_two_interactions(qtbot, tab, shoot, team):
    click_row(qtbot, tab.board, 0)  # 1: pick the couple
    assert tab.panel.action.kind == "sign" and tab.panel.taker.staff_id() == team["赵敏"]
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)  # 2: advance
    assert step(shoot.id, "reception").state == "done"
    assert step(shoot.id, "makeup").state == "handoff" and step(shoot.id, "makeup").staff_id == team["赵敏"]
    # the board stays on the couple, ready for the next advance with the keyboard
    assert tab.selected_board_row().flow_id == shoot.id
    assert tab.panel.action.kind == "start"
    assert tab.panel.confirm.isVisibleTo(tab.panel)  # makeup must confirm the special requests
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)
    assert tab.panel.errors.text("requests")  # shown next to the tick box, nothing written
    assert step(shoot.id, "makeup").state == "handoff"
    tab.panel.confirm.setChecked(True)
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)
    assert step(shoot.id, "makeup").state == "in_progress"
    assert Flow.get_by_id(shoot.id).requests_confirmed_by_id == team["赵敏"]


def test_scanning_the_order_code_picks_then_advances(qtbot, tab, shoot):
    tab.board.clearSelection()
    tab.scan.insert("yl20261120-01")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert tab.selected_board_row().flow_id == shoot.id
    assert step(shoot.id, "reception").state == "in_progress"
    tab.scan.insert("YL20261120-01")  # the same code again: advance
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert step(shoot.id, "reception").state == "done"
    tab.scan.insert("NOPE-1")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert "NOPE-1" in tab.message.text()


def test_alert_counter_in_the_status_bar(window, tab, shoot, clock, ctx):
    assert window.status_text("flow_alerts") == ""
    other = checkin.create_couple(ctx, order_no="YL-2", bride_name="王芳", groom_name="刘强",
                                  bride_phone="13800000002")
    clock.advance(minutes=6)
    checkin.check_in_couple(ctx, other.id)
    clock.advance(minutes=6)  # the first couple has been at reception 12 minutes (limit 10)
    tab.refresh()
    assert window.status_text("flow_alerts") == "流程超时 1 组"
    rows = tab.board_rows()
    assert rows[0].order_no == "YL20261120-01" and rows[0].alert and not rows[1].alert
    idx = tab.board_model.index(0, 0)
    assert tab.board_model.data(idx, Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.board_model.data(tab.board_model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_concurrent_change_gives_a_clear_message(qtbot, tab, shoot, ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append(text)))
    click_row(qtbot, tab.board, 0)
    machine.add_note(ctx, step(shoot.id, "reception").id, "另一台电脑加的备注")  # another window
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)
    assert shown and "另一个窗口" in shown[0]
    assert step(shoot.id, "reception").state == "in_progress"
    assert tab.selected_board_row().version == Flow.get_by_id(shoot.id).version  # reloaded
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)
    assert step(shoot.id, "reception").state == "done"


def test_wrong_role_signer_is_refused_in_the_panel(qtbot, tab, shoot, team, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append(text)))
    click_row(qtbot, tab.board, 0)
    tab.panel.staff.set_role(None)
    tab.panel.staff.set_staff_id(team["周婷"])
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)
    assert shown and "周婷" in shown[0]
    assert step(shoot.id, "reception").state == "in_progress"


def test_not_done_dialog(qtbot, tab, shoot, team):
    from ui.flow.dialogs import ReasonDialog

    tab.select_flow(shoot.id)
    outdoor = next(v for v in tab.steps_model.rows() if v.station_code == "outdoor")
    dlg = ReasonDialog(tab.ctx, outdoor, tab.selected_board_row().version, False, tab)
    qtbot.addWidget(dlg)
    dlg.staff.set_staff_id(team["陈静"])
    dlg.accept()
    assert dlg.errors.text("reason") and step(shoot.id, "outdoor").state == "planned"
    dlg.reason.insert("下雨")
    dlg.accept()
    assert step(shoot.id, "outdoor").state == "not_done" and step(shoot.id, "outdoor").reason == "下雨"


def test_correction_dialog_and_history(qtbot, tab, shoot, team, clock):
    from ui.flow.dialogs import CorrectionDialog

    clock.advance(minutes=5)
    machine.sign_off(tab.ctx, step(shoot.id, "reception").id, None, "")
    tab.refresh()
    tab.select_flow(shoot.id)
    view = next(v for v in tab.steps_model.rows() if v.station_code == "reception")
    dlg = CorrectionDialog(tab.ctx, view, tab.selected_board_row().version, "receptionist", tab)
    qtbot.addWidget(dlg)
    dlg.staff.set_staff_id(team["林娜"])
    dlg.reason.insert("实际 09:03 完成")
    dlg.end.setTime(dlg.end.time().addSecs(-120))
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    entries = list(StepSignoff.select().where(StepSignoff.step == view.step_id).order_by(StepSignoff.id))
    assert [e.kind for e in entries] == ["sign", "correct"]
    assert entries[0].finished_at.minute == 5 and entries[1].finished_at.minute == 3
    tab.refresh()
    texts = [tab.history_model.data(tab.history_model.index(r, 2)) for r in range(tab.history_model.rowCount())]
    assert len(texts) == 2 and "更正" in texts[1]


def test_groom_order_dialog(qtbot, tab, ctx, team, clock):
    ids = []
    for i in range(2):
        c = checkin.create_couple(ctx, order_no=f"G-{i}", bride_name=f"新娘{i}", groom_name=f"新郎{i}",
                                  bride_phone=f"1380000001{i}")
        fid = Flow.get(Flow.visit == checkin.check_in_couple(ctx, c.id).id).id
        board.advance(ctx, fid, "bride", taker_id=team["陈静"])
        ids.append(fid)
    from ui.flow.dialogs import GroomOrderDialog

    dlg = GroomOrderDialog(ctx, board.groom_queue(ctx), tab, on_saved=tab.refresh)
    qtbot.addWidget(dlg)
    assert dlg.flow_ids() == ids
    dlg.list.setCurrentRow(1)
    dlg.move(-1)
    dlg.staff.set_staff_id(team["陈静"])
    dlg.accept()
    assert [r.flow_id for r in board.groom_queue(ctx)] == [ids[1], ids[0]]


def test_reports_page(qtbot, tab, shoot, clock):
    machine.sign_off(tab.ctx, step(shoot.id, "reception").id, None, "")
    tab.pages.setCurrentIndex(2)
    page = tab.reports_page
    page.report_kind.setCurrentIndex(0)
    page.run_report()
    names = [r.name for r in page.stats_model.rows()]
    assert "接待" in names
    page.report_kind.setCurrentIndex(2)
    page.report_order.insert("YL20261120-01")
    qtbot.keyClick(page.report_order, Qt.Key.Key_Return)
    assert page.couple_model.rowCount() == 8 and "张伟" in page.report_note.text()


def test_space_switches_person_and_background_counter(qtbot, window, tab, shoot, team, clock):
    board.advance(tab.ctx, shoot.id, "bride", taker_id=team["赵敏"])  # bride and groom leave reception
    tab.refresh()
    click_row(qtbot, tab.board, 0)
    person = tab.panel.person()
    qtbot.keyClick(tab.board, Qt.Key.Key_Space)
    assert tab.panel.person() != person
    assert "新郎衬衫/造型" in tab.panel.action_label.text() or "化妆" in tab.panel.action_label.text()
    window.tabs.setCurrentIndex(0)  # the receptionist looks at check-in
    clock.advance(minutes=15)  # both have been on the way for 15 minutes
    tab._background_alerts()
    assert window.status_text("flow_alerts") == "流程超时 1 组"


def test_picked_step_survives_the_live_refresh(qtbot, tab, shoot, clock):
    tab.select_flow(shoot.id)
    outdoor_row = next(r for r, v in enumerate(tab.steps_model.rows()) if v.station_code == "outdoor")
    tab.steps.selectRow(outdoor_row)
    assert tab.selected_step().station_code == "outdoor" and tab.skip_button.isEnabled()
    clock.advance(minutes=1)
    tab.refresh()  # the 30-second timer
    assert tab.selected_step().station_code == "outdoor"
    assert tab.selected_board_row().flow_id == shoot.id


def test_post_production_page(qtbot, qtmodeltester, tab, ctx, couple, team):
    retoucher = staff.add_staff(ctx, "许超", ["retoucher"]).id
    machine.start_post_production(ctx, couple.id)
    tab.pages.setCurrentIndex(1)
    tab.refresh()
    qtmodeltester.check(tab.post_page.model)
    assert tab.post_page.model.rowCount() == 1
    click_row(qtbot, tab.post_page.table, 0)
    panel = tab.post_page.panel
    assert panel.action.kind == "start" and not panel.bride_radio.isVisibleTo(panel)
    panel.staff.set_staff_id(retoucher)
    qtbot.keyClick(tab.post_page.table, Qt.Key.Key_Return)
    row = tab.post_page.model.rows()[0]
    assert row.state == "in_progress" and row.staff == "许超"
