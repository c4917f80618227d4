"""Handover and daily review at five years of data (20,000 couples, ~100,000 visits, 3,600 handovers).

    uv run python bench/bench_handover.py [--couples 20000]

Measures the snapshot (what the tab builds every 30 s), the daily review of one day and of a whole
year, and the list of past handovers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.checkin.models import Couple, KeyLoan, Lead, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.db import db, open_database
from app.handover import review, service
from app.handover.models import Handover, HandoverItem, ReviewDecision
from app.staff import service as staff

NOW = dt.datetime(2026, 11, 20, 11, 0)
START = dt.date(2021, 11, 20)


def _bulk(model, rows, chunk=500):
    for k in range(0, len(rows), chunk):
        model.insert_many(rows[k:k + chunk]).execute()


def fill(ctx: AppContext, n: int) -> None:
    rnd = random.Random(7)
    days = (NOW.date() - START).days
    couples, visits, loans, leads = [], [], [], []
    vid = 0
    for i in range(n):
        shoot = START + dt.timedelta(days=int(i * days / n))
        couples.append(dict(id=i + 1, order_no=f"B{i:06d}", bride_name="新娘", groom_name="新郎",
                            bride_phone="13800000000", shoot_date=shoot, created_at=NOW, updated_at=NOW))
        for k, kind in enumerate(("shoot", "selection", "proof", "pickup")):
            day = shoot + dt.timedelta(days=k * 12)
            if day > NOW.date() - dt.timedelta(days=1):
                break
            at = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rnd.randint(0, 400))
            vid += 1
            visits.append(dict(id=vid, kind=kind, couple=i + 1, party_size=2, arrived_at=at,
                               received_at=at + dt.timedelta(minutes=rnd.randint(0, 25)),
                               left_at=at + dt.timedelta(hours=rnd.randint(1, 8))))
            if kind == "shoot":
                loans.append(dict(locker=rnd.randint(1, 30), visit=vid, issued_at=at, returned_at=at +
                                  dt.timedelta(hours=1), returned_to="counter"))
    for j in range(n // 2):
        day = START + dt.timedelta(days=rnd.randint(0, days - 1))
        at = dt.datetime.combine(day, dt.time(14))
        leads.append(dict(id=j + 1, name="咨询", phone="13900000000", phone_last4="0000",
                          callback_date=day + dt.timedelta(days=3), status="done" if rnd.random() < 0.97 else "open",
                          created_at=at))
        vid += 1
        visits.append(dict(id=vid, kind="consult", lead=j + 1, guest_name="咨询", arrived_at=at, left_at=at))
    snap = service.build_snapshot(ctx).to_json()
    handovers, decisions = [], []
    for d in range(days):
        day = START + dt.timedelta(days=d)
        for h in (13, 21):
            at = dt.datetime.combine(day, dt.time(h))
            handovers.append(dict(outgoing=ctx.operator_id, terminal="counter-1", submitted_at=at, status="accepted",
                                  snapshot=snap, incoming=ctx.operator_id, accepted_at=at))
        decisions.append(dict(day=day, text="改进", owner=ctx.operator_id, created_at=NOW))
    with db.atomic():
        _bulk(Couple, couples)
        _bulk(Lead, leads)
        _bulk(Visit, visits)
        _bulk(KeyLoan, loans)
        _bulk(Handover, handovers, 200)
        ids = [h.id for h in Handover.select(Handover.id)]
        _bulk(HandoverItem, [dict(handover=i, position=0, text="回电话", owner=ctx.operator_id, due_at=NOW)
                             for i in ids])
        _bulk(ReviewDecision, decisions)


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--couples", type=int, default=20_000)
    n = ap.parse_args().couples
    with tempfile.TemporaryDirectory() as tmp:
        open_database(str(Path(tmp) / "bench.db"))
        ctx = AppContext(clock=FixedClock(NOW))
        staff.start_shift(ctx, staff.add_staff(ctx, "王丽", ["receptionist"]).id)
        t = time.perf_counter()
        fill(ctx, n)
        print(f"filled {Couple.select().count()} couples, {Visit.select().count()} visits, "
              f"{Lead.select().count()} leads ({Lead.select().where(Lead.status == 'open').count()} open), "
              f"{Handover.select().count()} handovers in {time.perf_counter() - t:.1f} s")
        snap = service.build_snapshot(ctx)
        print(f"snapshot: {timed(lambda: service.build_snapshot(ctx)):.1f} ms "
              f"({sum(s.count for s in snap.sections)} rows, leads due {snap.section('leads_due').count})")
        day = NOW.date() - dt.timedelta(days=1)
        print(f"daily review, one day: {timed(lambda: review.daily_review(ctx, day)):.1f} ms")
        year = (day - dt.timedelta(days=364), day)
        rv = review.daily_review(ctx, *year)
        print(f"daily review, one year: {timed(lambda: review.daily_review(ctx, *year), 3):.1f} ms "
              f"({rv.figure('checkins')} check-ins)")
        print(f"past handovers (200 newest): {timed(lambda: service.past_handovers('counter-1')):.1f} ms")
        last = Handover.select(Handover.id).order_by(Handover.id.desc()).first().id
        print(f"open one past handover: {timed(lambda: service.load_handover(last)):.1f} ms")
        # The scorecards read the couples' audit entries (entered, corrected): one per couple, 5 % corrected.
        from app.core.models import AuditLog
        from app.handover import scorecards

        rnd = random.Random(3)
        entries = []
        for c in Couple.select(Couple.id, Couple.shoot_date):
            at = dt.datetime.combine(c.shoot_date - dt.timedelta(days=30), dt.time(10))
            entries.append(dict(at=at, operator_id=ctx.operator_id, action="couple.create", table_name="couple",
                                record_id=c.id, after="{}"))
            if rnd.random() < 0.05:
                entries.append(dict(at=at + dt.timedelta(days=2), operator_id=ctx.operator_id, action="couple.update",
                                    table_name="couple", record_id=c.id, before='{"bride_phone": "13800000000"}',
                                    after='{"bride_phone": "13800000001"}'))
        with db.atomic():
            _bulk(AuditLog, entries)
        month = NOW.date().replace(day=1) - dt.timedelta(days=1)
        print(f"monthly review (month, weeks, 6 months): "
              f"{timed(lambda: scorecards.monthly_review(ctx, month), 3):.1f} ms")
        print(f"daily review with the scorecard, one year: {timed(lambda: review.daily_review(ctx, *year), 3):.1f} ms")


if __name__ == "__main__":
    main()
