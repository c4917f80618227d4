"""Live refresh between counters: ``ChangeWatcher`` tells the window which topics changed (``app.core.changes``).

SQLite: a timer polls the change cursor every ``poll_ms`` (``PRAGMA data_version``, microseconds; the new audit
entries only when it moved). PostgreSQL: a thread of its own LISTENs on its own connection and hands the
notified topics to the UI thread (a queued signal). A store that cannot be reached goes to the window's banner
(``ui.common.store_status``), never a dialog; the watcher keeps trying and says ``changed({"*"})`` once it
reaches the store again (it may have missed changes meanwhile).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import changes

log = logging.getLogger(__name__)

POLL_MS = 1000  # SQLite: how often the change counter is read (tests make it shorter)


class ChangeWatcher(QObject):
    """Emits ``changed(topics)`` (a set of str) on the UI thread when another counter (or this one) saved."""

    changed = Signal(object)
    #: The store could not be reached (a reason for ``ui.common.errors.db_problem_text``).
    lost = Signal(str)

    def __init__(self, parent: QObject | None = None, poll_ms: int | None = None,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.last_ok: dt.datetime | None = now() if now is not None else None  # the store last answered
        self.cursor: changes.ChangeCursor | None = None
        self.trouble = ""
        self._stop = threading.Event()
        self.listening = threading.Event()  # PostgreSQL: LISTEN is in place
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("changeWatcherTimer")
        self.timer.setInterval(poll_ms if poll_ms is not None else POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._relay = _Relay()
        self._relay.topics.connect(self._arrived)
        self._relay.lost.connect(self._lost)

    def start(self) -> None:
        if changes.is_postgresql():
            if self._thread is None:
                self._stop.clear()
                self._thread = threading.Thread(target=self._listen, name="change-listener", daemon=True)
                self._thread.start()
        else:
            self.poll()  # where the change log stands now: changes from here on are news
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=10)

    # ------------------------------------------------------------------ SQLite
    def poll(self) -> None:
        try:
            path = _sqlite_file()
            if path is not None and not path.exists():
                raise FileNotFoundError(str(path))
            if self.cursor is None:
                self.cursor = changes.ChangeCursor()
                topics: set[str] = {changes.EVERYTHING} if self.trouble else set()
            else:
                topics = self.cursor.poll()
        except changes.store_errors() as exc:
            from app.core.db import describe_db_error

            reason = "unreachable" if isinstance(exc, FileNotFoundError) else describe_db_error(exc)
            self.cursor = None  # read again from where the store is when it answers
            self._lost(reason)
            return
        if self.now is not None:
            self.last_ok = self.now()
        if self.trouble:
            self.trouble = ""
        if topics:
            self.changed.emit(topics)

    # ------------------------------------------------------------------ PostgreSQL
    def _listen(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                with changes.listen(timeout_s=0.5) as listener:
                    self.listening.set()
                    if not first:
                        self._send(self._relay.topics, {changes.EVERYTHING})  # missed while away
                    first = False
                    while not self._stop.is_set():
                        if self.now is not None:
                            self.last_ok = self.now()
                        topics = listener.wait()
                        if topics:
                            self._send(self._relay.topics, topics)
            except Exception as exc:  # any failure of the listener's own connection
                if self._stop.is_set():
                    return
                from app.core.db import describe_db_error

                self.listening.clear()
                log.info("change listener: %s", exc)
                first = False
                self._send(self._relay.lost, describe_db_error(exc))
                self._stop.wait(2.0)

    @staticmethod
    def _send(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window is gone
            pass

    def _arrived(self, topics: set[str]) -> None:
        self.trouble = ""
        self.changed.emit(topics)

    def _lost(self, reason: str) -> None:
        first = not self.trouble
        self.trouble = reason
        if first:
            self.lost.emit(reason)


class _Relay(QObject):
    topics = Signal(object)
    lost = Signal(str)


def _sqlite_file() -> Path | None:
    from app.core.recovery import open_file

    return open_file()


def wants(topics: set[str], shown: frozenset[str]) -> bool:
    """Whether a view that shows ``shown`` topics must refresh for ``topics``."""
    return changes.EVERYTHING in topics or bool(topics & shown)


def run_with_own_connection(parent: QObject, fn, *args, done=None, failed=None) -> None:
    """``ui.common.worker.run_in_background`` for a function that reads the store: it runs on the worker's own
    peewee connection (peewee keeps one per thread), closed when it is done so no connection outlives its job
    (SQLite in WAL mode: the reader sees every commit made before it started)."""
    from app.core.db import on_own_connection
    from ui.common.worker import run_in_background

    run_in_background(parent, on_own_connection, fn, *args, done=done, failed=failed)


def initial_fill(tab: QObject) -> None:
    """The end of a tab's constructor: load its data now, unless the main window is building it (the window
    fills a tab when it is first shown, after the first paint: ``ui.main_window.MainWindow.tab``)."""
    host = tab.parent()
    if getattr(host, "building_tab", False):
        return
    tab.refresh()
