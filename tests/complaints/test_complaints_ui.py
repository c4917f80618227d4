import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.complaints import cases, config
from app.complaints.models import Complaint, ComplaintCategory, ComplaintMiss
from app.core import hooks
from app.staff import service as staff
from ui.common.privacy import Privacy
from ui.common.widgets import ROW_ROLE
from ui.complaints.case import ComplaintCaseDialog
from ui.complaints.intake import ComplaintIntakeDialog, to_qt
from ui.complaints.settings_page import ComplaintSettingsDialog
from ui.complaints.tab import ComplaintsTab

START = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def people(ctx):
    return {"boss": staff.add_staff(ctx, "黄蓉", ["store_supervisor"]),
            "exec": staff.add_staff(ctx, "杨总", ["executive_manager"]),
            "makeup": staff.add_staff(ctx, "赵敏", ["makeup_artist"])}


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    return shown


def make_case(ctx, people, **kw):
    data = dict(complainant="张伟", channel="counter", category_id=config.categories()[0].id, description="等了很久",
                reported_to_id=people["boss"].id, reported_at=ctx.now())
    data.update(kw)
    return cases.create_complaint(ctx, **data)


def test_intake_through_the_form(qtbot, ctx, people, couple):
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.couple_search.insert("zw")
    dlg.couple_search.flush()
    assert dlg.couple_combo.currentData() == couple.id
    assert dlg.complainant.text() == "张伟"
    assert dlg.contact.text() == "138****5678"  # never the full number on screen
    dlg.channel.setCurrentIndex(dlg.channel.findData("phone"))
    assert dlg.promised_check.isChecked() and not dlg.promised_check.isEnabled()
    dlg.category.setCurrentIndex(dlg.category.findText("化妆"))
    assert "化妆师" in dlg.handling.text()
    assert "化妆" in dlg.deadlines.text() or dlg.deadlines.text()
    dlg.description.insertPlainText("睫毛胶过敏")
    # Not reported yet and the promised time in the past: messages next to the fields, nothing saved.
    dlg.promised.setDateTime(to_qt(START - dt.timedelta(hours=1)))
    dlg.save()
    assert dlg.result() == 0 and Complaint.select().count() == 0
    assert dlg.errors.text("reported_to") and dlg.errors.text("promised_reply_at")
    assert dlg.findChild(type(dlg.handling), "error_promised_reply_at").isVisibleTo(dlg)
    dlg.reported_to.setCurrentIndex(dlg.reported_to.findData(people["boss"].id))
    dlg.promised.setDateTime(to_qt(START + dt.timedelta(hours=3)))
    i = next(i for i in range(dlg.responsible.count())
             if dlg.responsible.itemData(i) and dlg.responsible.itemData(i)[0] == people["makeup"].id)
    dlg.responsible.setCurrentIndex(i)
    dlg.save()
    c = Complaint.get()
    assert dlg.created.id == c.id
    assert (c.couple_id, c.contact, c.channel, c.responsible_id) == (couple.id, "13812345678", "phone",
                                                                     people["makeup"].id)
    assert c.due_reply == START + dt.timedelta(hours=3)


def test_stand_in_lists_everyone(qtbot, ctx, people):
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.reported_to.findData(people["makeup"].id) < 0
    dlg.stand_in.setChecked(True)
    assert dlg.reported_to.findData(people["makeup"].id) >= 0


def test_tab_lists_overdue_first_and_counts(qtbot, qtmodeltester, ctx, people, clock, monkeypatch):
    # A fresh privacy state: widgets of earlier tests may still listen to the process-wide one.
    monkeypatch.setattr(Privacy, "_instance", None)
    a = make_case(ctx, people)
    b = make_case(ctx, people, complainant="李女士", channel="phone", contact="13900001111",
                  promised_reply_at=START + dt.timedelta(hours=1))
    clock.advance(hours=2)
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    statuses = []
    tab.statusChanged.connect(lambda k, t: statuses.append((k, t)))
    tab.refresh()
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    ids = [tab.proxy.index(r, 0).data(ROW_ROLE).id for r in range(tab.proxy.rowCount())]
    assert ids == [b.id, a.id]
    bg = tab.proxy.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert bg is not None and bg.color().name() == "#ffcdd2"
    assert [t for k, t in statuses if k == "complaints_overdue"][-1].endswith("1")
    tab.view_combo.setCurrentIndex(tab.view_combo.findData("closed"))
    assert tab.proxy.rowCount() == 0
    tab.view_combo.setCurrentIndex(tab.view_combo.findData("open"))
    tab.search.insert("李女士")
    tab.search.flush()
    assert tab.proxy.rowCount() == 1
    Privacy.instance().set_client_safe(True)
    try:
        assert tab.proxy.index(0, 15).data() == "•••"
    finally:
        Privacy.instance().set_client_safe(False)
    printed = []
    tab.print_requested.connect(printed.append)
    tab.select_case(b.id)
    tab.print_button.click()
    assert printed == [b.id]


