"""Demo step for the service flow: today's shooting couples move through the stations during the morning
(staff capacity respected: a couple waits when every makeup artist or the stylist is busy), the last two
arrivals are still at reception (alerts), and three couples from earlier days are in post-production."""

from __future__ import annotations

import datetime as dt
import heapq
import random

from app.checkin import commands as checkin
from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.flow import board, machine
from app.flow.models import Flow
from app.staff.models import Staff

WORK = {"reception": 6, "makeup": 50, "groom_styling": 25, "wardrobe": 25, "studio": 80, "outdoor": 60,
        "removal": 20, "leave": 5, "selection": 60, "proof": 30, "pickup": 15}
TRAVEL = 3


def _staff(name: str) -> int:
    return Staff.get(Staff.name == name).id


def _outdoor_plan(i: int) -> tuple[str, str] | None:
    if i % 4 == 1:
        return ("skip", "套系不含外景")
    if i % 4 == 3:
        return ("not_done", "下雨，改约下周补拍外景")
    return None


def _simulate(ctx: AppContext, clock: FixedClock, plans: list[tuple[int, int, dt.datetime]], end: dt.datetime,
              rnd: random.Random, capacity: bool = True) -> None:
    """Run the flows as a small event simulation: (flow id, couple index, first event time)."""
    floor = _staff("陈静")
    queue: list[tuple[dt.datetime, int, int, int, str]] = []
    seq = 0
    for fid, i, t in plans:
        heapq.heappush(queue, (t, seq, fid, i, "bride"))
        seq += 1
    while queue:
        t, _s, fid, i, person = heapq.heappop(queue)
        if t > end:
            continue
        clock.set(t)
        action = board.next_action(fid, person)
        if action.kind == "none" or action.step is None:
            continue
        step = action.step
        nxt: list[tuple[dt.datetime, str]] = []
        if action.kind == "start":
            free = board.free_staff(step.station) if capacity else []
            staff_id = free[0] if free else (None if capacity else board.suggest_staff(step.station))
            if staff_id is None:  # everybody busy: they wait at the station
                if step.state == "handoff":
                    machine.arrive(ctx, step.id)
                nxt.append((t + dt.timedelta(minutes=5), person))
            else:
                board.advance(ctx, fid, person, staff_id=staff_id, confirm_requests=True)
                minutes = WORK.get(step.station.code, 30) + rnd.randint(-3, 8)
                if step.station.code == "makeup" and i == 3:
                    minutes = 85  # a difficult makeup runs over its limit
                nxt.append((t + dt.timedelta(minutes=minutes), person))
        elif action.kind == "handoff":
            board.advance(ctx, fid, person, taker_id=board.suggest_staff(step.station))
            nxt.append((t + dt.timedelta(minutes=TRAVEL + rnd.randint(0, 2)), person))
        else:  # sign
            target = action.target
            plan = _outdoor_plan(i)
            if target is not None and target.station.code == "outdoor" and plan is not None:
                board.advance(ctx, fid, person, staff_id=step.staff_id)
                fn = machine.skip_step if plan[0] == "skip" else machine.mark_not_done
                fn(ctx, target.id, floor, None, plan[1])
                nxt.append((t + dt.timedelta(minutes=1), person))
            else:
                taker = board.suggest_staff(target.station) if target is not None else None
                board.advance(ctx, fid, person, staff_id=step.staff_id, taker_id=taker)
                if step.station.code == "groom_styling":
                    machine.add_note(ctx, step.id, "衬衫领口合适，发型：三七分", step.staff_id)
                if step.station.code == "wardrobe":
                    machine.add_note(ctx, step.id, "白纱OK；秀禾OK", step.staff_id)
                if target is not None:
                    nxt.append((t + dt.timedelta(minutes=TRAVEL + rnd.randint(0, 2)),
                                "bride" if target.track == "couple" else person))
            if step.track == "couple" and step.station.code == "reception":
                nxt.append((t + dt.timedelta(minutes=TRAVEL + 1), "groom"))
        for when, who in nxt:
            seq += 1
            heapq.heappush(queue, (when, seq, fid, i, who))


