"""Handover services on a real database: snapshot contents, submit, the acceptance rule."""

from __future__ import annotations

import datetime as dt

import pytest

from app.checkin import commands as checkin
from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.i18n import translate
from app.core.models import AuditLog
from app.handover import service as ho
from app.handover.models import Handover
from app.staff.models import Shift
from tests.handover_scenario import build


@pytest.fixture
def scen(ctx, clock):
    return build(ctx, clock)


def test_snapshot_shows_each_open_thing_exactly_once(ctx, scen):
    snap = ho.build_snapshot(ctx)
    refs = snap.refs()
    for ref in (f"visit:{scen.waiting.id}", f"key:{scen.loan.id}", f"lead:{scen.lead.id}",
                f"visit:{scen.with_key.id}", f"complaint:{scen.extra['complaint'].id}",
                f"appointment:{scen.extra['late'].id}", f"appointment:{scen.extra['later'].id}",
                f"call:{scen.extra['call'].id}"):
        assert refs.count(ref) == 1, ref
    # The visitor has left: not in the handover.
    assert f"visit:{scen.visitor.id}" not in refs
    waits = snap.section("waits")
    assert [r.ref for r in waits.rows] == [f"visit:{scen.waiting.id}"]
    assert waits.rows[0].alert and waits.rows[0].cells[0] == "张雨桐 & 王浩然"
    assert waits.rows[0].cells[2] == ho.minutes_label(30)
    keys = snap.section("keys_out")
    assert keys.rows[0].cells[:2] == ["05", "李思琪 & 陈子轩"] and not keys.rows[0].alert
    leads = snap.section("leads_due")
    assert leads.rows[0].cells[1] == "137****5678"  # never a full number
    store = snap.section("in_store")
    assert [r.ref for r in store.rows] == [f"visit:{scen.with_key.id}"]
    assert store.rows[0].cells[-1] == "05"
    assert "化妆" in store.rows[0].cells[2] and "赵敏" in store.rows[0].cells[2]  # where, with whom
    complaints = snap.section("complaints")
    assert complaints.rows[0].alert and complaints.rows[0].cells[0] == scen.extra["complaint"].case_no
    deadlines = complaints.rows[0].cells[-1]
    assert deadlines.count(translate("Handover", "{deadline} OVERDUE").format(deadline="")) == 2  # 24 h, feedback
    assert "11-26" in deadlines  # the result deadline is shown too, not only the nearest
    assert "化妆师迟到" not in " ".join(complaints.rows[0].cells)  # details stay in the complaints tab
    expected = snap.section("expected")
    assert [(r.ref, r.alert) for r in expected.rows] == [(f"appointment:{scen.extra['late'].id}", True),
                                                          (f"appointment:{scen.extra['later'].id}", False)]
    assert f"appointment:{scen.extra['missed'].id}" not in refs  # yesterday's no-show is the review's business
    calls = snap.section("callbacks")
    assert calls.rows[0].alert and calls.rows[0].cells[1] == "135****7777"
    post = snap.section("post_production")
    assert refs.count(f"post:{scen.extra['post'].id}") == 1
    assert post.rows[0].alert and post.rows[0].cells[:3] == ["YL-OLD", "蒋琳 & 彭飞", "后期修片"]
    assert snap.operator == "王丽"
    # Reading order: what needs action first.
    keys = [s.key for s in snap.sections]
    assert keys.index("waits") < keys.index("complaints") < keys.index("keys_out") < keys.index("in_store")
    assert keys.index("in_store") < keys.index("expected")


def test_a_couple_over_a_stations_limit_moves_to_waiting_too_long(ctx, clock, scen):
    ref = f"visit:{scen.with_key.id}"
    clock.advance(minutes=30)  # the groom has been in styling over its 30 minutes; the bride is fine
    snap = ho.build_snapshot(ctx)
    row = next(r for r in snap.section("waits").rows if r.ref == ref)
    assert row.alert and "吴昊" in row.cells[1] and "赵敏" not in row.cells[1]
    assert row.cells[3] == ho.minutes_label(30)
    clock.advance(minutes=40)  # now the bride too is over makeup's 60 minutes: both are named
    snap = ho.build_snapshot(ctx)
    assert snap.refs().count(ref) == 1
    row = next(r for r in snap.section("waits").rows if r.ref == ref)
    assert "赵敏" in row.cells[1] and "吴昊" in row.cells[1]
    assert ref not in [r.ref for r in snap.section("in_store").rows]


