"""Demo: three weeks of consultation walk-ins before this morning, each with where they heard of the
studio and what came of it (booked with an order, booked at the main store, lost, still open), by both
receptionists — so the review's 带客成功率 by receptionist and source has something to show."""

from __future__ import annotations

import datetime as dt

from app.checkin import commands as checkin
from app.checkin import leads
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.staff.models import Staff

# The studio's packages (套系) in the demo: couples get them in turn (app.demo), aftercare prices them.
PACKAGES = ["韩式唯美套系", "法式浪漫套系", "中式秀禾套系", "旅拍轻奢套系", "森系小清新套系"]

# (days ago, receptionist, name, source, outcome, extra): extra is a lost reason or the booked couple.
PAST_LEADS = [
    (20, "王丽", "罗小姐", "xiaohongshu", "booked", ("唐诗雨", "宋一凡")),
    (18, "刘芳", "蒋先生", "walk_by", "lost", "price"),
    (16, "王丽", "韩女士", "referral", "booked", ("冯晓月", "谢天宇")),
    (15, "刘芳", "秦小姐", "dianping", "booked_other", None),
    (13, "王丽", "许女士", "wechat", "lost", "dates"),
    (11, "刘芳", "何先生", "xiaohongshu", "lost", "chose_other_studio"),
    (9, "王丽", "吕小姐", "dianping", "booked_other", None),
    (7, "刘芳", "施女士", "walk_by", "open", None),
    (5, "王丽", "张小姐", "referral", "booked", ("范雨欣", "石磊")),
    (3, "刘芳", "孔先生", "xiaohongshu", "lost", "no_reply"),
    (2, "王丽", "曹女士", "wechat", "open", None),
]


def _staff(name: str) -> int | None:
    s = Staff.get_or_none(Staff.name == name)
    return s.id if s else None


def past_leads(ctx: AppContext, clock: FixedClock, today: dt.date) -> None:
    """Walk-ins of the last three weeks with their sources and outcomes (a pre-step: before the shift)."""
    saved = ctx.operator_id
    try:
        for i, (ago, who, name, source, outcome, extra) in enumerate(PAST_LEADS):
            day = today - dt.timedelta(days=ago)
            ctx.operator_id = _staff(who)
            clock.set(dt.datetime.combine(day, dt.time(14, 10 + i)))
            v = checkin.check_in_consult(ctx, name, f"1390000{i:04d}", "婚纱照套系咨询",
                                         day + dt.timedelta(days=2), party_size=2, source=source)
            clock.advance(minutes=25)
            checkin.check_out(ctx, v.id)
            clock.set(dt.datetime.combine(min(day + dt.timedelta(days=2), today - dt.timedelta(days=1)), dt.time(11, 0)))
            if outcome == "booked":
                bride, groom = extra
                order_no = f"YL{day:%Y%m%d}-{30 + i}"
                checkin.create_couple(ctx, order_no=order_no, bride_name=bride, groom_name=groom,
                                      bride_phone=f"1390000{i:04d}", package="韩式唯美套系")
                leads.record_outcome(ctx, v.lead_id, "booked", order_no=order_no, note="电话确认，已下单")
            elif outcome == "booked_other":
                leads.record_outcome(ctx, v.lead_id, "booked_other", note="带去总府店预约")
            elif outcome == "lost":
                leads.record_outcome(ctx, v.lead_id, "lost", lost_reason=extra)
            else:
                leads.record_outcome(ctx, v.lead_id, "open", next_callback=today, note="还在比较，今天再联系")
    finally:
        ctx.operator_id = saved
