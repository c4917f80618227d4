"""PIN entry: an empty PIN is never an attempt (focus and a hint instead), Enter in the PIN field submits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.checkin import commands as checkin
from app.core.errors import PermissionDenied
from app.flow import machine
from app.flow.models import Flow
from app.staff import service as staff
from app.staff.models import StaffAccount


def failed(staff_id: int) -> int:
    return StaffAccount.get(StaffAccount.staff == staff_id).failed_attempts or 0


@pytest.fixture
def signer(ctx):
    s = staff.add_staff(ctx, "王丽二", ["receptionist"])
    staff.authenticate(ctx, s.id, "2468")  # first use: the PIN becomes hers
    return s.id


def test_service_refuses_an_empty_pin_without_counting(ctx, signer):
    for _ in range(6):
        with pytest.raises(PermissionDenied):
            staff.authenticate(ctx, signer, "")
    assert failed(signer) == 0
    staff.authenticate(ctx, signer, "2468")  # not locked out


def test_empty_pin_on_the_flow_board_is_no_attempt(qtbot, window, ctx, couple, signer):
    checkin.check_in_couple(ctx, couple.id, "shoot")
    window.tabs.setCurrentIndex(1)
    tab = window.flow_tab
    tab.refresh()
    tab.board.setFocus()
    tab.board.selectRow(0)
    panel = tab.panel
    assert panel.action.kind == "sign"
    panel.staff.set_staff_id(signer)
    qtbot.keyClick(tab.board, Qt.Key.Key_Return)
    assert failed(signer) == 0
    assert panel.errors.text("pin")  # the hint, next to the field
    assert QApplication.focusWidget() is panel.pin or not window.isActiveWindow()
    reception = next(s for s in machine.load_steps(Flow.get().id) if s.station.code == "reception")
    assert reception.state != "done"
    # Enter in the PIN field submits
    panel.pin.setFocus()
    qtbot.keyClicks(panel.pin, "2468")
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)
    reception = next(s for s in machine.load_steps(Flow.get().id) if s.station.code == "reception")
    assert reception.state == "done"
    assert failed(signer) == 0


def test_pin_dialog_empty_pin_then_enter(qtbot, ctx, signer):
    from ui.common.pin_dialog import PinDialog

    dlg = PinDialog("签字", None, staff_id=signer)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Return)
    assert dlg.result() == 0 and dlg.isVisible()
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text()
    qtbot.keyClicks(dlg.pin, "2468")
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.values() == (signer, "2468")
