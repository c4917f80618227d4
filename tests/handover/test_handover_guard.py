"""The outgoing shift is not closed until the incoming receptionist accepts the handover."""

import pytest

from app.core.errors import Conflict
from app.handover import service as hs
from app.staff import service as staff
from app.staff.models import Shift


def test_no_shift_change_past_a_pending_handover(ctx):
    incoming = staff.add_staff(ctx, "刘芳", ["receptionist"])
    h = hs.submit(ctx, remark="交接")
    with pytest.raises(Conflict):
        staff.start_shift(ctx, incoming.id)
    assert Shift.select().where(Shift.ended_at.is_null()).count() == 1
    hs.accept(ctx, h.id, incoming.id, "")
    assert staff.current_shift(ctx.terminal).operator_id == incoming.id


def test_change_shift_menu_routes_to_the_handover(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    window.change_shift()
    assert window.tabs.currentWidget() is window.handover_tab and shown
