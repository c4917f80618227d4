"""Checking a visit out closes its flow: the leave step done, the rest recorded as not done with a reason."""

from __future__ import annotations

from app.checkin import commands as checkin
from app.flow import service as fs
from app.flow.models import Flow, StepSignoff
from app.staff import service as staff


def test_leaving_early_closes_the_flow_without_post_production(ctx, couple, clock):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    clock.advance(minutes=40)
    checkin.check_out(ctx, visit.id)
    steps = {s.station.code: s for s in fs._steps_of(flow.id)}
    assert steps["leave"].state == "done" and steps["leave"].staff_id == ctx.operator_id
    assert {s.state for code, s in steps.items() if code != "leave"} == {"not_done"}
    assert "09:40" in steps["makeup"].reason
    assert Flow.get_by_id(flow.id).finished_at is not None
    assert fs.board_rows(ctx) == [] and fs.post_production_due(ctx, until=None) == []
    assert StepSignoff.select().where(StepSignoff.outcome == "not_done").count() == len(steps) - 1
    flagged = [v.station_code for v in fs.flow_steps(couple.id) if v.flagged]
    assert "studio" in flagged


def test_leaving_after_the_shoot_starts_post_production(ctx, couple, clock):
    team = {name: staff.add_staff(ctx, name, roles).id for name, roles in
            [("赵敏", ["makeup_artist"]), ("吴昊", ["stylist"]), ("周婷", ["dresser"]), ("郑凯", ["photographer"])]}
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    f = Flow.get(Flow.visit == visit.id).id
    fs.advance(ctx, f, "bride", taker_id=team["赵敏"])
    fs.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    fs.advance(ctx, f, "groom", staff_id=team["吴昊"])
    clock.advance(minutes=25)
    fs.advance(ctx, f, "groom", pin="")
    clock.advance(minutes=20)
    fs.advance(ctx, f, "bride", taker_id=team["周婷"])
    for who, taker in [(team["周婷"], team["郑凯"]), (team["郑凯"], None)]:
        fs.advance(ctx, f, "bride", staff_id=who)
        clock.advance(minutes=30)
        fs.advance(ctx, f, "bride", taker_id=taker)
    steps = {s.station.code: s for s in fs._steps_of(f)}
    assert steps["studio"].state == "done" and not Flow.get_by_id(f).finished_at
    checkin.check_out(ctx, visit.id)
    steps = {s.station.code: s for s in fs._steps_of(f)}
    assert steps["outdoor"].state == "not_done" and steps["leave"].state == "done"
    assert Flow.get_by_id(f).finished_at is not None
    assert [p.station for p in fs.post_production_due(ctx, until=None)] == ["后期修片"]
