"""Storage: one peewee DatabaseProxy, opened on an SQLite file (default) or a database URL.

SQLite runs in WAL mode with foreign keys on, a busy timeout and synchronous=FULL (a power cut keeps every
acknowledged commit), and every transaction starts ``BEGIN IMMEDIATE``: a second counter that wants to write
waits up to the busy timeout for the first one instead of failing at once with "database is locked". PostgreSQL
(``postgresql://…``) goes through ``playhouse.db_url`` so several counter PCs can share one store.
Schema changes are numbered scripts in ``app/migrations`` applied at start-up by peewee's own runner.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw
from playhouse.migrations import Runner

from app.core.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

db = pw.DatabaseProxy()

#: What the store raises when it cannot be used (locked, read-only, gone): the UI turns these into a dialog.
STORE_ERRORS: tuple[type[BaseException], ...] = (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError)

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
SQLITE_PRAGMAS = {
    "busy_timeout": 5000,
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "cache_size": -16000,
}


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


BUSY_TIMEOUT_S = 5


class SqliteDatabase(pw.SqliteDatabase):
    """SQLite whose transactions start IMMEDIATE (the write lock is taken at BEGIN, so a second writer waits
    for the busy timeout instead of failing on its first write) and whose rollback never hides the error
    that caused it."""

    def __init__(self, database: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(database, **kwargs)

    _file_made = False  # the first connection may create a new file; later ones (other threads) never do

    def _connect(self):  # type: ignore[no-untyped-def]
        """After the first connection, open the file read-write only (``mode=rw``): a worker thread's connection
        to a file whose share or folder vanished fails ("unable to open") instead of creating an empty database
        in its place, which would hide the real one when it comes back."""
        if not self._file_made or self.database == ":memory:" or self.database.startswith("file:"):
            conn = super()._connect()
            self._file_made = True
            return conn
        from urllib.parse import quote

        uri = "file:" + quote(str(Path(self.database).expanduser().resolve())) + "?mode=rw"
        conn = sqlite3.connect(uri, timeout=self._timeout, isolation_level=None, uri=True, **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn

    def _set_pragmas(self, conn) -> None:  # type: ignore[no-untyped-def]
        # Switching a fresh file to WAL needs the exclusive lock, and SQLite answers "locked" at once (no busy
        # handler, to avoid a deadlock) while another process is migrating it: wait for that process instead.
        deadline = time.monotonic() + BUSY_TIMEOUT_S * 4
        while True:
            try:
                super()._set_pragmas(conn)
                return
            except (sqlite3.OperationalError, pw.OperationalError) as exc:  # raw sqlite3: peewee wraps later
                if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def rollback(self) -> None:
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            # SQLite already rolled the transaction back itself (disk full, I/O error): ROLLBACK would only
            # raise "cannot rollback - no transaction is active" over the real cause.
            return
        _rollback_keeping_cause(self, super().rollback)


def _rollback_keeping_cause(database: pw.Database, rollback) -> None:  # type: ignore[no-untyped-def]
    """Roll back; when that fails too, drop the connection (which discards the transaction) and let the error
    that caused the rollback be the one the user sees."""
    try:
        rollback()
    except Exception as exc:  # any error: the first error is the one that matters
        log.warning("rollback failed (%s); closing the connection", exc)
        with contextlib.suppress(Exception):
            conn = database._state.conn
            database._state.reset()
            if conn is not None:
                conn.close()


class PostgresqlDatabase(pw.PostgresqlDatabase):
    """PostgreSQL that opens a fresh connection when the server dropped the old one (a server restart, a
    network cut): checked before any statement outside a transaction and before BEGIN, so the counter
    works again at the next action instead of failing until the app restarts. Inside a transaction a lost
    connection still fails the whole transaction (nothing is half-saved)."""

    def cursor(self, named_cursor=None):  # type: ignore[no-untyped-def]
        if not self.is_closed() and not self.in_transaction() and self._connection_lost():
            self.close()
        return super().cursor(named_cursor)

    def _connection_lost(self) -> bool:
        try:
            return self._adapter.txn_status(self._state.conn) == self._adapter.txn_unknown
        except Exception:  # a handle that cannot even say its state is lost too
            return True

    def rollback(self) -> None:
        _rollback_keeping_cause(self, super().rollback)


def is_url(target: str) -> bool:
    return "://" in target


PG_CONNECT_TIMEOUT = 5  # seconds; libpq waits forever by default when a server does not answer


def enable_psycopg() -> None:
    """Load psycopg into peewee, which was imported without it (app/__init__.py): a PostgreSQL URL needs it,
    an SQLite counter never pays for it (~220 ms and ~30 MiB at start-up)."""
    if pw.psycopg is not None:
        return
    if sys.modules.get("psycopg", False) is None:
        del sys.modules["psycopg"]
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    pw.psycopg, pw.TransactionStatus, pw.Json_pg3, pw.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def make_database(target: str) -> pw.Database:
    """A peewee Database for a file path or a URL (not yet connected)."""
    if is_url(target):
        enable_psycopg()
        from playhouse.db_url import connect as url_connect  # imports psycopg: only for a URL
        from playhouse.db_url import parse as url_parse

        if urlparse(target).scheme in ("postgres", "postgresql"):
            # Percent-encoded user names and passwords (p%40ss for p@ss) are decoded.
            params = url_parse(target, unquote_password=True, unquote_user=True)
            if not params.get("database"):
                raise ValueError("no database name")  # never echo the URL: it may hold the password
            params.setdefault("connect_timeout", PG_CONNECT_TIMEOUT)
            return PostgresqlDatabase(**params)
        return url_connect(target, unquote_password=True, unquote_user=True)
    path = Path(target).expanduser()
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_S)


def open_database(target: str, migrate: bool = True) -> pw.Database:
    """Open ``target``, bind the proxy to it and apply pending migrations.

    Raises DatabaseUnavailable with a plain-language reason when the store cannot be used.
    """
    try:
        database = make_database(target)
    except ValueError:  # the URL names no database
        raise DatabaseUnavailable("no-database") from None
    except RuntimeError as exc:  # an unknown scheme
        raise DatabaseUnavailable(describe_db_error(exc)) from None
    try:
        database.connect(reuse_if_open=True)
        if isinstance(database, pw.SqliteDatabase):
            # Touch the file for real: a non-database file fails here, not later. (No quick_check here: it
            # reads the whole file at every start; the integrity check belongs to the backups.)
            database.execute_sql("PRAGMA schema_version").fetchone()
        db.initialize(database)
        if migrate:
            apply_migrations(database)
            from app.core.settings_upgrade import upgrade_settings

            upgrade_settings()
    except DatabaseUnavailable:
        _close_quietly(database)
        raise
    except (pw.DatabaseError, pw.OperationalError, pw.ImproperlyConfigured, sqlite3.DatabaseError, OSError) as exc:
        _close_quietly(database)
        raise DatabaseUnavailable(describe_db_error(exc, database)) from exc
    return database


def _close_quietly(database: pw.Database) -> None:
    try:
        if not database.is_closed():
            database.close()
    except Exception:  # closing a broken handle must not mask the real error
        pass


_PG_UNREACHABLE = ("connection refused", "timeout expired", "could not translate host name",
                   "failed to resolve host", "name or service not known", "no route to host",
                   "network is unreachable", "server closed the connection", "the connection is closed",
                   "connection is lost", "consuming input failed", "terminating connection",
                   "socket closed")  # psycopg, when the server cut the socket between two statements


def describe_db_error(exc: BaseException, database: pw.Database | None = None) -> str:
    """A short code for the problems the UI explains (ui.common.errors.db_problem_text), else the driver's text
    on one line."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "disk-full"
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "readonly"
    text = " ".join(str(exc).split())  # psycopg's messages span several lines
    low = text.lower()
    if "disk is full" in low or "no space left" in low or "could not extend file" in low or \
            "file too large" in low or "disk quota" in low:
        return "disk-full"
    # PostgreSQL (psycopg): the server cannot be reached, refuses the login, or lacks the database.
    if any(m in low for m in _PG_UNREACHABLE):
        return "unreachable"
    if "password authentication failed" in low or "no password supplied" in low or \
            "no pg_hba.conf entry" in low or re.search(r'\brole "[^"]*" does not exist', low):
        return "login"
    if re.search(r'\bdatabase "[^"]*" does not exist', low):
        return "no-database"
    if "locked" in low or "busy" in low:
        return "locked"
    if "readonly" in low or "read-only" in low or "attempt to write" in low:
        return "readonly"
    if "not a database" in low or "malformed" in low or "file is encrypted" in low:
        return "corrupt"
    if "unable to open" in low or "disk i/o error" in low:
        return "readonly" if file_is_read_only(database) else "cannot-open"
    return text


