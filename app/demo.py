"""Demo data for a believable counter morning (today), built through the services.

Each area has its own step, listed in ``demo_steps`` and run at the end of ``fill_demo``; every step goes through services so the demo
is also an end-to-end exercise of the rules.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from app.checkin import commands as checkin
from app.checkin.demo import PACKAGES
from app.checkin.models import Couple, Visit
from app.core.clock import Clock, FixedClock, RunningClock, SystemClock
from app.core.context import AppContext
from app.core.i18n import translate
from app.staff import service as staff
from app.staff.models import Staff


class DemoRefused(Exception):
    pass


DEMO_STAFF = [
    ("王丽", ["receptionist"]), ("刘芳", ["receptionist"]), ("陈静", ["floor_control"]),
    ("赵敏", ["makeup_artist"]), ("孙倩", ["makeup_artist"]), ("周婷", ["dresser"]), ("吴昊", ["stylist"]),
    ("郑凯", ["photographer"]), ("冯涛", ["photographer"]), ("何雪", ["selection"]), ("许超", ["retoucher"]),
    ("高远", ["finished_goods_checker"]), ("马骏", ["base_dispatcher"]),
    ("林娜", ["department_supervisor"]), ("黄蓉", ["store_supervisor"]), ("杨总", ["executive_manager"]),
]

BRIDES = ["张雨桐", "李思琪", "王若曦", "陈嘉怡", "刘梦瑶", "杨紫涵", "黄诗涵", "赵欣怡", "周佳琪", "吴雅婷",
          "徐静怡", "孙可馨", "马晓彤", "朱婉清"]
GROOMS = ["王浩然", "陈子轩", "刘宇航", "杨俊杰", "赵博文", "黄志强", "周天佑", "吴俊熙", "徐明轩", "孙皓宇",
          "马一鸣", "胡晨阳", "郭嘉伟", "林子豪"]
REQUESTS = ["新娘对睫毛胶过敏，请用无胶款。", "新娘怀孕四个月，礼服要宽松，避免久站。", "新郎想要复古油头。",
            "", "", "希望外景加拍一组汉服。", "", "新娘近视，拍照时摘眼镜，请提醒。", "", ""]


def _operator(ctx: AppContext, name: str) -> None:
    s = Staff.get(Staff.name == name)
    ctx.operator_id = s.id


DEMO_WEEKDAY = 5  # Saturday: the studio's busiest day
DEMO_TIME = dt.time(10, 30)


def demo_moment(wall: dt.datetime) -> dt.datetime:
    """The demo's "now": 10:30 on the Saturday of ``wall``'s week (that day, or the last one before it),
    whatever the hour of ``wall`` — so the demo and screenshots made from it look the same at any hour."""
    day = wall.date() - dt.timedelta(days=(wall.weekday() - DEMO_WEEKDAY) % 7)
    return dt.datetime.combine(day, DEMO_TIME)


def wall_clock() -> Clock:
    """Where the demo's day comes from (the real clock; tests replace it)."""
    return SystemClock()


def start_demo(ctx: AppContext, running: bool = True) -> Clock:
    """Fill the demo as of a busy Saturday 10:30 and put ``ctx`` on the demo's own clock: it starts at
    10:30 and moves in real time (``running``), or stands still there (screenshots). Returns the clock."""
    moment = demo_moment(wall_clock().now())
    fill_demo(ctx, at=moment)
    ctx.clock = RunningClock(moment) if running else FixedClock(moment)
    return ctx.clock


