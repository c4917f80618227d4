"""The appointments panel, phone log and departure dialog on real widgets (qtbot, offscreen)."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.appointments import departure, phonelog
from app.appointments import service as appts
from app.appointments.models import Appointment, AppointmentChange, PhoneCall, Satisfaction
from app.checkin import commands as checkin
from app.checkin.models import KeyLoan, Visit

TODAY = dt.date(2026, 11, 20)


def at(h: int, m: int = 0, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m))


@pytest.fixture
def warnings(monkeypatch):
    seen: list[str] = []

    def fake(_parent, _title, text, *a, **k):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake)
    monkeypatch.setattr(QMessageBox, "information", fake)
    return seen


@pytest.fixture
def day_of_appointments(ctx, clock, couple):
    others = [checkin.create_couple(ctx, order_no=f"T-{n}", bride_name=f"新娘{n}", groom_name=f"新郎{n}",
                                    bride_phone=f"1390000{n:04d}") for n in (2, 3, 4)]
    a = [appts.create_appointment(ctx, at(9, 30), "shoot", couple_id=couple.id),
         appts.create_appointment(ctx, at(10, 0), "selection", couple_id=others[0].id),
         appts.create_appointment(ctx, at(11, 0), "proof", couple_id=others[1].id),
         appts.create_appointment(ctx, at(12, 0), "pickup", couple_id=others[2].id)]
    return a, [couple, *others]


def _panel(qtbot, ctx):
    from ui.appointments.panel import ExpectedArrivalsPanel

    p = ExpectedArrivalsPanel(ctx)
    qtbot.addWidget(p)
    return p


def test_expected_list_states_on_screen(qtbot, qtmodeltester, ctx, clock, day_of_appointments):
    appointments, couples = day_of_appointments
    clock.set(at(9, 20))
    checkin.check_in_couple(ctx, couples[0].id)
    clock.set(at(11, 15))
    p = _panel(qtbot, ctx)
    qtmodeltester.check(p.model)
    assert [r.status for r in p.rows()] == ["arrived", "no_show", "late", "expected"]
    assert [p.proxy.index(i, 0).data() for i in range(4)] == ["09:30", "10:00", "11:00", "12:00"]
    assert p.proxy.index(2, 3).data() == "迟到 15分" or "15" in p.proxy.index(2, 3).data()
    assert "4" in p.summary.text()
    assert not p.empty.isVisible()


def test_one_interaction_check_in_with_enter(qtbot, ctx, clock, day_of_appointments, warnings):
    appointments, couples = day_of_appointments
    clock.set(at(9, 58))
    p = _panel(qtbot, ctx)
    p.show()
    assert p.select_appointment(appointments[1].id)
    p.table.setFocus()
    with qtbot.waitSignal(p.checkedIn, timeout=1000) as sig:
        qtbot.keyClick(p.table, Qt.Key.Key_Return)
    visit = Visit.get_by_id(sig.args[0])
    assert (visit.couple_id, visit.kind) == (couples[1].id, "selection")
    assert Appointment.get_by_id(appointments[1].id).visit_id == visit.id
    assert p.rows()[1].status == "arrived" and not p.check_in_btn.isEnabled()
    # A second Enter on the arrived row creates nothing and says so.
    qtbot.keyClick(p.table, Qt.Key.Key_Return)
    assert Visit.select().count() == 1 and len(warnings) == 1


def test_double_click_and_scanned_order(qtbot, ctx, clock, day_of_appointments):
    appointments, couples = day_of_appointments
    p = _panel(qtbot, ctx)
    p.show()
    assert p.check_in_by_order("NOPE") is None
    vid = p.check_in_by_order(couples[2].order_no)
    assert Visit.get_by_id(vid).kind == "proof" and Appointment.get_by_id(appointments[2].id).visit_id == vid
    p.select_appointment(appointments[0].id)
    rect = p.table.visualRect(p.proxy.index(0, 1))
    with qtbot.waitSignal(p.checkedIn, timeout=1000):
        qtbot.mouseClick(p.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(p.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert Visit.select().count() == 2


def test_appointment_dialog_refuses_the_past_and_saves(qtbot, ctx, clock, couple):
    from ui.appointments.dialog import AppointmentDialog

    d = AppointmentDialog(ctx)
    qtbot.addWidget(d)
    d.picker.search.insert("张伟")
    d.picker.search.flush()
    qtmodeltester_rows = d.picker.model.rowCount()
    assert qtmodeltester_rows == 1
    d.picker._pick_first("")  # what Enter in the search box does
    assert d.picker.couple_id() == couple.id
    d.date.setDate(QDate(TODAY))
    d.time.setTime(QTime(8, 0))
    d.save()
    assert d.errors.text("starts_at") and Appointment.select().count() == 0
    d.time.setTime(QTime(15, 30))
    d.kind.setCurrentIndex(d.kind.findData("selection"))
    d.note.setPlainText("带父母")
    d.save()
    a = Appointment.get()
    assert (a.starts_at, a.kind, a.note, a.couple_id) == (at(15, 30), "selection", "带父母", couple.id)
    assert d.result() == d.DialogCode.Accepted


def test_reschedule_dialog_keeps_history(qtbot, qtmodeltester, ctx, clock, couple):
    from ui.appointments.dialog import RescheduleDialog

    a = appts.create_appointment(ctx, at(10, 0), "shoot", couple_id=couple.id)
    d = RescheduleDialog(ctx, a.id)
    qtbot.addWidget(d)
    qtmodeltester.check(d.history)
    d.time.setTime(QTime(14, 0))
    d.reason.insert("客人改时间")
    d.save()
    assert Appointment.get_by_id(a.id).starts_at == at(14, 0)
    assert [c.action for c in AppointmentChange.select().order_by(AppointmentChange.id)] == ["booked", "rescheduled"]


# ---------------------------------------------------------------------------------------- phone log

def _phone(qtbot, ctx):
    from ui.appointments.phone_log import PhoneLogPanel

    p = PhoneLogPanel(ctx)
    qtbot.addWidget(p)
    return p


def test_call_dialog_and_callback_listed_until_done(qtbot, qtmodeltester, ctx, clock, couple, monkeypatch):
    from ui.appointments.phone_log import CallDialog

    d = CallDialog(ctx)
    qtbot.addWidget(d)
    d.picker.set_known(couple.id, None)
    d.asked.setPlainText("问选片时间")
    d.answered.setPlainText("稍后确认")
    d.owed.setChecked(True)
    d.callback_by.setDateTime(at(8, 0))  # before the call: refused, nothing saved
    d.save()
    assert d.errors.text("callback_by") and PhoneCall.select().count() == 0
    d.callback_by.setDateTime(at(16, 0))
    d.save()
    call = PhoneCall.get()
    assert (call.couple_id, call.callback_by, call.taken_by_id) == (couple.id, at(16, 0), ctx.operator_id)

    p = _phone(qtbot, ctx)
    qtmodeltester.check(p.owed_model)
    qtmodeltester.check(p.today_model)
    assert p.owed_model.rowCount() == 1 and p.today_model.rowCount() == 1
    assert "****" in p.owed_model.index(0, 2).data()  # the number is masked
    clock.set(at(17, 0))
    p.refresh()
    assert p.owed_model.rows()[0].overdue
    assert p.select_call(call.id, owed=True)
    assert p.done_btn.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("已回电", True))
    with qtbot.waitSignal(p.changed, timeout=1000):
        assert p.mark_done()
    assert p.owed_model.rowCount() == 0 and PhoneCall.get().callback_note == "已回电"


def test_call_turns_into_appointment_without_retyping(qtbot, ctx, clock, monkeypatch):
    from ui.appointments.dialog import AppointmentDialog

    call = phonelog.log_call(ctx, "想咨询旅拍", "欢迎到店", caller_name="钱女士", phone="13712345678")
    p = _phone(qtbot, ctx)
    assert p.select_call(call.id)
    seen = {}

    def fake_exec(dlg):
        seen.update(name=dlg.lead_name.text(), shown=dlg.lead_phone.text(), phone=dlg.lead_phone_value(),
                    kind=dlg.kind.currentData(),
                    note=dlg.note.toPlainText())
        dlg.date.setDate(QDate(TODAY + dt.timedelta(days=1)))
        dlg.time.setTime(QTime(10, 0))
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(AppointmentDialog, "exec", fake_exec)
    assert p.to_appointment()
    assert seen == {"name": "钱女士", "shown": "137****5678", "phone": "13712345678", "kind": "consultation",
                    "note": "想咨询旅拍"}
    a = Appointment.get()
    assert a.lead.phone == "13712345678"
    assert PhoneCall.get_by_id(call.id).appointment_id == a.id and a.lead.name == "钱女士"
    assert not p.appt_btn.isEnabled() or p.selected_call() is None


# ---------------------------------------------------------------------------------------- departure

def test_departure_key_rule_and_score(qtbot, qtmodeltester, ctx, clock, couple, warnings):
    from ui.appointments.departure import DepartureDialog

    v = checkin.check_in_couple(ctx, couple.id)
    checkin.issue_key(ctx, v.id, "07")
    clock.advance(hours=2)
    d = DepartureDialog(ctx, v.id)
    qtbot.addWidget(d)
    qtmodeltester.check(d.keys_model)
    assert d.keys_model.rowCount() == 1 and "07" in d.key_warning.text()
    d.check_out()  # no score picked yet
    assert d.errors.text("score") and Visit.get_by_id(v.id).left_at is None
    d.findChild(type(d.score_group.button(5)), "score5").setChecked(True)
    d.comment.insert("很满意")
    d.check_out()  # key still out: refused with a clear message
    assert warnings and "07" in warnings[-1]
    assert Visit.get_by_id(v.id).left_at is None and Satisfaction.select().count() == 0
    d.lost_btn.click()  # lost needs a note
    assert d.errors.text("note") and KeyLoan.get().returned_at is None
    d.bar_btn.click()
    assert KeyLoan.get().returned_to == "bar" and d.keys_model.rowCount() == 0 and not d.key_warning.isVisible()
    d.check_out()
    assert d.departed and Visit.get_by_id(v.id).left_at == clock.now()
    s = Satisfaction.get()
    assert (s.score, s.comment) == (5, "很满意")


def test_browse_other_days(qtbot, qtmodeltester, ctx, clock, couple):
    tomorrow = appts.create_appointment(ctx, at(10, 0, TODAY + dt.timedelta(days=1)), "proof", couple_id=couple.id)
    p = _panel(qtbot, ctx)
    assert p.model.rowCount() == 0 and p.empty.isVisibleTo(p)
    p.next_btn.click()
    qtmodeltester.check(p.model)
    assert [r.id for r in p.rows()] == [tomorrow.id] and p.rows()[0].status == "expected"
    assert p.select_appointment(tomorrow.id)
    assert not p.check_in_btn.isEnabled() and p.move_btn.isEnabled()
    assert p.check_in_selected() is None and Visit.select().count() == 0
    p.today_btn.click()
    assert p.offset == 0 and p.model.rowCount() == 0


def test_call_turns_into_complaint_without_retyping(qtbot, ctx, clock, couple, monkeypatch):
    from app.complaints.models import Complaint
    from app.staff import service as staff
    from ui.complaints.intake import ComplaintIntakeDialog

    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    call = phonelog.log_call(ctx, "相册有划痕，很不满意", "已记录，今天内答复", caller_name="张伟的妈妈",
                             phone="13700001111", couple_id=couple.id)
    clock.advance(minutes=5)
    p = _phone(qtbot, ctx)
    assert not p.complaint_btn.isHidden()
    assert p.select_call(call.id) and p.complaint_btn.isEnabled()
    seen = {}

    def fake_exec(dlg):
        seen.update(channel=dlg.channel.currentData(), name=dlg.complainant.text(), shown=dlg.contact.text(),
                    contact=dlg.contact_value(), couple=dlg.couple_combo.currentData(),
                    text=dlg.description.toPlainText(), occurred=dlg.occurred.dateTime().toPython())
        dlg.reported_to.setCurrentIndex(dlg.reported_to.findData(boss.id))  # the one thing only the form asks
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(ComplaintIntakeDialog, "exec", fake_exec)
    assert p.to_complaint()
    assert seen["channel"] == "phone" and seen["name"] == "张伟的妈妈" and seen["couple"] == couple.id
    assert seen["shown"] == "137****1111" and seen["contact"] == "13700001111"  # masked on screen, kept in full
    assert "相册有划痕" in seen["text"] and "已记录" in seen["text"] and seen["occurred"] == at(9, 0)
    case = Complaint.get()
    assert (case.channel, case.contact, case.couple_id) == ("phone", "13700001111", couple.id)
    assert PhoneCall.get_by_id(call.id).complaint_id == case.id
    assert p.today_model.rows()[0].complaint_id == case.id


def test_departure_dialog_of_a_visit_already_out(qtbot, ctx, clock, couple, warnings):
    from ui.appointments.departure import DepartureDialog

    v = checkin.check_in_couple(ctx, couple.id)
    checkin.check_out(ctx, v.id)
    d = DepartureDialog(ctx, v.id)
    qtbot.addWidget(d)
    assert not d.checkout_btn.isEnabled() and d.key_warning.text()
    d.score_group.button(4).setChecked(True)
    d.check_out()  # even if triggered, the service refuses a second check-out
    assert warnings and not d.departed and Satisfaction.select().count() == 0


def test_dialogs_show_what_the_person_already_has(qtbot, ctx, clock, couple):
    from ui.appointments.dialog import AppointmentDialog
    from ui.appointments.phone_log import CallDialog

    appts.create_appointment(ctx, at(15, 0, TODAY + dt.timedelta(days=3)), "selection", couple_id=couple.id)
    phonelog.log_call(ctx, "问选片时间", couple_id=couple.id, callback_by=at(12, 0))
    phonelog.log_call(ctx, "问套系", caller_name="孙先生", phone="13698765432")
    d = AppointmentDialog(ctx)
    qtbot.addWidget(d)
    d.picker.set_known(couple.id, None)
    assert d.upcoming.isVisibleTo(d) and "11-23 15:00" in d.upcoming.text()
    c = CallDialog(ctx)
    qtbot.addWidget(c)
    c.picker.set_known(couple.id, None)
    assert c.earlier.isVisibleTo(c) and "问选片时间" in c.earlier.text() and "问套系" not in c.earlier.text()
    c.picker.clear_pick()
    c.phone.insert("136-9876-5432")
    c.phone.editingFinished.emit()
    assert "问套系" in c.earlier.text() and "问选片时间" not in c.earlier.text()


def test_client_safe_mode_hides_notes_and_survives_closed_panels(qtbot, ctx, clock, couple):
    from ui.common.privacy import Privacy

    appts.create_appointment(ctx, at(10, 0), "shoot", couple_id=couple.id, note="新娘怀孕四个月")
    phonelog.log_call(ctx, "投诉化妆师态度", "已记录", couple_id=couple.id, callback_by=at(12, 0))
    from ui.appointments.panel import ExpectedArrivalsPanel
    from ui.appointments.phone_log import PhoneLogPanel

    for gone in (ExpectedArrivalsPanel(ctx), PhoneLogPanel(ctx)):  # closed and deleted before the change
        gone.deleteLater()
    qtbot.wait(10)
    p, log = _panel(qtbot, ctx), _phone(qtbot, ctx)
    privacy = Privacy.instance()
    try:
        privacy.set_client_safe(True)
        assert p.proxy.index(0, 5).data() == "•••" and log.owed_model.index(0, 4).data() == "•••"
    finally:
        privacy.set_client_safe(False)
    assert p.proxy.index(0, 5).data() == "新娘怀孕四个月"


def test_check_in_from_the_window_points_out_the_birthday_once(qtbot, window, ctx, clock, monkeypatch):
    c = checkin.create_couple(ctx, order_no="BD-1", bride_name="林小美", groom_name="王大伟",
                              bride_phone="13800001234", bride_birthday=dt.date(1997, 11, 22))
    appts.create_appointment(ctx, at(10, 0), "selection", couple_id=c.id)
    appts.create_appointment(ctx, at(10, 0, TODAY + dt.timedelta(days=1)), "proof", couple_id=c.id)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    panel = window.checkin_tab.expected_panel
    panel.refresh()
    with qtbot.waitSignal(panel.checkedIn, timeout=1000):
        assert panel.check_in_by_order("bd-1")
    assert len(shown) == 1 and "林小美" in shown[0] and "11月22日" in shown[0]
    departure.depart(ctx, Visit.get().id, 5)
    clock.set(at(9, 50, TODAY + dt.timedelta(days=1)))
    panel.refresh()
    assert panel.check_in_by_order("BD-1")
    assert len(shown) == 1  # the same birthday is not pointed out twice
