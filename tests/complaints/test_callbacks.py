"""Complaint call-backs (回访) on a real database: scheduled on the studio's next opening day when a case is
closed, owned by someone, recorded (reached with satisfaction / not reached / given up), unhappy reopens."""

from __future__ import annotations

import datetime as dt

import pytest

from app import settings_service
from app.complaints import callbacks, cases, config, queries
from app.complaints.models import Complaint, ComplaintCallback
from app.core.errors import ValidationError
from app.core.models import AuditLog
from app.handover.service import build_snapshot
from app.staff import service as staff

PIN = "739153"


@pytest.fixture
def people(ctx):
    return {
        "boss": staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN),
        "other": staff.add_staff(ctx, "刘芳", ["receptionist"]),
    }


def resolved_case(ctx, people):
    cat = next(c for c in config.categories() if c.name == "化妆")
    c = cases.create_complaint(ctx, complainant="张伟", contact="13812345678", channel="phone",
                               category_id=cat.id, description="睫毛胶过敏，眼睛红",
                               reported_to_id=people["boss"].id, reported_at=ctx.now(),
                               promised_reply_at=ctx.now() + dt.timedelta(hours=2))
    cases.resolve(ctx, c.id, "confirmed", corrective_action="换无胶款重化", apology=True)
    return c


def audit_count() -> int:
    return AuditLog.select().count()


def test_closing_schedules_on_the_next_opening_day_skipping_a_closed_day(ctx, people, clock):
    # Friday 2026-11-20; the studio closes on Saturday the 21st (not a public holiday: its own choice).
    settings_service.set_studio_closed_day(ctx, people["boss"].id, PIN, dt.date(2026, 11, 21), "盘点")
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "客人表示满意")
    [cb] = callbacks.open_callbacks(ctx)
    assert cb.due_on == dt.date(2026, 11, 22)  # Sunday: an opening day, though not a working day
    assert cb.owner_id == ctx.operator_id and cb.owner == "王丽"  # the case's handler by default
    assert not cb.due_today and cb.attempts == 0
    actions = [a.action for a in AuditLog.select().order_by(AuditLog.id.desc()).limit(2)]
    assert set(actions) == {"complaint.close", "complaint.callback_schedule"}
    assert queries.case_log(c.id)[-1].action == "callback_scheduled"


def test_weekend_is_an_opening_day_and_another_owner_may_be_named(ctx, people):
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "满意", callback_owner_id=people["other"].id)
    [cb] = callbacks.open_callbacks(ctx)
    assert cb.due_on == dt.date(2026, 11, 21) and cb.owner == "刘芳"  # Saturday


def test_never_without_an_owner_nothing_saved(ctx, people):
    c = resolved_case(ctx, people)
    Complaint.update(holder=None).where(Complaint.id == c.id).execute()
    before = audit_count()
    with pytest.raises(ValidationError) as e:
        cases.close(ctx, c.id, "满意")
    assert set(e.value.errors) == {"callback_owner"}
    assert Complaint.get_by_id(c.id).status == "resolved" and ComplaintCallback.select().count() == 0
    assert audit_count() == before
    with pytest.raises(ValidationError) as e:
        cases.close(ctx, c.id, "满意", callback_owner_id=99999)
    assert set(e.value.errors) == {"callback_owner"}
    cases.close(ctx, c.id, "满意", callback_owner_id=people["other"].id)
    cb = callbacks.open_callbacks(ctx)[0]
    with pytest.raises(ValidationError) as e:
        callbacks.reassign(ctx, cb.id, None)
    assert set(e.value.errors) == {"owner"}
    assert callbacks.reassign(ctx, cb.id, people["boss"].id).owner == "黄蓉"


