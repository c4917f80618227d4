"""Rounds (巡查): guests waiting between stations or in the lounge, looked in on and logged."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.checkin import commands as checkin
from app.core.errors import ValidationError
from app.core.models import AuditLog
from app.flow import board, machine, rounds
from app.flow.models import GuestRound
from app.flow.options import ROUND_MINUTES
from tests.flow.flow_util import steps_by_station


def _reception_signed(ctx, shoot):
    """Reception signed and nobody took them on: both wait between stations from now."""
    machine.sign_off(ctx, steps_by_station(shoot.id)["reception"].id, None, "")


def test_a_guest_waiting_16_minutes_is_listed_until_a_round_and_again_15_minutes_later(ctx, shoot, clock):
    _reception_signed(ctx, shoot)
    clock.advance(minutes=14)
    assert rounds.to_look_after(ctx) == []  # 14 minutes: not yet
    [w] = rounds.waiting_guests(ctx)
    assert w.minutes_waiting == 14 and w.person == "couple"
    clock.advance(minutes=2)
    [row] = rounds.to_look_after(ctx)
    assert (row.person, row.minutes_waiting, row.minutes_unattended) == ("couple", 16, 16)
    assert row.names == "张伟 & 李明" and row.last_round is None and "化妆" in row.where
    done = rounds.record_round(ctx, row.visit_id, "couple", "  送水 ")
    assert done.note == "送水" and done.staff == "王丽"
    assert rounds.to_look_after(ctx) == []  # the round restarted their clock
    [w] = rounds.waiting_guests(ctx)
    assert w.minutes_waiting == 16 and w.minutes_unattended == 0
    assert w.last_round is not None and w.last_round.note == "送水" and w.last_round.staff == "王丽"
    clock.advance(minutes=14)
    assert rounds.to_look_after(ctx) == []
    clock.advance(minutes=1)  # 15 more minutes with nobody looking in: back on the list
    [row] = rounds.to_look_after(ctx)
    assert row.minutes_unattended == 15 and row.minutes_waiting == 31 and row.last_round.note == "送水"


def test_the_limit_is_an_option(ctx, shoot, clock):
    _reception_signed(ctx, shoot)
    clock.advance(minutes=8)
    assert rounds.to_look_after(ctx) == []
    ROUND_MINUTES.set(ctx, 5, by_supervisor=True)
    assert len(rounds.to_look_after(ctx)) == 1


def test_attended_guests_are_not_listed(ctx, shoot, team, clock):
    clock.advance(minutes=30)  # at reception, in progress: someone is with them
    assert rounds.waiting_guests(ctx) == []
    _reception_signed(ctx, shoot)
    board.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])  # escorted to makeup
    clock.advance(minutes=20)
    [row] = rounds.to_look_after(ctx)  # the groom was left between stations, the bride is escorted
    assert row.person == "groom" and row.minutes_unattended == 20


def test_partner_in_the_lounge_and_separate_clocks(ctx, shoot, team, clock):
    _reception_signed(ctx, shoot)
    board.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])
    board.advance(ctx, shoot.id, "bride", staff_id=team["赵敏"], confirm_requests=True)  # makeup starts
    board.advance(ctx, shoot.id, "groom", taker_id=team["吴昊"])
    board.advance(ctx, shoot.id, "groom", staff_id=team["吴昊"])  # styling starts
    clock.advance(minutes=20)
    board.advance(ctx, shoot.id, "groom", staff_id=team["吴昊"])  # styling signed: he waits for the bride
    [row] = board.board_rows(ctx)
    assert row.groom.state == "partner"
    clock.advance(minutes=16)
    [r] = rounds.to_look_after(ctx)
    assert r.person == "groom" and r.where == machine.state_label("partner") and r.minutes_waiting == 16
    rounds.record_round(ctx, r.visit_id, "bride", "杂志")  # a round for the bride does not count for him
    assert [x.person for x in rounds.to_look_after(ctx)] == ["groom"]
    rounds.record_round(ctx, r.visit_id, "groom", "告知新娘快好了")
    assert rounds.to_look_after(ctx) == []


def test_refused_when_left_or_no_note(ctx, shoot, clock):
    _reception_signed(ctx, shoot)
    clock.advance(minutes=20)
    [row] = rounds.to_look_after(ctx)
    before = GuestRound.select().count()
    with pytest.raises(ValidationError) as e:
        rounds.record_round(ctx, row.visit_id, "couple", "   ")
    assert "note" in e.value.errors
    with pytest.raises(ValidationError) as e:
        rounds.record_round(ctx, row.visit_id, "couple", "很" * (rounds.NOTE_MAX + 1))
    assert "note" in e.value.errors
    with pytest.raises(ValidationError) as e:
        rounds.record_round(ctx, row.visit_id, "aunt", "送水")
    assert "person" in e.value.errors
    checkin.check_out(ctx, row.visit_id)
    with pytest.raises(ValidationError) as e:
        rounds.record_round(ctx, row.visit_id, "couple", "送水")
    assert "visit" in e.value.errors
    with pytest.raises(ValidationError) as e:
        rounds.record_round(ctx, 99999, "couple", "送水")
    assert "visit" in e.value.errors
    assert GuestRound.select().count() == before  # nothing saved
    assert rounds.to_look_after(ctx) == []  # gone home: nobody to look after


def test_a_round_is_audited_and_counted_per_staff(ctx, shoot, team, clock):
    _reception_signed(ctx, shoot)
    clock.advance(minutes=20)
    [row] = rounds.to_look_after(ctx)
    r = rounds.record_round(ctx, row.visit_id, "couple", "送水")
    entry = AuditLog.select().where(AuditLog.action == "round.record").get()
    assert entry.record_id == r.id and json.loads(entry.after)["note"] == "送水"
    assert entry.operator_id == ctx.operator_id
    rounds.record_round(ctx, row.visit_id, "couple", "杂志", staff_id=team["陈静"])
    clock.advance(days=1)
    rounds.record_round(ctx, row.visit_id, "groom", "送水")
    today = clock.now().date()
    assert rounds.rounds_by_staff(today - dt.timedelta(days=1), today) == {ctx.operator_id: 1, team["陈静"]: 1}
    assert rounds.rounds_by_staff(today, today + dt.timedelta(days=1)) == {ctx.operator_id: 1}
    assert rounds.rounds_by_staff(today + dt.timedelta(days=1), today + dt.timedelta(days=2)) == {}
    assert [x.note for x in rounds.rounds_of_visit(row.visit_id)] == ["送水", "杂志", "送水"]


def test_the_handover_lists_waiting_guests_those_due_in_red(ctx, shoot, clock):
    from app.handover.service import build_snapshot

    _reception_signed(ctx, shoot)
    clock.advance(minutes=5)
    sec = next(s for s in build_snapshot(ctx).sections if s.key == "rounds")
    assert sec.count == 1 and sec.alert_count == 0  # waiting, not yet due
    clock.advance(minutes=12)
    sec = next(s for s in build_snapshot(ctx).sections if s.key == "rounds")
    assert sec.alert_count == 1 and sec.rows[0].cells[0] == "张伟 & 李明 · Couple"
    rounds.record_round(ctx, sec.rows[0].ref and int(sec.rows[0].ref.split(":")[1]), "couple", "送水")
    sec = next(s for s in build_snapshot(ctx).sections if s.key == "rounds")
    assert sec.alert_count == 0 and "送水" in sec.rows[0].cells[4]


def test_the_demo_morning_has_a_guest_to_look_after_and_a_round_logged(database):
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.demo import demo_moment, fill_demo

    moment = demo_moment(dt.datetime(2026, 11, 23, 15, 0))  # the demo's own clock: Saturday 10:30
    ctx = AppContext(clock=FixedClock(moment))
    fill_demo(ctx)
    due = rounds.to_look_after(ctx)
    assert any(r.last_round is None and r.minutes_unattended > 15 for r in due)
    assert GuestRound.select().count() >= 1
    assert any(r.last_round is not None for r in rounds.waiting_guests(ctx))


def test_only_a_supervisor_sets_the_interval_and_within_bounds(ctx):
    from app.core.errors import PermissionDenied
    from app.core.models import AuditLog
    from app.staff import service as staff

    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"]).id
    with pytest.raises(PermissionDenied):
        rounds.set_round_minutes(ctx, 20, ctx.operator_id, "")
    for bad in (0, 241, True):
        with pytest.raises(ValidationError) as e:
            rounds.set_round_minutes(ctx, bad, boss, "")
        assert "round_minutes" in e.value.errors
    assert rounds.round_minutes() == 15
    rounds.set_round_minutes(ctx, 20, boss, "")
    assert rounds.round_minutes() == 20 and AuditLog.select().where(AuditLog.action.startswith("setting")).exists()
