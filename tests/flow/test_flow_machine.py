"""The flow's state machine: the transition table, sign-off and corrections, special requests, notes."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.flow import machine, reports
from app.flow.models import STATES, Flow, FlowStep, StepSignoff
from app.staff.models import Staff
from tests.flow.flow_util import steps_by_station, version

# ------------------------------------------------------------------------- the state machine

EXPECTED = {
    ("planned", "handoff"), ("planned", "waiting"), ("planned", "in_progress"), ("planned", "not_done"),
    ("planned", "skipped"), ("handoff", "waiting"), ("handoff", "in_progress"), ("waiting", "in_progress"),
    ("waiting", "not_done"), ("waiting", "skipped"), ("in_progress", "done"), ("in_progress", "not_done"),
}


@pytest.mark.parametrize("old,new", list(itertools.product(STATES, STATES)))
def test_transition_table(old, new):
    assert machine.can_transition(old, new) == ((old, new) in EXPECTED)


def _put(step: FlowStep, state: str) -> None:
    FlowStep.update(state=state, state_since=dt.datetime(2026, 11, 20, 9, 0),
                    started_at=dt.datetime(2026, 11, 20, 8, 50) if state in ("in_progress", "done") else None
                    ).where(FlowStep.id == step.id).execute()


def _attempt(ctx, step: FlowStep, new: str, team) -> None:
    pin = ""
    if new == "handoff":
        machine.hand_over(ctx, step.id, team["陈静"])
    elif new == "waiting":
        machine.arrive(ctx, step.id)
    elif new == "in_progress":
        machine.start_step(ctx, step.id, team["周婷"])
    elif new == "done":
        machine.sign_off(ctx, step.id, team["周婷"], pin)
    elif new == "not_done":
        machine.mark_not_done(ctx, step.id, team["陈静"], pin, "客人身体不适")
    elif new == "skipped":
        machine.skip_step(ctx, step.id, team["陈静"], pin, "套系不含")


@pytest.mark.parametrize("old,new", [(o, n) for o, n in itertools.product(STATES, STATES)
                                     if n not in ("planned",)])
def test_every_transition_through_the_services(ctx, shoot, team, old, new):
    """The wardrobe step (made current) is put in ``old``; the service for ``new`` either moves it or refuses
    with a clear message and writes nothing."""
    steps = steps_by_station(shoot.id)
    for code in ("reception", "makeup", "groom_styling"):
        FlowStep.update(state="done").where(FlowStep.id == steps[code].id).execute()
    wardrobe = steps["wardrobe"]
    _put(wardrobe, old)
    audit_before = AuditLog.select().count()
    if (old, new) in EXPECTED:
        _attempt(ctx, wardrobe, new, team)
        assert FlowStep.get_by_id(wardrobe.id).state == new
    else:
        with pytest.raises(Conflict):
            _attempt(ctx, wardrobe, new, team)
        assert FlowStep.get_by_id(wardrobe.id).state == old
        assert AuditLog.select().count() == audit_before


def test_advancing_a_step_that_is_not_current_is_refused(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    with pytest.raises(Conflict, match="礼服|wardrobe|current"):
        machine.start_step(ctx, steps["wardrobe"].id, team["周婷"])
    with pytest.raises(Conflict):
        machine.hand_over(ctx, steps["makeup"].id, team["赵敏"])  # reception is not finished
    assert FlowStep.get_by_id(steps["wardrobe"].id).state == "planned"


# ---------------------------------------------------------------------------- sign-off rules


def test_sign_off_refuses_inactive_or_wrong_role_and_writes_nothing(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    machine.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["赵敏"])  # bride and groom handed over
    makeup = FlowStep.get_by_id(steps["makeup"].id)
    machine.start_step(ctx, makeup.id, team["赵敏"], confirm_requests=True)
    n_audit, v = AuditLog.select().count(), version(shoot.id)
    with pytest.raises(PermissionDenied):
        machine.sign_off(ctx, makeup.id, team["郑凯"], "")  # a photographer cannot sign makeup
    Staff.update(active=False).where(Staff.id == team["赵敏"]).execute()
    with pytest.raises(PermissionDenied):
        machine.sign_off(ctx, makeup.id, team["赵敏"], "")
    assert FlowStep.get_by_id(makeup.id).state == "in_progress"
    assert StepSignoff.select().where(StepSignoff.step == makeup.id).count() == 0
    assert AuditLog.select().count() == n_audit and version(shoot.id) == v


def test_start_needs_the_station_role(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    machine.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["陈静"])
    with pytest.raises(ValidationError) as e:
        machine.start_step(ctx, steps["groom_styling"].id, team["郑凯"])
    assert "staff" in e.value.errors
    machine.start_step(ctx, steps["groom_styling"].id, team["吴昊"])


def test_finish_before_start_is_refused(ctx, shoot, clock):
    reception = steps_by_station(shoot.id)["reception"]
    with pytest.raises(ValidationError) as e:
        machine.sign_off(ctx, reception.id, None, "", finished_at=clock.now() - dt.timedelta(minutes=5))
    assert "finished_at" in e.value.errors
    assert FlowStep.get_by_id(reception.id).state == "in_progress"


def test_concurrent_change_from_another_window(ctx, shoot, team):
    reception = steps_by_station(shoot.id)["reception"]
    stale = version(shoot.id)
    machine.add_note(ctx, reception.id, "客人带了两套自己的衣服")  # another window
    with pytest.raises(Conflict, match="另一个窗口|another window"):
        machine.sign_off(ctx, reception.id, None, "", expected_version=stale)
    assert FlowStep.get_by_id(reception.id).state == "in_progress"
    machine.sign_off(ctx, reception.id, None, "", expected_version=version(shoot.id))


def test_reason_required_for_not_done_and_skip(ctx, shoot, team):
    outdoor = steps_by_station(shoot.id)["outdoor"]
    with pytest.raises(ValidationError) as e:
        machine.mark_not_done(ctx, outdoor.id, team["陈静"], "", "  ")
    assert "reason" in e.value.errors
    with pytest.raises(PermissionDenied):  # a dresser cannot cancel the outdoor shoot
        machine.mark_not_done(ctx, outdoor.id, team["周婷"], "", "下雨")
    machine.mark_not_done(ctx, outdoor.id, team["陈静"], "", "下雨，改天补拍")
    s = FlowStep.get_by_id(outdoor.id)
    assert s.state == "not_done" and s.reason == "下雨，改天补拍" and s.signed_by_id == team["陈静"]


def test_corrected_sign_off_keeps_both_entries(ctx, shoot, team, clock):
    steps = steps_by_station(shoot.id)
    machine.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["赵敏"])
    makeup = steps["makeup"]
    clock.advance(minutes=3)
    machine.start_step(ctx, makeup.id, team["赵敏"], confirm_requests=True)
    clock.advance(minutes=50)
    machine.sign_off(ctx, makeup.id, team["赵敏"], "")
    original = StepSignoff.get(StepSignoff.step == makeup.id)
    snapshot_original = (original.staff_id, original.finished_at, original.outcome)
    clock.advance(minutes=30)
    with pytest.raises(ValidationError):
        machine.correct_signoff(ctx, makeup.id, team["林娜"], "", "")
    with pytest.raises(PermissionDenied):
        machine.correct_signoff(ctx, makeup.id, team["郑凯"], "", "写错了")
    machine.correct_signoff(ctx, makeup.id, team["林娜"], "", "实际 10:00 才完成", finished_at=dt.datetime(2026, 11, 20, 10, 0))
    entries = list(StepSignoff.select().where(StepSignoff.step == makeup.id).order_by(StepSignoff.id))
    assert len(entries) == 2
    assert (entries[0].staff_id, entries[0].finished_at, entries[0].outcome) == snapshot_original
    assert entries[1].kind == "correct" and entries[1].corrects_id == entries[0].id
    assert entries[1].reason == "实际 10:00 才完成"
    assert FlowStep.get_by_id(makeup.id).finished_at == dt.datetime(2026, 11, 20, 10, 0)
    history = [h for h in reports.flow_history(shoot.id) if h.station == "化妆"]
    assert [h.kind for h in history] == ["sign", "correct"]
    assert history[1].corrects_id == history[0].entry_id
    view = next(v for v in reports.flow_steps(shoot.couple_id) if v.station_code == "makeup")
    assert view.corrected and view.work_minutes == 57


def test_correction_cannot_end_before_start_or_touch_unsigned(ctx, shoot, team):
    reception = steps_by_station(shoot.id)["reception"]
    with pytest.raises(Conflict):
        machine.correct_signoff(ctx, reception.id, team["林娜"], "", "x")
    machine.sign_off(ctx, reception.id, None, "")
    with pytest.raises(ValidationError):
        machine.correct_signoff(ctx, reception.id, team["林娜"], "", "x", finished_at=dt.datetime(2026, 11, 20, 8, 0))


# ------------------------------------------------------------------- special requests, notes


def test_special_requests_must_be_confirmed_at_makeup(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    machine.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["赵敏"])
    with pytest.raises(ValidationError) as e:
        machine.start_step(ctx, steps["makeup"].id, team["赵敏"])
    assert "requests" in e.value.errors
    machine.start_step(ctx, steps["makeup"].id, team["赵敏"], confirm_requests=True)
    f = Flow.get_by_id(shoot.id)
    assert f.requests_confirmed_by_id == team["赵敏"] and f.requests_confirmed_at is not None
    assert AuditLog.select().where(AuditLog.action == "flow.confirm_requests").count() == 1
    # the groom's stylist is not asked again
    machine.start_step(ctx, steps["groom_styling"].id, team["吴昊"])


def test_outfit_notes_are_appended(ctx, shoot):
    reception = steps_by_station(shoot.id)["reception"]
    machine.add_note(ctx, reception.id, "白纱OK")
    machine.add_note(ctx, reception.id, "秀禾 领口改小")
    with pytest.raises(ValidationError):
        machine.add_note(ctx, reception.id, "  ")
    view = next(v for v in reports.flow_steps(shoot.couple_id) if v.station_code == "reception")
    assert view.notes == ["白纱OK", "秀禾 领口改小"]
