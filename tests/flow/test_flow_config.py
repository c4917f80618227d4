"""Configurable stations and flow templates (supervisors only, audited, validated)."""

from __future__ import annotations

import pytest

from app.checkin import commands as checkin
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.flow import board, config, machine
from app.flow.models import Flow, Station
from app.staff import service as staff


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"]).id


def test_station_limit_change_drives_the_alerts(ctx, couple, boss, clock):
    checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=12)
    assert board.alert_count(ctx) == 1
    reception = Station.get(Station.code == "reception")
    with pytest.raises(PermissionDenied):
        config.update_station(ctx, reception.id, ctx.operator_id, "", name="接待", colour="#78909c", alert_minutes=15,
                          role="receptionist")
    with pytest.raises(ValidationError) as e:
        config.update_station(ctx, reception.id, boss, "", name="", colour="red", alert_minutes=-1, role="nobody")
    assert set(e.value.errors) == {"name", "colour", "alert_minutes", "role"}
    config.update_station(ctx, reception.id, boss, "", name="前台接待", colour="#78909C", alert_minutes=15,
                      role="receptionist")
    assert board.alert_count(ctx) == 0
    assert board.board_rows(ctx)[0].bride.station == "前台接待"
    assert AuditLog.select().where(AuditLog.action == "station.edit").count() == 1


def test_template_edit_applies_to_new_flows_only(ctx, couple, boss):
    old = checkin.check_in_couple(ctx, couple.id, "selection")
    rows = config.template_steps("selection")
    assert [r.station_code for r in rows] == ["selection"]
    new_rows = [config.TemplateStepRow(0, "couple", "reception"), config.TemplateStepRow(5, "couple", "selection"),
                config.TemplateStepRow(9, "couple", "pickup", optional=True)]
    saved = config.set_template_steps(ctx, "selection", new_rows, boss, "")
    assert [(r.position, r.station_code, r.optional) for r in saved] == [
        (0, "reception", False), (1, "selection", False), (2, "pickup", True)]
    assert len(machine.load_steps(Flow.get(Flow.visit == old.id).id)) == 1  # a started flow keeps its steps
    other = checkin.create_couple(ctx, order_no="S-2", bride_name="甲", groom_name="乙", bride_phone="13800000009")
    v = checkin.check_in_couple(ctx, other.id, "selection")
    assert [s.station.code for s in machine.load_steps(Flow.get(Flow.visit == v.id).id)] == [
        "reception", "selection", "pickup"]
    assert AuditLog.select().where(AuditLog.action == "flow_template.update").count() == 1


def test_template_validation(ctx, boss):
    bad = [
        [],
        [config.TemplateStepRow(0, "couple", "nowhere")],
        [config.TemplateStepRow(0, "bride", "makeup"), config.TemplateStepRow(0, "bride", "removal")],
        [config.TemplateStepRow(0, "couple", "makeup"), config.TemplateStepRow(0, "groom", "groom_styling")],
        [config.TemplateStepRow(0, "aunt", "makeup")],
    ]
    for rows in bad:
        with pytest.raises(ValidationError):
            config.set_template_steps(ctx, "shoot", rows, boss, "")
    assert len(config.template_steps("shoot")) == 8


def test_handoff_limit_setting(ctx, boss):
    with pytest.raises(ValidationError):
        config.set_handoff_limit(ctx, 0, boss, "")
    with pytest.raises(PermissionDenied):
        config.set_handoff_limit(ctx, 20, ctx.operator_id, "")
    config.set_handoff_limit(ctx, 20, boss, "")
    assert config.handoff_limit() == 20