def test_happy_call_back_finishes_it(ctx, people, clock):
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "满意")
    clock.advance(days=1)
    [cb] = callbacks.open_callbacks(ctx)
    assert cb.due_today and callbacks.due_count(ctx) == 1
    res = callbacks.record_call(ctx, cb.id, reached=True, satisfaction=5, comment="客人很满意，还推荐了朋友")
    assert not res.reopened and res.callback.status == "done" and res.callback.satisfaction == 5
    assert callbacks.open_callbacks(ctx) == [] and Complaint.get_by_id(c.id).status == "closed"
    assert AuditLog.select().order_by(AuditLog.id.desc()).get().action == "complaint.callback_reached"
    with pytest.raises(ValidationError) as e:  # already done: refused, nothing saved
        callbacks.record_call(ctx, cb.id, reached=True, satisfaction=4, comment="again")
    assert set(e.value.errors) == {"status"}
    assert ComplaintCallback.get_by_id(cb.id).satisfaction == 5


def test_unhappy_call_back_reopens_keeping_the_history(ctx, people, clock):
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "先这样吧")
    clock.advance(days=1)
    cb = callbacks.open_callbacks(ctx)[0]
    with pytest.raises(ValidationError) as e:
        callbacks.record_call(ctx, cb.id, reached=True, satisfaction=2)
    assert set(e.value.errors) == {"comment"}  # reopening needs the reason
    res = callbacks.record_call(ctx, cb.id, reached=True, satisfaction=2, comment="眼睛还是红，想要个说法")
    assert res.reopened
    c = Complaint.get_by_id(c.id)
    assert c.status == "investigating" and c.closed_at is None and c.customer_response == "先这样吧"
    log = [r.action for r in queries.case_log(c.id)]
    assert log[-5:] == ["resolved", "closed", "callback_scheduled", "callback_reached", "reopened"]
    assert "眼睛还是红" in queries.case_log(c.id)[-1].text
    # Closed again later: a new call-back.
    cases.resolve(ctx, c.id, "confirmed", corrective_action="店长上门致歉")
    cases.close(ctx, c.id, "这次满意")
    assert [r.status for r in callbacks.case_callbacks(ctx, c.id)] == ["done", "due"]


def test_not_reached_comes_back_on_the_next_opening_day(ctx, people, clock):
    settings_service.set_studio_closed_day(ctx, people["boss"].id, PIN, dt.date(2026, 11, 22), "")
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "满意")
    clock.advance(days=1)  # Saturday the 21st
    cb = callbacks.open_callbacks(ctx)[0]
    res = callbacks.record_call(ctx, cb.id, reached=False, comment="无人接听")
    assert not res.reopened and res.callback.status == "due" and res.callback.attempts == 1
    assert res.callback.due_on == dt.date(2026, 11, 23)  # Sunday closed → Monday
    assert callbacks.due_count(ctx) == 0
    clock.advance(days=3)  # Tuesday: still owed, overdue, in the handover until done
    row = callbacks.open_callbacks(ctx)[0]
    assert row.overdue and row.due_today
    section = next(s for s in build_snapshot(ctx).sections if s.key == "complaint_callbacks")
    assert len(section.rows) == 1 and section.rows[0].alert and c.case_no in section.rows[0].cells[0]
    callbacks.give_up(ctx, cb.id, "客人说不用再打了")
    section = next(s for s in build_snapshot(ctx).sections if s.key == "complaint_callbacks")
    assert section.rows == [] and callbacks.open_callbacks(ctx) == []
    assert queries.case_log(c.id)[-1].action == "callback_given_up"


@pytest.mark.parametrize("satisfaction", [0, 6, None, True, "5"])
def test_satisfaction_outside_1_to_5_refused(ctx, people, satisfaction):
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "满意")
    cb = callbacks.open_callbacks(ctx)[0]
    before = audit_count()
    with pytest.raises(ValidationError) as e:
        callbacks.record_call(ctx, cb.id, reached=True, satisfaction=satisfaction, comment="ok")
    assert set(e.value.errors) == {"satisfaction"}
    assert audit_count() == before and ComplaintCallback.get_by_id(cb.id).version == 1


def test_give_up_needs_a_reason(ctx, people):
    c = resolved_case(ctx, people)
    cases.close(ctx, c.id, "满意")
    cb = callbacks.open_callbacks(ctx)[0]
    with pytest.raises(ValidationError) as e:
        callbacks.give_up(ctx, cb.id, "  ")
    assert set(e.value.errors) == {"reason"}
    assert ComplaintCallback.get_by_id(cb.id).status == "due"
