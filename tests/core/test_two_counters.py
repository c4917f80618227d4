"""Two counters (two real processes) doing the same thing at the same moment, on SQLite and on PostgreSQL:
the same couple checked in at both, the same locker key lent at both, wrong PINs typed for one person at
both. Each round both processes wait at a barrier file and go together; the database decides, the loser
gets the same friendly message the check gives."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core import db as dbmod
from app.core.errors import PermissionDenied

ROOT = Path(__file__).resolve().parents[2]
START = dt.datetime(2026, 11, 20, 9, 0)
ROUNDS = 8

COUNTER = textwrap.dedent("""
    import datetime as dt, os, sys, time
    sys.path.insert(0, {root!r})
    from app.core import db as dbmod
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.core.errors import Conflict, PermissionDenied
    from app.core.i18n import translate
    from app.wiring import connect_areas
    from app.checkin import commands as checkin
    from app.checkin import queries as checkin_queries
    from app.staff import service as staff
    target, folder, me, action, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5].split(",")
    connect_areas()
    dbmod.open_database(target)
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 9, 0)), operator_id=int(args[0]),
                     terminal="counter-" + me)

    def barrier(i):
        open(os.path.join(folder, f"ready_{{i}}_{{me}}"), "w").close()
        while not os.path.exists(os.path.join(folder, f"go_{{i}}")):
            time.sleep(0.0005)

    for i, arg in enumerate(args[1:]):
        barrier(i)
        try:
            if action == "check_in":
                checkin.check_in_couple(ctx, int(arg))
            elif action == "issue_key":
                visit, locker = arg.split(":")
                checkin.issue_key(ctx, int(visit), locker)
            elif action == "wrong_pin":
                staff.authenticate(ctx, int(arg), "9999")
            print("OK", i, flush=True)
        except Conflict as e:
            if action == "check_in":
                want = translate("Visit", "{{names}} are already checked in.").format(
                    names=checkin_queries.get_couple(int(arg)).names)
            else:
                want = translate("Visit", "Locker {{n}} is already issued.").format(n=arg.split(":")[1])
            print("CONFLICT", i, "same" if str(e) == want else repr(str(e)), flush=True)
        except PermissionDenied as e:
            print("REFUSED", i, str(e).replace(chr(10), " "), flush=True)
        except Exception as e:
            print("ERROR", i, repr(e)[:300], flush=True)
