"""SQLite under pressure: a second writer waits instead of failing, two processes migrating at once both come up,
and a full disk, a read-only file or a lock held too long each reach the user as what they are."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from app.core import db as dbmod

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.environ.get("STUDIO_TEST_DB", "sqlite") != "sqlite",
                                reason="SQLite file behaviour")

WRITER = textwrap.dedent("""
    import datetime as dt, sys
    sys.path.insert(0, {root!r})
    from app.core import db as dbmod
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.staff import service as staff
    from app.checkin import commands as checkin
    from app.core.errors import DatabaseUnavailable
    path = sys.argv[1]
    try:
        dbmod.open_database(path)
    except DatabaseUnavailable as e:
        sys.exit(print("REASON", e))
    c = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 9)))
    r = staff.add_staff(c, "王丽", ["receptionist"]); staff.start_shift(c, r.id)
    try:
        for i in range(100000):
            checkin.create_couple(c, order_no=f"YL{{i:06d}}", bride_name="张伟", groom_name="李明",
                                  bride_phone="13812345678", groom_phone="13987654321", package="x",
                                  shoot_date=dt.date(2026, 11, 20), special_requests="x" * 1900)
        print("no failure")
    except Exception as e:
        print("REASON", dbmod.describe_db_error(e))
""").format(root=str(ROOT))


def test_pragmas_full_sync_and_immediate(database):
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database._lock_type == "IMMEDIATE"
    assert "PRAGMA quick_check" not in Path(dbmod.__file__).read_text()


def test_second_writer_waits_for_the_first(ctx, db_path):
    from app.checkin import commands as checkin

    held = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(1.0)
        conn.execute("COMMIT")
        conn.close()

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    t0 = time.monotonic()
    c = checkin.create_couple(ctx, order_no="YL1", bride_name="张伟", groom_name="李明", bride_phone="13812345678",
                              groom_phone="13987654321", package="x", shoot_date=dt.date(2026, 11, 20))
    waited = time.monotonic() - t0
    t.join()
    assert c.id and waited >= 0.5  # it waited for the other counter instead of failing


def test_locked_beyond_the_timeout_says_locked(ctx, db_path, database):
    from app.checkin import commands as checkin

    database.execute_sql("PRAGMA busy_timeout = 200")
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(dbmod.STORE_ERRORS) as e:
            checkin.create_couple(ctx, order_no="YL1", bride_name="张伟", groom_name="李明",
                                  bride_phone="13812345678", groom_phone="13987654321", package="x",
                                  shoot_date=dt.date(2026, 11, 20))
        assert dbmod.describe_db_error(e.value) == "locked"
    finally:
        conn.execute("ROLLBACK")
        conn.close()


MIGRATE = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    from app.core import db as dbmod
    path, go = sys.argv[1], sys.argv[2]
    while not os.path.exists(go):
        time.sleep(0.001)
    dbmod.open_database(path)
    print("UP", dbmod.schema_version())
""").format(root=str(ROOT))


@pytest.mark.parametrize("start", ["new", "old"])
def test_two_processes_migrating_at_once_both_come_up(tmp_path, start):
    from playhouse.migrations import Runner

    path = tmp_path / "studio.db"
    if start == "old":
        d = dbmod.make_database(str(path))
        d.connect()
        Runner(d, directory=str(dbmod.MIGRATIONS_DIR)).up(target="0004_staff_accounts")
        d.close()
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", MIGRATE, str(path), str(go)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    time.sleep(1.5)  # both imported and waiting at the barrier
    go.touch()
    outs = [p.communicate(timeout=120) for p in procs]
    last = max(p.stem for p in dbmod.MIGRATIONS_DIR.glob("[0-9]*.py"))
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert f"UP {last}" in out
    if start == "old":  # the file held a schema: it was backed up before migrating
        from app.core import backup

        assert any(b.reason == "migration" and b.good for b in backup.list_backups(path))


def _unshare_tmpfs() -> bool:
    return sys.platform.startswith("linux") and shutil.which("unshare") is not None and \
        subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


def test_disk_full_names_the_full_disk(tmp_path):
    """A full disk (a 2 MB tmpfs, or a file-size limit where no tmpfs can be mounted): the error says so, not
    "cannot rollback - no transaction is active"."""
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    if _unshare_tmpfs() and os.geteuid() == 0:
        mnt = tmp_path / "mnt"
        mnt.mkdir()
        r = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=2m tmpfs {mnt} && "
                            f"{sys.executable} {script} {mnt}/s.db"], capture_output=True, text=True, timeout=300)
    else:
        pre = ("import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
               "resource.setrlimit(resource.RLIMIT_FSIZE, (2_000_000, 2_000_000)); ")
        r = subprocess.run([sys.executable, "-c", pre + f"import runpy, sys; sys.argv = ['w', {str(tmp_path / 's.db')!r}];"
                            f" runpy.run_path({str(script)!r})"], capture_output=True, text=True, timeout=300)
    assert "REASON disk-full" in r.stdout, r.stdout + r.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_read_only_file_says_read_only(tmp_path):
    path = tmp_path / "s.db"
    dbmod.open_database(str(path))
    dbmod.close_database()
    os.chmod(path, 0o444)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    cmd = [sys.executable, str(script), str(path)]
    if os.geteuid() == 0:  # root writes through permissions: make the folder a read-only mount instead
        if not _unshare_tmpfs():
            pytest.skip("root without mount namespaces")
        cmd = ["unshare", "-m", "sh", "-c", f"mount --bind {tmp_path} {tmp_path} && "
               f"mount -o remount,bind,ro {tmp_path} && {sys.executable} {script} {path}"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert "REASON readonly" in r.stdout, r.stdout + r.stderr


def test_failed_rollback_keeps_the_first_error(database):
    import peewee as pw

    with pytest.raises(pw.IntegrityError):
        with database.atomic():
            database.execute_sql("CREATE TABLE t_x (a INTEGER UNIQUE)")
            database.execute_sql("INSERT INTO t_x VALUES (1)")
            database.execute_sql("ROLLBACK")  # the store ended the transaction on its own (as on a full disk)
            raise pw.IntegrityError("the real cause")
    assert database.execute_sql("SELECT 1").fetchone() == (1,)  # usable again
