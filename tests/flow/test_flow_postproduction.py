"""Post-production: a full shoot day starts it; a pickup visit closes "ready for pickup"."""

from __future__ import annotations

import datetime as dt

from app.checkin import commands as checkin
from app.flow import board, machine, postproduction, reports
from app.flow.models import Flow
from app.staff import service as staff
from tests.flow.flow_util import steps_by_station


def test_full_day_and_post_production(ctx, shoot, team, clock):
    f = shoot.id
    board.advance(ctx, f, "bride", taker_id=team["赵敏"])  # sign reception, hand both over
    row = board.board_rows(ctx)[0]
    assert row.bride.state == "handoff" and row.groom.state == "handoff"
    board.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    board.advance(ctx, f, "groom", staff_id=team["吴昊"])
    clock.advance(minutes=25)
    board.advance(ctx, f, "groom", pin="")  # groom styled; bride still in makeup → lounge
    row = board.board_rows(ctx)[0]
    assert row.groom.state == "partner" and not row.alert
    clock.advance(minutes=20)
    act = board.next_action(f, "bride")
    assert act.kind == "sign" and act.target is not None and act.target.station.code == "wardrobe"
    board.advance(ctx, f, "bride", taker_id=team["周婷"])
    row = board.board_rows(ctx)[0]
    assert row.together and row.bride.state == "handoff" and row.bride.station == "礼服"
    for who, taker in [(team["周婷"], team["郑凯"]), (team["郑凯"], None)]:
        board.advance(ctx, f, "bride", staff_id=who)
        clock.advance(minutes=30)
        board.advance(ctx, f, "bride", taker_id=taker)
    steps = steps_by_station(f)
    machine.skip_step(ctx, steps["outdoor"].id, team["陈静"], "", "套系不含外景")
    board.advance(ctx, f, "bride", taker_id=team["赵敏"])
    board.advance(ctx, f, "bride", staff_id=team["赵敏"])
    board.advance(ctx, f, "bride", taker_id=ctx.operator_id)
    board.advance(ctx, f, "bride", staff_id=ctx.operator_id)
    board.advance(ctx, f, "bride")
    assert Flow.get_by_id(f).finished_at is not None and board.board_rows(ctx) == []
    post = postproduction.post_production_due(ctx)
    assert len(post) == 1 and post[0].station == "后期修片" and post[0].due_date == dt.date(2026, 11, 27)
    assert postproduction.photos_ready_date(shoot.couple_id) == dt.date(2026, 12, 5)
    assert postproduction.post_production_due(ctx, until=dt.date(2026, 11, 26)) == []
    views = reports.flow_steps(shoot.couple_id)
    assert [v.station_code for v in views if v.flagged] == ["outdoor"]
    names = {d["name"] for d in reports.staff_in_flow(shoot.couple_id)}
    assert {"赵敏", "吴昊", "周婷", "郑凯", "陈静"} <= names


def test_pickup_visit_closes_ready_for_pickup(ctx, couple, team, clock):
    retoucher = team["许超"]
    checker = staff.add_staff(ctx, "高远", ["finished_goods_checker"]).id
    machine.start_post_production(ctx, couple.id)
    post = Flow.get((Flow.couple == couple.id) & (Flow.kind == "post"))
    for who in (retoucher, retoucher, retoucher, retoucher, checker, checker):
        act = board.next_action(post.id, "bride")
        assert act.target is None  # no escort in post-production: the next queue receives it
        board.advance(ctx, post.id, "bride", staff_id=who)
        clock.advance(hours=20)
    ready = steps_by_station(post.id)["ready"]
    assert ready.state == "waiting" and postproduction.post_production_due(ctx)[0].station == "待取件"
    checkin.check_in_couple(ctx, couple.id, "pickup")
    ready = steps_by_station(post.id)["ready"]
    assert ready.state == "done" and ready.signed_by_id == ctx.operator_id
    assert Flow.get_by_id(post.id).finished_at is not None and postproduction.post_production_due(ctx) == []
    assert postproduction.photos_ready_date(couple.id) is None
