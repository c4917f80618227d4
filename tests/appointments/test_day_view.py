"""The day book per staff member and per room: the service's grid on a real database, and the dialog's
model and filters (offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.appointments import clashes, dayview
from app.appointments import service as appts
from app.checkin import commands as checkin
from app.staff import service as staff

TOMORROW = dt.date(2026, 11, 21)


def at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime.combine(TOMORROW, dt.time(h, m))


@pytest.fixture
def book(ctx, couple):
    seller = staff.add_staff(ctx, "何雪", ["selection"]).id
    dresser = staff.add_staff(ctx, "周婷", ["dresser"]).id
    room = clashes.store_room(ctx, "选片室 1", 1, ["selection"])
    fitting = clashes.store_room(ctx, "礼服间", 2, ["dress_fitting"])
    other = checkin.create_couple(ctx, order_no="YL20261101-01", bride_name="王芳", groom_name="刘洋",
                                  bride_phone="13612345671")
    third = checkin.create_couple(ctx, order_no="YL20261101-02", bride_name="陈晨", groom_name="赵磊",
                                  bride_phone="13612345672")
    a = appts.create_appointment(ctx, at(10), "selection", couple_id=couple.id, staff_id=seller, room_id=room.id)
    appts.create_appointment(ctx, at(10, 30), "selection", couple_id=other.id, staff_id=seller, room_id=room.id,
                             override_reason="客人只有这个时间", accepted_clashes=[a.id])
    appts.create_appointment(ctx, at(14), "dress_fitting", couple_id=third.id, staff_id=dresser,
                             room_id=fitting.id)
    appts.create_appointment(ctx, at(16), "pickup", couple_id=third.id)
    return {"seller": seller, "dresser": dresser, "room": room, "fitting": fitting}


def test_grid_per_staff_member_marks_the_double_booking(ctx, book):
    g = dayview.day_grid(ctx, TOMORROW, "staff")
    assert [ln.name for ln in g.lanes][-1] == "No staff named" and {"何雪", "周婷"} <= {ln.name for ln in g.lanes}
    seller = next(i for i, ln in enumerate(g.lanes) if ln.id == book["seller"])
    slot = {s: i for i, s in enumerate(g.slots)}
    assert g.slots[0] == at(8) and g.slots[-1] == at(19, 30)
    assert [b.who for b in g.bookings(slot[at(10)], seller)] == ["张伟 & 李明"]
    assert not g.clash(slot[at(10)], seller)
    assert g.clash(slot[at(10, 30)], seller) and g.clash(slot[at(11)], seller)  # 10:30–12:00 over 10:00–11:30
    assert not g.clash(slot[at(11, 30)], seller)
    first = g.bookings(slot[at(10, 30)], seller)
    assert [b.first for b in first] == [False, True]


def test_grid_per_room_uses_the_capacity(ctx, book):
    g = dayview.day_grid(ctx, TOMORROW, "room")
    names = [ln.name for ln in g.lanes]
    assert names == ["选片室 1", "礼服间", "No room"]
    slot = {s: i for i, s in enumerate(g.slots)}
    assert g.clash(slot[at(10, 30)], 0)  # capacity 1, two selections
    assert len(g.bookings(slot[at(14)], 1)) == 1 and not g.clash(slot[at(14)], 1)
    assert [b.kind_label for b in g.bookings(slot[at(16)], 2)] == ["Pickup"]


def test_day_book_dialog_filters_slots_and_lanes(qtbot, qtmodeltester, ctx, book):
    from ui.appointments.day_view import CLASH_BG, DayViewDialog

    dlg = DayViewDialog(ctx, TOMORROW)
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.model)
    qtmodeltester.check(dlg.proxy)
    all_rows = dlg.proxy.rowCount()
    assert all_rows == 24 and dlg.proxy.columnCount() == 3
    dlg.only_booked.setChecked(True)
    times = [dlg.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(dlg.proxy.rowCount())]
    assert times == ["10:00", "10:30", "11:00", "11:30", "14:00", "14:30", "16:00"]
    dlg.lane_filter.insert("何")  # typed (keyClicks cannot type Chinese)
    assert dlg.proxy.columnCount() == 1
    cell = dlg.proxy.index(1, 0)
    assert "王芳" in cell.data() and cell.data(Qt.ItemDataRole.BackgroundRole).name() == CLASH_BG
    dlg.lane_filter.clear()
    dlg.by.setCurrentIndex(dlg.by.findData("room"))
    from app.core.i18n import translate

    assert [dlg.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(dlg.proxy.columnCount())] == [
        "选片室 1", "礼服间 (2)", translate("Appointments", "No room")]
    assert dlg.summary.text() == dlg.tr("{n} appointments · {c} half hours with a clash (red)").format(n=4, c=2)


def test_panel_opens_the_day_book_on_its_day(qtbot, ctx, book):
    from ui.appointments.panel import ExpectedArrivalsPanel

    panel = ExpectedArrivalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_day(1)
    dlg = panel.open_day_book(exec_=False)
    qtbot.addWidget(dlg)
    assert dlg.date.date().toPython() == TOMORROW and dlg.proxy.columnCount() == 3
