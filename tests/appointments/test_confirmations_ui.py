"""明日确认 on real widgets and a real database: record outcomes with the buttons, reschedule through the
outcome dialog, copy the reminder to the clipboard, and reach the page from the check-in tab and Ctrl+T."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from app import settings_service
from app.appointments import confirmations as conf
from app.appointments import service as appts
from app.appointments.models import Appointment, ConfirmationCall
from app.checkin import commands as checkin
from ui.appointments.confirmations import ConfirmationsPage

SATURDAY = dt.date(2026, 11, 21)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def booked(ctx):
    settings_service.write_studio_info(ctx, settings_service.StudioInfo(
        name="纽约婚纱摄影", address="杭州市西湖区文三路1号", phone="0571-88001234"))
    out = []
    for n, (h, kind) in enumerate([(10, "shoot"), (14, "selection"), (16, "pickup")], start=1):
        c = checkin.create_couple(ctx, order_no=f"U-{n}", bride_name=f"新娘{n}", groom_name=f"新郎{n}",
                                  bride_phone=f"1390000{n:04d}")
        out.append(appts.create_appointment(ctx, dt.datetime.combine(SATURDAY, dt.time(h)), kind, couple_id=c.id))
    return out


def test_record_outcomes_and_counts(qtbot, ctx, booked):
    page = ConfirmationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1060, 600)
    assert "0 / 3" in page.counts.text() and "确认" in page.counts.text()
    assert [r.id for r in page.rows()] == [a.id for a in booked]
    assert page.select_appointment(booked[0].id)
    page.note.insert("新娘说会早到")
    qtbot.mouseClick(page.confirmed_btn, Qt.MouseButton.LeftButton)
    [call] = list(ConfirmationCall.select())
    assert call.outcome == "confirmed" and call.note == "新娘说会早到" and call.by_id == ctx.operator_id
    assert "1 / 3" in page.counts.text() and page.note.text() == ""
    row0 = page.model.index(0, 5).data()
    assert "已确认" in row0 and "王丽" in row0
    # the next open appointment is selected: no answer
    assert page.model.rows()[1].id == booked[1].id
    page.select_appointment(booked[1].id)
    qtbot.mouseClick(page.no_answer_btn, Qt.MouseButton.LeftButton)
    assert conf.confirmations(ctx).no_answer == 1
    page.select_appointment(booked[0].id)
    assert not page.confirmed_btn.isEnabled() and page.cancel_btn.isEnabled()


def test_reschedule_through_the_outcome_dialog(qtbot, ctx, booked):
    page = ConfirmationsPage(ctx)
    qtbot.addWidget(page)
    page.select_appointment(booked[2].id)
    dlg = page.record_with_dialog("rescheduled", exec_=False)
    qtbot.addWidget(dlg)
    from PySide6.QtCore import QDate, QTime

    dlg.date.setDate(QDate(2026, 11, 24))
    dlg.time.setTime(QTime(11, 0))
    dlg.reason.insert("周六加班")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    page._done(dlg.result_value)
    assert Appointment.get_by_id(booked[2].id).starts_at == dt.datetime(2026, 11, 24, 11, 0)
    assert "已改约或取消 1" in page.summary.text()
    assert "0 / 2" in page.counts.text()


def test_cancel_without_reason_is_refused_next_to_the_field(qtbot, ctx, booked):
    page = ConfirmationsPage(ctx)
    qtbot.addWidget(page)
    page.select_appointment(booked[1].id)
    dlg = page.record_with_dialog("cancelled", exec_=False)
    qtbot.addWidget(dlg)
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.errors.text("reason") and ConfirmationCall.select().count() == 0
    assert Appointment.get_by_id(booked[1].id).status == "booked"
    dlg.reason.insert("新郎出差")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert Appointment.get_by_id(booked[1].id).status == "cancelled"


def test_copy_puts_the_reminder_on_the_clipboard(qtbot, ctx, booked):
    page = ConfirmationsPage(ctx)
    qtbot.addWidget(page)
    page.select_appointment(booked[0].id)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_btn, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == page.reminder.toPlainText() and text
    assert "新娘1" in text and "身份证" in text and "11月21日" in text and "纽约婚纱摄影" in text
    assert page.copied.text()
    page.select_appointment(booked[1].id)  # a selection: nothing special to bring
    assert "身份证" not in page.reminder.toPlainText()


def test_reached_from_the_check_in_tab_and_ctrl_t(qtbot, window, booked):
    panel = window.checkin_tab.expected_panel
    assert panel.confirm_btn.isVisible() or panel.confirm_btn.isVisibleTo(window)
    dlg = panel.open_confirmations(exec_=False)
    qtbot.addWidget(dlg)
    assert len(dlg.page.rows()) == 3
    act = window.shortcut_actions["actConfirmations"]
    assert act.shortcut().toString() == "Ctrl+T"
    seen = []

    def close_it():
        from PySide6.QtWidgets import QApplication

        w = QApplication.activeModalWidget()
        seen.append(w.objectName() if w is not None else None)
        if w is not None:
            seen.append(len(w.page.rows()))
            w.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, close_it)
    act.trigger()
    assert seen == ["confirmationsDialog", 3]
    assert window.tabs.currentWidget() is window.checkin_tab
