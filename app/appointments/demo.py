"""Demo step: today's appointments (arrived, late, no-show, still to come), the phone log with a call back
owed, and a week of past departures with satisfaction scores — all through the services."""

from __future__ import annotations

import datetime as dt

from app.checkin import commands as checkin
from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.flow import machine, reports
from app.flow.models import Flow
from app.staff.models import Staff

from . import clashes, departure, phonelog
from . import service as appts

PAST_COUPLES = [
    ("YL-P01", "陈晓雯", "林浩", "13811112222", "法式浪漫套系", -20),
    ("YL-P02", "宋佳", "何磊", "13933334444", "韩式唯美套系", -45),
    ("YL-P03", "许婧", "高翔", "13755556666", "中式秀禾套系", -30),
    ("YL-P04", "韩露", "邓超然", "15877778888", "森系小清新套系", -25),
]

# day offset, couple index, kind, score, comment
PAST_VISITS = [
    (-6, 0, "selection", 5, "选片师很耐心"),
    (-6, 2, "proof", 4, ""),
    (-5, 3, "selection", 3, "等了二十分钟才有人接待"),
    (-4, 1, "proof", 5, ""),
    (-3, 2, "selection", 2, "选片时一直被推销加片，不太舒服"),
    (-3, 3, "proof", None, ""),
    (-2, 0, "proof", 4, "样册很漂亮"),
    (-1, 1, "pickup", 5, "相册做得很好，谢谢"),
    (-1, 3, "pickup", 4, ""),
]


def _staff(name: str) -> int:
    return Staff.get(Staff.name == name).id


def _quarter(t: dt.datetime) -> dt.datetime:
    """The nearest quarter hour."""
    t = t + dt.timedelta(minutes=7, seconds=30)
    return t.replace(minute=t.minute - t.minute % 15, second=0, microsecond=0)


def _serve(ctx: AppContext, clock: FixedClock, visit_id: int, staff_id: int, minutes: int) -> None:
    """Walk the visit's flow (selection / proof / pickup: one station) through the flow services."""
    flow = Flow.get_or_none(Flow.visit == visit_id)
    if flow is None:
        clock.advance(minutes=minutes)
        return
    for step in reports.steps_of_flow(ctx, flow.id):
        if step.state in ("planned", "handoff", "waiting"):
            machine.start_step(ctx, step.step_id, staff_id)
            step_staff = staff_id
        else:
            step_staff = step.staff_id or staff_id
        clock.advance(minutes=minutes)
        machine.sign_off(ctx, step.step_id, step_staff, "")