def _past_couples(ctx: AppContext, clock: FixedClock, today: dt.date, rnd: random.Random) -> None:
    """Three couples who shot on earlier days: their post-production is at different steps."""
    retoucher, checker = _staff("许超"), _staff("高远")
    for n, (days_ago, bride, groom) in enumerate([(12, "钱佳慧", "沈立新"), (8, "韩雪", "曹宇"),
                                                  (3, "蒋琳", "彭飞")]):
        day = today - dt.timedelta(days=days_ago)
        clock.set(dt.datetime.combine(day, dt.time(9, 0)))
        c = checkin.create_couple(ctx, order_no=f"YL{day:%Y%m%d}-{n + 1:02d}", bride_name=bride, groom_name=groom,
                                  bride_phone=f"1390000{rnd.randint(1000, 9999)}", package="韩式唯美套系",
                                  shoot_date=day)
        visit = checkin.check_in_couple(ctx, c.id, "shoot")
        flow = Flow.get(Flow.visit == visit.id)
        _simulate(ctx, clock, [(flow.id, n, clock.now() + dt.timedelta(minutes=5))],
                  dt.datetime.combine(day, dt.time(20, 0)), rnd, capacity=False)
        clock.set(dt.datetime.combine(day, dt.time(18, 30)))
        checkin.check_out(ctx, visit.id)
        post = Flow.get((Flow.couple == c.id) & (Flow.kind == "post"))
        retouch_start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(10, 0))
        clock.set(retouch_start)
        board.advance(ctx, post.id, "bride", staff_id=retoucher)
        if days_ago == 8:  # retouched in four days, design under way
            clock.set(retouch_start + dt.timedelta(days=4))
            board.advance(ctx, post.id, "bride", staff_id=retoucher)
            clock.advance(hours=1)
            board.advance(ctx, post.id, "bride", staff_id=retoucher)
    del checker


def flow_demo(ctx: AppContext, couples: list[Couple], visits: list[Visit], clock: FixedClock,
              end: dt.datetime) -> None:
    rnd = random.Random(7)
    back = clock.now()
    today = end.date()
    _past_couples(ctx, clock, today, rnd)
    plans = []
    for i, v in enumerate(visits):
        flow = Flow.get_or_none(Flow.visit == v.id)
        if flow is None or i >= 7:  # the last two arrivals have not been received yet: still at reception
            continue
        plans.append((flow.id, i, v.arrived_at + dt.timedelta(minutes=8)))
    _simulate(ctx, clock, plans, end, rnd)
    clock.set(max(back, min(end, clock.now())))


def keep_floor_moving(ctx: AppContext) -> int:
    """The demo's floor goes on working on the demo clock: a step runs about its usual time and is signed,
    the couple is taken on to the next station, the next station starts when someone there is free. Called
    every minute while the demo runs (the board then looks like a real morning, not one where everybody
    stopped at 10:30). Returns the number of actions done."""
    from app.core.errors import DomainError
    from app.staff.demo import DEMO_PIN

    now = ctx.now()
    done = 0
    for row in board.board_rows(ctx):
        for person in ("bride", "groom"):
            try:
                action = board.next_action(row.flow_id, person)
                step = action.step
                if action.kind == "none" or step is None:
                    continue
                since = step.state_since or row.arrived_at
                minutes = (now - since).total_seconds() / 60
                usual = WORK.get(step.station.code, 30) + (row.flow_id * 7 + step.id) % 9 - 3
                if action.kind == "sign" and minutes >= usual:
                    target = action.target
                    taker = board.suggest_staff(target.station) if target is not None else None
                    board.advance(ctx, row.flow_id, person, staff_id=step.staff_id, pin=DEMO_PIN, taker_id=taker)
                elif action.kind == "handoff":
                    board.advance(ctx, row.flow_id, person, taker_id=board.suggest_staff(step.station))
                elif action.kind == "start" and minutes >= TRAVEL:
                    free = board.free_staff(step.station)
                    if not free:
                        continue
                    board.advance(ctx, row.flow_id, person, staff_id=free[0], confirm_requests=True)
                else:
                    continue
                done += 1
            except DomainError:
                continue  # someone at a real counter changed it meanwhile: leave it to them
    return done


def rounds_demo(ctx: AppContext, couples: list[Couple], visits: list[Visit], clock: FixedClock,
                end: dt.datetime) -> None:
    """Rounds (巡查) half done: floor control looked in on one waiting party a few minutes ago; whoever has
    waited longest (the groom in the lounge, in the usual morning) has had nobody yet: the counter's list
    and the status bar show him. Runs last, on the store as the other demo steps left it."""
    from app.flow import rounds

    del couples, visits
    clock.set(end)
    waiting = rounds.waiting_guests(ctx)
    limit = rounds.round_minutes()
    # The longest-waiting guest is left without a round; a round goes to another one (not yet due when
    # possible), so the demo shows both a guest to go to and a round logged.
    others = [r for r in waiting[1:] if r.minutes_unattended < limit] or waiting[1:]
    if not others:
        return
    guest = others[0]
    clock.set(max(guest.since, end - dt.timedelta(minutes=3)))
    rounds.record_round(ctx, guest.visit_id, guest.person, "告知还需等候多久", staff_id=_staff("陈静"))
    clock.set(end)
