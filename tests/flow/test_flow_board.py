"""The flow board: time in state and alerts under the clock, the groom styling order, the visitor lookup."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.core.errors import PermissionDenied
from app.core.models import AuditLog
from app.flow import board, machine
from app.flow.models import Flow
from app.flow.options import HANDOFF_LIMIT
from tests.flow.flow_util import steps_by_station

# ------------------------------------------------------------------- board, timers and alerts


def test_time_in_state_and_alerts_under_the_clock(ctx, shoot, team, clock):
    [row] = board.board_rows(ctx)
    assert row.bride.state == "in_progress" and row.together and not row.alert
    clock.advance(minutes=11)  # reception limit is 10 minutes
    [row] = board.board_rows(ctx)
    assert row.bride.minutes == 11 and row.alert and board.alert_count(ctx) == 1
    steps = steps_by_station(shoot.id)
    machine.sign_off(ctx, steps["reception"].id, None, "")  # signed, but nobody took them
    [row] = board.board_rows(ctx)
    assert row.bride.state == "ready" and row.bride.minutes == 0 and not row.alert
    assert row.next_station == "化妆"
    clock.advance(minutes=11)  # left alone between stations longer than the handoff limit
    [row] = board.board_rows(ctx)
    assert row.alert and row.bride.limit == 10
    HANDOFF_LIMIT.set(ctx, 15, by_supervisor=True)
    assert not board.board_rows(ctx)[0].alert
    board.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])  # handoff to makeup
    board.advance(ctx, shoot.id, "groom", taker_id=team["吴昊"])
    [row] = board.board_rows(ctx)
    assert (row.bride.state, row.groom.state) == ("handoff", "handoff") and not row.together
    assert row.bride.staff == "赵敏" and row.groom.staff == "吴昊" and row.total_minutes == 22


def test_alerts_float_to_the_top(ctx, couple, team, clock):
    first = checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=5)
    other = checkin.create_couple(ctx, order_no="YL-2", bride_name="王芳", groom_name="刘强", bride_phone="13800000002")
    checkin.check_in_couple(ctx, other.id)
    f1 = Flow.get(Flow.visit == first.id)
    machine.sign_off(ctx, steps_by_station(f1.id)["reception"].id, None, "", taker_id=team["赵敏"])
    assert [r.order_no for r in board.board_rows(ctx)] == ["YL20261120-01", "YL-2"]
    clock.advance(minutes=12)  # YL-2 has been at reception for 12 minutes; YL…01 is on the way (12 > 10)
    rows = board.board_rows(ctx)
    assert all(r.alert for r in rows)
    clock.advance(minutes=-12)
    board.advance(ctx, f1.id, "bride", staff_id=team["赵敏"], confirm_requests=True)
    board.advance(ctx, f1.id, "groom", staff_id=team["吴昊"])
    clock.advance(minutes=12)
    rows = board.board_rows(ctx)
    assert [r.order_no for r in rows] == ["YL-2", "YL20261120-01"] and rows[0].alert and not rows[1].alert


# ------------------------------------------------------------------------ groom styling order


def test_groom_styling_order(ctx, team, clock):
    flows = []
    for i in range(3):
        c = checkin.create_couple(ctx, order_no=f"G-{i}", bride_name=f"新娘{i}", groom_name=f"新郎{i}",
                                  bride_phone=f"1380000000{i}")
        flows.append(Flow.get(Flow.visit == checkin.check_in_couple(ctx, c.id).id).id)
        clock.advance(minutes=2)
    for fid in flows:
        board.advance(ctx, fid, "bride", taker_id=team["陈静"])
    # the third bride is in makeup first, then the first: their grooms should go first
    board.advance(ctx, flows[2], "bride", staff_id=team["赵敏"])
    clock.advance(minutes=5)
    board.advance(ctx, flows[0], "bride", staff_id=team["赵敏"])
    assert [r.flow_id for r in board.groom_queue(ctx)] == [flows[2], flows[0], flows[1]]
    with pytest.raises(PermissionDenied):
        board.set_groom_order(ctx, [flows[1], flows[0], flows[2]], team["周婷"], "")
    board.set_groom_order(ctx, [flows[1], flows[0], flows[2]], team["陈静"], "")
    assert [r.flow_id for r in board.groom_queue(ctx)] == [flows[1], flows[0], flows[2]]
    assert [json.loads(a.after)["groom_order"] for a in
            AuditLog.select().where(AuditLog.action == "flow.groom_order").order_by(AuditLog.id)] == [1, 2, 3]


# ------------------------------------------------------------------------ visitor lookup


def test_where_is_answers_station_staff_minutes(ctx, shoot, team, clock):
    couple_id = shoot.couple_id
    clock.advance(minutes=4)
    where = checkin_queries.where_is(ctx, couple_id)
    assert list(where.positions) == [{"person": "couple", "station": "接待", "staff": "王丽", "since": dt.datetime(2026, 11, 20, 9, 0),
                                "minutes": 4, "state": machine.state_label("in_progress")}]
    board.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])
    board.advance(ctx, shoot.id, "bride", staff_id=team["赵敏"], confirm_requests=True)
    clock.advance(minutes=9)
    pos = {p["person"]: p for p in checkin_queries.where_is(ctx, couple_id).positions}
    assert (pos["bride"]["station"], pos["bride"]["staff"], pos["bride"]["minutes"]) == ("化妆", "赵敏", 9)
    assert pos["groom"]["station"] == "新郎衬衫/造型" and pos["groom"]["state"] == machine.state_label("handoff")
