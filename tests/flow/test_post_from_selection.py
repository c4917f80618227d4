"""Post-production's due dates follow from the selection: once it is signed, retouching is due from that day
(longer by the extra photos chosen, per the flow's option), the later steps after it; steps done keep theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from app.aftercare import selection as sel
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.flow import board, config, machine, postproduction
from app.flow.models import Flow
from app.staff import service as staff
from tests.flow.flow_util import steps_by_station

D = dt.date


@pytest.fixture
def post(ctx, couple):
    """Shot on 2026-11-20 (the fixed clock's day): post-production from the template (7, 5, 2, 1 days)."""
    pkg = sel.store_package(ctx, "韩式经典套系", 30, 8000, 699900, [("30页相册", 1)])
    sel.set_order(ctx, couple.id, pkg.id, "6999", "2000")
    machine.start_post_production(ctx, couple.id)
    flow = Flow.get((Flow.couple == couple.id) & (Flow.kind == "post"))
    assert _dues(flow.id) == [D(2026, 11, 27), D(2026, 12, 2), D(2026, 12, 4), D(2026, 12, 5)]
    return flow


def _dues(flow_id: int) -> list[dt.date]:
    return [s.due_date for s in machine.load_steps(flow_id)]


def test_signed_selection_moves_the_dates_and_extras_lengthen_retouching(ctx, clock, couple, post):
    clock.advance(days=3)  # chosen on 11-23: 15 extras at 10 a day → 2 more days of retouching
    s = sel.record_selection(ctx, couple.id, 45, 20, "accepted")
    assert _dues(post.id)[0] == D(2026, 11, 27)  # not signed yet: nothing moves
    sel.sign_selection(ctx, s.id)
    assert _dues(post.id) == [D(2026, 12, 2), D(2026, 12, 7), D(2026, 12, 9), D(2026, 12, 10)]
    assert postproduction.photos_ready_date(couple.id) == D(2026, 12, 10)
    assert postproduction.post_production_due(ctx)[0].due_date == D(2026, 12, 2)
    entry = AuditLog.select().where(AuditLog.action == "flow.due_from_selection").get()
    assert entry.record_id == post.id and '"extra_days": 2' in entry.after


def test_declined_extras_add_no_time_and_the_option_sets_the_pace(ctx, clock, couple, post):
    assert postproduction.extra_retouch_days(15, 10) == 2 and postproduction.extra_retouch_days(15, 0) == 0
    assert postproduction.extra_retouch_days(0, 5) == 0 and postproduction.extra_retouch_days(10, 10) == 1
    clock.advance(days=1)
    sel.record_selection(ctx, couple.id, 30, 6, "declined", signed=True)
    assert _dues(post.id) == [D(2026, 11, 28), D(2026, 12, 3), D(2026, 12, 5), D(2026, 12, 6)]


def test_option_changed_by_a_supervisor_only(ctx, clock, couple, post):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"]).id
    with pytest.raises(ValidationError):
        config.set_post_extra_photos_per_day(ctx, -1, boss, "")
    with pytest.raises(PermissionDenied):
        config.set_post_extra_photos_per_day(ctx, 5, ctx.operator_id, "")
    config.set_post_extra_photos_per_day(ctx, 5, boss, "")
    assert config.post_extra_photos_per_day() == 5
    sel.record_selection(ctx, couple.id, 45, 15, "accepted", signed=True)  # 15 extras at 5 a day: 3 days
    assert _dues(post.id)[0] == D(2026, 11, 20) + dt.timedelta(days=7 + 3)


def test_steps_already_done_keep_their_dates(ctx, clock, couple, post, team):
    for _ in range(2):  # retouching started and finished (late: on 11-29, due 11-27)
        board.advance(ctx, post.id, "bride", staff_id=team["许超"])
        clock.advance(days=4)
    assert steps_by_station(post.id)["retouch"].state == "done"
    sel.record_selection(ctx, couple.id, 30, 0, "", signed=True)  # signed on 11-28
    assert _dues(post.id) == [D(2026, 11, 27), D(2026, 12, 3), D(2026, 12, 5), D(2026, 12, 6)]


def test_no_post_production_nothing_to_move(ctx, couple):
    s = sel.record_selection(ctx, couple.id, 20, 0, "", photos_included=30, signed=True)
    assert s.status == "signed"
    assert not AuditLog.select().where(AuditLog.action == "flow.due_from_selection").exists()
