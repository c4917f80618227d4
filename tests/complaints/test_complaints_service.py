import datetime as dt

import pytest

from app.complaints import cases, config, queries
from app.complaints import review as review_mod
from app.complaints.models import Complaint, ComplaintLog, ComplaintMiss
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.i18n import translate
from app.core.models import AuditLog
from app.core.options import WORKDAY_OVERRIDES
from app.flow.models import Station
from app.staff import service as staff

START = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def people(ctx):
    return {
        "boss": staff.add_staff(ctx, "黄蓉", ["store_supervisor"]),
        "exec": staff.add_staff(ctx, "杨总", ["executive_manager"]),
        "makeup": staff.add_staff(ctx, "赵敏", ["makeup_artist"]),
        "other": staff.add_staff(ctx, "刘芳", ["receptionist"]),
    }


def category(name="化妆"):
    return next(c for c in config.categories() if c.name == name)


def intake(ctx, people, **kw):
    data = dict(complainant="张伟", channel="counter", category_id=category().id, description="睫毛胶过敏，眼睛红",
                reported_to_id=people["boss"].id, reported_at=ctx.now(), wants="重新化妆并道歉")
    data.update(kw)
    return cases.create_complaint(ctx, **data)


def test_intake_deadlines_and_case_number(ctx, people, couple):
    makeup = Station.get(Station.code == "makeup")
    c = intake(ctx, people, couple_id=couple.id, station_id=makeup.id, responsible_id=people["makeup"].id,
               channel="phone", contact="138 1234 5678", promised_reply_at=START + dt.timedelta(hours=3))
    assert c.case_no == "KS-20261120-001"
    assert intake(ctx, people).case_no == "KS-20261120-002"
    assert queries.get_case_by_number(ctx, " ks-20261120-001 ").id == c.id
    with pytest.raises(NotFound):
        queries.get_case_by_number(ctx, "KS-19990101-001")
    assert c.contact == "13812345678" and c.holder_id == ctx.operator_id and c.received_by_id == ctx.operator_id
    assert c.due_investigation == START + dt.timedelta(hours=24)
    assert c.due_reply == START + dt.timedelta(hours=3)
    assert c.due_feedback == START + dt.timedelta(hours=24)
    assert c.due_result == dt.datetime(2026, 11, 27, 9, 0)  # Friday + 5 working days
    assert c.next_due == c.due_reply
    row = queries.get_case(ctx, c.id)
    assert [d.kind for d in row.deadlines] == ["investigation", "reply", "feedback", "result"]
    assert row.deadline("reply").state == "due_soon" and row.deadline("result").state == "pending"
    assert row.contact_masked == "138****5678" and row.couple_names == couple.names
    assert ComplaintLog.get(ComplaintLog.complaint == c).action == "intake"
    assert AuditLog.select().where(AuditLog.action == "complaint.create").count() == 2


def test_bad_input_saves_nothing(ctx, people):
    with pytest.raises(ValidationError) as e:
        intake(ctx, people, channel="phone", contact="", promised_reply_at=START - dt.timedelta(hours=1),
               description="  ", category_id=None, reported_to_id=people["makeup"].id,
               occurred_at=START + dt.timedelta(days=1))
    assert set(e.value.errors) >= {"contact", "promised_reply_at", "description", "category", "reported_to",
                                   "occurred_at"}
    with pytest.raises(ValidationError) as e:
        intake(ctx, people, channel="online", contact="微信 zw123")
    assert set(e.value.errors) == {"promised_reply_at"}
    with pytest.raises(ValidationError) as e:
        intake(ctx, people, channel="phone", contact="12345", promised_reply_at=START + dt.timedelta(hours=1))
    assert "contact" in e.value.errors
    with pytest.raises(ValidationError):
        intake(ctx, people, reported_at=None)
    assert Complaint.select().count() == 0 and ComplaintLog.select().count() == 0