def test_case_dialog_lifecycle(qtbot, qtmodeltester, ctx, people, clock):
    c = make_case(ctx, people, category_id=next(x.id for x in config.categories() if x.name == "价格/补偿"))
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    for m in (dlg.deadline_model, dlg.log_model, dlg.miss_model):
        qtmodeltester.check(m)
    assert dlg.deadline_model.rowCount() == 4 and "KS-20261120-001" in dlg.header.text()
    dlg.follow_text.insertPlainText("已核实")
    dlg.follow_told.setChecked(True)
    dlg.investigate_button.click()
    assert Complaint.get_by_id(c.id).status == "investigating" and dlg.log_model.rowCount() == 2
    # Resolving with compensation beyond the order and no approval: message next to the field.
    dlg.confirmed.setChecked(True)
    dlg.corrective.insertPlainText("补拍")
    dlg.beyond.setChecked(True)
    dlg.resolve_button.click()
    assert dlg.resolve_errors.text("compensation") and Complaint.get_by_id(c.id).status == "investigating"
    dlg.approval_text.setPlainText("赠送相册")
    dlg.request_button.click()
    assert dlg.approve_button.isEnabled()
    dlg.ask_pin = lambda *_a: (people["boss"].id, "")
    dlg.approve_button.click()  # not an executive manager: refused next to the buttons, nothing changes
    assert Complaint.get_by_id(c.id).approval == "pending"
    assert "黄蓉" in dlg.approval_errors.text("approver")
    dlg.ask_pin = lambda *_a: (people["exec"].id, "")
    dlg.approve_button.click()
    assert Complaint.get_by_id(c.id).approval == "approved" and dlg.beyond.isChecked()
    dlg.confirmed.setChecked(True)
    dlg.apology.setChecked(True)
    dlg.resolve_button.click()
    assert Complaint.get_by_id(c.id).status == "resolved"
    dlg.close_button.click()  # no response written
    assert dlg.close_errors.text("customer_response")
    dlg.response_text.insertPlainText("满意")
    dlg.close_button.click()
    assert Complaint.get_by_id(c.id).status == "closed" and not dlg.close_button.isEnabled()
    emitted = []
    dlg.print_requested.connect(emitted.append)
    dlg.print_button.click()
    assert emitted == [c.id]


def test_settings_dialog_edits_handling_with_pin(qtbot, ctx, people):
    dlg = ComplaintSettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.ask_pin = lambda: (people["makeup"].id, "")
    dlg.category_list.setCurrentRow(0)
    dlg.category_handling.setPlainText("新的标准处理")
    dlg.save_category()
    assert ComplaintCategory.select().order_by(ComplaintCategory.sort_order).first().handling != "新的标准处理"
    dlg.ask_pin = lambda: (people["boss"].id, "")
    dlg.save_category()
    assert ComplaintCategory.select().order_by(ComplaintCategory.sort_order).first().handling == "新的标准处理"
    dlg.holidays_edit.setPlainText("2027-01-01\nnot-a-date")
    dlg.save_workdays()
    assert dlg.wd_errors.text("holidays")
    dlg.years_edit.setText("2027")
    dlg.holidays_edit.setPlainText("2027-01-01, 2027-02-10")
    dlg.workdays_edit.setPlainText("2027-01-09")
    dlg.save_workdays()
    from app.core.calendar import load_overrides

    ov = load_overrides()
    assert ov.years == {2027} and dt.date(2027, 2, 10) in ov.holidays and dt.date(2027, 1, 9) in ov.workdays


