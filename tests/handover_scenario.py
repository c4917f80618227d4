"""A counter morning built through the services, shared by the handover and daily-review tests.

Fri 2026-11-20: a couple arrived at 08:30 and nobody has received them (waiting too long at 09:00);
another couple was received, has locker 05's key, and is on the service flow (bride in makeup, groom in
styling, both within their limits); a consultation lead came in yesterday with a call-back date of today; a complaint made at the counter yesterday at 08:00 has not been investigated
(its 24-hour deadline passed at 08:00 today); a couple missed yesterday's 16:00 appointment and is late for
today's 08:30 one, another is expected at 11:00; a caller is owed a call back since 08:50; the couple of
twelve days ago gave a low score when they left;
a visitor came and left. Twelve days earlier a couple shot their whole flow: their retouching is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appointments import departure, phonelog
from app.appointments import service as appts
from app.checkin import commands as checkin
from app.checkin.models import Couple, KeyLoan, Lead, Visit
from app.complaints import cases, config
from app.core.context import AppContext
from app.flow import board, machine
from app.flow.models import Flow, Station
from app.staff import service as staff
from app.staff.models import Staff

CREW = [("赵敏", "makeup_artist"), ("吴昊", "stylist"), ("周婷", "dresser"), ("郑凯", "photographer"),
        ("陈静", "floor_control")]


def step(ctx: AppContext, flow_id: int, person: str) -> str:
    """Do the next thing on the flow for ``person`` with whoever holds the station's role."""
    action = board.next_action(flow_id, person)
    if action.kind == "none":
        return "none"
    board.advance(ctx, flow_id, person, staff_id=action.staff_id or (action.step.staff_id if action.step else None),
               taker_id=action.taker_id, confirm_requests=True)
    return action.kind


def advance_until(ctx: AppContext, clock, flow_id: int, person: str, station_code: str) -> None:
    """Move ``person`` along (a minute per move) until she is being served at ``station_code``."""
    for _ in range(20):
        cur = machine.person_current(machine.load_steps(flow_id), person)
        if cur is not None and cur.station.code == station_code and cur.state == "in_progress":
            return
        step(ctx, flow_id, person)
        clock.advance(minutes=1)
    raise AssertionError(f"{person} never reached {station_code}")


def run_flow_to_end(ctx: AppContext, clock, flow_id: int) -> None:
    for _ in range(200):
        moved = False
        for person in ("bride", "groom"):
            if step(ctx, flow_id, person) != "none":
                moved = True
                clock.advance(minutes=5)
        if not moved:
            return


@dataclass
class Scenario:
    waiting: Visit
    with_key: Visit
    loan: KeyLoan
    lead: Lead
    visitor: Visit
    incoming: Staff
    supervisor: Staff
    couples: list[Couple]
    extra: dict