def test_overdue_rows_come_first_and_are_red(ctx, clock, scen):
    # Another lead due today, then a day passes: both overdue; a key out overnight is red.
    clock.advance(days=1)
    snap = ho.build_snapshot(ctx)
    assert all(r.alert for r in snap.section("leads_due").rows)
    assert snap.section("keys_out").rows[0].alert
    assert snap.section("in_store").rows == []  # yesterday's visits are not "in the store today"


def test_snapshot_round_trips_through_json(ctx, scen):
    snap = ho.build_snapshot(ctx)
    back = ho.Snapshot.from_json(snap.to_json())
    assert back == snap


def test_submit_freezes_snapshot_and_refuses_twice(ctx, clock, scen):
    due = dt.datetime(2026, 11, 20, 14, 0)
    items = [ho.ActionItem("给钱女士回电话，约周六看样", scen.incoming.id, due)]
    h = ho.submit(ctx, items, remark="吧台钥匙柜的锁有点卡")
    with pytest.raises(Conflict):
        ho.submit(ctx, [], "")
    assert Handover.select().count() == 1
    # The store changes afterwards; the submitted handover does not.
    clock.advance(minutes=5)
    checkin.receive_visit(ctx, scen.waiting.id)
    view = ho.load_handover(h.id)
    frozen = view.snapshot.section("waits").rows
    assert [r.ref for r in frozen] == [f"visit:{scen.waiting.id}"]
    not_received = translate("Handover", "Counter: not yet received (arrived {time})").format(time="08:30")
    assert frozen[0].cells[1] == not_received
    assert not_received not in [r.cells[1] for r in ho.build_snapshot(ctx).section("waits").rows]
    assert view.items[0].owner == "刘芳" and view.items[0].due_at == due
    assert view.remark == "吧台钥匙柜的锁有点卡" and view.status == "open"
    assert AuditLog.select().where(AuditLog.action == "handover.submit").count() == 1


def test_bad_action_lines_are_refused_and_nothing_saved(ctx, scen):
    with pytest.raises(ValidationError) as e:
        ho.check_item(ctx, ho.ActionItem("  ", None, None))
    assert set(e.value.errors) == {"text", "owner", "due_at"}
    with pytest.raises(ValidationError) as e:
        ho.check_item(ctx, ho.ActionItem("x", scen.incoming.id, dt.datetime(2026, 11, 20, 8, 0)))
    assert set(e.value.errors) == {"due_at"}
    with pytest.raises(ValidationError) as e:
        ho.submit(ctx, [ho.ActionItem("ok", scen.incoming.id, dt.datetime(2026, 11, 20, 12, 0)),
                        ho.ActionItem("", scen.incoming.id, dt.datetime(2026, 11, 20, 12, 0))])
    assert "items" in e.value.errors and "2" in e.value.errors["items"]
    assert Handover.select().count() == 0


def test_nobody_on_shift_cannot_submit(ctx, scen):
    ctx.operator_id = None
    with pytest.raises(PermissionDenied):
        ho.submit(ctx)


def test_cannot_accept_own_handover(ctx, scen):
    outgoing = ctx.operator_id
    h = ho.submit(ctx)
    with pytest.raises(ValidationError) as e:
        ho.accept(ctx, h.id, outgoing, "")
    assert "staff" in e.value.errors
    assert Handover.get_by_id(h.id).status == "open"
    assert Shift.get(Shift.operator == outgoing).ended_at is None


