"""Storage: one peewee DatabaseProxy, opened on an SQLite file (default) or a database URL.

SQLite runs in WAL mode with foreign keys on, a busy timeout and synchronous=NORMAL. PostgreSQL
(``postgresql://…``) goes through ``playhouse.db_url`` so several counter PCs can share one store.
Schema changes are numbered scripts in ``app/migrations`` applied at start-up by peewee's own runner.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw
from playhouse.db_url import connect as url_connect
from playhouse.db_url import parse as url_parse
from playhouse.migrations import Runner

from app.core.errors import DatabaseUnavailable

db = pw.DatabaseProxy()

#: What the store raises when it cannot be used (locked, read-only, gone): the UI turns these into a dialog.
STORE_ERRORS: tuple[type[BaseException], ...] = (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError)

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


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
        except Exception:  # noqa: BLE001 - a handle that cannot even say its state is lost too
            return True


def is_url(target: str) -> bool:
    return "://" in target


PG_CONNECT_TIMEOUT = 5  # seconds; libpq waits forever by default when a server does not answer


def make_database(target: str) -> pw.Database:
    """A peewee Database for a file path or a URL (not yet connected)."""
    if is_url(target):
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
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=5)


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
            # Touch the file for real: a corrupt or non-database file fails here, not later.
            database.execute_sql("PRAGMA schema_version").fetchone()
            check = database.execute_sql("PRAGMA quick_check").fetchone()
            if check and check[0] != "ok":
                raise DatabaseUnavailable(f"integrity check failed: {check[0]}")
        db.initialize(database)
        if migrate:
            apply_migrations(database)
    except DatabaseUnavailable:
        _close_quietly(database)
        raise
    except (pw.DatabaseError, pw.OperationalError, pw.ImproperlyConfigured, sqlite3.DatabaseError, OSError) as exc:
        _close_quietly(database)
        raise DatabaseUnavailable(describe_db_error(exc)) from exc
    return database


def _close_quietly(database: pw.Database) -> None:
    try:
        if not database.is_closed():
            database.close()
    except Exception:  # noqa: BLE001 - closing a broken handle must not mask the real error
        pass


_PG_UNREACHABLE = ("connection refused", "timeout expired", "could not translate host name",
                   "failed to resolve host", "name or service not known", "no route to host",
                   "network is unreachable", "server closed the connection", "the connection is closed",
                   "connection is lost", "consuming input failed", "terminating connection")


def describe_db_error(exc: BaseException) -> str:
    """A short code for the problems the UI explains (ui.common.errors.db_problem_text), else the driver's text
    on one line."""
    text = " ".join(str(exc).split())  # psycopg's messages span several lines
    low = text.lower()
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
    if "unable to open" in low:
        return "cannot-open"
    return text


def apply_migrations(database: pw.Database | None = None) -> list[str]:
    database = database or db.obj
    runner = Runner(database, directory=str(MIGRATIONS_DIR))
    return runner.up()


def schema_version(database: pw.Database | None = None) -> str:
    """Name of the last applied migration, e.g. ``0001_core``."""
    database = database or db.obj
    runner = Runner(database, directory=str(MIGRATIONS_DIR))
    applied = [m.name for m in runner.status() if m.applied]
    return applied[-1] if applied else "-"


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
