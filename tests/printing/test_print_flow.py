"""The flow sheet prints what the service flow recorded (when the service flow is installed)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.checkin import commands as checkin
from app.printing import day_sheets, flow_sheet, queries
from app.staff import service as staff
from tests.print_util import page_texts, squash

machine = pytest.importorskip("app.flow.machine")


def _steps(flow_id: int) -> dict[str, object]:
    from app.flow.models import FlowStep

    return {(s.station.code, s.track): s for s in FlowStep.select().where(FlowStep.flow == flow_id)}


def test_recorded_steps_are_printed(ctx, couple, clock):
    from app.flow.models import Flow

    zhao = staff.add_staff(ctx, "赵敏", ["makeup_artist"]).id
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    steps = _steps(flow.id)
    clock.set(dt.datetime(2026, 11, 20, 9, 12))
    machine.sign_off(ctx, steps[("reception", "couple")].id, ctx.operator_id, None, taker_id=zhao)
    clock.set(dt.datetime(2026, 11, 20, 9, 15))
    makeup = steps[("makeup", "bride")].id
    machine.arrive(ctx, makeup)
    clock.set(dt.datetime(2026, 11, 20, 9, 18))
    machine.start_step(ctx, makeup, zhao, confirm_requests=True)
    machine.add_note(ctx, makeup, "白纱妆OK", zhao)

    rows = queries.flow_rows([couple.id])[couple.id]
    assert rows[0].staff == "王丽" and rows[0].start == "09:00" and rows[0].finish == "09:12"
    assert rows[0].signed == "王丽"
    bride_makeup = next(r for r in rows if r.staff == "赵敏")
    assert bride_makeup.start == "09:18" and bride_makeup.finish == "" and "白纱妆OK" in bride_makeup.note

    text = squash("".join(page_texts(flow_sheet.flow_sheet_pdf(ctx, couple.id))))
    assert "09:12" in text and "09:18" in text and "赵敏" in text and "白纱妆OK" in text
    assert "尚无流程记录" not in text and "Noflowrecordedyet" not in text


def test_not_done_reason_and_planned_template(ctx, couple, clock):
    from app.flow.models import Flow

    floor = staff.add_staff(ctx, "陈静", ["floor_control"]).id
    other = checkin.create_couple(ctx, order_no="YL20261120-02", bride_name="王芳", groom_name="赵强",
                                  bride_phone="13700001111", shoot_date=dt.date(2026, 11, 20))
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    machine.mark_not_done(ctx, _steps(flow.id)[("reception", "couple")].id, floor, None, "客人临时改期")
    data = queries.sheet_data(queries.shooting_couples(dt.date(2026, 11, 20)), dt.date(2026, 11, 20))
    by_id = {d.couple.id: d for d in data}
    assert by_id[couple.id].from_flow and "客人临时改期" in by_id[couple.id].rows[0].note
    # Not arrived yet: the planned stations of the shoot template, bride's and groom's ways labelled.
    planned = by_id[other.id]
    assert not planned.from_flow and all(r.staff == r.start == "" for r in planned.rows)
    assert len(planned.rows) == len(by_id[couple.id].rows)
    pdf = day_sheets.day_sheets_pdf(ctx, dt.date(2026, 11, 20))
    assert "客人临时改期" in squash("".join(page_texts(pdf)))