def test_supervisor_absent_is_recorded(ctx, people):
    with pytest.raises(ValidationError) as e:
        intake(ctx, people, reported_to_id=people["other"].id)
    assert "reported_to" in e.value.errors
    c = intake(ctx, people, reported_to_id=people["other"].id, stand_in=True)
    stand_in = translate("Complaints", " (supervisor absent: person in charge)")
    assert c.reported_stand_in and stand_in in queries.case_log(c.id)[0].text
    normal = intake(ctx, people)

    def flagged() -> set[int]:
        return {r.id for r in queries.open_cases_with_deadlines(ctx) if r.unbriefed}

    def handover_flags() -> list[tuple[str, bool]]:
        from app.handover.service import build_snapshot

        [sec] = [s for s in build_snapshot(ctx).sections if s.key == "complaints"]
        return [(row.cells[3], row.alert) for row in sec.rows if row.ref == f"complaint:{c.id}"]

    assert flagged() == {c.id} and normal.id not in flagged()
    [(status, alert)] = handover_flags()
    assert translate("Handover", " · supervisor not briefed") in status and alert
    cases.brief_supervisor(ctx, c.id, people["boss"].id, "下午已汇报")
    assert queries.case_log(c.id)[-1].action == "supervisor_briefed"
    assert flagged() == set()
    [(status, _alert)] = handover_flags()
    assert translate("Handover", " · supervisor not briefed") not in status


def test_pause_and_resume_moves_deadlines(ctx, people, clock):
    c = intake(ctx, people)
    clock.advance(hours=2)
    cases.record_investigation(ctx, c.id, "化妆师确认用了普通睫毛胶", customer_told=True)
    clock.advance(hours=1)
    c = cases.wait_for_customer(ctx, c.id, "等客人发眼睛照片")
    assert c.status == "waiting_customer" and c.next_due is None
    row = queries.get_case(ctx, c.id)
    assert row.deadline("result").state == "paused" and not row.overdue
    due_result = c.due_result
    clock.advance(days=3)  # paused across the weekend: nothing goes overdue, nothing is recorded
    assert queries.list_cases(ctx, "overdue") == [] and ComplaintMiss.select().count() == 0
    c = cases.resume(ctx, c.id, "客人发来照片")
    assert c.status == "investigating" and c.paused_minutes == 3 * 24 * 60
    # Friday 12:00 to Monday 12:00 held one working day (Friday's afternoon, Monday's morning): the result
    # resumes with the working time it had left, one working day later: Monday the 30th 09:00.
    assert c.due_result == due_result + dt.timedelta(days=3) == dt.datetime(2026, 11, 30, 9, 0)
    assert c.due_feedback == START + dt.timedelta(hours=3 + 24 + 72)  # told at 12:00 (pause), +24 h, +pause
    assert c.due_investigation == START + dt.timedelta(hours=24)  # already met: unchanged
    assert queries.get_case(ctx, c.id).deadline("investigation").state == "met"
    with pytest.raises(ValidationError) as e:
        cases.resume(ctx, c.id)
    assert "status" in e.value.errors


def test_approval_rule(ctx, people):
    c = intake(ctx, people, category_id=category("价格/补偿").id)
    with pytest.raises(ValidationError) as e:
        cases.resolve(ctx, c.id, "confirmed", corrective_action="补拍一组", beyond_order=True, compensation="赠送相册")
    assert "compensation" in e.value.errors
    cases.request_approval(ctx, c.id, "免费补拍外景一组并赠送12寸相册")
    with pytest.raises(ValidationError) as e:  # waiting for approval: cannot resolve
        cases.resolve(ctx, c.id, "confirmed", corrective_action="补拍")
    assert "compensation" in e.value.errors
    with pytest.raises(PermissionDenied):
        cases.decide_approval(ctx, c.id, people["boss"].id, "", True)
    assert Complaint.get_by_id(c.id).approval == "pending"
    c = cases.decide_approval(ctx, c.id, people["exec"].id, "", True, "同意")
    assert c.approval == "approved" and c.approved_by_id == people["exec"].id and c.status == "new"
    assert queries.case_log(c.id)[-1].staff == "杨总"
    c = cases.resolve(ctx, c.id, "confirmed", corrective_action="安排补拍", apology=True)
    assert c.status == "resolved" and c.beyond_order and c.compensation == "免费补拍外景一组并赠送12寸相册"
    assert c.result_at == START and c.next_due is None