def build(ctx: AppContext, clock) -> Scenario:
    start = clock.now()
    incoming = staff.add_staff(ctx, "刘芳", ["receptionist"])
    supervisor = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    for name, role in CREW:
        staff.add_staff(ctx, name, [role])
    # Twelve days ago: a couple shot; their post-production (retouching, 7 days) is now late.
    clock.set(dt.datetime(2026, 11, 8, 9, 0))
    old = checkin.create_couple(ctx, order_no="YL-OLD", bride_name="蒋琳", groom_name="彭飞",
                                bride_phone="13855556666", shoot_date=dt.date(2026, 11, 8))
    old_visit = checkin.check_in_couple(ctx, old.id, "shoot")
    checkin.receive_visit(ctx, old_visit.id)
    run_flow_to_end(ctx, clock, Flow.get(Flow.visit == old_visit.id).id)
    clock.set(dt.datetime(2026, 11, 8, 18, 0))
    departure.depart(ctx, old_visit.id, 2, "等化妆等了太久")
    # Yesterday morning a bride complained at the counter; nobody has investigated it yet (24 h: overdue).
    clock.set(dt.datetime(2026, 11, 19, 8, 0))
    makeup = Station.get(Station.code == "makeup")
    complaint = cases.create_complaint(
        ctx, complainant="孙小姐", channel="counter", category_id=config.categories()[0].id,
        description="化妆师迟到二十分钟", reported_to_id=supervisor.id, reported_at=clock.now(),
        station_id=makeup.id, wants="道歉")
    # A couple booked to choose their photos yesterday at 16:00 never came; they are booked again today
    # at 08:30 (late at 09:00); another couple is expected at 11:00.
    c = checkin.create_couple(ctx, order_no="YL-C", bride_name="周佳琪", groom_name="徐明轩",
                              bride_phone="13877778888", shoot_date=dt.date(2026, 11, 1))
    d = checkin.create_couple(ctx, order_no="YL-D", bride_name="吴雅婷", groom_name="孙皓宇",
                              bride_phone="13899990000", shoot_date=dt.date(2026, 11, 2))
    missed = appts.create_appointment(ctx, dt.datetime(2026, 11, 19, 16, 0), "selection", couple_id=c.id)
    late = appts.create_appointment(ctx, dt.datetime(2026, 11, 20, 8, 30), "selection", couple_id=c.id)
    later = appts.create_appointment(ctx, dt.datetime(2026, 11, 20, 11, 0), "pickup", couple_id=d.id)
    # Yesterday afternoon: a walk-in asks about packages; call her back today.
    clock.set(dt.datetime(2026, 11, 19, 15, 0))
    consult = checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍套系", dt.date(2026, 11, 20))
    checkin.check_out(ctx, consult.id)
    # This morning a caller asked about the outdoor shoot; she is owed a call back by 08:50.
    clock.set(dt.datetime(2026, 11, 20, 8, 20))
    call = phonelog.log_call(ctx, "外景可以改到下周吗", caller_name="冯女士", phone="13566667777",
                             callback_by=dt.datetime(2026, 11, 20, 8, 50))
    clock.set(dt.datetime(2026, 11, 20, 8, 30))
    a = checkin.create_couple(ctx, order_no="YL-A", bride_name="张雨桐", groom_name="王浩然",
                              bride_phone="13811112222", shoot_date=dt.date(2026, 11, 20))
    b = checkin.create_couple(ctx, order_no="YL-B", bride_name="李思琪", groom_name="陈子轩",
                              bride_phone="13833334444", shoot_date=dt.date(2026, 11, 20))
    waiting = checkin.check_in_couple(ctx, a.id, "shoot")
    clock.set(dt.datetime(2026, 11, 20, 8, 40))
    with_key = checkin.check_in_couple(ctx, b.id, "shoot")
    clock.set(dt.datetime(2026, 11, 20, 8, 43))
    checkin.receive_visit(ctx, with_key.id)
    loan = checkin.issue_key(ctx, with_key.id, "05")
    # On the flow: reception done, the bride goes to makeup, the groom to styling.
    fid = Flow.get(Flow.visit == with_key.id).id
    clock.set(dt.datetime(2026, 11, 20, 8, 44))
    advance_until(ctx, clock, fid, "bride", "makeup")
    advance_until(ctx, clock, fid, "groom", "groom_styling")
    clock.set(dt.datetime(2026, 11, 20, 8, 50))
    visitor, _where = checkin.check_in_visitor(ctx, b.id, "伴娘 小周", 1)
    clock.set(dt.datetime(2026, 11, 20, 8, 55))
    checkin.check_out(ctx, visitor.id)
    clock.set(start)
    post = Flow.get((Flow.couple == old.id) & (Flow.kind == "post"))
    return Scenario(waiting=waiting, with_key=with_key, loan=loan, lead=Lead.get_by_id(consult.lead_id), visitor=visitor,
                    incoming=incoming, supervisor=supervisor, couples=[a, b], extra={"post": post, "old": old,
                                                                               "complaint": complaint,
                                                                               "missed": missed, "late": late,
                                                                               "later": later, "call": call})
