"""A counter morning built through the services, shared by the handover and daily-review tests.

Fri 2026-11-20: a couple arrived at 08:30 and nobody has received them (waiting too long at 09:00);
another couple was received and has locker 05's key; a consultation lead came in yesterday with a
call-back date of today; a visitor came and left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import checkin, staff
from app.context import AppContext
from app.models import Couple, KeyLoan, Lead, Staff, Visit


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
    # Yesterday afternoon: a walk-in asks about packages; call her back today.
    clock.set(dt.datetime(2026, 11, 19, 15, 0))
    consult = checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍套系", dt.date(2026, 11, 20))
    checkin.check_out(ctx, consult.id)
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
    clock.set(dt.datetime(2026, 11, 20, 8, 50))
    visitor, _where = checkin.check_in_visitor(ctx, b.id, "伴娘 小周", 1)
    clock.set(dt.datetime(2026, 11, 20, 8, 55))
    checkin.check_out(ctx, visitor.id)
    clock.set(start)
    return Scenario(waiting=waiting, with_key=with_key, loan=loan, lead=consult.lead, visitor=visitor,
                    incoming=incoming, supervisor=supervisor, couples=[a, b], extra={})
