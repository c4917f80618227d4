"""Service-flow reads at five years of data (20,000 couples, ~240,000 steps).

    uv run python bench/bench_flow.py [--couples 20000]

Fills a temporary SQLite file in bulk (finished shoot days and post-production), puts ten couples in the
store today through the services, then times the board, the visitor lookup, one couple's report, the
post-production list and the station statistics over a day, a month and a year.
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

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.db import db, open_database
from app.flow import board, config, postproduction, reports
from app.flow.models import Flow, FlowStep, FlowTemplate, FlowTemplateStep
from app.staff import service as staff

NOW = dt.datetime(2026, 11, 20, 11, 0)


def fill(n: int, ctx: AppContext) -> None:
    rnd = random.Random(3)
    team = {}
    for name, role in [("赵敏", "makeup_artist"), ("吴昊", "stylist"), ("周婷", "dresser"), ("郑凯", "photographer"),
                       ("许超", "retoucher"), ("高远", "finished_goods_checker")]:
        team[role] = staff.add_staff(ctx, name, [role]).id
    team["receptionist"] = ctx.operator_id
    tmpl = {t.code: t for t in FlowTemplate.select()}
    tsteps = {code: list(FlowTemplateStep.select().where(FlowTemplateStep.template == t)
                         .order_by(FlowTemplateStep.position, FlowTemplateStep.id)) for code, t in tmpl.items()}
    roles = {s.id: s.role for s in config.stations()}
    first_day = NOW.date() - dt.timedelta(days=5 * 365)
    couples, visits, flows, steps = [], [], [], []
    fid = sid = 0
    for i in range(n):
        day = first_day + dt.timedelta(days=i * 5 * 365 // n)
        t = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rnd.randint(0, 240))
        couples.append(dict(id=i + 1, order_no=f"B{i:07d}", bride_name="新娘", groom_name="新郎",
                            shoot_date=day, created_at=t, updated_at=t))
        visits.append(dict(id=i + 1, kind="shoot", couple=i + 1, arrived_at=t, received_at=t,
                           left_at=t + dt.timedelta(hours=7)))
        for code, kind in (("shoot", "visit"), ("post", "post")):
            fid += 1
            open_post = kind == "post" and (NOW.date() - day).days < 20
            flows.append(dict(id=fid, couple=i + 1, visit=i + 1 if kind == "visit" else None, template=tmpl[code].id,
                              kind=kind, started_at=t, finished_at=None if open_post else t + dt.timedelta(hours=7),
                              updated_at=t, version=9))
            clock_t = t
            for k, ts in enumerate(tsteps[code]):
                sid += 1
                wait = rnd.randint(0, 20)
                work = rnd.randint(10, 90) if kind == "visit" else rnd.randint(600, 4000)
                start = clock_t + dt.timedelta(minutes=wait)
                end = start + dt.timedelta(minutes=work)
                done = not open_post or k == 0
                state = "done" if done else ("in_progress" if k == 1 else "planned")
                skipped = ts.optional and rnd.random() < 0.3
                steps.append(dict(id=sid, flow=fid, position=ts.position, track=ts.track, station=ts.station_id,
                                  optional=ts.optional, state="skipped" if skipped and done else state,
                                  state_since=end, staff=team.get(roles[ts.station_id]), arrived_at=clock_t,
                                  started_at=start if state != "planned" else None,
                                  finished_at=end if done else None, signed_at=end if done else None,
                                  due_date=day + dt.timedelta(days=7 * (k + 1)) if kind == "post" else None,
                                  reason="套系不含外景" if skipped else ""))
                if ts.track != "bride":
                    clock_t = end
    with db.atomic():
        for model, rows in ((Couple, couples), (Visit, visits), (Flow, flows), (FlowStep, steps)):
            for k in range(0, len(rows), 500):
                model.insert_many(rows[k:k + 500]).execute()
    print(f"filled {n} couples, {len(flows)} flows, {len(steps)} steps")


RESULTS: dict[str, float] = {}


def timed(label: str, fn, repeat: int = 5):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:45s} {best * 1000:8.1f} ms")
    RESULTS[label] = best
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--couples", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        open_database(str(Path(tmp) / "bench.db"))
        clock = FixedClock(NOW - dt.timedelta(hours=2))
        ctx = AppContext(clock=clock)
        ctx.operator_id = staff.add_staff(ctx, "王丽", ["receptionist"]).id
        fill(args.couples, ctx)
        today = []
        for i in range(10):
            c = checkin.create_couple(ctx, order_no=f"T-{i}", bride_name="今天", groom_name="新人",
                                      bride_phone=f"1380000{i:04d}")
            checkin.check_in_couple(ctx, c.id)
            today.append(c.id)
            clock.advance(minutes=10)
        clock.set(NOW)
        rows = timed("board_rows (10 in store)", lambda: board.board_rows(ctx))
        assert len(rows) == 10
        timed("where_is positions (one couple)", lambda: checkin_queries.where_is(ctx, today[0]))
        timed("flow_steps (one couple's report)", lambda: reports.flow_steps(1234))
        post = timed("post_production_due (open)", lambda: postproduction.post_production_due(ctx))
        print(f"  open post-production flows: {len(post)}")
        d = NOW.date()
        timed("station_stats one day", lambda: reports.station_stats(ctx, d - dt.timedelta(days=1), d))
        timed("station_stats 30 days", lambda: reports.station_stats(ctx, d - dt.timedelta(days=30), d))
        timed("station_stats 365 days", lambda: reports.station_stats(ctx, d - dt.timedelta(days=365), d), repeat=2)
        timed("staff_stats 30 days", lambda: reports.staff_stats(ctx, d - dt.timedelta(days=30), d))
        # Baseline in the same run: the same figures built from full model objects (the per-couple report
        # path) instead of plain columns.
        def baseline() -> int:
            stats: dict[str, reports.Stat] = {}
            for v in reports.period_step_views(ctx, d - dt.timedelta(days=365), d):
                stats.setdefault(v.station_code, reports.Stat(0, v.station)).add(v)
            return len(stats)

        timed("baseline: model objects, 365 days", baseline, repeat=2)
        ratio = RESULTS["baseline: model objects, 365 days"] / RESULTS["station_stats 365 days"]
        print(f"station statistics: {ratio:.1f}x faster than the baseline")


if __name__ == "__main__":
    main()