def demo_appointments(ctx: AppContext, couples: list[Couple], visits: list[Visit], clock: FixedClock,
                      end: dt.datetime) -> None:
    resume = clock.now()
    today = end.date()
    day = dt.timedelta(days=1)
    photographers = [_staff("郑凯"), _staff("冯涛")]

    # ------------------------------------------------------------ a week ago: past couples, past bookings
    clock.set(dt.datetime.combine(today - 7 * day, dt.time(10, 0)))
    past = [checkin.create_couple(ctx, order_no=o, bride_name=b, groom_name=g, bride_phone=p, package=pk,
                                  shoot_date=today + off * day)
            for o, b, g, p, pk, off in PAST_COUPLES]
    booked = {}
    for off, idx, kind, _score, _comment in PAST_VISITS:
        at = dt.datetime.combine(today + off * day, dt.time(10 + (idx % 3) * 2, 0))
        booked[(off, idx)] = appts.create_appointment(ctx, at, kind, couple_id=past[idx].id,
                                                      staff_id=_staff("何雪") if kind != "pickup" else None)
    missed = appts.create_appointment(ctx, dt.datetime.combine(today - day, dt.time(15, 30)), "selection",
                                      couple_id=past[2].id, staff_id=_staff("何雪"), note="第二次选片")

    # ------------------------------------------------------------ the past week's visits and departures
    for off, idx, kind, score, comment in PAST_VISITS:
        a = booked[(off, idx)]
        clock.set(a.starts_at - dt.timedelta(minutes=5))
        v = appts.check_in_appointment(ctx, a.id, party_size=2)
        clock.advance(minutes=3)
        checkin.receive_visit(ctx, v.id)
        loan = checkin.issue_key(ctx, v.id, f"{21 + idx:02d}")
        _serve(ctx, clock, v.id, _staff("何雪") if kind != "pickup" else ctx.operator_id, 70 + idx * 10)
        clock.advance(minutes=5)
        checkin.return_key(ctx, loan.id, "bar" if idx % 2 else "counter")
        departure.depart(ctx, v.id, score, comment)
    clock.set(dt.datetime.combine(today - day, dt.time(17, 0)))
    call = phonelog.log_call(ctx, "问选片为什么没人联系", "已致歉，约好再来选片", couple_id=past[2].id,
                             callback_by=dt.datetime.combine(today - day, dt.time(18, 0)))
    clock.advance(minutes=40)
    phonelog.mark_callback_done(ctx, call.id, "已回电，客人改约下周")
    del missed  # left as yesterday's no-show

    # ------------------------------------------------------------ yesterday evening: today's bookings
    clock.set(dt.datetime.combine(today - day, dt.time(18, 30)))
    for i, v in enumerate(visits[:6]):
        at = _quarter(v.arrived_at)
        appts.create_appointment(ctx, at, "shoot", couple_id=couples[i].id, note="", minutes=15,  # met at the counter
                                 staff_id=_free(at, [photographers[i % 2], photographers[1 - i % 2]]))
    no_show = appts.create_appointment(ctx, _quarter(end - dt.timedelta(minutes=95)), "shoot",
                                       couple_id=couples[9].id,
                                       staff_id=_free(_quarter(end - dt.timedelta(minutes=95)), photographers[::-1]),
                                       note="新娘说可能堵车", minutes=15)
    late = appts.create_appointment(ctx, _quarter(end - dt.timedelta(minutes=10)) - dt.timedelta(minutes=15),
                                    "dress_fitting", couple_id=couples[10].id, staff_id=_staff("周婷"))
    fitting = appts.create_appointment(ctx, _quarter(end + dt.timedelta(minutes=45)), "dress_fitting",
                                       couple_id=couples[11].id, staff_id=_staff("周婷"), note="想试秀禾服")
    appts.create_appointment(ctx, _quarter(end + dt.timedelta(minutes=75)), "selection", couple_id=past[0].id,
                             staff_id=_staff("何雪"), note="带父母一起来，需要大一点的选片室")
    del no_show, late

    # ------------------------------------------------------------ this morning: arrivals, calls, a move
    for i, v in enumerate(visits[:6]):
        clock.set(v.arrived_at)
        a = next(r for r in appts.expected_today(ctx) if r.couple_id == couples[i].id)
        appts.link_visit(ctx, a.id, v.id)
    clock.set(end - dt.timedelta(minutes=50))
    appts.reschedule(ctx, fitting.id, _quarter(end + dt.timedelta(minutes=105)), _staff("周婷"),
                     reason="客人来电说要晚一点到")
    clock.set(end - dt.timedelta(minutes=45))
    call = phonelog.log_call(ctx, "问相册做好了没有，什么时候可以来取", "已做好，今天下午可以来取",
                             couple_id=past[1].id)
    pre = phonelog.call_to_appointment_prefill(call.id)
    appts.create_appointment(ctx, _quarter(end + dt.timedelta(minutes=150)), "pickup", couple_id=pre["couple_id"],
                             note=pre["note"], call_id=call.id)
    clock.set(end - dt.timedelta(minutes=38))
    call = phonelog.log_call(ctx, "想了解旅拍套系，周末能不能来店里看看", "介绍了三亚和大理两条线，欢迎到店详谈",
                             caller_name="周小姐", phone="13566667777")
    pre = phonelog.call_to_appointment_prefill(call.id)
    appts.create_appointment(ctx, dt.datetime.combine(today + 2 * day, dt.time(14, 0)), pre["kind"],
                             lead_name=pre["lead_name"], lead_phone=pre["lead_phone"], note=pre["note"],
                             call_id=call.id, staff_id=_staff("刘芳"))
    clock.set(end - dt.timedelta(minutes=30))
    phonelog.log_call(ctx, "后天外景如果下雨能不能改期", "需要问摄影部，稍后回电", couple_id=couples[12].id,
                      callback_by=end + dt.timedelta(minutes=60))
    clock.set(end - dt.timedelta(minutes=22))
    phonelog.log_call(ctx, "新娘妈妈问大概几点能拍完", "预计下午三点左右，拍完会通知", caller_name="张妈妈",
                      couple_id=couples[0].id)
    tomorrows = demo_rooms_and_a_clash(ctx, past, today + day)
    demo_confirmations(ctx, clock, couples, tomorrows, today + day, end)
    clock.set(resume)


