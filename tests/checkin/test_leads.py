"""Consultation leads: source and outcome, 带客成功率 by receptionist and source (real SQLite)."""

import datetime as dt

import pytest

from app.checkin import commands as checkin
from app.checkin import leads
from app.checkin.models import Lead
from app.core.errors import ValidationError
from app.core.models import AuditLog
from app.handover import review
from app.staff import service as staff

DAY = dt.date(2026, 11, 20)


def _lead(ctx, name="陈女士", source="dianping", phone="13700001111"):
    v = checkin.check_in_consult(ctx, name, phone, "婚纱照", DAY + dt.timedelta(days=1), source=source)
    return v.lead_id


def test_walk_in_records_its_source(ctx):
    lead_id = _lead(ctx, source="xiaohongshu")
    assert Lead.get_by_id(lead_id).source == "xiaohongshu"
    with pytest.raises(ValidationError) as e:
        checkin.check_in_consult(ctx, "陈女士", "13700001112", "", DAY, source="电视广告")
    assert set(e.value.errors) == {"source"}
    assert Lead.select().count() == 1


def test_outcomes_and_their_bad_input(ctx, couple):
    lead_id = _lead(ctx)
    for kwargs, field in ((dict(outcome="booked"), "order_no"),
                          (dict(outcome="booked", order_no="YL-NOPE"), "order_no"),
                          (dict(outcome="lost", lost_reason="weather"), "lost_reason"),
                          (dict(outcome="open"), "callback_date"),
                          (dict(outcome="open", next_callback=DAY - dt.timedelta(days=1)), "callback_date"),
                          (dict(outcome="maybe"), "outcome")):
        outcome = kwargs.pop("outcome")
        with pytest.raises(ValidationError) as e:
            leads.record_outcome(ctx, lead_id, outcome, **kwargs)
        assert field in e.value.errors
    assert Lead.get_by_id(lead_id).outcome == "open"
    assert not AuditLog.select().where(AuditLog.action == "lead.outcome").exists()

    r = leads.record_outcome(ctx, lead_id, "booked", order_no=couple.order_no, note="已下单")
    assert (r.outcome, r.booked_order_no, r.status) == ("booked", couple.order_no, "done")
    entry = AuditLog.get(AuditLog.action == "lead.outcome")
    assert entry.record_id == lead_id


def test_still_open_sets_the_next_call_back(ctx):
    lead_id = _lead(ctx)
    r = leads.record_outcome(ctx, lead_id, "open", next_callback=DAY + dt.timedelta(days=3))
    assert (r.status, r.callback_date) == ("open", DAY + dt.timedelta(days=3))


def test_conversion_by_receptionist_and_source(ctx, couple):
    other = staff.add_staff(ctx, "刘芳", ["receptionist"])
    wang = ctx.operator_id
    a = _lead(ctx, "甲", "dianping", "13700000001")
    b = _lead(ctx, "乙", "dianping", "13700000002")
    c = _lead(ctx, "丙", "referral", "13700000003")
    ctx.operator_id = other.id
    d = _lead(ctx, "丁", "referral", "13700000004")
    e = _lead(ctx, "戊", "", "13700000005")
    leads.record_outcome(ctx, a, "booked", order_no=couple.order_no)
    leads.record_outcome(ctx, b, "lost", lost_reason="price")
    leads.record_outcome(ctx, c, "booked_other")
    leads.record_outcome(ctx, d, "lost", lost_reason="dates")
    ctx.operator_id = wang
    conv = leads.conversion(ctx, DAY)
    assert (conv.total.leads, conv.total.booked, conv.total.lost, conv.total.open) == (5, 2, 2, 1)
    by_staff = {r.label: (r.leads, r.booked, r.rate_text) for r in conv.by_receptionist}
    assert by_staff == {"王丽": (3, 2, "67%"), "刘芳": (2, 0, "0%")}
    by_source = {r.key: (r.leads, r.booked) for r in conv.by_source}
    assert by_source == {"dianping": (2, 1), "referral": (2, 1), "": (1, 0)}
    assert [r.key for r in conv.by_source][:2] == ["referral", "dianping"]  # the supervisor's order
    assert [r.label for r in conv.by_month] == ["2026-11"]
    assert e  # the fifth lead is still open
    rv = review.daily_review(ctx, DAY)
    assert rv.figure("conversion") == 40.0
    assert rv.table("conversion_by_receptionist").rows[0][0] == "王丽"
    # a day without leads shows no conversion at all
    assert leads.conversion(ctx, DAY + dt.timedelta(days=1)).total.rate is None