""").format(root=str(ROOT))


def _race(tmp_path: Path, target: str, action: str, args: list[str],
          other: list[str] | None = None) -> list[list[list[str]]]:
    """Run ``action`` on two processes, round by round in step (``args``: the operator's id, then one argument
    a round; ``other``: counter 2's own arguments if they differ); each process's output lines, split."""
    folder = tmp_path / f"barrier_{action}"
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    per_counter = {1: args, 2: other or args}
    procs = [subprocess.Popen([sys.executable, "-c", COUNTER, target, str(folder), str(n), action,
                               ",".join(per_counter[n])], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env) for n in (1, 2)]
    try:
        for i in range(len(args) - 1):
            deadline = time.monotonic() + 120
            while not all((folder / f"ready_{i}_{n}").exists() for n in (1, 2)):
                assert time.monotonic() < deadline, "a counter never reached the barrier"
                assert all(p.poll() is None for p in procs), procs[0].stderr.read() + procs[1].stderr.read()
                time.sleep(0.002)
            (folder / f"go_{i}").touch()
        outs = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    return [[line.split(" ", 2) for line in out.splitlines()] for out, _ in outs]


def _setup(target: str, couples: int):
    from app.checkin import commands as checkin
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.staff import service as staff

    dbmod.open_database(target)
    ctx = AppContext(clock=FixedClock(START))
    r = staff.add_staff(ctx, "王丽", ["receptionist"], pin="1234")
    staff.start_shift(ctx, r.id)
    ids = [checkin.create_couple(ctx, order_no=f"R-{i}", bride_name="张伟", groom_name="李明",
                                 bride_phone="13812345678", groom_phone="13987654321", package="x",
                                 shoot_date=START.date()).id for i in range(couples)]
    return ctx, r.id, ids


def _by_round(outs: list[list[list[str]]]) -> list[list[str]]:
    rounds: dict[int, list[str]] = {}
    for lines in outs:
        for kind, i, *rest in lines:
            rounds.setdefault(int(i), []).append(f"{kind} {rest[0] if rest else ''}".strip())
    return [sorted(rounds[i]) for i in sorted(rounds)]


def test_the_same_couple_checked_in_at_two_counters_at_once(tmp_path, store_target):
    from app.checkin.models import Visit

    _, sid, couples = _setup(store_target, ROUNDS)
    dbmod.close_database()
    outs = _race(tmp_path, store_target, "check_in", [str(sid), *map(str, couples)])
    assert _by_round(outs) == [["CONFLICT same", "OK"]] * ROUNDS  # one wins, the other hears why
    dbmod.open_database(store_target)
    try:
        for c in couples:
            assert Visit.select().where((Visit.couple == c) & Visit.left_at.is_null()).count() == 1
    finally:
        dbmod.close_database()


def test_the_same_locker_key_lent_at_two_counters_at_once(tmp_path, store_target):
    from app.checkin import commands as checkin
    from app.checkin import queries as checkin_queries
    from app.checkin.models import KeyLoan

    ctx, sid, couples = _setup(store_target, 2 * ROUNDS)
    visits = [checkin.check_in_couple(ctx, c).id for c in couples]
    lockers = [lk.number for lk in checkin_queries.free_lockers()][:ROUNDS]
    assert len(lockers) == ROUNDS
    dbmod.close_database()
    # round i: counter 1 lends locker i to one couple, counter 2 the same locker to another
    outs = _race(tmp_path, store_target, "issue_key", [str(sid), *[f"{visits[2 * i]}:{lk}" for i, lk in
                                                                   enumerate(lockers)]],
                 [str(sid), *[f"{visits[2 * i + 1]}:{lk}" for i, lk in enumerate(lockers)]])
    assert _by_round(outs) == [["CONFLICT same", "OK"]] * ROUNDS
    dbmod.open_database(store_target)
    try:
        for lk in lockers:
            assert KeyLoan.select().join(checkin_queries.Locker).where(
                (checkin_queries.Locker.number == lk) & KeyLoan.returned_at.is_null()).count() == 1
    finally:
        dbmod.close_database()


def test_wrong_pins_at_two_counters_lock_her_out_after_five(tmp_path, store_target):
    """Two counters guessing one person's PIN at once: every wrong PIN is counted once in the database (no
    lost update), the fifth locks her out for both, and at most one guess already in flight when the lock
    lands is checked (it is counted too, and refused as locked). Before: each process counted its own, 10
    guesses were checked."""
    from app.core.models import AuditLog
    from app.staff import service as staff
    from app.staff.models import StaffAccount

    ctx, sid, _ = _setup(store_target, 0)
    dbmod.close_database()
    outs = _race(tmp_path, store_target, "wrong_pin", [str(sid), *[str(sid)] * staff.MAX_FAILED])
    dbmod.open_database(store_target)
    try:
        actions = [a for (a,) in AuditLog.select(AuditLog.action).where(
            AuditLog.action.in_(["staff.auth_failed", "staff.auth_lockout"])).tuples()]
        stored = StaffAccount.get(StaffAccount.staff == sid)
        assert actions.count("staff.auth_lockout") == 1
        assert len(actions) == stored.failed_attempts  # every checked guess counted once
        assert staff.MAX_FAILED <= stored.failed_attempts <= staff.MAX_FAILED + 1  # was 10
        assert stored.locked_until == START + dt.timedelta(minutes=staff.LOCK_MINUTES)
        results = [kind for lines in outs for kind, *_ in lines]
        assert results == ["REFUSED"] * (2 * staff.MAX_FAILED)
        with pytest.raises(PermissionDenied):  # locked for every counter, even with the right PIN
            staff.authenticate(ctx, sid, "1234")
    finally:
        dbmod.close_database()