def test_resolve_needs_outcome_and_close_once(ctx, people):
    c = intake(ctx, people)
    with pytest.raises(ValidationError) as e:
        cases.resolve(ctx, c.id, "")
    assert "outcome" in e.value.errors
    with pytest.raises(ValidationError) as e:
        cases.resolve(ctx, c.id, "not_confirmed")
    assert "explanation" in e.value.errors
    with pytest.raises(ValidationError) as e:
        cases.close(ctx, c.id, "满意")
    assert "status" in e.value.errors
    cases.resolve(ctx, c.id, "not_confirmed", explanation="妆面符合订单约定，属审美差异，已由化妆主管专业解释")
    with pytest.raises(ValidationError) as e:
        cases.close(ctx, c.id, " ")
    assert "customer_response" in e.value.errors
    c = cases.close(ctx, c.id, "客人表示理解")
    assert c.status == "closed"
    with pytest.raises(ValidationError) as e:
        cases.close(ctx, c.id, "again")
    assert e.value.errors["status"] == translate("Complaints", "This case is already closed.")
    assert Complaint.get_by_id(c.id).customer_response == "客人表示理解"
    c = cases.reopen(ctx, c.id, "客人再次来电")
    assert c.status == "investigating" and c.result_at is None and c.closed_at is None
    assert [r.action for r in queries.case_log(c.id)][-3:] == ["resolved", "closed", "reopened"]


def test_failed_by_is_recorded_once(ctx, people, clock):
    c = intake(ctx, people, channel="phone", contact="13812345678", promised_reply_at=START + dt.timedelta(hours=2))
    clock.advance(hours=1)
    cases.assign(ctx, c.id, people["other"].id, "刘芳跟进")
    clock.advance(hours=2)  # 12:00: the promised reply (11:00) has passed, held by 刘芳
    rows = queries.list_cases(ctx, "overdue")
    assert [r.id for r in rows] == [c.id] and rows[0].overdue
    assert queries.overdue_count(ctx) == 1
    assert ComplaintMiss.select().count() == 0  # the list only reads
    pending = queries.case_misses(ctx, c.id)  # ... but already shows the miss, not yet recorded
    assert [(m.kind, m.failed_by, m.recorded_at) for m in pending] == [("reply", "刘芳", None)]
    assert cases.record_missed_deadlines(ctx) == 1
    miss = ComplaintMiss.get()
    assert (miss.kind, miss.due_at, miss.failed_by_id) == ("reply", START + dt.timedelta(hours=2), people["other"].id)
    assert AuditLog.select().where(AuditLog.action == "complaint.deadline_missed").count() == 1
    assert queries.case_misses(ctx, c.id)[0].recorded_at == clock.now()
    assert cases.record_missed_deadlines(ctx) == 0
    assert ComplaintMiss.select().count() == 1  # idempotent
    # Telling the customer late meets the reply (late); the miss stays.
    cases.add_follow_up(ctx, c.id, "已回电说明进展", customer_told=True)
    row = queries.get_case(ctx, c.id)
    assert row.deadline("reply").state == "met_late" and not row.overdue
    # A day without feedback and no investigation: two more misses, then daily feedback repeats.
    clock.advance(hours=49)  # Sunday 13:00: feedback due Sat 12:00 and Sun 12:00 missed
    assert cases.record_missed_deadlines(ctx) == 3
    kinds = sorted(m.kind for m in ComplaintMiss.select())
    assert kinds == ["feedback", "feedback", "investigation", "reply"]
    assert queries.case_misses(ctx, c.id)[0].failed_by == "刘芳"


