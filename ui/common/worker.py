"""Long work off the UI thread: ``run_in_background(parent, fn, *args, done=..., failed=...)``.

``fn`` runs on Qt's global thread pool; ``done(result)`` or ``failed(exception)`` run back on the UI thread
(queued signals), and only while ``parent`` still exists. ``fn`` must not touch widgets; peewee gives a worker
thread its own connection, and the file-level backup code opens its own SQLite connections.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)
    errored = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # any error: handed to the UI thread, which shows it
            log.warning("background work failed: %s", exc)
            self._send(self.relay.errored, exc)
        else:
            self._send(self.relay.finished, result)

    @staticmethod
    def _send(signal, value: Any) -> None:  # signal: a bound Signal
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked is gone: nobody to tell
            pass


_running: set[_Relay] = set()


def run_in_background(parent: QObject, fn: Callable[..., Any], *args: Any,
                      done: Callable[[Any], None] | None = None,
                      failed: Callable[[BaseException], None] | None = None) -> None:
    """Run ``fn(*args)`` off the UI thread; call ``done``/``failed`` on the UI thread afterwards."""
    import shiboken6

    # The relay has no parent (a window closed meanwhile cannot delete it under the worker's feet) and lives
    # in the UI thread, so its signals reach the UI thread queued; it is dropped once it has delivered.
    relay = _Relay()
    _running.add(relay)

    def finish(cb: Callable[[Any], None] | None, value: Any) -> None:
        _running.discard(relay)
        relay.deleteLater()
        if cb is not None and shiboken6.isValid(parent):
            cb(value)

    relay.finished.connect(lambda r: finish(done, r))
    relay.errored.connect(lambda e: finish(failed, e))
    job = _Job(fn, args, relay)
    job.setAutoDelete(True)
    QThreadPool.globalInstance().start(job)


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Wait for every background job (tests, and closing the window)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
