"""The flow settings dialog: a template's ordered station list and the handoff limit (stations themselves are
edited in Settings ▸ Stations only, see tests/staff/test_settings_ui.py)."""

from __future__ import annotations

import pytest

from app.flow import config
from app.staff import service as staff


@pytest.fixture
def dlg(qtbot, ctx):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"]).id
    from ui.flow.settings_page import FlowSettingsDialog

    d = FlowSettingsDialog(ctx)
    qtbot.addWidget(d)
    d.staff.reload()
    d.staff.set_staff_id(boss)
    return d


def test_models(qtmodeltester, dlg):
    qtmodeltester.check(dlg.step_model)


def test_no_second_station_editor(dlg):
    assert not hasattr(dlg, "station_model") and not hasattr(dlg, "save_station")


def test_wrong_person_cannot_save(dlg, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text)))
    dlg.staff.set_staff_id(ctx.operator_id)
    dlg.handoff.setValue(99)
    assert not dlg.save_handoff() and shown
    assert config.handoff_limit() == 10


def test_template_editing(dlg):
    dlg.template.setCurrentIndex(dlg.template.findData("pickup"))
    assert [r.station_code for r in dlg.step_model.rows()] == ["pickup"]
    dlg.step_table.selectRow(0)
    dlg.new_station.setCurrentIndex(dlg.new_station.findData("qc"))
    dlg.add_step()
    assert [r.station_code for r in dlg.step_model.rows()] == ["pickup", "qc"]
    dlg.move_step(-1)
    assert [r.station_code for r in dlg.step_model.rows()] == ["qc", "pickup"]
    assert dlg.save_template()
    assert [r.station_code for r in config.template_steps("pickup")] == ["qc", "pickup"]
    dlg.step_table.selectRow(0)
    dlg.remove_step()
    dlg.step_table.selectRow(0)
    dlg.remove_step()
    assert not dlg.save_template() and dlg.errors.text("steps")


def test_handoff_limit(dlg):
    dlg.handoff.setValue(25)
    assert dlg.save_handoff() and config.handoff_limit() == 25


def test_retouching_time_for_extra_photos(qtbot, dlg):
    assert dlg.post_extra.value() == 10
    dlg.post_extra.lineEdit().selectAll()
    qtbot.keyClicks(dlg.post_extra, "4")
    assert dlg.save_post_extra() and config.post_extra_photos_per_day() == 4
