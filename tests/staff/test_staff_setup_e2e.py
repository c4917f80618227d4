"""Done-when of issue 7: from an empty database a supervisor sets the studio up without touching a file —
first run, studio letterhead, staff with their PINs, a station, then the receptionist takes the counter."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app import settings_service
from app.core.context import AppContext
from app.core.models import AuditLog
from app.flow.models import Station
from app.staff import service as staff
from app.staff.models import Shift, Staff
from ui.common.pin_dialog import Acting
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog
from ui.staff.dialog import StaffEditDialog
from ui.staff.shift_dialog import ShiftDialog


def test_empty_database_to_a_working_counter(qtbot, database, clock, monkeypatch):
    from ui.application import setup_look

    setup_look(QApplication.instance())
    ctx = AppContext(clock=clock)
    assert not Staff.select().exists()
    # 1. First run: the supervisor names herself and chooses her PIN; she takes the counter.
    first = ShiftDialog(ctx)
    qtbot.addWidget(first)
    assert first.first_run and first.windowTitle() == "影楼初始设置"
    first.studio_name.insert("纽约婚纱摄影")
    first.name_edit.insert("黄蓉")
    first.role_combo.setCurrentIndex(first.role_combo.findData("executive_manager"))
    first.pin.insert("2580")
    first.pin_again.insert("2580")
    first.accept_shift()
    boss = Staff.get(Staff.name == "黄蓉")
    assert ctx.operator_id == boss.id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.timer.stop()
    assert window.operator_label.text() == "当班：黄蓉"
    # 2. Settings, opened with her PIN (the PIN dialog's answer is given directly here).
    import ui.common.pin_dialog

    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (boss.id, "2580"))
    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    window.open_settings()
    dlg = opened[0]
    studio = dlg.show_page("studio")
    assert studio.name.text() == "纽约婚纱摄影"  # from the first run
    studio.address.insert("杭州市西湖区文三路 398 号")
    studio.phone.insert("0571-88001234")
    studio.save()
    page = dlg.show_page("staff")
    acting: Acting = page.acting
    for name, role, pin in (("王丽", "receptionist", "1357"), ("赵敏", "makeup_artist", "")):
        edit = StaffEditDialog(acting, None, page)
        edit.name_edit.insert(name)
        edit.role_boxes[role].setChecked(True)
        edit.pin.insert(pin)
        edit.pin_again.insert(pin)
        edit.save()
        assert edit.result() == StaffEditDialog.DialogCode.Accepted
    page.refresh()
    assert page.proxy.rowCount() == 3
    stations = dlg.show_page("stations")
    stations.start_new()
    stations.code.insert("night_shoot")
    stations.name.insert("夜景拍摄")
    stations.minutes.setValue(90)
    stations.save()
    # 3. The receptionist takes the counter with her own PIN.
    rec = Staff.get(Staff.name == "王丽")
    shift = ShiftDialog(ctx)
    qtbot.addWidget(shift)
    shift.picker.set_staff_id(rec.id)
    shift.pin.insert("1357")
    shift.accept_shift()
    assert ctx.operator_id == rec.id
    assert settings_service.studio_info().name == "纽约婚纱摄影"
    assert Station.get(Station.code == "night_shoot").alert_minutes == 90
    assert Shift.select().where(Shift.ended_at.is_null()).get().operator_id == rec.id
    # Every change is in the audit trail under the supervisor's name.
    by_boss = {a.action for a in AuditLog.select().where(AuditLog.operator_id == boss.id)}
    assert {"staff.add", "setting.change", "station.add"} <= by_boss
    assert staff.has_pin(rec.id) and not staff.has_pin(Staff.get(Staff.name == "赵敏").id)
