"""Staff dialogs on real widgets: first run from an empty database, the shift PIN, the PIN dialog's
first-use fields, adding / deactivating / refusing to delete staff."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.context import AppContext
from app.core.models import AuditLog
from app.settings_service import studio_info
from app.staff import service as staff
from app.staff.models import Staff
from ui.common.pin_dialog import Acting, PinDialog
from ui.staff.dialog import ChangePinDialog, StaffEditDialog, StaffPage
from ui.staff.shift_dialog import ShiftDialog

PIN = "739153"


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "杨总", ["executive_manager"], pin=PIN)


def test_first_run_sets_up_a_supervisor_and_starts_her_shift(qtbot, database, clock):
    ctx = AppContext(clock=clock)
    dlg = ShiftDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.first_run
    dlg.name_edit.insert("黄蓉")
    dlg.role_combo.setCurrentIndex(dlg.role_combo.findData("store_supervisor"))
    dlg.pin.insert("12")
    dlg.pin_again.insert("12")
    dlg.studio_phone.insert("028-8666 1234")
    dlg.accept_shift()
    # Both parts are checked at once and nothing is saved: a short PIN and no studio name.
    assert dlg.result() == 0 and dlg.errors.text("pin") and dlg.errors.text("studio_name")
    assert not Staff.select().exists() and studio_info().phone == ""
    assert dlg.studio_phone.text() == "028-8666 1234" and dlg.name_edit.text() == "黄蓉"
    dlg.studio_name.insert("金夫人婚纱摄影")
    dlg.pin.clear()
    dlg.pin.insert("2580")
    dlg.pin_again.clear()
    dlg.pin_again.insert("2580")
    dlg.accept_shift()
    assert dlg.result() == ShiftDialog.DialogCode.Accepted
    s = Staff.get(Staff.name == "黄蓉")
    assert ctx.operator_id == s.id and s.has_role("store_supervisor") and staff.has_pin(s.id)
    info = studio_info()
    assert (info.name, info.phone) == ("金夫人婚纱摄影", "028-8666 1234")
    entry = AuditLog.get((AuditLog.action == "setting.change") & AuditLog.after.contains("studio.name"))
    assert entry.operator_id == s.id


def test_shift_needs_the_right_pin(qtbot, ctx, boss):
    dlg = ShiftDialog(ctx)
    qtbot.addWidget(dlg)
    assert not dlg.first_run
    dlg.picker.set_staff_id(boss.id)
    assert dlg.pin_again.isHidden()
    dlg.pin.insert("000000")
    dlg.accept_shift()
    assert dlg.result() == 0 and dlg.errors.text("pin") and ctx.operator_id != boss.id
    assert dlg.pin.text() == ""
    dlg.pin.insert(PIN)
    dlg.accept_shift()
    assert dlg.result() == ShiftDialog.DialogCode.Accepted and ctx.operator_id == boss.id


def test_shift_first_use_pin_asked_twice(qtbot, ctx, boss):
    rec = Staff.get(Staff.name == "王丽")
    dlg = ShiftDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.picker.set_staff_id(rec.id)
    assert not dlg.pin_again.isHidden() and not dlg.first_use.isHidden()
    dlg.pin.insert("5678")
    dlg.pin_again.insert("5679")
    dlg.accept_shift()
    assert dlg.result() == 0 and not staff.has_pin(rec.id)
    dlg.pin_again.clear()
    dlg.pin_again.insert("5678")
    dlg.accept_shift()
    assert dlg.result() == ShiftDialog.DialogCode.Accepted and staff.has_pin(rec.id)


def test_pin_dialog_first_use_and_roles(qtbot, ctx, boss):
    from app.staff.roles import SUPERVISOR_ROLES

    dlg = PinDialog("签名", SUPERVISOR_ROLES)
    qtbot.addWidget(dlg)
    assert [dlg.picker.itemText(i) for i in range(dlg.picker.count())] == ["杨总"]
    assert dlg.pin_again.isHidden()
    dlg.pin.insert(PIN)
    dlg.accept()
    assert dlg.result() == PinDialog.DialogCode.Accepted and dlg.values() == (boss.id, PIN)
    everyone = PinDialog("签名")
    qtbot.addWidget(everyone)
    everyone.picker.set_staff_id(Staff.get(Staff.name == "王丽").id)
    assert not everyone.pin_again.isHidden()
    everyone.pin.insert("1234")
    everyone.pin_again.insert("4321")
    everyone.accept()
    assert everyone.result() == 0 and not everyone.error.isHidden()


def test_staff_page_add_deactivate_and_refuse_delete(qtbot, qtmodeltester, ctx, boss, monkeypatch):
    acting = Acting(ctx, boss.id, PIN)
    page = StaffPage(acting)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.proxy.rowCount() == 2
    dlg = StaffEditDialog(acting, None, page)
    dlg.name_edit.insert("王丽")
    dlg.role_boxes["makeup_artist"].setChecked(True)
    dlg.save()
    assert dlg.result() == StaffEditDialog.DialogCode.Accepted
    page.refresh(dlg.saved_id)
    shown = sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))
    assert shown == ["杨总", "王丽 (1)", "王丽 (2)"]
    assert page.current().id == dlg.saved_id
    # A supervisor role without a PIN is refused next to the field; nothing saved.
    dlg2 = StaffEditDialog(acting, None, page)
    dlg2.name_edit.insert("黄蓉")
    dlg2.role_boxes["store_supervisor"].setChecked(True)
    dlg2.save()
    assert dlg2.result() == 0 and dlg2.errors.text("pin")
    assert not Staff.select().where(Staff.name == "黄蓉").exists()
    # Deactivate the new one (confirmed).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_active()
    assert not Staff.get_by_id(dlg.saved_id).active and page.show_inactive.isChecked()
    # Delete the receptionist on shift: refused with the reason, she stays.
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    rec = Staff.get(Staff.name == "王丽", Staff.active == True)  # noqa: E712
    page.refresh(rec.id)
    page.delete()
    assert warnings and ("停用" in warnings[0] or "Deactivate" in warnings[0])
    assert Staff.get_or_none(Staff.id == rec.id) is not None
    qtmodeltester.check(page.model)


def test_receptionist_cannot_open_staff_or_settings(window, ctx, boss, monkeypatch):
    import ui.common.pin_dialog
    from ui.settings.dialog import SettingsDialog
    from ui.staff.dialog import StaffDialog

    rec = Staff.get(Staff.name == "王丽")
    staff.authenticate(ctx, rec.id, "2468")
    opened = []
    monkeypatch.setattr(StaffDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (rec.id, "2468"))
    window.open_staff()
    window.open_settings()
    assert not opened and len(warnings) == 2
    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (boss.id, PIN))
    window.open_staff()
    window.open_settings()
    assert [type(d).__name__ for d in opened] == ["StaffDialog", "SettingsDialog"]


def test_change_own_pin(qtbot, ctx, boss):
    dlg = ChangePinDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.picker.set_staff_id(boss.id)
    dlg.old.insert(PIN)
    dlg.pin.insert("24680")
    dlg.pin_again.insert("24680")
    dlg.save()
    assert dlg.result() == ChangePinDialog.DialogCode.Accepted
    assert staff.authenticate(ctx, boss.id, "24680").id == boss.id


def test_duplicate_names_in_the_picker(qtbot, ctx, boss):
    from ui.common.widgets import StaffPicker

    staff.create_staff(ctx, boss.id, PIN, "王丽", ["receptionist"])
    p = StaffPicker("receptionist")
    qtbot.addWidget(p)
    assert [p.itemText(i) for i in range(p.count())] == ["王丽 (1)", "王丽 (2)"]