MIGRATION_LOCK_WAIT_S = 120  # another counter may be migrating (and backing up) a big file first
PG_MIGRATION_LOCK_KEY = 0x53545544  # any constant: one advisory lock for "this app migrates the schema"


def pending_migrations(database: pw.Database | None = None) -> list[str]:
    database = database or db.obj
    runner = Runner(database, directory=str(MIGRATIONS_DIR))
    return [m.name for m in runner.status() if m.path is not None and not m.applied]


def file_is_read_only(database: pw.Database | None = None) -> bool:
    """Whether the SQLite file in use (or its folder, where the WAL lives) can no longer be written."""
    import os

    obj = database if database is not None else db.obj
    if not isinstance(obj, pw.SqliteDatabase):
        return False
    path = Path(obj.database).expanduser()
    return path.exists() and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK))


def apply_migrations(database: pw.Database | None = None) -> list[str]:
    """Apply pending migrations under a lock, so two counters starting at once on a new or old database both
    come up: the second waits for the first, then finds nothing left to do. SQLite: one EXCLUSIVE transaction
    around the whole run; PostgreSQL: a session advisory lock. A backup is taken before migrating an SQLite
    file that already holds data."""
    database = database or db.obj
    if not pending_migrations(database):
        return []
    if isinstance(database, pw.SqliteDatabase):
        _backup_before_migration(database)
    with _migration_lock(database):
        return Runner(database, directory=str(MIGRATIONS_DIR)).up()


