"""Injectable time. Nothing deep in the logic reads the wall clock: it asks a Clock."""

from __future__ import annotations

import datetime as dt
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
