"""Complaint lists at five years of data: 20,000 couples, 12,000 complaints (60 still open, some of them
long abandoned), on a temporary SQLite file.

    uv run python bench/bench_complaints.py [--complaints 12000]

The first check (``cases.record_missed_deadlines``) records every missed deadline once (the daily-feedback
misses of abandoned cases, at most the last 60 days each); later checks (the tab's refresh and its
minute timer) find nothing new. The lists and the review only read.
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

from app.checkin.models import Couple
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.db import db, open_database
from app.staff import service as staff


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--complaints", type=int, default=12_000)
    ap.add_argument("--couples", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        open_database(str(Path(tmp) / "bench.db"))
        from app.complaints import cases, config, queries, review
        from app.complaints.models import Complaint

        clock = FixedClock(dt.datetime(2026, 11, 20, 9, 0))
        ctx = AppContext(clock=clock)
        r = staff.add_staff(ctx, "王丽", ["receptionist"])
        staff.start_shift(ctx, r.id)
        boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
        now = clock.now()
        rnd = random.Random(1)
        with db.atomic():
            cs = [dict(order_no=f"O{i}", bride_name=f"新娘{i}", groom_name=f"新郎{i}", created_at=now, updated_at=now)
                  for i in range(args.couples)]
            for k in range(0, len(cs), 1000):
                Couple.insert_many(cs[k:k + 1000]).execute()
        cats = [c.id for c in config.categories()]
        rows = []
        for i in range(args.complaints):
            t = now - dt.timedelta(minutes=rnd.randint(60, 5 * 365 * 24 * 60))
            st = "closed" if i >= 60 else rnd.choice(["new", "investigating", "waiting_customer", "waiting_approval"])
            due = t + dt.timedelta(hours=24)
            rows.append(dict(
                case_no=f"KS-{t:%Y%m%d}-{i:05d}", couple=rnd.randint(1, args.couples), complainant="客人",
                contact="13800000000", channel="counter", occurred_at=t, category=rnd.choice(cats),
                description="事情经过" * 10, received_at=t, received_by=r.id, reported_to=boss.id, reported_at=t,
                holder=r.id, status=st, due_investigation=due, due_feedback=due, due_result=t + dt.timedelta(days=7),
                next_due=due if st not in ("closed", "waiting_customer") else None,
                investigated_at=t if st == "closed" else None, result_at=t if st == "closed" else None))
        with db.atomic():
            for k in range(0, len(rows), 100):
                Complaint.insert_many(rows[k:k + 100]).execute()
        day = dt.date(2026, 11, 19)
        for label, fn in [
            ("first evaluation (records misses once)", lambda: cases.record_missed_deadlines(ctx)),
            ("list open", lambda: queries.list_cases(ctx, "open")),
            ("list open again", lambda: queries.list_cases(ctx, "open")),
            ("list all (newest 500)", lambda: queries.list_cases(ctx, "all")),
            ("search text in all", lambda: queries.list_cases(ctx, "all", text="新娘12")),
            ("overdue count", lambda: queries.overdue_count(ctx)),
            ("daily review, one day", lambda: review.review(ctx, day, day)),
            ("daily review, one year", lambda: review.review(ctx, day - dt.timedelta(days=365), day)),
        ]:
            t0 = time.perf_counter()
            fn()
            print(f"{label:40s} {(time.perf_counter() - t0) * 1000:7.0f} ms")
        db.close()


if __name__ == "__main__":
    main()
