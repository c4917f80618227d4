"""The flow's side of a visit: check-in starts it (in the same transaction); check-out closes it, the leave step
done and the rest recorded as not done with a reason."""

from __future__ import annotations

import pytest

from app.checkin import commands as checkin
from app.core.errors import Conflict
from app.core.models import AuditLog
from app.flow import board, machine, postproduction, reports
from app.flow.models import Flow, StepSignoff
from app.staff import service as staff


def test_leaving_early_closes_the_flow_without_post_production(ctx, couple, clock):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    clock.advance(minutes=40)
    checkin.check_out(ctx, visit.id)
    steps = {s.station.code: s for s in machine.load_steps(flow.id)}
    assert steps["leave"].state == "done" and steps["leave"].staff_id == ctx.operator_id
    assert {s.state for code, s in steps.items() if code != "leave"} == {"not_done"}
    assert "09:40" in steps["makeup"].reason
    assert Flow.get_by_id(flow.id).finished_at is not None
    assert board.board_rows(ctx) == [] and postproduction.post_production_due(ctx, until=None) == []
    assert StepSignoff.select().where(StepSignoff.outcome == "not_done").count() == len(steps) - 1
    flagged = [v.station_code for v in reports.flow_steps(couple.id) if v.flagged]
    assert "studio" in flagged


def test_leaving_after_the_shoot_starts_post_production(ctx, couple, clock):
    team = {name: staff.add_staff(ctx, name, roles).id for name, roles in
            [("赵敏", ["makeup_artist"]), ("吴昊", ["stylist"]), ("周婷", ["dresser"]), ("郑凯", ["photographer"])]}
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    f = Flow.get(Flow.visit == visit.id).id
    board.advance(ctx, f, "bride", taker_id=team["赵敏"])
    board.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    board.advance(ctx, f, "groom", staff_id=team["吴昊"])
    clock.advance(minutes=25)
    board.advance(ctx, f, "groom", pin="")
    clock.advance(minutes=20)
    board.advance(ctx, f, "bride", taker_id=team["周婷"])
    for who, taker in [(team["周婷"], team["郑凯"]), (team["郑凯"], None)]:
        board.advance(ctx, f, "bride", staff_id=who)
        clock.advance(minutes=30)
        board.advance(ctx, f, "bride", taker_id=taker)
    steps = {s.station.code: s for s in machine.load_steps(f)}
    assert steps["studio"].state == "done" and not Flow.get_by_id(f).finished_at
    checkin.check_out(ctx, visit.id)
    steps = {s.station.code: s for s in machine.load_steps(f)}
    assert steps["outdoor"].state == "not_done" and steps["leave"].state == "done"
    assert Flow.get_by_id(f).finished_at is not None
    assert [p.station for p in postproduction.post_production_due(ctx, until=None)] == ["后期修片"]


# ------------------------------------------------------------------------------------ start


def test_check_in_starts_the_shoot_flow(ctx, couple, team, clock):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    steps = machine.load_steps(flow.id)
    assert [(s.position, s.track, s.station.code) for s in steps] == [
        (0, "couple", "reception"), (1, "bride", "makeup"), (1, "groom", "groom_styling"), (2, "couple", "wardrobe"),
        (3, "couple", "studio"), (4, "couple", "outdoor"), (5, "couple", "removal"), (6, "couple", "leave")]
    reception = steps[0]
    assert reception.state == "in_progress" and reception.staff_id == ctx.operator_id
    assert reception.started_at == clock.now() and all(s.state == "planned" for s in steps[1:])
    assert AuditLog.select().where(AuditLog.action == "flow.start").count() == 1


def test_check_in_failure_leaves_no_flow(ctx, couple, team):
    checkin.check_in_couple(ctx, couple.id, "shoot")
    with pytest.raises(Conflict):
        checkin.check_in_couple(ctx, couple.id, "shoot")
    assert Flow.select().count() == 1


def test_later_visit_starts_its_own_flow(ctx, couple, team):
    visit = checkin.check_in_couple(ctx, couple.id, "selection")
    flow = Flow.get(Flow.visit == visit.id)
    [step] = machine.load_steps(flow.id)
    assert step.station.code == "selection" and step.state == "waiting"  # the receptionist is not a seller
