"""The settings dialog on real widgets: every page, saving through the services (audited under the
supervisor), pages registered by other areas, the audit viewer's filters and lazy paging."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app import settings_service
from app.core.models import AuditLog
from app.core.options import LANGUAGE
from app.flow.models import Station
from app.printing.options import PAPER
from app.staff import service as staff
from ui.common.pin_dialog import Acting
from ui.settings.dialog import SettingsDialog

PIN = "739153"


@pytest.fixture(autouse=True)
def chinese(qapp):
    from app.core.i18n import install_translators

    install_translators(qapp, "zh_CN")


@pytest.fixture
def acting(ctx):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    return Acting(ctx, boss.id, PIN)


def test_pages_and_models(qtbot, qtmodeltester, acting):
    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    titles = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert titles == ["影楼信息", "员工", "站点与提醒时限", "保险柜", "咨询客人", "套系", "房间", "交接班检查项", "流程", "客怨", "营业日",
                      "工作日", "语言",
                      "备份"]
    for key in ("staff", "stations", "lockers", "packages", "rooms", "checklist", "workdays", "opening", "backups"):
        qtmodeltester.check(dlg.pages[key].model)
    assert dlg.pages["stations"].proxy.rowCount() == 15
    assert dlg.pages["lockers"].proxy.rowCount() == 30


def test_pages_come_from_one_explicit_list(qtbot, acting):
    from ui.settings.dialog import settings_pages

    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    assert list(dlg.pages) == [p.key for p in settings_pages()]
    assert type(dlg.pages["stations"]).__module__ == "ui.flow.stations_page"
    assert type(dlg.pages["lockers"]).__module__ == "ui.checkin.lockers_page"
    assert type(dlg.pages["packages"]).__module__ == "ui.aftercare.packages_page"


def test_launchers_open_the_areas_own_dialogs(qtbot, acting, monkeypatch):
    from ui.complaints.settings_page import ComplaintSettingsDialog
    from ui.flow.settings_page import FlowSettingsDialog

    opened = []
    monkeypatch.setattr(FlowSettingsDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    monkeypatch.setattr(ComplaintSettingsDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    dlg.show_page("flows").button.click()
    dlg.show_page("complaints").button.click()
    assert opened == ["FlowSettingsDialog", "ComplaintSettingsDialog"]


def test_studio_page_saves_and_shows_errors(qtbot, acting):
    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    page = dlg.show_page("studio")
    page.name.insert("纽约婚纱摄影")
    page.phone.insert("12345")
    page.save()
    assert page.errors.text("phone") and settings_service.studio_info().name == ""
    page.phone.clear()
    page.phone.insert("0571-88001234")
    page.save()
    assert settings_service.studio_info().name == "纽约婚纱摄影" and not page.saved.isHidden()
    e = AuditLog.select().where(AuditLog.action == "setting.change").get()
    assert e.operator_name == "黄蓉"


def test_station_page_edit_and_refused_removal(qtbot, acting, monkeypatch):
    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    page = dlg.show_page("stations")
    page.view.selectRow(1)
    assert page.name.text() == "化妆"
    page.minutes.setValue(75)
    page.save()
    assert Station.get(Station.code == "makeup").alert_minutes == 75
    assert page.current().code == "makeup"
    page.start_new()
    page.code.insert("night_shoot")
    page.name.insert("夜景")
    page.save()
    assert Station.get(Station.code == "night_shoot").active
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove()
    assert not Station.select().where(Station.code == "night_shoot").exists()


def test_workdays_and_language_pages(qtbot, acting):
    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    page = dlg.show_page("workdays")
    from PySide6.QtCore import QDate

    page.date.setDate(QDate(2031, 2, 1))
    page.workday.setChecked(True)
    page.add()
    assert settings_service.workday_overrides() == {dt.date(2031, 2, 1): True}
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 1).data() == "星期六"
    lang = dlg.show_page("language")
    lang.combo.setCurrentIndex(lang.combo.findData("en"))
    lang.save()
    assert LANGUAGE.get() == "en"


def test_audit_viewer_pages_lazily_and_filters(qtbot, qtmodeltester, ctx, acting, clock):
    from app.core.audit_query import open_audit
    from ui.settings.audit_viewer import AuditViewer

    for i in range(450):
        PAPER.set(ctx, ("A4", "A5")[i % 2])
    viewer = AuditViewer(ctx, open_audit(ctx, acting.staff_id, PIN))
    qtbot.addWidget(viewer)
    model = viewer.model
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    total = AuditLog.select().count()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    qtmodeltester.check(model)
    # Filter: only the supervisor's own entries (opening the audit trail).
    viewer.person.setCurrentIndex(viewer.person.findData(acting.staff_id))
    viewer.apply()
    actions = {viewer.model.row_at(i).action for i in range(viewer.model.rowCount())}
    assert actions == {"audit.view", "staff.add"} or actions == {"audit.view"}
    viewer.record.insert("abc")
    viewer.apply()
    assert not viewer.error.isHidden()
    viewer.record.clear()
    viewer.record.insert("1")
    viewer.apply()
    assert "记录" in viewer.error.text()  # a number needs the kind of record
    viewer.table.setCurrentIndex(viewer.table.findData("staff"))
    viewer.person.setCurrentIndex(0)
    viewer.apply()
    assert viewer.error.isHidden()
    assert {(viewer.model.row_at(i).table, viewer.model.row_at(i).record_id)
            for i in range(viewer.model.rowCount())} == {("staff", 1)}
    viewer.record.clear()
    viewer.table.setCurrentIndex(0)
    viewer.use_dates.setChecked(True)
    from PySide6.QtCore import QDate

    viewer.date_from.setDate(QDate(2026, 11, 21))
    viewer.date_to.setDate(QDate(2026, 11, 22))
    viewer.apply()
    assert viewer.model.rowCount() == 0


def test_opening_days_page_apart_from_working_days(qtbot, acting):
    from PySide6.QtCore import QDate

    from app.core import opening

    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    page = dlg.show_page("opening")
    page.date.setDate(QDate(2027, 2, 5))
    page.reason.insert("除夕")
    page.add()
    assert settings_service.studio_closed_days() == {dt.date(2027, 2, 5): "除夕"}
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 1).data() == "星期五"
    assert page.proxy.index(0, 2).data() == "除夕" and page.reason.text() == ""
    assert opening.next_opening_day(dt.date(2027, 2, 4)) == dt.date(2027, 2, 6)
    assert settings_service.workday_overrides() == {}  # the working-day page is untouched
    assert dlg.pages["workdays"].proxy.rowCount() == 0
    page.reason.insert("很" * 40)
    page.date.setDate(QDate(2027, 2, 6))
    page.reason.setMaxLength(100)
    page.reason.insert("很")
    page.add()
    assert page.errors.text("reason") and len(settings_service.studio_closed_days()) == 1
    page.view.selectRow(0)
    page.remove()
    assert settings_service.studio_closed_days() == {} and page.proxy.rowCount() == 0


def test_packages_page_adds_edits_and_refuses_bad_input(qtbot, acting):
    from app.aftercare import selection

    dlg = SettingsDialog(acting)
    qtbot.addWidget(dlg)
    page = dlg.show_page("packages")
    assert page.proxy.rowCount() == 0
    page.new_btn.click()
    page.name.setText("婚纱照基础套系")
    page.photos.setValue(20)
    page.extra.setText("五十")
    page.price.setText("3999")
    page.products.setPlainText("20页相册 × 1\n6寸摆台 ×2\n\n全部底片U盘")
    page.save_btn.click()
    assert page.errors.text("extra_photo_price") and selection.packages() == []
    assert page.products.toPlainText().startswith("20页相册")  # what was typed is kept
    page.extra.setText("50")
    page.save_btn.click()
    [p] = selection.packages()
    assert (p.name, p.photos_included, p.extra_photo_fen, p.price_fen) == ("婚纱照基础套系", 20, 5000, 399900)
    assert [(x.name, x.quantity) for x in p.products] == [("20页相册", 1), ("6寸摆台", 2), ("全部底片U盘", 1)]
    page.active.setChecked(False)  # no longer sold
    page.save_btn.click()
    assert selection.packages() == [] and selection.packages(include_inactive=True)[0].active is False
    assert page.proxy.rowCount() == 1