def fill_demo(ctx: AppContext, at: dt.datetime | None = None) -> None:
    """Fill an empty database as of ``at`` (default: the context clock's now). Refuses on a database that
    already holds couples or visits."""
    if Couple.select().exists() or Visit.select().exists():
        raise DemoRefused(translate("Demo", "The database is not empty: demo data is only added to an empty "
                                            "database. Use --db with a new file."))
    rnd = random.Random(20261122)
    real_clock = ctx.clock
    now = at or real_clock.now()
    today = now.date()
    # The demo replays the last three hours of the counter up to "now" (never before today's midnight).
    end = now
    first_arrival = max(end - dt.timedelta(minutes=190), dt.datetime.combine(today, dt.time(0, 1)))
    clock = FixedClock(first_arrival - dt.timedelta(minutes=30))
    ctx.clock = clock
    try:
        ctx.operator_id = None
        for name, roles in DEMO_STAFF:
            staff.add_staff(ctx, name, roles)
        for pre in demo_pre_steps():  # history before this morning (e.g. yesterday's handovers)
            pre(ctx, clock, today)
            clock.set(first_arrival - dt.timedelta(minutes=30))
        _operator(ctx, "王丽")
        staff.start_shift(ctx, ctx.operator_id)
        couples = []
        for i, (b, g) in enumerate(zip(BRIDES, GROOMS, strict=True)):
            shoot = today if i < 10 else today + dt.timedelta(days=i - 8)
            c = checkin.create_couple(
                ctx, order_no=f"YL{today:%Y%m%d}-{i + 1:02d}", bride_name=b, groom_name=g,
                bride_phone=f"13{rnd.randint(5, 9)}{rnd.randint(10_000_000, 99_999_999)}",
                groom_phone=f"15{rnd.randint(0, 9)}{rnd.randint(10_000_000, 99_999_999)}",
                package=PACKAGES[i % len(PACKAGES)], shoot_date=shoot,
                special_requests=REQUESTS[i % len(REQUESTS)],
                bride_birthday=dt.date(1996, (today + dt.timedelta(days=3)).month, (today + dt.timedelta(days=3)).day)
                if i == 2 else None)
            couples.append(c)
        # Arrivals across the morning, 12-18 minutes apart; the last two only just arrived and wait.
        t = first_arrival
        span = max((end - t).total_seconds() / 60, 10)
        step = min(18.0, span / 11)
        visits = []
        for i, c in enumerate(couples[:9]):
            # The last two couples have only just come in (one already waiting past reception's limit).
            late = {7: 14, 8: 3}
            at = end - dt.timedelta(minutes=late[i]) if i in late and end - t > dt.timedelta(minutes=60) \
                else t + dt.timedelta(minutes=round(i * step))
            clock.set(at)
            v = checkin.check_in_couple(ctx, c.id, "shoot", party_size=rnd.choice([2, 2, 3, 4]))
            visits.append(v)
            if i < 7:
                clock.advance(minutes=rnd.randint(2, 6))
                checkin.receive_visit(ctx, v.id)
            if i < 6:
                checkin.issue_key(ctx, v.id, f"{i * 3 + 1:02d}")
        # A consultation walk-in and a friend looking for the first couple.
        clock.set(end - dt.timedelta(minutes=35))
        walk_in = checkin.check_in_consult(ctx, "钱女士", "13712345678", "想了解旅拍套系和档期",
                                           today + dt.timedelta(days=1), party_size=2,
                                           source="xiaohongshu")
        clock.advance(minutes=2)
        checkin.receive_visit(ctx, walk_in.id)
        clock.set(end - dt.timedelta(minutes=20))
        checkin.check_in_visitor(ctx, couples[0].id, "伴娘 小周", 1)
        # Earlier leads waiting for a call back today.
        clock.set(end - dt.timedelta(minutes=15))
        lead_day = today
        for name, phone, interest, source in [("孙先生", "13698765432", "问中式秀禾套系价格", "dianping"),
                                              ("郑小姐", "0571-86001234", "想约周末看样片", "referral")]:
            v = checkin.check_in_consult(ctx, name, phone, interest, lead_day, source=source)
            checkin.check_out(ctx, v.id)
        # The first couple finished early: key back at the bar, gone home.
        clock.set(end - dt.timedelta(minutes=10))
        ctx.clock = clock
        for step_fn in demo_steps():
            step_fn(ctx, couples, visits, clock, end)
        clock.set(end)
    finally:
        ctx.clock = real_clock
        _operator(ctx, "王丽")


def demo_steps() -> tuple[Callable[..., None], ...]:
    """Each area's demo step, ``fn(ctx, couples, visits, clock, end)``, in the order they run. Listed here
    (not registered by importing the areas): the demo sits above every area."""
    from app.aftercare.demo import demo_later_visits, demo_lost_and_found
    from app.appointments.demo import demo_appointments
    from app.complaints.demo import add_demo_complaints
    from app.flow.demo import flow_demo, rounds_demo
    from app.handover.demo import demo_handover
    from app.printing.demo import demo_letterhead
    from app.staff.demo import demo_step as staff_demo

    return (flow_demo, demo_lost_and_found, demo_later_visits, demo_appointments, add_demo_complaints,
            demo_handover, demo_letterhead, staff_demo, rounds_demo)


def demo_pre_steps() -> tuple[Callable[..., None], ...]:
    """Steps ``fn(ctx, clock, today)`` that write history before this morning's shift starts."""
    from app.checkin.demo import past_leads
    from app.handover.demo import past_handovers

    return (past_handovers, past_leads)
