"""Several counters working flat out on one store: operations per second, p95 per operation, errors.

    uv run python bench/load.py                              # 2, 4, 8 counters, 60 s each, SQLite and PostgreSQL
    uv run python bench/load.py --counters 4 --seconds 20 --backend sqlite
    uv run python bench/load.py --smoke                      # 2 counters, 3 s, SQLite (what CI's test runs)

Each counter is its own process, with its own receptionist on shift, and loops through the real services
as a busy counter does: search a couple, new order, check-in, lend a locker key, start and sign a flow step
(PIN), complaint intake, return the key, check-out. All counters start together (a barrier file) and stop
after ``--seconds``. Every operation is timed; an error is counted by kind: ``locked`` (the database refused
instead of waiting), ``conflict`` (the project's Conflict: another counter got there first), ``error``
(anything else). Afterwards the parent checks that every acknowledged write is in the store (each new order
with its search terms, each case number, each check-out). PostgreSQL runs on a throw-away cluster
(tests/pg_cluster.py) on this machine. Exits 1 when something acknowledged is missing, or (``--strict``) on any
``locked`` or ``error``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PIN = "739153"
OPS = ("search", "new_order", "check_in", "key_out", "flow_step", "intake", "key_back", "check_out")

COUNTER = textwrap.dedent("""
    import datetime as dt, json, os, random, sys, time
    sys.path.insert(0, {root!r})
    from app.core import db as dbmod
    from app.core.clock import SystemClock
    from app.core.context import AppContext
    from app.core.errors import Conflict, DatabaseUnavailable, DomainError
    from app.wiring import connect_areas
    from app.checkin import commands as checkin
    from app.checkin import queries as checkin_queries
    from app.complaints import cases, config
    from app.flow import machine
    from app.flow.board import current_flow_of
    from app.staff.models import Staff
    target, folder, me, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    connect_areas()
    dbmod.open_database(target)
    staff_id = Staff.get(Staff.name == f"前台{{me}}").id
    boss_id = Staff.get(Staff.name == "黄蓉").id
    ctx = AppContext(clock=SystemClock(), operator_id=staff_id, terminal=f"counter-{{me}}")
    category = config.categories()[0].id
    from app.checkin.search import pinyin_forms
    pinyin_forms("林小雨")  # the first search terms load pypinyin: before the clock starts
    rnd = random.Random(me)
    names = ["王", "李", "张", "刘", "陈", "wl", "zw", "5678", "YL"]
    times = {{}}
    errors = {{}}
    acked = {{"couple": [], "complaint": [], "left": []}}

    def timed(op, fn):
        t = time.perf_counter()
        try:
            out = fn()
        except Conflict:
            errors.setdefault(op, {{}}).setdefault("conflict", 0)
            errors[op]["conflict"] += 1
            return None
        except (DatabaseUnavailable, DomainError, Exception) as e:
            kind = "locked" if "locked" in str(e).lower() or "busy" in str(e).lower() else "error"
            errors.setdefault(op, {{}}).setdefault(kind, 0)
            errors[op][kind] += 1
            errors.setdefault("_samples", []).append(
                f"{{op}} after {{(time.perf_counter() - t) * 1000:.0f}} ms: {{type(e).__name__}}: {{str(e)[:160]}}")
            return None
        times.setdefault(op, []).append(time.perf_counter() - t)
        return out

    open(os.path.join(folder, f"ready_{{me}}"), "w").close()
    while not os.path.exists(os.path.join(folder, "go")):
        time.sleep(0.001)
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        timed("search", lambda: checkin_queries.search_couples(rnd.choice(names)))
        order = f"L{{me}}-{{n:06d}}"
        c = timed("new_order", lambda: checkin.create_couple(
            ctx, order_no=order, bride_name="林小雨", groom_name="陈浩", bride_phone=f"139{{me:02d}}{{n:06d}}",
            package="韩式经典套系", shoot_date=ctx.today()))
        if c is None:
            continue
        acked["couple"].append(order)
        v = timed("check_in", lambda: checkin.check_in_couple(ctx, c.id, "shoot"))
        if v is None:
            continue
        loan = timed("key_out", lambda: checkin.issue_key(ctx, v.id, f"K{{me}}"))
        flow = current_flow_of(c.id)
        if flow is not None:
            step = next(s for s in machine.load_steps(flow.id) if not s.finished)
            def one_step():
                if step.state != "in_progress":  # check-in already starts the reception step
                    machine.start_step(ctx, step.id, staff_id, confirm_requests=True)
                return machine.sign_off(ctx, step.id, staff_id, {pin!r})
            timed("flow_step", one_step)
        k = timed("intake", lambda: cases.create_complaint(
            ctx, complainant="林小雨", channel="phone", category_id=category, contact="13800001111",
            promised_reply_at=ctx.now() + dt.timedelta(hours=2), description="等了很久，没人接待",
            reported_to_id=boss_id, reported_at=ctx.now(), wants="道歉"))
        if k is not None:
            acked["complaint"].append(k.case_no)
        if loan is not None:
            timed("key_back", lambda: checkin.return_key(ctx, loan.id))
        if timed("check_out", lambda: checkin.check_out(ctx, v.id)) is not None:
            acked["left"].append(v.id)
    print(json.dumps({{"times": times, "errors": errors, "acked": acked}}), flush=True)