def _free(at: dt.datetime, candidates: list[int]) -> int | None:
    """The first of ``candidates`` not booked then (the demo's morning is packed; None: nobody free)."""
    return next((c for c in candidates if not clashes.find_clashes(at, 15, c, None)), None)


def demo_rooms_and_a_clash(ctx: AppContext, past: list[Couple], tomorrow: dt.date) -> list[int]:
    """The rooms (set up now, so the bookings above needed none), and tomorrow's book with 何雪 taken twice
    at 10:00 — booked anyway, the reason in the audit trail."""
    small = clashes.store_room(ctx, "选片室 1", 1, ["selection", "proof"])
    clashes.store_room(ctx, "选片室 2（大）", 2, ["selection", "proof"])
    clashes.store_room(ctx, "礼服间", 3, ["dress_fitting"])
    seller = _staff("何雪")
    first = appts.create_appointment(ctx, dt.datetime.combine(tomorrow, dt.time(10, 0)), "selection",
                                     couple_id=past[3].id, staff_id=seller, room_id=small.id, note="二次选片")
    second = appts.create_appointment(ctx, dt.datetime.combine(tomorrow, dt.time(10, 30)), "selection",
                                      couple_id=past[0].id, staff_id=seller, room_id=small.id,
                                      override_reason="客人只能明天上午来，店长同意何雪两组交替，借用选片室 1",
                                      accepted_clashes=[first.id])
    return [first.id, second.id]


TOMORROW_COUPLES = [("许安然", "邵宇", "13712340001", "法式浪漫套系"), ("唐诗雨", "韦嘉明", "13912340002", "韩式唯美套系"),
                    ("方晴", "聂远", "15012340003", "中式秀禾套系")]


def demo_confirmations(ctx: AppContext, clock: FixedClock, couples: list[Couple], selections: list[int],
                       tomorrow: dt.date, end: dt.datetime) -> None:
    """明日确认 half done: tomorrow's three shoots, the two selections and a dress fitting were booked; this
    morning three are confirmed, one did not answer, the fitting was moved; one shoot is still to call."""
    from . import confirmations

    clock.set(end - dt.timedelta(minutes=80))
    shooters = [_staff("郑凯"), _staff("冯涛"), _staff("郑凯")]
    new = [checkin.create_couple(ctx, order_no=f"YL{tomorrow:%Y%m%d}-{i + 1:02d}", bride_name=b, groom_name=g,
                                 bride_phone=p, package=pk, shoot_date=tomorrow)
           for i, (b, g, p, pk) in enumerate(TOMORROW_COUPLES)]
    shoots = [appts.create_appointment(ctx, dt.datetime.combine(tomorrow, t), "shoot", couple_id=c.id,
                                       staff_id=s, note=note)
              for c, s, t, note in zip(new, shooters, (dt.time(8, 30), dt.time(9, 0), dt.time(13, 30)),
                                       ("", "外景加拍一组，看天气", "新娘想要复古港风"), strict=True)]
    fitting = appts.create_appointment(ctx, dt.datetime.combine(tomorrow, dt.time(14, 0)), "dress_fitting",
                                       couple_id=couples[13].id, staff_id=_staff("周婷"),
                                       room_id=clashes.rooms(kind="dress_fitting")[0].id, note="想试两套秀禾")
    clock.set(end - dt.timedelta(minutes=35))
    confirmations.record_outcome(ctx, shoots[0].id, "confirmed", note="新娘说会提前十分钟到")
    clock.advance(minutes=4)
    confirmations.record_outcome(ctx, selections[0], "confirmed")
    clock.advance(minutes=3)
    confirmations.record_outcome(ctx, shoots[1].id, "no_answer")
    clock.advance(minutes=5)
    confirmations.record_outcome(ctx, fitting.id, "rescheduled", reason="新娘明天临时加班",
                                 new_starts_at=dt.datetime.combine(tomorrow + dt.timedelta(days=2), dt.time(15, 0)))
    clock.advance(minutes=4)
    confirmations.record_outcome(ctx, selections[1], "confirmed", note="带父母一起来")