def test_list_views_sort_and_search(ctx, people, clock, couple):
    a = intake(ctx, people, couple_id=couple.id)
    b = intake(ctx, people, complainant="李女士", channel="phone", contact="13900001111",
               promised_reply_at=START + dt.timedelta(hours=1))
    closed = intake(ctx, people)
    cases.resolve(ctx, closed.id, "confirmed", corrective_action="重新化妆")
    cases.close(ctx, closed.id, "满意")
    clock.advance(hours=2)  # b's reply is overdue
    rows = queries.list_cases(ctx, "open")
    assert [r.id for r in rows] == [b.id, a.id]
    assert [r.id for r in queries.list_cases(ctx, "closed")] == [closed.id]
    assert [r.id for r in queries.list_cases(ctx, "mine")] == [b.id, a.id]
    assert [r.id for r in queries.list_cases(ctx, "open", text="张伟")] == [a.id]  # couple's bride
    assert [r.id for r in queries.list_cases(ctx, "all", text="1111")] == [b.id]  # contact last digits
    assert queries.list_cases(ctx, "open", category_id=category("摄影").id) == []
    with pytest.raises(ValidationError):
        queries.list_cases(ctx, "nonsense")


def test_version_conflict(ctx, people):
    c = intake(ctx, people)
    cases.add_follow_up(ctx, c.id, "first")
    with pytest.raises(Conflict):
        cases.add_follow_up(ctx, c.id, "stale", expected_version=c.version)


def test_2027_result_deadline_uses_overrides(ctx, people, clock):
    clock.set(dt.datetime(2026, 12, 31, 10, 0))
    c = intake(ctx, people, reported_at=clock.now())
    assert c.result_estimated and c.due_result == dt.datetime(2027, 1, 7, 10, 0)  # Fri 1 Jan guessed as working
    assert "2027-01-01" in config.calendar_warning(ctx)
    WORKDAY_OVERRIDES.set(ctx, by_supervisor=True, value={"years": [2027], "holidays": ["2027-01-01"], "workdays": ["2027-01-09"]})
    c = intake(ctx, people, reported_at=clock.now())
    assert not c.result_estimated and c.due_result == dt.datetime(2027, 1, 8, 10, 0)
    assert config.calendar_warning(ctx) == ""
    assert queries.get_case(ctx, c.id).deadline("result").estimated is False


def test_overrides_and_picklists_need_a_supervisor(ctx, people):
    with pytest.raises(PermissionDenied):
        config.set_workday_overrides(ctx, people["other"].id, "", [2027], [dt.date(2027, 1, 1)], [])
    with pytest.raises(ValidationError) as e:
        config.set_workday_overrides(ctx, people["boss"].id, "", [2027], [dt.date(2027, 1, 1)], [dt.date(2027, 1, 1)])
    assert "holidays" in e.value.errors
    config.set_workday_overrides(ctx, people["boss"].id, "", [2027], [dt.date(2027, 1, 1)], [dt.date(2027, 1, 9)])
    with pytest.raises(PermissionDenied):
        config.save_category(ctx, people["makeup"].id, "", None, "停车", "")
    cat = config.save_category(ctx, people["boss"].id, "", None, "停车", "引导客人到合作停车场")
    assert config.standard_handling(cat.id) == "引导客人到合作停车场"
    with pytest.raises(ValidationError):
        config.save_category(ctx, people["boss"].id, "", None, "停车", "")
    config.save_cause(ctx, people["boss"].id, "", None, "停车位不足")
    assert "停车位不足" in [c.name for c in config.causes()]


