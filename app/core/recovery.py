"""What the desktop app needs around backups and a store in trouble: the backups of the open file, restoring one
(supervisor, PIN) and reopening on it, and a cheap probe that tells whether the store answers again.

The file work itself lives in app.core.backup; this module adds who may do it, the audit entry, and the reopen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import peewee as pw

from app.core import backup
from app.core.clock import Clock
from app.core.context import AppContext
from app.core.db import STORE_ERRORS, db, describe_db_error, open_database
from app.core.errors import DomainError

#: Reasons a store gives while it is (perhaps only for a while) out of reach; the UI shows a banner and retries.
TRANSIENT_REASONS = ("unreachable", "locked", "readonly", "cannot-open", "disk-full")


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    restored: backup.BackupInfo
    aside: Path | None  # where the file in use before the restore was copied


def open_file() -> Path | None:
    """The SQLite file in use (None for PostgreSQL)."""
    return backup.current_db_path()


def backups() -> list[backup.BackupInfo]:
    """Backups of the open SQLite file, newest first (empty for PostgreSQL)."""
    path = open_file()
    return backup.list_backups(path) if path is not None else []


def last_good_backup() -> backup.BackupInfo | None:
    path = open_file()
    return backup.newest_good_backup(path) if path is not None else None


def back_up_now(path: Path, clock: Clock | None = None) -> backup.BackupInfo:
    """A checked backup of ``path`` (safe off the UI thread: its own SQLite connections). Raises BackupError."""
    return backup.backup_sqlite(path, "manual", clock=clock)


def start_up_backup(path: Path, clock: Clock | None = None) -> backup.BackupInfo | None:
    """Today's start-up backup of ``path`` unless one exists already (safe off the UI thread)."""
    return backup.daily_backup(path, clock)


def changes_since(at: dt.datetime) -> int:
    """How many audited changes were saved after ``at`` (what a restore to a backup of that time loses)."""
    from app.core.models import AuditLog

    try:
        return AuditLog.select().where(AuditLog.at > at).count()
    except STORE_ERRORS:
        return -1  # the file cannot even be read: the count is unknown


def restore_backup(ctx: AppContext, staff_id: int | None, pin: str | None, backup_file: str | Path) -> RestoreResult:
    """Replace the open SQLite file by ``backup_file`` (a supervisor, with her PIN), keep the current file aside,
    reopen the store on the restored file and record the restore in its audit trail."""
    from app.staff.service import authenticate_supervisor

    path = open_file()
    if path is None:
        raise DomainError("Restoring a backup works on an SQLite file only; a database server is restored "
                          "on the server (see the README).")
    authenticate_supervisor(ctx, staff_id, pin)
    return _restore(ctx, path, Path(backup_file), staff_id)


def restore_damaged(ctx: AppContext, path: str | Path, backup_file: str | Path) -> RestoreResult:
    """Restore ``backup_file`` over a damaged file (no PIN can be checked in a file that cannot be read: the
    user confirmed in the corrupt-file dialog), then open the store on it."""
    return _restore(ctx, Path(path), Path(backup_file), None)


def _restore(ctx: AppContext, path: Path, backup_file: Path, staff_id: int | None) -> RestoreResult:
    from app.core import audit

    info = next((b for b in backup.list_backups(path) if b.path == backup_file.resolve()), None)
    if info is None:
        raise backup.BackupError(f"no such backup: {backup_file}")
    aside = backup.restore_sqlite(path, backup_file, ctx.clock)
    open_database(str(path))
    actor = dataclasses.replace(ctx, operator_id=staff_id) if staff_id is not None else ctx
    with db.atomic():
        audit.record(actor, "backup.restore", table="backup", after={
            "backup": info.path.name, "taken_at": info.taken_at.isoformat(),
            "previous_file": aside.name if aside else ""})
    return RestoreResult(info, aside)


def probe_store() -> str | None:
    """None when the open store answers (and takes a write lock, for SQLite), else the reason it does not.

    Runs off the UI thread: SQLite through its own short-lived connection (0.5 s busy wait), PostgreSQL through
    this thread's own peewee connection, closed afterwards."""
    database = db.obj
    if database is None:
        return "cannot-open"
    path = backup.current_db_path(database)
    if path is not None:
        if not path.exists():
            return "unreachable"  # the share (or the disk) holding the file is gone
        try:
            conn = sqlite3.connect(path, timeout=0.5)
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.rollback()
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as exc:
            return describe_db_error(exc, database)
        from app.core.db import file_is_read_only

        return "readonly" if file_is_read_only(database) else None
    try:
        database.connect(reuse_if_open=True)
        try:
            database.execute_sql("SELECT 1").fetchone()
        finally:
            database.close()
    except (*STORE_ERRORS, pw.InterfaceError, OSError) as exc:
        return describe_db_error(exc, database)
    return None
