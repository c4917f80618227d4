"""Kill a writing counter at random moments and check that nothing acknowledged is lost (SQLite).

    uv run python bench/crash.py                 # 100 kills (about a minute and a half)
    uv run python bench/crash.py --kills 300 --backups

A writer process works flat out through the real services (new order, check-in, key lent, complaint
intake, check-out) and prints ``ACK kind value`` after each write has committed. The parent SIGKILLs it
a random 20–400 ms after it is ready, then opens the file: ``PRAGMA integrity_check`` must say ok, and every
acknowledged write must be there, whole (a couple with its search terms, a visit with its audit entry, a
complaint with its case number and first log line). With ``--backups`` the parent also takes an online
backup while the writer runs and checks the backup's integrity. Prints one line per figure; exits 1 on any
loss. ``tests/core/test_crash.py`` runs a handful of kills in CI.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WRITER = textwrap.dedent("""
    import datetime as dt, sys
    sys.path.insert(0, {root!r})
    from app.core import db as dbmod
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.wiring import connect_areas
    from app.checkin import commands as checkin
    from app.complaints import cases, config
    from app.staff import service as staff
    from app.staff.models import Staff
    path, start = sys.argv[1], int(sys.argv[2])
    connect_areas()
    dbmod.open_database(path)
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 9, 0)), terminal="counter-1")
    me = Staff.get_or_none(Staff.name == "王丽") or staff.add_staff(ctx, "王丽", ["receptionist"])
    boss = Staff.get_or_none(Staff.name == "黄蓉") or staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    ctx = AppContext(clock=ctx.clock, operator_id=me.id, terminal="counter-1")
    category = config.categories()[0].id
    from app.checkin.search import pinyin_forms
    pinyin_forms("林小雨")  # pypinyin loads on the first search terms: before the clock starts
    print("READY", flush=True)
    n = start
    while True:
        n += 1
        order = f"CR{{n:07d}}"
        c = checkin.create_couple(ctx, order_no=order, bride_name="林小雨", groom_name="陈浩",
                                  bride_phone="138{{:08d}}".format(n))
        print("ACK couple", order, flush=True)
        v = checkin.check_in_couple(ctx, c.id, "shoot")
        print("ACK visit", v.id, flush=True)
        k = cases.create_complaint(ctx, complainant="林小雨", channel="phone", category_id=category,
                                   contact="13800001111", promised_reply_at=ctx.now() + dt.timedelta(hours=2),
                                   description="等了很久" * 5, reported_to_id=boss.id, reported_at=ctx.now(),
                                   wants="道歉")
        print("ACK complaint", k.case_no, flush=True)
        checkin.check_out(ctx, v.id)
        print("ACK left", v.id, flush=True)
""")


def check(path: Path, acked: list[tuple[str, str]]) -> list[str]:
    """What is wrong with the file after a kill: an empty list when every acknowledged write is whole."""
    con = sqlite3.connect(path)
    try:
        problems = []
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        for kind, value in acked:
            if kind == "couple":
                row = con.execute("SELECT id FROM couple WHERE order_no = ?", (value,)).fetchone()
                if row is None or not con.execute("SELECT 1 FROM search_term WHERE couple_id = ?", row).fetchone():
                    problems.append(f"couple {value} lost or without its search terms")
            elif kind == "visit":
                if not con.execute("SELECT 1 FROM visit WHERE id = ?", (int(value),)).fetchone():
                    problems.append(f"visit {value} lost")
                elif not con.execute("SELECT 1 FROM audit_log WHERE table_name = 'visit' AND record_id = ?",
                                     (int(value),)).fetchone():
                    problems.append(f"visit {value} without its audit entry")
            elif kind == "complaint":
                row = con.execute("SELECT id FROM complaint WHERE case_no = ?", (value,)).fetchone()
                if row is None or not con.execute("SELECT 1 FROM complaint_log WHERE complaint_id = ?",
                                                  row).fetchone():
                    problems.append(f"complaint {value} lost or without its log")
            elif kind == "left":
                row = con.execute("SELECT left_at FROM visit WHERE id = ?", (int(value),)).fetchone()
                if row is None or row[0] is None:
                    problems.append(f"check-out of visit {value} lost")
        return problems
    finally:
        con.close()


def run(kills: int, folder: Path, backups: bool = False, seed: int = 1) -> dict:
    """Kill the writer ``kills`` times; returns the figures (and every problem found)."""
    rnd = random.Random(seed)
    path = folder / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    acked_total = 0
    problems: list[str] = []
    backups_ok = 0
    start = 0
    for i in range(kills):
        p = subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT)), str(path), str(start)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        first = p.stdout.readline() if p.stdout is not None else ""  # READY: imported, opened, migrated
        time.sleep(rnd.uniform(0.02, 0.4))
        if backups and i % 5 == 0:
            from app.core import backup

            info = backup.backup_sqlite(path, "manual", output=folder / f"b{i}.db")
            backups_ok += info.good
            (folder / f"b{i}.db").unlink(missing_ok=True)
        p.send_signal(signal.SIGKILL)
        out, err = p.communicate(timeout=60)
        out = first + out
        acked = [tuple(line.split(" ", 2)[1:]) for line in out.splitlines() if line.startswith("ACK ")]
        if p.returncode not in (-signal.SIGKILL, 0) and "Traceback" in err:
            problems.append(f"writer failed before the kill: {err.strip().splitlines()[-1]}")
        found = check(path, acked)  # type: ignore[arg-type]
        problems += [f"kill {i + 1}: {x}" for x in found]
        acked_total += len(acked)
        start += 10_000  # the next writer's order numbers never collide with a half-done one's
    return {"kills": kills, "acknowledged": acked_total, "problems": problems,
            "backups": (kills + 4) // 5 if backups else 0, "backups_ok": backups_ok}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--backups", action="store_true", help="also take online backups while the writer runs")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="studio-crash-") as d:
        r = run(args.kills, Path(d), args.backups, args.seed)
    print(f"kills: {r['kills']}; acknowledged writes: {r['acknowledged']}; lost or half-saved: "
          f"{len(r['problems'])}")
    if args.backups:
        print(f"online backups during writes: {r['backups']}, integrity ok: {r['backups_ok']}")
    for p in r["problems"][:20]:
        print("  " + p)
    return 1 if r["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
