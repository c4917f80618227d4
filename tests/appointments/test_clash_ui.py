"""The clash warning in the booking form (offscreen): the other appointment named, changing the time keeps
what was typed and saves nothing, booking anyway needs a reason and is audited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime

from app.appointments import clashes
from app.appointments import service as appts
from app.appointments.models import Appointment
from app.checkin import commands as checkin
from app.core.models import AuditLog
from app.staff import service as staff
from ui.appointments import clash_dialog
from ui.appointments.clash_dialog import ClashDialog
from ui.appointments.dialog import AppointmentDialog

TOMORROW = dt.date(2026, 11, 21)


def test_booking_form_warns_of_a_clash_and_books_anyway_with_the_reason(qtbot, ctx, couple, monkeypatch):
    seller = staff.add_staff(ctx, "何雪", ["selection"]).id
    room = clashes.store_room(ctx, "选片室 1", 1, ["selection"])
    other = checkin.create_couple(ctx, order_no="YL20261101-01", bride_name="王芳", groom_name="刘洋",
                                  bride_phone="13612345671")
    first = appts.create_appointment(ctx, dt.datetime.combine(TOMORROW, dt.time(10)), "selection",
                                     couple_id=other.id, staff_id=seller, room_id=room.id)
    answers: list[str | None] = [None, "客人只有这个时间"]
    shown = []
    monkeypatch.setattr(clash_dialog, "ask_override", lambda _p, found: (shown.append(found), answers.pop(0))[1])
    d = AppointmentDialog(ctx)
    qtbot.addWidget(d)
    d.picker.set_known(couple.id, None)
    d.kind.setCurrentIndex(d.kind.findData("selection"))
    assert d.room.currentData() == room.id and d.minutes.value() == 90
    d.date.setDate(QDate(TOMORROW))
    d.time.setTime(QTime(10, 30))
    d.staff.set_staff_id(seller)
    d.note.setPlainText("带父母")
    d.save()  # she changes the time instead: nothing saved, the warning stays next to the time, input kept
    assert shown and {c.kind for c in shown[0]} == {"staff", "room"} and "王芳" in shown[0][0].message
    assert d.errors.text("starts_at") and not d.result() and Appointment.select().count() == 1
    assert d.note.toPlainText() == "带父母"
    d.save()  # books anyway
    assert d.result() and Appointment.select().count() == 2
    entry = AuditLog.get(AuditLog.action == "appointment.clash_override")
    assert "客人只有这个时间" in entry.after and str(first.id) in entry.after


def test_clash_dialog_needs_a_reason(qtbot):
    found = [clashes.ClashInfo("staff", 1, dt.datetime(2026, 11, 21, 10), 90, "王芳 & 刘洋", "selection", "何雪", "",
                               "何雪 is already booked")]
    dlg = ClashDialog(found)
    qtbot.addWidget(dlg)
    dlg.book_btn.click()
    assert not dlg.result() and dlg.error.text()
    dlg.reason.insert("客人只有这个时间")
    dlg.book_btn.click()
    assert dlg.result()


def test_rooms_page_adds_a_room_and_refuses_one_booked_for_nothing(qtbot, ctx):
    from ui.common.pin_dialog import Acting
    from ui.settings.dialog import SettingsDialog

    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin="739153")
    dlg = SettingsDialog(Acting(ctx, boss.id, "739153"))
    qtbot.addWidget(dlg)
    page = dlg.show_page("rooms")
    assert page.proxy.rowCount() == 0
    page.new_btn.click()
    page.name.insert("选片室 1")
    page.capacity.setValue(2)
    page.save_btn.click()
    assert page.errors.text("kinds") and clashes.rooms() == [] and page.name.text() == "选片室 1"
    page.kinds["selection"].setChecked(True)
    page.kinds["proof"].setChecked(True)
    page.save_btn.click()
    [r] = clashes.rooms()
    assert (r.name, r.capacity, r.kinds) == ("选片室 1", 2, ("selection", "proof")) and page.proxy.rowCount() == 1
