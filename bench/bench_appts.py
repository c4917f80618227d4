"""Appointments, phone log and satisfaction at five years of data (20,000 couples).

    uv run python bench/bench_appts.py [--couples 20000]

Fills a temporary SQLite file with 4 appointments per couple, 2.5 calls per couple and a departure with a
score for most visits, then times what the counter runs on every refresh: today's expected arrivals, the
call-backs owed, today's calls, a month's satisfaction summary and booking one appointment (clash check).
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

from app.appointments import departure, phonelog
from app.appointments import service as appts
from app.appointments.models import Appointment, PhoneCall, Satisfaction
from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.db import db, open_database
from app.staff import service as staff

NOW = dt.datetime(2026, 11, 20, 11, 0)
START = dt.date(2021, 11, 20)
KINDS = ("shoot", "selection", "proof", "pickup")


def fill(n: int, operator: int) -> None:
    rnd = random.Random(2)
    days = (NOW.date() - START).days
    couples, appointments, visits, scores, calls = [], [], [], [], []
    vid = 0
    for i in range(n):
        couples.append(dict(id=i + 1, order_no=f"B{i:06d}", bride_name="新娘", groom_name="新郎",
                            bride_phone=f"138{i:08d}", created_at=NOW, updated_at=NOW))
        base = START + dt.timedelta(days=int(i * days / n))
        for k, kind in enumerate(KINDS):
            day = base + dt.timedelta(days=k * 20)
            at = dt.datetime.combine(day, dt.time(9 + rnd.randint(0, 8), rnd.choice((0, 30))))
            visit = None
            if at < NOW and rnd.random() < 0.93:
                vid += 1
                visit = vid
                visits.append(dict(id=vid, kind=kind, couple=i + 1, party_size=2, arrived_at=at,
                                   left_at=at + dt.timedelta(hours=2)))
                scores.append(dict(visit=vid, day=day, score=rnd.choice((3, 4, 4, 5, 5, 5)), comment="",
                                   recorded_at=at + dt.timedelta(hours=2), recorded_by=operator))
            appointments.append(dict(couple=i + 1, kind=kind, starts_at=at, status="booked", visit=visit,
                                     created_at=at - dt.timedelta(days=3), version=1))
        for _c in range(2 + (i % 2)):
            at = dt.datetime.combine(base, dt.time(10, 0)) + dt.timedelta(days=rnd.randint(0, 60))
            if at >= NOW:
                continue
            owed = rnd.random() < 0.2
            calls.append(dict(at=at, caller_name="来电", phone=f"138{i:08d}", phone_last4=f"{i:08d}"[-4:],
                              couple=i + 1, asked="问", answered="答", callback_owed=owed,
                              callback_by=at + dt.timedelta(hours=3) if owed else None,
                              callback_done_at=at + dt.timedelta(hours=2) if owed and rnd.random() < 0.995 else None,
                              taken_by=operator))
    with db.atomic():
        for table, rows in ((Couple, couples), (Visit, visits), (Appointment, appointments), (Satisfaction, scores),
                            (PhoneCall, calls)):
            for k in range(0, len(rows), 400):
                table.insert_many(rows[k:k + 400]).execute()
    print(f"{len(couples)} couples, {len(appointments)} appointments, {len(visits)} visits, "
          f"{len(calls)} calls, {Appointment.select().where(Appointment.starts_at >= dt.datetime.combine(NOW.date(), dt.time.min), Appointment.starts_at < dt.datetime.combine(NOW.date() + dt.timedelta(days=1), dt.time.min)).count()} appointments today")


def timed(label: str, fn, repeat: int = 20) -> float:  # type: ignore[no-untyped-def]
    fn()
    t = time.perf_counter()
    for _ in range(repeat):
        result = fn()
    ms = (time.perf_counter() - t) / repeat * 1000
    size = len(result) if hasattr(result, "__len__") else "-"
    print(f"{label:<40} {ms:8.2f} ms   ({size} rows)")
    return ms


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--couples", type=int, default=20_000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        open_database(str(Path(tmp) / "bench.db"))
        ctx = AppContext(clock=FixedClock(NOW))
        s = staff.add_staff(ctx, "王丽", ["receptionist"])
        staff.start_shift(ctx, s.id)
        t = time.perf_counter()
        fill(args.couples, s.id)
        print(f"fill: {time.perf_counter() - t:.1f} s")
        timed("expected_today", lambda: appts.expected_today(ctx))
        timed("no_shows(yesterday)", lambda: appts.no_shows(ctx, NOW.date() - dt.timedelta(days=1)))
        timed("callbacks_owed", lambda: phonelog.callbacks_owed(ctx))
        timed("calls_on(today)", lambda: phonelog.calls_on(ctx, NOW.date()))
        timed("satisfaction_summary(30 days)", lambda: departure.satisfaction_summary(
            ctx, NOW.date() - dt.timedelta(days=30), NOW.date()).days, repeat=5)
        free = Couple.select().order_by(Couple.id.desc()).first()
        slots = iter(range(1, 1000))
        timed("create_appointment (clash check)", lambda: [appts.create_appointment(
            ctx, dt.datetime.combine(NOW.date() + dt.timedelta(days=next(slots)), dt.time(10)), "proof",
            couple_id=free.id)], repeat=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
