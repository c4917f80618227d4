"""Service flow: the step state machine, sign-off and corrections, handoffs, board timers and alerts."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.core.settings import set_setting
from app.flow import service as fs
from app.flow.models import STATES, Flow, FlowStep, Station, StepSignoff
from app.staff import service as staff
from app.staff.models import Staff


@pytest.fixture
def team(ctx):
    out = {}
    for name, roles in [("赵敏", ["makeup_artist"]), ("吴昊", ["stylist"]), ("周婷", ["dresser"]),
                        ("郑凯", ["photographer"]), ("陈静", ["floor_control"]), ("林娜", ["department_supervisor"]),
                        ("许超", ["retoucher"])]:
        out[name] = staff.add_staff(ctx, name, roles).id
    out["王丽"] = ctx.operator_id
    return out


def steps_by_station(flow_id: int) -> dict[str, FlowStep]:
    return {s.station.code: s for s in fs._steps_of(flow_id)}


def version(flow_id: int) -> int:
    return Flow.get_by_id(flow_id).version


@pytest.fixture
def shoot(ctx, couple, team):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    return Flow.get(Flow.visit == visit.id)


# ------------------------------------------------------------------------------------ start


def test_check_in_starts_the_shoot_flow(ctx, couple, team, clock):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    steps = fs._steps_of(flow.id)
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
    [step] = fs._steps_of(flow.id)
    assert step.station.code == "selection" and step.state == "waiting"  # the receptionist is not a seller


# ------------------------------------------------------------------------- the state machine

EXPECTED = {
    ("planned", "handoff"), ("planned", "waiting"), ("planned", "in_progress"), ("planned", "not_done"),
    ("planned", "skipped"), ("handoff", "waiting"), ("handoff", "in_progress"), ("waiting", "in_progress"),
    ("waiting", "not_done"), ("waiting", "skipped"), ("in_progress", "done"), ("in_progress", "not_done"),
}


@pytest.mark.parametrize("old,new", list(itertools.product(STATES, STATES)))
def test_transition_table(old, new):
    assert fs.can_transition(old, new) == ((old, new) in EXPECTED)


def _put(step: FlowStep, state: str) -> None:
    FlowStep.update(state=state, state_since=dt.datetime(2026, 11, 20, 9, 0),
                    started_at=dt.datetime(2026, 11, 20, 8, 50) if state in ("in_progress", "done") else None
                    ).where(FlowStep.id == step.id).execute()


def _attempt(ctx, step: FlowStep, new: str, team) -> None:
    pin = ""
    if new == "handoff":
        fs.hand_over(ctx, step.id, team["陈静"])
    elif new == "waiting":
        fs.arrive(ctx, step.id)
    elif new == "in_progress":
        fs.start_step(ctx, step.id, team["周婷"])
    elif new == "done":
        fs.sign_off(ctx, step.id, team["周婷"], pin)
    elif new == "not_done":
        fs.mark_not_done(ctx, step.id, team["陈静"], pin, "客人身体不适")
    elif new == "skipped":
        fs.skip_step(ctx, step.id, team["陈静"], pin, "套系不含")


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
        fs.start_step(ctx, steps["wardrobe"].id, team["周婷"])
    with pytest.raises(Conflict):
        fs.hand_over(ctx, steps["makeup"].id, team["赵敏"])  # reception is not finished
    assert FlowStep.get_by_id(steps["wardrobe"].id).state == "planned"


# ---------------------------------------------------------------------------- sign-off rules


def test_sign_off_refuses_inactive_or_wrong_role_and_writes_nothing(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    fs.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["赵敏"])  # bride and groom handed over
    makeup = FlowStep.get_by_id(steps["makeup"].id)
    fs.start_step(ctx, makeup.id, team["赵敏"], confirm_requests=True)
    n_audit, v = AuditLog.select().count(), version(shoot.id)
    with pytest.raises(PermissionDenied):
        fs.sign_off(ctx, makeup.id, team["郑凯"], "")  # a photographer cannot sign makeup
    Staff.update(active=False).where(Staff.id == team["赵敏"]).execute()
    with pytest.raises(PermissionDenied):
        fs.sign_off(ctx, makeup.id, team["赵敏"], "")
    assert FlowStep.get_by_id(makeup.id).state == "in_progress"
    assert StepSignoff.select().where(StepSignoff.step == makeup.id).count() == 0
    assert AuditLog.select().count() == n_audit and version(shoot.id) == v


def test_start_needs_the_station_role(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    fs.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["陈静"])
    with pytest.raises(ValidationError) as e:
        fs.start_step(ctx, steps["groom_styling"].id, team["郑凯"])
    assert "staff" in e.value.errors
    fs.start_step(ctx, steps["groom_styling"].id, team["吴昊"])


def test_finish_before_start_is_refused(ctx, shoot, clock):
    reception = steps_by_station(shoot.id)["reception"]
    with pytest.raises(ValidationError) as e:
        fs.sign_off(ctx, reception.id, None, "", finished_at=clock.now() - dt.timedelta(minutes=5))
    assert "finished_at" in e.value.errors
    assert FlowStep.get_by_id(reception.id).state == "in_progress"


def test_concurrent_change_from_another_window(ctx, shoot, team):
    reception = steps_by_station(shoot.id)["reception"]
    stale = version(shoot.id)
    fs.add_note(ctx, reception.id, "客人带了两套自己的衣服")  # another window
    with pytest.raises(Conflict, match="另一个窗口|another window"):
        fs.sign_off(ctx, reception.id, None, "", expected_version=stale)
    assert FlowStep.get_by_id(reception.id).state == "in_progress"
    fs.sign_off(ctx, reception.id, None, "", expected_version=version(shoot.id))


def test_reason_required_for_not_done_and_skip(ctx, shoot, team):
    outdoor = steps_by_station(shoot.id)["outdoor"]
    with pytest.raises(ValidationError) as e:
        fs.mark_not_done(ctx, outdoor.id, team["陈静"], "", "  ")
    assert "reason" in e.value.errors
    with pytest.raises(PermissionDenied):  # a dresser cannot cancel the outdoor shoot
        fs.mark_not_done(ctx, outdoor.id, team["周婷"], "", "下雨")
    fs.mark_not_done(ctx, outdoor.id, team["陈静"], "", "下雨，改天补拍")
    s = FlowStep.get_by_id(outdoor.id)
    assert s.state == "not_done" and s.reason == "下雨，改天补拍" and s.signed_by_id == team["陈静"]


def test_corrected_sign_off_keeps_both_entries(ctx, shoot, team, clock):
    steps = steps_by_station(shoot.id)
    fs.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["赵敏"])
    makeup = steps["makeup"]
    clock.advance(minutes=3)
    fs.start_step(ctx, makeup.id, team["赵敏"], confirm_requests=True)
    clock.advance(minutes=50)
    fs.sign_off(ctx, makeup.id, team["赵敏"], "")
    original = StepSignoff.get(StepSignoff.step == makeup.id)
    snapshot_original = (original.staff_id, original.finished_at, original.outcome)
    clock.advance(minutes=30)
    with pytest.raises(ValidationError):
        fs.correct_signoff(ctx, makeup.id, team["林娜"], "", "")
    with pytest.raises(PermissionDenied):
        fs.correct_signoff(ctx, makeup.id, team["郑凯"], "", "写错了")
    fs.correct_signoff(ctx, makeup.id, team["林娜"], "", "实际 10:00 才完成", finished_at=dt.datetime(2026, 11, 20, 10, 0))
    entries = list(StepSignoff.select().where(StepSignoff.step == makeup.id).order_by(StepSignoff.id))
    assert len(entries) == 2
    assert (entries[0].staff_id, entries[0].finished_at, entries[0].outcome) == snapshot_original
    assert entries[1].kind == "correct" and entries[1].corrects_id == entries[0].id
    assert entries[1].reason == "实际 10:00 才完成"
    assert FlowStep.get_by_id(makeup.id).finished_at == dt.datetime(2026, 11, 20, 10, 0)
    history = [h for h in fs.flow_history(shoot.id) if h.station == "化妆"]
    assert [h.kind for h in history] == ["sign", "correct"]
    assert history[1].corrects_id == history[0].entry_id
    view = next(v for v in fs.flow_steps(shoot.couple_id) if v.station_code == "makeup")
    assert view.corrected and view.work_minutes == 57


def test_correction_cannot_end_before_start_or_touch_unsigned(ctx, shoot, team):
    reception = steps_by_station(shoot.id)["reception"]
    with pytest.raises(Conflict):
        fs.correct_signoff(ctx, reception.id, team["林娜"], "", "x")
    fs.sign_off(ctx, reception.id, None, "")
    with pytest.raises(ValidationError):
        fs.correct_signoff(ctx, reception.id, team["林娜"], "", "x", finished_at=dt.datetime(2026, 11, 20, 8, 0))


# ------------------------------------------------------------------- special requests, notes


def test_special_requests_must_be_confirmed_at_makeup(ctx, shoot, team):
    steps = steps_by_station(shoot.id)
    fs.sign_off(ctx, steps["reception"].id, None, "", taker_id=team["赵敏"])
    with pytest.raises(ValidationError) as e:
        fs.start_step(ctx, steps["makeup"].id, team["赵敏"])
    assert "requests" in e.value.errors
    fs.start_step(ctx, steps["makeup"].id, team["赵敏"], confirm_requests=True)
    f = Flow.get_by_id(shoot.id)
    assert f.requests_confirmed_by_id == team["赵敏"] and f.requests_confirmed_at is not None
    assert AuditLog.select().where(AuditLog.action == "flow.confirm_requests").count() == 1
    # the groom's stylist is not asked again
    fs.start_step(ctx, steps["groom_styling"].id, team["吴昊"])


def test_outfit_notes_are_appended(ctx, shoot):
    reception = steps_by_station(shoot.id)["reception"]
    fs.add_note(ctx, reception.id, "白纱OK")
    fs.add_note(ctx, reception.id, "秀禾 领口改小")
    with pytest.raises(ValidationError):
        fs.add_note(ctx, reception.id, "  ")
    view = next(v for v in fs.flow_steps(shoot.couple_id) if v.station_code == "reception")
    assert view.notes == ["白纱OK", "秀禾 领口改小"]


# ------------------------------------------------------------------- board, timers and alerts


def test_time_in_state_and_alerts_under_the_clock(ctx, shoot, team, clock):
    [row] = fs.board_rows(ctx)
    assert row.bride.state == "in_progress" and row.together and not row.alert
    clock.advance(minutes=11)  # reception limit is 10 minutes
    [row] = fs.board_rows(ctx)
    assert row.bride.minutes == 11 and row.alert and fs.alert_count(ctx) == 1
    steps = steps_by_station(shoot.id)
    fs.sign_off(ctx, steps["reception"].id, None, "")  # signed, but nobody took them
    [row] = fs.board_rows(ctx)
    assert row.bride.state == "ready" and row.bride.minutes == 0 and not row.alert
    assert row.next_station == "化妆"
    clock.advance(minutes=11)  # left alone between stations longer than the handoff limit
    [row] = fs.board_rows(ctx)
    assert row.alert and row.bride.limit == 10
    set_setting(ctx, fs.HANDOFF_LIMIT_KEY, 15)
    assert not fs.board_rows(ctx)[0].alert
    fs.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])  # handoff to makeup
    fs.advance(ctx, shoot.id, "groom", taker_id=team["吴昊"])
    [row] = fs.board_rows(ctx)
    assert (row.bride.state, row.groom.state) == ("handoff", "handoff") and not row.together
    assert row.bride.staff == "赵敏" and row.groom.staff == "吴昊" and row.total_minutes == 22


def test_alerts_float_to_the_top(ctx, couple, team, clock):
    first = checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=5)
    other = checkin.create_couple(ctx, order_no="YL-2", bride_name="王芳", groom_name="刘强", bride_phone="13800000002")
    checkin.check_in_couple(ctx, other.id)
    f1 = Flow.get(Flow.visit == first.id)
    fs.sign_off(ctx, steps_by_station(f1.id)["reception"].id, None, "", taker_id=team["赵敏"])
    assert [r.order_no for r in fs.board_rows(ctx)] == ["YL20261120-01", "YL-2"]
    clock.advance(minutes=12)  # YL-2 has been at reception for 12 minutes; YL…01 is on the way (12 > 10)
    rows = fs.board_rows(ctx)
    assert all(r.alert for r in rows)
    clock.advance(minutes=-12)
    fs.advance(ctx, f1.id, "bride", staff_id=team["赵敏"], confirm_requests=True)
    fs.advance(ctx, f1.id, "groom", staff_id=team["吴昊"])
    clock.advance(minutes=12)
    rows = fs.board_rows(ctx)
    assert [r.order_no for r in rows] == ["YL-2", "YL20261120-01"] and rows[0].alert and not rows[1].alert


def test_full_day_and_post_production(ctx, shoot, team, clock):
    f = shoot.id
    fs.advance(ctx, f, "bride", taker_id=team["赵敏"])  # sign reception, hand both over
    row = fs.board_rows(ctx)[0]
    assert row.bride.state == "handoff" and row.groom.state == "handoff"
    fs.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    fs.advance(ctx, f, "groom", staff_id=team["吴昊"])
    clock.advance(minutes=25)
    fs.advance(ctx, f, "groom", pin="")  # groom styled; bride still in makeup → lounge
    row = fs.board_rows(ctx)[0]
    assert row.groom.state == "partner" and not row.alert
    clock.advance(minutes=20)
    act = fs.next_action(f, "bride")
    assert act.kind == "sign" and act.target is not None and act.target.station.code == "wardrobe"
    fs.advance(ctx, f, "bride", taker_id=team["周婷"])
    row = fs.board_rows(ctx)[0]
    assert row.together and row.bride.state == "handoff" and row.bride.station == "礼服"
    for who, taker in [(team["周婷"], team["郑凯"]), (team["郑凯"], None)]:
        fs.advance(ctx, f, "bride", staff_id=who)
        clock.advance(minutes=30)
        fs.advance(ctx, f, "bride", taker_id=taker)
    steps = steps_by_station(f)
    fs.skip_step(ctx, steps["outdoor"].id, team["陈静"], "", "套系不含外景")
    fs.advance(ctx, f, "bride", taker_id=team["赵敏"])
    fs.advance(ctx, f, "bride", staff_id=team["赵敏"])
    fs.advance(ctx, f, "bride", taker_id=ctx.operator_id)
    fs.advance(ctx, f, "bride", staff_id=ctx.operator_id)
    fs.advance(ctx, f, "bride")
    assert Flow.get_by_id(f).finished_at is not None and fs.board_rows(ctx) == []
    post = fs.post_production_due(ctx)
    assert len(post) == 1 and post[0].station == "后期修片" and post[0].due_date == dt.date(2026, 11, 27)
    assert fs.photos_ready_date(shoot.couple_id) == dt.date(2026, 12, 5)
    assert fs.post_production_due(ctx, until=dt.date(2026, 11, 26)) == []
    views = fs.flow_steps(shoot.couple_id)
    assert [v.station_code for v in views if v.flagged] == ["outdoor"]
    names = {d["name"] for d in fs.staff_in_flow(shoot.couple_id)}
    assert {"赵敏", "吴昊", "周婷", "郑凯", "陈静"} <= names


def test_station_and_staff_stats(ctx, shoot, team, clock):
    f = shoot.id
    fs.advance(ctx, f, "bride", taker_id=team["赵敏"])
    clock.advance(minutes=70)  # 70 minutes on the way to makeup: over the handoff limit
    fs.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    clock.advance(minutes=65)  # makeup over its 60-minute limit
    fs.advance(ctx, f, "bride")
    fs.advance(ctx, f, "groom", staff_id=team["吴昊"])
    fs.mark_not_done(ctx, steps_by_station(f)["groom_styling"].id, team["陈静"], "", "新郎临时离开")
    day = clock.today()
    stats = {s.name: s for s in fs.station_stats(ctx, day, day)}
    mk = stats["化妆"]
    assert (mk.done, mk.work_avg, mk.work_max, mk.waits_over, mk.work_over) == (1, 65, 65, 1, 1)
    assert stats["新郎衬衫/造型"].not_done == 1
    assert fs.station_stats(ctx, day + dt.timedelta(days=1), day + dt.timedelta(days=2)) == []
    by_staff = {s.name: s for s in fs.staff_stats(ctx, day, day)}
    assert by_staff["赵敏"].done == 1 and by_staff["吴昊"].not_done == 1


# ------------------------------------------------------------------------ groom styling order


def test_groom_styling_order(ctx, team, clock):
    flows = []
    for i in range(3):
        c = checkin.create_couple(ctx, order_no=f"G-{i}", bride_name=f"新娘{i}", groom_name=f"新郎{i}",
                                  bride_phone=f"1380000000{i}")
        flows.append(Flow.get(Flow.visit == checkin.check_in_couple(ctx, c.id).id).id)
        clock.advance(minutes=2)
    for fid in flows:
        fs.advance(ctx, fid, "bride", taker_id=team["陈静"])
    # the third bride is in makeup first, then the first: their grooms should go first
    fs.advance(ctx, flows[2], "bride", staff_id=team["赵敏"])
    clock.advance(minutes=5)
    fs.advance(ctx, flows[0], "bride", staff_id=team["赵敏"])
    assert [r.flow_id for r in fs.groom_queue(ctx)] == [flows[2], flows[0], flows[1]]
    with pytest.raises(PermissionDenied):
        fs.set_groom_order(ctx, [flows[1], flows[0], flows[2]], team["周婷"], "")
    fs.set_groom_order(ctx, [flows[1], flows[0], flows[2]], team["陈静"], "")
    assert [r.flow_id for r in fs.groom_queue(ctx)] == [flows[1], flows[0], flows[2]]
    assert [json.loads(a.after)["groom_order"] for a in
            AuditLog.select().where(AuditLog.action == "flow.groom_order").order_by(AuditLog.id)] == [1, 2, 3]


# ------------------------------------------------------------------------ visitor lookup


def test_where_is_answers_station_staff_minutes(ctx, shoot, team, clock):
    couple_id = shoot.couple_id
    clock.advance(minutes=4)
    where = checkin_queries.where_is(ctx, couple_id)
    assert where.positions == [{"person": "couple", "station": "接待", "staff": "王丽", "since": dt.datetime(2026, 11, 20, 9, 0),
                                "minutes": 4, "state": fs.state_label("in_progress")}]
    fs.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])
    fs.advance(ctx, shoot.id, "bride", staff_id=team["赵敏"], confirm_requests=True)
    clock.advance(minutes=9)
    pos = {p["person"]: p for p in checkin_queries.where_is(ctx, couple_id).positions}
    assert (pos["bride"]["station"], pos["bride"]["staff"], pos["bride"]["minutes"]) == ("化妆", "赵敏", 9)
    assert pos["groom"]["station"] == "新郎衬衫/造型" and pos["groom"]["state"] == fs.state_label("handoff")


def test_pickup_visit_closes_ready_for_pickup(ctx, couple, team, clock):
    retoucher = team["许超"]
    checker = staff.add_staff(ctx, "高远", ["finished_goods_checker"]).id
    fs._start_post_production(ctx, couple.id)
    post = Flow.get((Flow.couple == couple.id) & (Flow.kind == "post"))
    for who in (retoucher, retoucher, retoucher, retoucher, checker, checker):
        act = fs.next_action(post.id, "bride")
        assert act.target is None  # no escort in post-production: the next queue receives it
        fs.advance(ctx, post.id, "bride", staff_id=who)
        clock.advance(hours=20)
    ready = steps_by_station(post.id)["ready"]
    assert ready.state == "waiting" and fs.post_production_due(ctx)[0].station == "待取件"
    checkin.check_in_couple(ctx, couple.id, "pickup")
    ready = steps_by_station(post.id)["ready"]
    assert ready.state == "done" and ready.signed_by_id == ctx.operator_id
    assert Flow.get_by_id(post.id).finished_at is not None and fs.post_production_due(ctx) == []
    assert fs.photos_ready_date(couple.id) is None


def test_complaints_pick_the_responsible_staff_from_the_flow(ctx, shoot, team):
    from app.complaints import service as ks

    fs.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])
    fs.advance(ctx, shoot.id, "bride", staff_id=team["赵敏"], confirm_requests=True)
    makeup = Station.get(Station.code == "makeup")
    candidates = ks.responsible_candidates(ctx, shoot.couple_id)
    assert (team["赵敏"], makeup.id) in [(s.id, st) for s, st in candidates]
    assert candidates[0][0].id == team["赵敏"]  # the latest first
    groom_styling = Station.get(Station.code == "groom_styling")
    assert (team["赵敏"], groom_styling.id) not in [(s.id, st) for s, st in candidates]  # only the escort there
