"""Injectable time. Nothing deep in the logic reads the wall clock: it asks a Clock."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real wall clock (local time, naive, second precision)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()


class FixedClock:
    """A clock for tests and demos: stands still until told to move."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = at

    def now(self) -> dt.datetime:
        return self._at

    def today(self) -> dt.date:
        return self._at.date()

    def set(self, at: dt.datetime) -> None:
        self._at = at

    def advance(self, **delta: float) -> dt.datetime:
        self._at = self._at + dt.timedelta(**delta)
        return self._at


class RunningClock:
    """A clock that starts at a chosen moment and then moves in real time (the demo's Saturday 10:30).

    ``elapsed`` tells how much real time has passed (a monotonic timer by default, injectable for tests).
    """

    def __init__(self, start: dt.datetime, elapsed: Callable[[], float] | None = None) -> None:
        self.start = start.replace(microsecond=0)
        if elapsed is None:
            t0 = time.monotonic()

            def elapsed() -> float:
                return time.monotonic() - t0

        self._elapsed = elapsed

    def now(self) -> dt.datetime:
        return (self.start + dt.timedelta(seconds=self._elapsed())).replace(microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()
