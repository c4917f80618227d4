"""What changed in the store since a counter last looked: the live refresh between counters.

Every write transaction appends its audit entry (``app.core.audit.record``), so the audit trail is the change
log: an entry's *topic* is the first part of its action (``visit.check_in`` → ``visit``, ``complaint.close`` →
``complaint``). A window asks for the topics changed since it last looked and refreshes only what shows them.

- SQLite: ``ChangeCursor.poll()`` asks ``PRAGMA data_version`` first (it moves only when another connection
  committed; microseconds) and reads the new audit ids (``id > last``, the primary key) only then, or when this
  process wrote itself (``wrote_here``). Writers are serialised (``BEGIN IMMEDIATE``), so ids commit in order.
- PostgreSQL: ``record`` also sends ``NOTIFY studio_changes, 'topic'`` inside the writing transaction (delivered
  at commit, never for a rolled-back write); ``listen()`` waits for them on its own connection.

No wall clock here: the caller decides when to poll.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import peewee as pw

from app.core.db import STORE_ERRORS, db

CHANNEL = "studio_changes"
#: More new entries than this in one poll: treat it as "everything changed" instead of reading them all.
MAX_ENTRIES = 500
EVERYTHING = "*"

_local_writes = 0  # audit entries written by this process (any thread), to see our own writes on SQLite
_lock = threading.Lock()


def topic_of(action: str) -> str:
    """``visit.check_in`` → ``visit``."""
    return action.split(".", 1)[0]


def note_write(action: str) -> None:
    """Called by ``audit.record`` inside the writing transaction: tell the other counters (PostgreSQL) and
    this process's own windows (SQLite) that ``action``'s topic changed."""
    global _local_writes
    with _lock:
        _local_writes += 1
    database = db.obj
    if isinstance(database, pw.PostgresqlDatabase):
        database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, topic_of(action)))


def is_postgresql() -> bool:
    return isinstance(db.obj, pw.PostgresqlDatabase)


class ChangeCursor:
    """Where one window's reading of the change log stands (SQLite; on PostgreSQL see ``listen``)."""

    def __init__(self) -> None:
        self.last_id = _max_audit_id()
        self.data_version = _data_version()
        self.local_writes = _local_writes

    def poll(self) -> set[str]:
        """The topics changed since the last poll (``{"*"}`` for more than MAX_ENTRIES entries); raises the store's
        errors (the caller shows the banner)."""
        version = _data_version()
        local = _local_writes
        if version == self.data_version and local == self.local_writes:
            return set()
        self.data_version, self.local_writes = version, local
        from app.core.models import AuditLog

        rows = list(AuditLog.select(AuditLog.id, AuditLog.action).where(AuditLog.id > self.last_id)
                    .order_by(AuditLog.id).limit(MAX_ENTRIES + 1).tuples())
        if not rows:
            return set()
        if len(rows) > MAX_ENTRIES:
            self.last_id = _max_audit_id()
            return {EVERYTHING}
        self.last_id = rows[-1][0]
        return {topic_of(action) for _id, action in rows}


def _max_audit_id() -> int:
    from app.core.models import AuditLog

    return AuditLog.select(pw.fn.MAX(AuditLog.id)).scalar() or 0


def _data_version() -> int:
    database = db.obj
    if isinstance(database, pw.SqliteDatabase):
        return int(database.execute_sql("PRAGMA data_version").fetchone()[0])
    return 0


@contextlib.contextmanager
def listen(timeout_s: float = 5.0) -> Iterator[ChangeListener]:
    """A PostgreSQL connection of its own that LISTENs to the change channel (psycopg 3, autocommit); closed
    on leaving. Raises the driver's error when the server cannot be reached."""
    import psycopg

    database = db.obj
    if not isinstance(database, pw.PostgresqlDatabase):
        raise TypeError("LISTEN needs PostgreSQL")
    params = dict(database.connect_params)
    params.setdefault("connect_timeout", 5)
    conn = psycopg.connect(dbname=database.database, autocommit=True, **params)
    try:
        conn.execute(f"LISTEN {CHANNEL}")
        yield ChangeListener(conn, timeout_s)
    finally:
        with contextlib.suppress(Exception):
            conn.close()


class ChangeListener:
    def __init__(self, conn, timeout_s: float) -> None:  # conn: a psycopg.Connection
        self.conn = conn
        self.timeout_s = timeout_s

    def wait(self) -> set[str]:
        """The topics notified within ``timeout_s`` (empty when none); raises when the connection is lost."""
        topics: set[str] = set()
        for n in self.conn.notifies(timeout=self.timeout_s, stop_after=1):
            topics.add(n.payload)
        # Whatever else arrived meanwhile, without waiting again.
        for n in self.conn.notifies(timeout=0):
            topics.add(n.payload)
        if self.conn.closed or self.conn.broken:
            raise pw.OperationalError("the connection is lost")
        return topics


def store_errors() -> tuple[type[BaseException], ...]:
    return (*STORE_ERRORS, pw.InterfaceError, OSError)