def _backup_before_migration(database: pw.SqliteDatabase) -> None:
    if not database.get_tables():
        return  # a new file: nothing to keep
    from app.core import backup

    backup.backup_before_migration(database)


@contextlib.contextmanager
def _migration_lock(database: pw.Database) -> Iterator[None]:
    if isinstance(database, pw.SqliteDatabase):
        # The migrator turns foreign keys off around table rebuilds, which SQLite ignores inside a transaction:
        # turn them off before the transaction instead (a rebuilt table must not cascade-delete its children).
        fks = bool(database.pragma("foreign_keys"))
        database.pragma("foreign_keys", 0)
        try:
            deadline = time.monotonic() + MIGRATION_LOCK_WAIT_S
            while True:
                try:
                    txn = database.atomic(lock_type="EXCLUSIVE")
                    txn.__enter__()
                    break
                except pw.OperationalError as exc:
                    if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                        raise
            try:
                yield
            except BaseException as exc:
                txn.__exit__(type(exc), exc, exc.__traceback__)
                raise
            else:
                txn.__exit__(None, None, None)
        finally:
            if fks:
                database.pragma("foreign_keys", 1)
    elif isinstance(database, pw.PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_lock(%s)", (PG_MIGRATION_LOCK_KEY,))
        try:
            yield
        finally:
            with contextlib.suppress(*STORE_ERRORS):
                database.execute_sql("SELECT pg_advisory_unlock(%s)", (PG_MIGRATION_LOCK_KEY,))
    else:
        yield


def schema_version(database: pw.Database | None = None) -> str:
    """Name of the last applied migration, e.g. ``0001_core``."""
    database = database or db.obj
    runner = Runner(database, directory=str(MIGRATIONS_DIR))
    applied = [m.name for m in runner.status() if m.applied]
    return applied[-1] if applied else "-"


def database_target() -> str:
    """Where the open database lives (a file path or a server's database name), for the About box."""
    return str(getattr(db.obj, "database", "") or "")


def on_own_connection(fn, *args):  # type: ignore[no-untyped-def]
    """``fn(*args)`` on this thread's own connection (peewee keeps one per thread), closed afterwards: for work off
    the UI thread, so no worker's connection outlives its job (SQLite in WAL mode: it reads every commit made
    before it started)."""
    database = db.obj
    try:
        return fn(*args)
    finally:
        if database is not None and not database.is_closed():
            try:
                database.close()
            except Exception:  # a connection that cannot close is dropped with its thread
                log.warning("closing a worker's connection failed", exc_info=True)


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


def current_target_is(path: str | Path) -> bool:
    """Whether the open store is the SQLite file at ``path``."""
    obj = db.obj
    return isinstance(obj, pw.SqliteDatabase) and Path(obj.database).expanduser().resolve() == \
        Path(path).expanduser().resolve()
