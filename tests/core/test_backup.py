"""Backups of the SQLite file: taken online, checked, recorded, pruned; restored with the current file kept aside;
the command line (main.py backup / restore); pg_dump for PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from app.core import backup
from app.core import db as dbmod
from app.core.clock import FixedClock

pytestmark = pytest.mark.skipif(os.environ.get("STUDIO_TEST_DB", "sqlite") != "sqlite",
                                reason="SQLite file backups")


def _order_nos() -> set[str]:
    from app.checkin.models import Couple

    return {c.order_no for c in Couple.select()}


def test_backup_is_checked_recorded_and_listed(couple, db_path, clock):
    info = backup.backup_sqlite(db_path, "manual", clock=clock)
    assert info.path.parent == db_path.parent / "backups"
    assert info.check == "ok" and info.good and info.size > 0
    [listed] = backup.list_backups(db_path)
    assert listed.path == info.path and listed.check == "ok" and listed.reason == "manual"
    assert listed.taken_at == clock.now()
    assert backup.integrity(info.path) == "ok"
    assert not (info.path.parent / (info.path.name + "-wal")).exists()  # one self-contained file


def test_start_up_backup_at_most_once_a_day(ctx, db_path, clock):
    assert backup.daily_backup(db_path, clock) is not None
    clock.advance(hours=3)
    assert backup.daily_backup(db_path, clock) is None
    clock.advance(days=1)
    assert backup.daily_backup(db_path, clock) is not None
    assert len(backup.list_backups(db_path)) == 2


def test_old_backups_pruned_but_the_last_few_kept(ctx, db_path):
    clock = FixedClock(dt.datetime(2026, 1, 1, 9))
    for _ in range(backup.KEEP_LAST + 3):
        backup.backup_sqlite(db_path, "start", clock=clock)
        clock.advance(days=10)
    kept = backup.list_backups(db_path)
    # the newest KEEP_LAST are kept whatever their age; older ones only while within KEEP_DAYS
    assert len(kept) == backup.KEEP_LAST
    clock.advance(days=365)
    backup.backup_sqlite(db_path, "manual", clock=clock)
    assert len(backup.list_backups(db_path)) == backup.KEEP_LAST


def test_a_damaged_backup_is_recorded_as_such(ctx, db_path, clock):
    info = backup.backup_sqlite(db_path, "manual", clock=clock)
    data = bytearray(info.path.read_bytes())
    for page in range(1, len(data) // 4096):  # trash every page header after the first
        data[page * 4096: page * 4096 + 12] = b"\xff" * 12
    info.path.write_bytes(bytes(data))
    assert backup.integrity(info.path) != "ok"
    clock.advance(minutes=1)
    good = backup.backup_sqlite(db_path, "manual", clock=clock)
    assert backup.newest_good_backup(db_path).path == good.path


def test_restore_brings_the_backup_back_and_keeps_the_current_file(ctx, couple, db_path, clock):
    from app.checkin import commands as checkin

    taken = backup.backup_sqlite(db_path, "manual", clock=clock)
    checkin.create_couple(ctx, order_no="YL-AFTER", bride_name="王芳", groom_name="赵强", bride_phone="13700000000",
                          groom_phone="13600000000", package="x", shoot_date=dt.date(2026, 11, 21))
    assert "YL-AFTER" in _order_nos()
    clock.advance(minutes=5)
    aside = backup.restore_sqlite(db_path, taken.path, clock=clock)
    dbmod.open_database(str(db_path))
    assert _order_nos() == {couple.order_no}  # as it was at the backup
    assert aside.exists() and backup.integrity(aside) == "ok"
    assert any(b.reason == "before-restore" for b in backup.list_backups(db_path))


def test_restore_over_a_corrupt_file(ctx, couple, db_path, clock):
    taken = backup.backup_sqlite(db_path, "manual", clock=clock)
    dbmod.close_database()
    for suffix in ("-wal", "-shm"):
        (db_path.parent / (db_path.name + suffix)).unlink(missing_ok=True)
    db_path.write_bytes(b"garbage" * 4000)
    with pytest.raises(dbmod.DatabaseUnavailable):
        dbmod.open_database(str(db_path))
    assert backup.newest_good_backup(db_path).path == taken.path
    aside = backup.restore_sqlite(db_path, taken.path, clock=clock)
    assert aside.read_bytes().startswith(b"garbage")  # the damaged file is kept as it was
    dbmod.open_database(str(db_path))
    assert _order_nos() == {couple.order_no}


def test_restore_refuses_a_bad_backup(ctx, db_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope" * 100)
    with pytest.raises(backup.BackupError):
        backup.restore_sqlite(db_path, bad)


def test_command_line_backup_and_restore(tmp_path, capsys):
    import main

    path = tmp_path / "demo.db"
    dbmod.open_database(str(path))
    from app.checkin.models import Couple
    assert Couple.select().count() == 0
    dbmod.close_database()
    out = tmp_path / "copy.db"
    assert main.main(["--db", str(path), "backup", "-o", str(out)]) == 0
    assert "integrity_check: ok" in capsys.readouterr().out
    assert main.main(["--db", str(path), "backup"]) == 0
    assert len(backup.list_backups(path)) == 1
    assert main.main(["--db", str(path), "restore", str(out)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert main.main(["--db", str(tmp_path / "missing.db"), "backup"]) == 2
    dbmod.close_database()


def test_postgresql_backup_without_pg_dump_says_so(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(backup.BackupError, match="pg_dump is not installed"):
        backup.backup_postgresql("postgresql://u@127.0.0.1:1/x", None)


def test_postgresql_backup_with_pg_dump(pg_server, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("no pg_dump")
    from tests.pg_cluster import create_database

    url = create_database(pg_server, "t_backup")
    dbmod.open_database(url)
    dbmod.close_database()
    out = backup.backup_postgresql(url, tmp_path / "x.dump")
    assert out.stat().st_size > 1000 and out.read_bytes().startswith(b"PGDMP")