def test_review_counts(ctx, people, clock):
    makeup = Station.get(Station.code == "makeup")
    a = intake(ctx, people, station_id=makeup.id, responsible_id=people["makeup"].id, cause_id=config.causes()[2].id)
    intake(ctx, people, channel="phone", contact="13900001111", promised_reply_at=START + dt.timedelta(hours=1),
           category_id=category("等候时间").id)
    clock.advance(hours=1)
    cases.record_investigation(ctx, a.id, "查明", customer_told=True)
    clock.advance(hours=2)
    data = review_mod.review(ctx, START.date(), START.date())
    assert data.total == 2
    assert dict(data.by_category) == {"化妆": 1, "等候时间": 1}
    assert dict(data.by_station) == {"化妆": 1, "": 1}
    assert dict(data.by_responsible) == {"赵敏": 1, "": 1}
    assert dict(data.by_channel) == {config.channel_label("counter"): 1, config.channel_label("phone"): 1}
    assert data.deadlines["reply"].failed == 1 and data.failed_by == [("王丽", 1)]
    assert data.deadlines["feedback"].met == 1
    assert [m.case_no for m in data.misses] == ["KS-20261120-002"]
    # investigation due tomorrow: met on time counts on the day it was due
    nxt = review_mod.review(ctx, START.date() + dt.timedelta(days=1), START.date() + dt.timedelta(days=1))
    assert nxt.total == 0 and nxt.deadlines["investigation"].met == 1


def test_intake_needs_someone_on_shift(ctx, people):
    ctx.operator_id = None
    with pytest.raises(ValidationError) as e:
        intake(ctx, people)
    assert set(e.value.errors) == {"received_by"} and Complaint.select().count() == 0


def test_result_deadline_across_national_day_2025(ctx, people, clock):
    clock.set(dt.datetime(2025, 9, 30, 10, 0))
    c = intake(ctx, people, reported_at=clock.now())
    # Working days after 30 Sep: 9 Oct, 10 Oct, Saturday 11 Oct (调休), 13 Oct, 14 Oct.
    assert c.due_result == dt.datetime(2025, 10, 14, 10, 0) and not c.result_estimated
    clock.set(dt.datetime(2025, 9, 26, 18, 0))  # Friday evening; Sunday 28 Sep is a make-up working day
    c = intake(ctx, people, reported_at=clock.now())
    assert c.due_result == dt.datetime(2025, 10, 10, 18, 0)  # Sun 28, 29, 30 Sep, 9, 10 Oct


def test_a_deadline_missed_before_a_pause_is_not_counted_twice(ctx, people, clock):
    c = intake(ctx, people)
    clock.advance(hours=25)  # Saturday 10:00: the 24 h investigation (Sat 09:00) was missed
    cases.wait_for_customer(ctx, c.id, "客人说晚点发照片")
    clock.advance(hours=5)
    c = cases.resume(ctx, c.id, "照片已收到")
    assert c.due_investigation == START + dt.timedelta(hours=24)  # missed before the pause: stays
    assert c.due_result == dt.datetime(2026, 11, 27, 9, 0)  # paused on a Saturday: no working time lost
    assert c.due_feedback == START + dt.timedelta(hours=25 + 24 + 5)
    cases.record_missed_deadlines(ctx)
    misses = sorted((m.kind, m.due_at) for m in ComplaintMiss.select())
    assert misses == [("feedback", START + dt.timedelta(hours=24)), ("investigation", START + dt.timedelta(hours=24))]


def test_case_numbers_go_past_999_in_one_day(ctx, people):
    """Numbers are compared as numbers: the 1,000th complaint of a day is saved as -1000, then -1001."""
    first = intake(ctx, people)
    day = first.case_no.rsplit("-", 1)[0]
    Complaint.update(case_no=f"{day}-999").where(Complaint.id == first.id).execute()
    assert intake(ctx, people).case_no == f"{day}-1000"
    assert intake(ctx, people).case_no == f"{day}-1001"


