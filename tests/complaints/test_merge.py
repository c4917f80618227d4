"""Merging duplicate complaint cases: the bride and the groom both called about the same thing."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.complaints import cases, config, queries, review
from app.complaints import evidence as ev
from app.complaints.models import Complaint, ComplaintLog
from app.core.errors import Conflict, ValidationError
from app.core.models import AuditLog
from app.staff import service as staff


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"])


def new_case(ctx, boss, **kw):
    data = dict(complainant="王芳", channel="phone", contact="13812345678",
                category_id=next(c for c in config.categories() if c.name == "化妆").id,
                description="新娘眼睛被睫毛胶弄红", reported_to_id=boss.id, reported_at=ctx.now(),
                promised_reply_at=ctx.now().replace(hour=17))
    data.update(kw)
    return cases.create_complaint(ctx, **data)


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (50, 40), (200, 0, 0)).save(out, "PNG")
    return out.getvalue()


def test_merge_keeps_both_contacts_logs_and_evidence_on_the_survivor(ctx, boss, clock):
    bride = new_case(ctx, boss)
    clock.advance(minutes=20)
    other = staff.add_staff(ctx, "刘芳", ["receptionist"])
    groom = new_case(ctx, boss, complainant="赵强", contact="13900001111")
    cases.add_follow_up(ctx, groom.id, "新郎说新娘眼睛还肿")
    ev.attach(ctx, groom.id, "眼睛.png", png())
    groom_log = [(e.at, e.staff, e.action, e.text) for e in queries.case_log(groom.id)]
    clock.advance(minutes=10)
    merged = cases.merge_into(ctx, groom.id, bride.id, "同一件事")
    assert merged.status == "merged" and merged.merged_into_id == bride.id and merged.next_due is None
    assert merged.merged_by_id == ctx.operator_id and merged.merged_at == clock.now()

    row = queries.get_case(ctx, bride.id)
    assert [(m.case_no, m.complainant, m.contact_masked) for m in row.merged_from] == [
        (groom.case_no, "赵强", "139****1111")]
    log = queries.case_log(bride.id)
    # every line of the groom's log, as written (who, when), marked with its case number
    from_groom = [(e.at, e.staff, e.action, e.text) for e in log if e.case_no == groom.case_no]
    assert from_groom[:len(groom_log)] == groom_log
    assert [e.action for e in log if not e.case_no][-1] == "merged_in"
    assert [i.name for i in ev.list_evidence(bride.id)] == ["眼睛.png"]
    assert queries.get_case(ctx, groom.id).merged_into_no == bride.case_no
    assert other  # another receptionist exists; nothing was reassigned
    # closed for deadlines: nothing is due or missed on the merged case any more
    clock.advance(days=10)
    cases.record_missed_deadlines(ctx)
    assert queries.case_misses(ctx, groom.id) == []
    assert groom.id not in {r.id for r in queries.list_cases(ctx, "open")}
    assert groom.id in {r.id for r in queries.list_cases(ctx, "closed")}
    actions = [a.action for a in AuditLog.select().where(AuditLog.action.startswith("complaint.merge"))]
    assert sorted(actions) == ["complaint.merge", "complaint.merge_in"]


def test_merged_case_is_counted_once_in_the_daily_review(ctx, boss):
    a = new_case(ctx, boss)
    b = new_case(ctx, boss, complainant="赵强")
    cases.merge_into(ctx, b.id, a.id)
    day = ctx.now().replace(hour=0, minute=0)
    assert [r.id for r in queries.cases_received(ctx, day, day.replace(hour=23))] == [a.id]
    assert review  # the review reads cases_received


def test_merge_refusals_save_nothing(ctx, boss):
    a = new_case(ctx, boss)
    b = new_case(ctx, boss, complainant="赵强")
    c = new_case(ctx, boss, complainant="李四")
    logs = ComplaintLog.select().count()

    def refused(field, *args, **kw):
        with pytest.raises(ValidationError) as err:
            cases.merge_into(ctx, *args, **kw)
        assert field in err.value.errors
        return err.value.errors[field]

    refused("merge_into", a.id, a.id)
    refused("merge_into", a.id, None)
    cases.resolve(ctx, c.id, "not_confirmed", explanation="睫毛胶是客人自带的")
    refused("merge_into", a.id, c.id)  # resolved: not open
    cases.close(ctx, c.id, "客人接受")
    refused("merge_into", a.id, c.id)
    refused("status", c.id, a.id)  # a closed case is not merged
    assert ComplaintLog.select().count() == logs + 3  # only resolve, close and the call-back line
    cases.merge_into(ctx, b.id, a.id)
    assert a.case_no in refused("status", b.id, a.id)  # already merged (into a)
    refused("merge_into", a.id, b.id)  # into a merged case
    d = new_case(ctx, boss, complainant="周五")
    refused("status", b.id, d.id)
    assert Complaint.get_by_id(a.id).status == "new" and Complaint.get_by_id(d.id).status == "new"


def test_merge_is_version_checked_and_one_transaction(ctx, boss):
    a = new_case(ctx, boss)
    b = new_case(ctx, boss, complainant="赵强")
    stale = b.version
    cases.add_follow_up(ctx, b.id, "又打电话来")
    before = (ComplaintLog.select().count(), AuditLog.select().count())
    with pytest.raises(Conflict):
        cases.merge_into(ctx, b.id, a.id, expected_version=stale)
    assert (ComplaintLog.select().count(), AuditLog.select().count()) == before
    assert Complaint.get_by_id(b.id).status == "new"


def test_a_chain_of_merges_shows_everything_on_the_last_case(ctx, boss):
    a = new_case(ctx, boss)
    b = new_case(ctx, boss, complainant="赵强")
    c = new_case(ctx, boss, complainant="新娘妈妈")
    cases.wait_for_customer(ctx, b.id, "等照片")
    ev.attach(ctx, b.id, "x.png", png())
    cases.merge_into(ctx, b.id, a.id)
    cases.merge_into(ctx, a.id, c.id)
    row = queries.get_case(ctx, c.id)
    assert {m.case_no for m in row.merged_from} == {a.case_no, b.case_no}
    assert [i.name for i in ev.list_evidence(c.id)] == ["x.png"]
    assert row.new_evidence == 1
    with pytest.raises(ValidationError):
        ev.attach(ctx, b.id, "y.png", png())  # attach on the surviving case instead
    assert ev.mark_seen(ctx, c.id) == 1


def test_the_merge_line_never_shows_the_phone_number_in_full(ctx, boss):
    a = new_case(ctx, boss)
    b = new_case(ctx, boss, complainant="赵强", contact="13900001111")
    cases.merge_into(ctx, b.id, a.id)
    text = queries.case_log(a.id)[-1].text
    assert "139****1111" in text and "13900001111" not in text


def test_the_surviving_case_is_found_by_the_duplicates_caller(ctx, boss):
    bride = new_case(ctx, boss)
    groom = new_case(ctx, boss, complainant="赵强", contact="13900001111")
    assert [r.id for r in queries.list_cases(ctx, "open", text="赵强")] == [groom.id]
    cases.merge_into(ctx, groom.id, bride.id, "同一件事")
    assert [r.id for r in queries.list_cases(ctx, "open", text="赵强")] == [bride.id]
    assert [r.id for r in queries.list_cases(ctx, "open", text="1111")] == [bride.id]
    assert [r.id for r in queries.list_cases(ctx, "open", text=groom.case_no)] == [bride.id]
    assert {r.id for r in queries.list_cases(ctx, "all", text="赵强")} == {bride.id, groom.id}
    assert queries.list_cases(ctx, "open", text="钱多多") == []