def test_accept_closes_outgoing_shift_and_starts_incoming(ctx, clock, scen):
    outgoing = ctx.operator_id
    h = ho.submit(ctx)
    # Not yet accepted: the outgoing shift is still open.
    assert Shift.get(Shift.operator == outgoing).ended_at is None
    clock.advance(minutes=7)
    ho.accept(ctx, h.id, scen.incoming.id, "")
    h = Handover.get_by_id(h.id)
    assert h.status == "accepted" and h.incoming_id == scen.incoming.id
    assert h.accepted_at == dt.datetime(2026, 11, 20, 9, 7)
    assert Shift.get(Shift.operator == outgoing).ended_at == dt.datetime(2026, 11, 20, 9, 7)
    new = Shift.get(Shift.operator == scen.incoming.id)
    assert new.ended_at is None and new.started_at == h.accepted_at
    assert ctx.operator_id == scen.incoming.id
    with pytest.raises(Conflict):
        ho.accept(ctx, h.id, scen.supervisor.id, "")
    view = ho.load_handover(h.id)
    assert (view.outgoing, view.incoming) == ("王丽", "刘芳")
    # The next receptionist can now hand over in turn.
    ho.submit(ctx)


def test_accept_needs_a_receptionist(ctx, scen):
    from app.staff import service as staff

    photographer = staff.add_staff(ctx, "郑凯", ["photographer"])
    h = ho.submit(ctx)
    with pytest.raises(PermissionDenied):
        ho.accept(ctx, h.id, photographer.id, "")
    ho.accept(ctx, h.id, scen.supervisor.id, "")  # a store supervisor may take the counter


def test_withdraw_then_submit_again(ctx, scen):
    h = ho.submit(ctx)
    ho.withdraw(ctx, h.id)
    with pytest.raises(Conflict):
        ho.accept(ctx, h.id, scen.incoming.id, "")
    h2 = ho.submit(ctx)
    rows = ho.past_handovers()
    assert [r.id for r in rows] == [h2.id, h.id]
    assert rows[1].status == "withdrawn" and rows[0].alerts == 5  # waiting, complaint, call back, late couple, retouching


def test_only_the_outgoing_can_withdraw(ctx, scen):
    h = ho.submit(ctx)
    ctx.operator_id = scen.incoming.id
    with pytest.raises(PermissionDenied):
        ho.withdraw(ctx, h.id)


def test_a_very_long_list_is_cut_but_counted(ctx, clock, scen, monkeypatch):
    from app.checkin import commands as checkin

    monkeypatch.setattr(ho, "SECTION_ROWS_MAX", 3)
    clock.set(dt.datetime(2026, 11, 18, 10, 0))
    for i in range(5):
        v = checkin.check_in_consult(ctx, f"客人{i}", f"1370000{i:04d}", "", dt.date(2026, 11, 19))
        checkin.check_out(ctx, v.id)
    clock.set(dt.datetime(2026, 11, 20, 9, 0))
    sec = ho.build_snapshot(ctx).section("leads_due")
    # Five overdue leads first (red), today's lead after them: three shown, all six counted.
    assert len(sec.rows) == 3 and all(r.alert for r in sec.rows)
    assert (sec.count, sec.alert_count, sec.more) == (6, 5, 3)
    back = ho.Snapshot.from_json(ho.build_snapshot(ctx).to_json()).section("leads_due")
    assert back.count == 6


def test_accept_checks_the_incoming_pin(ctx, clock, scen):
    from app.staff import service as staff

    nina = staff.add_staff(ctx, "林娜", ["receptionist"], pin="2468")
    outgoing = ctx.operator_id
    h = ho.submit(ctx)
    with pytest.raises(PermissionDenied):
        ho.accept(ctx, h.id, nina.id, "1111")
    assert Handover.get_by_id(h.id).status == "open" and ctx.operator_id == outgoing
    assert Shift.get(Shift.operator == outgoing).ended_at is None
    ho.accept(ctx, h.id, nina.id, "2468")
    assert ctx.operator_id == nina.id and Handover.get_by_id(h.id).incoming_id == nina.id