def test_window_counts_overdue_in_the_status_bar(window, ctx, people, clock):
    from ui.complaints.tab import ComplaintsTab

    assert isinstance(window.complaints_tab, ComplaintsTab)
    make_case(ctx, people, channel="online", contact="微信 zw", promised_reply_at=START + dt.timedelta(hours=1))
    clock.advance(hours=2)
    assert ComplaintMiss.select().count() == 0
    assert window.complaints_tab.status_timer.isActive()
    window.complaints_tab.status_timer.timeout.emit()  # the tab's own timer, even when it is not shown
    assert window.status_text("complaints_overdue") == "逾期客怨：1"
    assert [m.kind for m in ComplaintMiss.select()] == ["reply"]  # recorded by the check, not by a list
    clock.advance(hours=23)  # the 24 h investigation and the first daily feedback pass too
    window.complaints_tab.refresh()
    assert sorted(m.kind for m in ComplaintMiss.select()) == ["feedback", "investigation", "reply"]


def test_keyboard_enter_moves_on_ctrl_enter_saves(qtbot, ctx, people):
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.complainant.setFocus()
    qtbot.keyClick(dlg.complainant, Qt.Key.Key_Return)
    assert dlg.focusWidget() is dlg.contact and Complaint.select().count() == 0
    dlg.complainant.insert("张伟")
    dlg.description.insertPlainText("等了很久")
    dlg.reported_to.setCurrentIndex(dlg.reported_to.findData(people["boss"].id))
    qtbot.keyClick(dlg.contact, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert Complaint.select().count() == 1 and dlg.created is not None


def test_uncovered_calendar_is_visible(qtbot, ctx, people, clock):
    clock.set(dt.datetime(2026, 12, 28, 10, 0))  # + 5 working days runs into 2027
    make_case(ctx, people, reported_at=clock.now())
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    statuses = []
    tab.statusChanged.connect(lambda k, t: statuses.append((k, t)))
    tab.refresh()
    assert not tab.calendar_warning.isHidden() and "2027-01-01" in tab.calendar_warning.text()
    assert [t for k, t in statuses if k == "complaints_calendar"][-1]
    row = tab.proxy.index(0, 0).data(ROW_ROLE)
    assert row.deadline("result").estimated
    assert "⚠" in tab.proxy.index(0, 6).data()


def test_responsible_from_the_couples_flow(qtbot, ctx, people, couple, monkeypatch):
    from app.flow.models import Station

    makeup = Station.get(Station.code == "makeup")
    monkeypatch.setattr(hooks.flow_staff, "_listeners",
                        [lambda _ctx, couple_id: [(people["makeup"].id, makeup.id)] if couple_id == couple.id else []])
    dlg = ComplaintIntakeDialog(ctx, couple_id=couple.id)
    qtbot.addWidget(dlg)
    labels = [dlg.responsible.itemText(i) for i in range(dlg.responsible.count())]
    assert labels[1:] == ["赵敏 · 化妆"]  # only the staff of this couple's flow, with their station
    dlg.responsible.setCurrentIndex(1)
    assert dlg.station.currentData() == makeup.id
    dlg.couple_combo.setCurrentIndex(0)  # no couple: everyone active
    assert dlg.responsible.count() == 1 + len(staff.active_staff())


def test_several_matching_couples_are_not_picked_for_her(qtbot, ctx, people, couple):
    from app.checkin import commands as checkin

    other = checkin.create_couple(ctx, order_no="YL-2", bride_name="张丽", groom_name="王强", bride_phone="13700000000")
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.couple_search.insert("张")
    dlg.couple_search.flush()
    assert dlg.couple_combo.count() == 3 and dlg.couple_combo.currentData() is None
    assert dlg.complainant.text() == ""
    dlg.couple_combo.setCurrentIndex(dlg.couple_combo.findData(couple.id))
    dlg.couple_combo.setCurrentIndex(dlg.couple_combo.findData(other.id))  # she corrects her choice
    assert dlg.complainant.text() == "张丽" and dlg.contact.text() == "137****0000"
    assert dlg.contact_value() == "13700000000"
    dlg.complainant.clear()
    dlg.complainant.insert("张丽妈妈")
    dlg.couple_combo.setCurrentIndex(dlg.couple_combo.findData(couple.id))
    assert dlg.complainant.text() == "张丽妈妈"  # typed by her: kept
