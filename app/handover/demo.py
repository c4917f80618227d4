"""Demo: yesterday's shooting day with its review meeting's decisions, and this morning's shift ready to
hand over (the receptionist's notes, each with an owner and a time). Everything goes through services."""

from __future__ import annotations

import datetime as dt
import random

from app.checkin import commands as checkin
from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.flow import board
from app.flow.models import Flow
from app.handover import review, service
from app.staff.models import Staff

YESTERDAY_COUPLES = [("沈雨婷", "韩子墨", "13761234580"), ("曹欣妍", "彭宇轩", "13862345691"),
                     ("邓可欣", "许明哲", "13963456702")]


def _staff(name: str) -> int | None:
    s = Staff.get_or_none(Staff.name == name)
    return s.id if s else None


def _run_flow(ctx: AppContext, clock: FixedClock, flow_id: int, rnd: random.Random) -> None:
    """Take a couple through their whole shoot day on the service flow (a station every 10–40 minutes)."""
    for _ in range(80):
        moved = False
        for person in ("bride", "groom"):
            action = board.next_action(flow_id, person)
            if action.kind == "none":
                continue
            staff_id = action.staff_id or (action.step.staff_id if action.step is not None else None)
            board.advance(ctx, flow_id, person, staff_id=staff_id, taker_id=action.taker_id, confirm_requests=True)
            clock.advance(minutes=rnd.randint(2, 4) if action.kind != "start" else rnd.randint(10, 40))
            moved = True
        if not moved:
            return


def demo_handover(ctx: AppContext, couples: list[Couple], visits: list[Visit], clock: FixedClock,
                  end: dt.datetime) -> None:
    resume = clock.now()
    rnd = random.Random(6)
    today = end.date()
    day = today - dt.timedelta(days=1)
    at = lambda h, m: dt.datetime.combine(day, dt.time(h)) + dt.timedelta(minutes=m)  # noqa: E731
    # Yesterday: three couples shot; one waited 25 minutes before anyone received them.
    for i, (bride, groom, phone) in enumerate(YESTERDAY_COUPLES):
        clock.set(at(8, 40 + 20 * i))
        c = checkin.create_couple(ctx, order_no=f"YL{day:%Y%m%d}-{i + 1:02d}", bride_name=bride, groom_name=groom,
                                  bride_phone=phone, package="韩式唯美套系", shoot_date=day)
        v = checkin.check_in_couple(ctx, c.id, "shoot", party_size=2)
        clock.advance(minutes=25 if i == 1 else 4)
        checkin.receive_visit(ctx, v.id)
        loan = checkin.issue_key(ctx, v.id, f"{21 + i:02d}")
        flow = Flow.get_or_none(Flow.visit == v.id)
        if flow is not None:
            _run_flow(ctx, clock, flow.id, rnd)
        clock.set(max(clock.now(), at(16, 10 + 25 * i)))
        checkin.return_key(ctx, loan.id, "bar" if i == 2 else "counter")
        checkin.check_out(ctx, v.id)
    # A phone number typed wrong at entry and corrected later: information accuracy (the scorecards).
    clock.set(at(13, 30))
    wrong = Couple.get(Couple.order_no == f"YL{day:%Y%m%d}-02")
    checkin.update_couple(ctx, wrong.id, bride_phone="13862345690")
    clock.set(at(14, 5))
    consult = checkin.check_in_consult(ctx, "欧阳女士", "13599887766", "问婚纱照加婚礼跟拍的套系",
                                       day + dt.timedelta(days=2), party_size=2)
    clock.set(at(14, 7))
    checkin.receive_visit(ctx, consult.id)
    clock.set(at(14, 40))
    checkin.check_out(ctx, consult.id)
    # The review meeting at the end of yesterday.
    clock.set(at(18, 30))
    for text, owner in [("接待区每 10 分钟巡视一次，到店客人 5 分钟内必须有人接待。", "黄蓉"),
                        ("化妆间早上 8:30 前备好两套无胶睫毛，过敏客人不再等待。", "林娜")]:
        if _staff(owner) is not None:
            review.add_decision(ctx, day, text, _staff(owner))
    # This morning: the receptionist's notes for the next shift, kept as a draft until she submits.
    clock.set(resume)
    base = end.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    items = []
    for text, owner, hours in [("给钱女士回电话，确认周六来看样片的时间。", "刘芳", 1),
                               ("张雨桐 & 王浩然 外景回来后先收回 01 号柜钥匙再办离店。", "刘芳", 2),
                               ("礼服部：下午新娘加拍汉服一组，提前备好两套中号。", "周婷", 3)]:
        owner_id = _staff(owner)
        if owner_id is not None:
            items.append(service.ActionItem(text, owner_id, base + dt.timedelta(hours=hours - 1)))
    service.save_draft(ctx, items, "吧台钥匙柜的锁有点卡，已报修，维修师傅下午来。")
    demo_checklist(ctx, clock)


