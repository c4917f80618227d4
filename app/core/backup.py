"""Backups of the SQLite file, and restoring one.

Backups are written with SQLite's online backup API (a consistent copy while other counters keep working)
into a ``backups`` folder beside the database, then checked with ``PRAGMA integrity_check``. Their check
results live beside each backup (``NAME.db.json``: time, reason, size, integrity_check result) rather than in a
table of the database: the list must still be readable when the database itself is damaged (the corrupt-file
dialog offers the newest good backup), a restore must not roll the record of the backups back with the data,
and two counters backing up at once (both start before a migration) each write their own small file.

Kept: every backup of the last ``KEEP_DAYS`` days, plus the last ``KEEP_LAST`` whatever their age.
PostgreSQL: ``pg_dump`` when it is on PATH (the server's own schedule is the real backup, see the README).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee as pw

from app.core.clock import Clock, SystemClock

log = logging.getLogger(__name__)

KEEP_DAYS = 30
KEEP_LAST = 5
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(Exception):
    """A backup or restore could not be done; the message says why (plain language, English)."""


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    reason: str  # start | migration | manual | before-restore
    check: str  # "ok", the first problem integrity_check found, or "" (not checked)

    @property
    def good(self) -> bool:
        return self.check == "ok"


def backups_dir(db_path: str | Path) -> Path:
    return Path(db_path).expanduser().resolve().parent / "backups"


def current_db_path(database: pw.Database | None = None) -> Path | None:
    """The file behind an SQLite database (None for PostgreSQL or an in-memory store)."""
    from app.core.db import db

    database = database or db.obj
    if isinstance(database, pw.SqliteDatabase) and database.database not in ("", ":memory:"):
        return Path(database.database).expanduser().resolve()
    return None


# ---------------------------------------------------------------- manifest

def _meta_path(backup_file: Path) -> Path:
    return backup_file.with_name(backup_file.name + ".json")


def _read_meta(backup_file: Path) -> dict:
    try:
        data = json.loads(_meta_path(backup_file).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_meta(backup_file: Path, data: dict) -> None:
    tmp = backup_file.with_name(f"{backup_file.name}.json.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, _meta_path(backup_file))


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    out = []
    for p in folder.glob(f"{stem}-*.db"):
        meta = _read_meta(p)
        taken = _taken_at(p, stem, meta)
        if taken is None:
            continue
        try:
            size = p.stat().st_size
        except OSError:
            continue
        if size == 0:
            continue  # being written right now
        out.append(BackupInfo(p, taken, size, meta.get("reason", _reason_from_name(p, stem)), meta.get("check", "")))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def _taken_at(p: Path, stem: str, meta: dict) -> dt.datetime | None:
    if meta.get("taken_at"):
        try:
            return dt.datetime.fromisoformat(meta["taken_at"])
        except ValueError:
            pass
    rest = p.stem[len(stem) + 1:]
    try:
        return dt.datetime.strptime(rest[:15], _STAMP)
    except ValueError:
        return None


REASONS = ("before-restore", "migration", "manual", "start")


def _reason_from_name(p: Path, stem: str) -> str:
    rest = p.stem[len(stem) + 1 + 15:].lstrip("-")
    return next((r for r in REASONS if rest.startswith(r)), "manual")


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.good), None)


# ---------------------------------------------------------------- taking backups

def integrity(path: Path) -> str:
    """``ok`` or the first problem ``PRAGMA integrity_check`` reports (or why the file cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
        return str(row[0]) if row else "no answer"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def backup_sqlite(db_path: str | Path, reason: str = "manual", output: str | Path | None = None,
                  clock: Clock | None = None) -> BackupInfo:
    """Copy the live database with the backup API, check the copy, record the result, prune old backups.

    Raises BackupError when the copy cannot be made (the message names the cause)."""
    from app.core.db import describe_db_error

    src_path = Path(db_path).expanduser().resolve()
    now = (clock or SystemClock()).now()
    folder = backups_dir(src_path)
    if output is None:
        folder.mkdir(parents=True, exist_ok=True)
        target = _reserve(folder, f"{src_path.stem}-{now.strftime(_STAMP)}-{reason}")
    else:
        target = Path(output).expanduser().resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if output is None:
            target.unlink(missing_ok=True)
        raise BackupError(describe_db_error(exc)) from exc
    check = integrity(tmp)
    os.replace(tmp, target)
    info = BackupInfo(target, now, target.stat().st_size, reason, check)
    if target.parent == folder:
        _write_meta(target, {"taken_at": now.isoformat(), "reason": reason, "check": check, "size": info.size})
        prune(src_path, now)
    log.info("backup %s: %s (%s bytes), check %s", reason, target, info.size, check)
    return info


def prune(db_path: str | Path, now: dt.datetime) -> list[Path]:
    """Delete backups older than KEEP_DAYS, keeping the newest KEEP_LAST whatever their age."""
    backups = list_backups(db_path)
    removed = []
    for b in backups[KEEP_LAST:]:
        if now - b.taken_at > dt.timedelta(days=KEEP_DAYS):
            try:
                b.path.unlink()
                _meta_path(b.path).unlink(missing_ok=True)
                removed.append(b.path)
            except OSError:
                pass
    return removed


def _reserve(folder: Path, base: str) -> Path:
    """A new file name in ``folder`` that no other process has taken (created empty, exclusively)."""
    n = 1
    while True:
        target = folder / (f"{base}.db" if n == 1 else f"{base}-{n}.db")
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return target
        except FileExistsError:
            n += 1


def daily_backup(db_path: str | Path, clock: Clock | None = None) -> BackupInfo | None:
    """The start-up backup: at most one a day (None when today's already exists)."""
    today = (clock or SystemClock()).now().date()
    if any(b.taken_at.date() == today and b.reason != "before-restore" for b in list_backups(db_path)):
        return None
    return backup_sqlite(db_path, "start", clock=clock)


def backup_before_migration(database: pw.SqliteDatabase) -> BackupInfo | None:
    path = current_db_path(database)
    if path is None:
        return None
    try:
        return backup_sqlite(path, "migration")
    except BackupError as exc:
        log.warning("no backup before the migration: %s", exc)
        return None


def start_daily_backup_in_background(clock: Clock | None = None) -> threading.Thread | None:
    """Run the start-up backup off the UI thread (it reads the whole file)."""
    path = current_db_path()
    if path is None:
        return None

    def work() -> None:
        try:
            daily_backup(path, clock)
        except BackupError as exc:
            log.warning("start-up backup failed: %s", exc)

    t = threading.Thread(target=work, name="daily-backup", daemon=True)
    t.start()
    return t


# ---------------------------------------------------------------- restoring

def restore_sqlite(db_path: str | Path, backup_file: str | Path, clock: Clock | None = None) -> Path | None:
    """Replace the database at ``db_path`` by ``backup_file``; the current file is copied aside first (into the
    backups folder, reason ``before-restore``). Returns where the current file went. The caller reopens
    the database (app.core.db.open_database) afterwards.

    Raises BackupError when the backup is not a good copy or the file cannot be written."""
    from app.core.db import close_database, current_target_is, describe_db_error

    db_path = Path(db_path).expanduser().resolve()
    backup_file = Path(backup_file).expanduser().resolve()
    if not backup_file.is_file():
        raise BackupError(f"no such backup: {backup_file}")
    check = integrity(backup_file)
    if check != "ok":
        raise BackupError(f"the backup fails its integrity check: {check}")
    if current_target_is(db_path):
        close_database()
    now = (clock or SystemClock()).now()
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    aside = None
    if db_path.exists():
        try:
            aside = backup_sqlite(db_path, "before-restore", clock=clock).path
        except BackupError:
            aside = _reserve(folder, f"{db_path.stem}-{now.strftime(_STAMP)}-before-restore")
            # A damaged file cannot be read through SQLite: keep its bytes (and its WAL) as they are.
            for suffix in ("", "-wal"):
                f = Path(str(db_path) + suffix)
                if f.exists():
                    shutil.copy2(f, Path(str(aside) + suffix))
            _write_meta(aside, {"taken_at": now.isoformat(), "reason": "before-restore", "check": integrity(aside),
                                "size": aside.stat().st_size})
    try:
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            try:
                dst = sqlite3.connect(db_path, timeout=30)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            except sqlite3.DatabaseError:
                # The current file is too damaged to be written through SQLite: start from an empty file.
                for suffix in ("", "-wal", "-shm"):
                    Path(str(db_path) + suffix).unlink(missing_ok=True)
                dst = sqlite3.connect(db_path)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(describe_db_error(exc)) from exc
    log.info("restored %s from %s (the previous file is %s)", db_path, backup_file, aside)
    return aside


# ---------------------------------------------------------------- PostgreSQL

def backup_postgresql(url: str, output: str | Path | None, clock: Clock | None = None) -> Path:
    """``pg_dump`` the server's database into ``output`` (custom format). Raises BackupError when pg_dump is not
    installed or fails."""
    exe = shutil.which("pg_dump")
    if exe is None:
        raise BackupError("pg_dump is not installed on this computer (it comes with the PostgreSQL client "
                          "tools). Back the server up on the server itself, see the README.")
    parts = urlparse(url)
    now = (clock or SystemClock()).now()
    dbname = unquote(parts.path.lstrip("/"))
    out = Path(output) if output else Path.cwd() / f"{dbname}-{now.strftime(_STAMP)}.dump"
    env = dict(os.environ)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    cmd = [exe, "--format=custom", "--file", str(out), "--dbname", dbname]
    if parts.hostname:
        cmd += ["--host", parts.hostname]
    if parts.port:
        cmd += ["--port", str(parts.port)]
    if parts.username:
        cmd += ["--username", unquote(parts.username)]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=3600)
    if r.returncode != 0:
        out.unlink(missing_ok=True)
        raise BackupError("pg_dump failed: " + " ".join((r.stderr or r.stdout).split())[-400:])
    return out