def _database_dump() -> list[tuple[str, list[str]]]:
    """Every row of every table, in a stable order."""
    from app.core.db import db

    return [(t, sorted(repr(r) for r in db.execute_sql(f'SELECT * FROM "{t}"').fetchall()))
            for t in sorted(db.get_tables())]


def test_reads_leave_the_database_unchanged(ctx, people, clock):
    """A read never writes: not the list (of any view), one case, the handover's list, the review."""
    a = intake(ctx, people, channel="phone", contact="13812345678", promised_reply_at=START + dt.timedelta(hours=1))
    b = intake(ctx, people)
    cases.wait_for_customer(ctx, b.id, "等客人发照片")
    clock.advance(days=3)  # every deadline of a has passed unmet; b is paused
    before = _database_dump()
    audit_before = AuditLog.select().count()
    assert dict(before)["complaint_miss"] == []
    for view in queries.LIST_VIEWS:
        queries.list_cases(ctx, view)
    assert queries.get_case(ctx, a.id).overdue
    queries.get_case_by_number(ctx, a.case_no)
    queries.open_cases_with_deadlines(ctx)
    assert queries.overdue_count(ctx) == 1
    queries.case_misses(ctx, a.id)
    data = review_mod.review(ctx, START.date(), START.date() + dt.timedelta(days=3))
    assert _database_dump() == before and AuditLog.select().count() == audit_before
    # The review counted the misses all the same, and counts them once when they are recorded.
    failed = {k: t.failed for k, t in data.deadlines.items()}
    assert failed["reply"] == 1 and failed["investigation"] == 1 and failed["feedback"] == 2  # Sat and Sun 09:00; Mon 09:00 is now
    assert cases.record_missed_deadlines(ctx) == 4
    assert _database_dump() != before and AuditLog.select().count() == audit_before + 4
    again = review_mod.review(ctx, START.date(), START.date() + dt.timedelta(days=3))
    assert {k: t.failed for k, t in again.deadlines.items()} == failed
    assert [m.case_no for m in again.misses] == [m.case_no for m in data.misses]


def test_a_pause_resumes_with_the_working_time_left(ctx, people, clock):
    """#15: due Fri 27 09:00, paused Wed 25 09:00 with two working days left, resumed Fri 27 09:00: due
    Tuesday 1 December 09:00 (the calendar shift made it Sunday the 29th, a day nobody counts)."""
    c = intake(ctx, people)
    assert c.due_result == dt.datetime(2026, 11, 27, 9, 0)
    cases.record_investigation(ctx, c.id, "查明", customer_told=True)
    clock.set(dt.datetime(2026, 11, 25, 9, 0))
    cases.add_follow_up(ctx, c.id, "每日反馈", customer_told=True)
    cases.wait_for_customer(ctx, c.id, "等客人选日期重拍")
    clock.set(dt.datetime(2026, 11, 27, 9, 0))
    c = cases.resume(ctx, c.id, "客人选好日期")
    assert c.due_result == dt.datetime(2026, 12, 1, 9, 0) and not c.result_estimated
    assert c.due_feedback == dt.datetime(2026, 11, 28, 9, 0)  # the daily clock: 24 h after the pause, + 2 days
    assert queries.get_case(ctx, c.id).deadline("result").due == dt.datetime(2026, 12, 1, 9, 0)
    # Over a weekend: paused Friday 18:00, answered Sunday 10:00: Friday's last 6 working hours are added.
    d = intake(ctx, people, reported_at=clock.now())  # received Fri 27 09:00: result due Fri 4 Dec 09:00
    clock.set(dt.datetime(2026, 11, 27, 18, 0))
    cases.wait_for_customer(ctx, d.id, "等客人发照片")
    clock.set(dt.datetime(2026, 11, 29, 10, 0))
    d = cases.resume(ctx, d.id, "照片收到")
    assert d.due_result == dt.datetime(2026, 12, 4, 15, 0)