# The store supervisor's list of recurring checks: (text, shifts, ticked this morning after n minutes, note).
CHECKLIST = [("储物柜钥匙清点", ("morning", "evening"), 12, ""),
             ("休息区和前台整洁", ("morning", "evening"), 20, ""),
             ("玻璃门和样册擦净、摆正", ("morning", "evening"), None, ""),
             ("门口天气提示与天气相符", ("morning",), 35, "今天有雨，门口已摆伞架"),
             ("饮水机和茶点补充", ("morning", "evening"), None, ""),
             ("关灯、锁门、保险柜上锁", ("evening",), None, "")]


def demo_checklist(ctx: AppContext, clock: FixedClock) -> None:
    """The shift's checklist set up by the store supervisor, and this morning's shift half-way through it."""
    from app.handover import checklist
    from app.staff import service as staff_service

    boss = _staff("黄蓉")
    actx = staff_service.acting(ctx, Staff.get_by_id(boss)) if boss is not None else ctx
    resume = clock.now()
    shift = staff_service.current_shift(ctx.terminal)
    if shift is not None:
        clock.set(shift.started_at - dt.timedelta(minutes=5))
    created = [checklist.store_item(actx, text, shifts) for text, shifts, _m, _n in CHECKLIST]
    if shift is not None:
        for item, (_t, _s, minutes, note) in zip(created, CHECKLIST, strict=True):
            if minutes is not None:
                clock.set(min(shift.started_at + dt.timedelta(minutes=minutes), resume))
                checklist.tick(ctx, item.id, note)
    clock.set(resume)



def past_handovers(ctx: AppContext, clock: FixedClock, today: dt.date) -> None:
    """Yesterday's two shift changes at this counter, accepted: past handovers open read-only."""
    day = today - dt.timedelta(days=1)
    at = lambda h, m: dt.datetime.combine(day, dt.time(h, m))  # noqa: E731
    morning, evening = _staff("刘芳"), _staff("王丽")
    if morning is None or evening is None:
        return
    from app.staff import service as staff_service

    clock.set(at(8, 0))
    staff_service.start_shift(ctx, morning)
    clock.set(at(14, 0))
    h = service.submit(ctx, [
        service.ActionItem("沈雨婷 & 韩子墨 外景回来后收回 21 号柜钥匙。", evening, at(17, 0)),
        service.ActionItem("给孙先生回电话，报中式秀禾套系价格。", evening, at(16, 0)),
    ], remark="下午两对新人选片，选片室已预留。")
    clock.set(at(14, 10))
    service.accept(ctx, h.id, evening, "")
    clock.set(at(20, 30))
    h = service.submit(ctx, [service.ActionItem("明早 9 点前确认三对新人的外景车辆。", morning, at(21, 0) +
                                                dt.timedelta(hours=12))], remark="今天收尾顺利，钥匙已全部收回。")
    clock.set(at(20, 40))
    service.accept(ctx, h.id, morning, "")