""")


def prepare(target: str, counters: int, couples: int = 200) -> None:
    """Migrate the store and put one receptionist per counter on shift, each with her own locker."""
    from app.checkin import commands as checkin
    from app.checkin.lockers import add_locker
    from app.core import db as dbmod
    from app.core.clock import SystemClock
    from app.core.context import AppContext
    from app.staff import service as staff
    from app.staff.roles import ROLE_CODES, SUPERVISOR_ROLES

    dbmod.open_database(target)
    ctx = AppContext(clock=SystemClock(), terminal="setup")
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    workers = [r for r in ROLE_CODES if r not in SUPERVISOR_ROLES]
    for i in range(1, counters + 1):
        s = staff.add_staff(ctx, f"前台{i}", workers, pin=PIN)
        staff.start_shift(AppContext(clock=ctx.clock, terminal=f"counter-{i}"), s.id)
        add_locker(ctx, boss.id, PIN, f"K{i}", "前台")
    for i in range(couples):  # something to search
        checkin.create_couple(ctx, order_no=f"YL-{i:05d}", bride_name="王小丽" if i % 3 else "张伟",
                              groom_name="李明", bride_phone=f"138{i:08d}", package="韩式经典套系")
    dbmod.close_database()


def missing(target: str, acked: dict[str, list]) -> list[str]:
    """Acknowledged writes that are not in the store (or not whole)."""
    from app.checkin.models import Couple, SearchTerm, Visit
    from app.complaints.models import Complaint
    from app.core import db as dbmod

    dbmod.open_database(target, migrate=False)
    try:
        lost = []
        have = {c.order_no: c.id for c in Couple.select(Couple.id, Couple.order_no)
                .where(Couple.order_no.in_(acked["couple"]))} if acked["couple"] else {}
        termed = {t.couple_id for t in SearchTerm.select(SearchTerm.couple)} if have else set()
        lost += [f"order {o}" for o in acked["couple"] if o not in have or have[o] not in termed]
        cases = {c.case_no for c in Complaint.select(Complaint.case_no)}
        lost += [f"case {n}" for n in acked["complaint"] if n not in cases]
        left = {v.id for v in Visit.select(Visit.id).where(Visit.left_at.is_null(False))}
        lost += [f"check-out of visit {v}" for v in acked["left"] if v not in left]
        return lost
    finally:
        dbmod.close_database()


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))] if xs else 0.0


def run_once(target: str, counters: int, seconds: float, folder: Path, couples: int = 200) -> dict:
    prepare(target, counters, couples)
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = COUNTER.format(root=str(ROOT), pin=PIN)
    procs = [subprocess.Popen([sys.executable, "-c", script, target, str(folder), str(i), str(seconds)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for i in range(1, counters + 1)]
    try:
        deadline = time.monotonic() + 120
        while not all((folder / f"ready_{i}").exists() for i in range(1, counters + 1)):
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                raise RuntimeError("a counter did not start: " + "".join(p.stderr.read() for p in procs
                                                                           if p.poll() is not None))
            time.sleep(0.01)
        (folder / "go").touch()
        outs = [p.communicate(timeout=seconds + 300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    times: dict[str, list[float]] = {}
    errors: dict[str, dict[str, int]] = {}
    acked: dict[str, list] = {"couple": [], "complaint": [], "left": []}
    samples: list[str] = []
    for p, (out, err) in zip(procs, outs, strict=True):
        if p.returncode != 0 or not out.strip():
            raise RuntimeError(f"a counter failed (exit {p.returncode}): {err[-2000:]}")
        r = json.loads(out.strip().splitlines()[-1])
        for op, xs in r["times"].items():
            times.setdefault(op, []).extend(xs)
        for op, kinds in r["errors"].items():
            if op == "_samples":
                samples += kinds
                continue
            for kind, n in kinds.items():
                errors.setdefault(op, {}).setdefault(kind, 0)
                errors[op][kind] += n
        for k in acked:
            acked[k] += r["acked"][k]
    return {"counters": counters, "seconds": seconds, "times": times, "errors": errors, "samples": samples[:5],
            "lost": missing(target, acked), "acked": sum(len(v) for v in acked.values())}


def report(backend: str, r: dict) -> str:
    lines = [f"\n{backend}, {r['counters']} counters, {r['seconds']:g} s: {r['acked']} acknowledged writes, "
             f"{len(r['lost'])} lost"]
    lines.append(f"  {'operation':<10} {'ops/s':>7} {'p95 ms':>8} {'locked':>7} {'conflict':>8} {'error':>6}")
    total = 0
    for op in OPS:
        xs = r["times"].get(op, [])
        e = r["errors"].get(op, {})
        total += len(xs)
        lines.append(f"  {op:<10} {len(xs) / r['seconds']:>7.1f} {p95(xs) * 1000:>8.1f} {e.get('locked', 0):>7} "
                     f"{e.get('conflict', 0):>8} {e.get('error', 0):>6}")
    lines.append(f"  {'all':<10} {total / r['seconds']:>7.1f}")
    lines += [f"  lost: {x}" for x in r["lost"][:10]]
    lines += [f"  sample error: {s}" for s in r["samples"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counters", default="2,4,8", help="comma-separated counts of counters (default 2,4,8)")
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--backend", default="sqlite,postgresql")
    ap.add_argument("--smoke", action="store_true", help="2 counters, 3 s, SQLite")
    ap.add_argument("--strict", action="store_true", help="exit 1 on any 'locked' or unexpected error")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)
    if a.smoke:
        a.counters, a.seconds, a.backend = "2", 3.0, "sqlite"
    counts = [int(x) for x in a.counters.split(",")]
    results = []
    bad = False
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="studio-load-") as tmp:
        server = None
        for backend in a.backend.split(","):
            for n in counts:
                if backend == "sqlite":
                    target = str(Path(tmp) / f"load-{n}.db")
                else:
                    from tests.pg_cluster import cluster, create_database

                    if server is None:
                        server = stack.enter_context(cluster())
                    target = create_database(server, f"load_{n}")
                r = run_once(target, n, a.seconds, Path(tmp) / f"{backend}-{n}")
                r["backend"] = backend
                print(report(backend, r), flush=True)
                results.append(r)
                bad |= bool(r["lost"])
                if a.strict:
                    bad |= any(e.get("locked") or e.get("error") for e in r["errors"].values())
    if a.json:
        a.json.write_text(json.dumps([{k: v for k, v in r.items() if k != "times"} | {
            "p95_ms": {op: p95(xs) * 1000 for op, xs in r["times"].items()},
            "ops": {op: len(xs) for op, xs in r["times"].items()}} for r in results], indent=1, ensure_ascii=False))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
