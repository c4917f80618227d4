"""Working days of mainland China, including the make-up working days (调休).

The ``chinese_calendar`` package knows the official holiday schedule for the years it covers
(2004–2026 in version 1.11). For later years the studio keeps a local override list in the settings
(option ``app.core.options.WORKDAY_OVERRIDES``, key ``calendar.workday_overrides``)::

    {"years": [2027],                      # years whose schedule has been entered completely
     "holidays": ["2027-01-01", ...],      # days off that would otherwise be working days
     "workdays": ["2027-02-07", ...]}      # make-up working days (调休) that fall on a weekend

An explicitly listed date always wins (also in years the package covers, to correct a late change).
A date that neither the package nor the list covers falls back to Monday–Friday, and the result says
so (``fallback_days``) so the UI can show a visible warning: the calculation never fails silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import chinese_calendar


@dataclass(frozen=True)
class Overrides:
    years: frozenset[int] = frozenset()
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()

    @classmethod
    def from_value(cls, value: Any) -> Overrides:
        """Read the stored JSON value; unreadable entries are ignored (the setting service validates)."""
        if not isinstance(value, dict):
            return cls()

        def dates(key: str) -> frozenset[dt.date]:
            out = set()
            for text in value.get(key) or []:
                try:
                    out.add(dt.date.fromisoformat(str(text)))
                except ValueError:
                    continue
            return frozenset(out)

        years = frozenset(int(y) for y in value.get("years") or [] if str(y).isdigit())
        return cls(years=years, holidays=dates("holidays"), workdays=dates("workdays"))

    def to_value(self) -> dict[str, list]:
        return {"years": sorted(self.years), "holidays": sorted(d.isoformat() for d in self.holidays),
                "workdays": sorted(d.isoformat() for d in self.workdays)}


def load_overrides() -> Overrides:
    from app.core.options import WORKDAY_OVERRIDES

    return Overrides.from_value(WORKDAY_OVERRIDES.get())


def package_covers(day: dt.date) -> bool:
    """True when the chinese_calendar package has the official schedule for ``day``'s year."""
    try:
        chinese_calendar.is_workday(day)
    except NotImplementedError:
        return False
    return True


def is_workday(day: dt.date, overrides: Overrides | None = None) -> tuple[bool, bool]:
    """(is a working day, known for sure). ``known`` is False when Monday–Friday was assumed."""
    ov = overrides or Overrides()
    if day in ov.holidays:
        return False, True
    if day in ov.workdays:
        return True, True
    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:
        pass
    weekday = day.weekday() < 5
    return weekday, day.year in ov.years


@dataclass
class WorkdayResult:
    day: dt.date
    fallback_days: list[dt.date] = field(default_factory=list)  # days decided by the Mon–Fri guess

    @property
    def estimated(self) -> bool:
        return bool(self.fallback_days)


def add_workdays(start: dt.date, n: int, overrides: Overrides | None = None) -> WorkdayResult:
    """The ``n``-th working day after ``start`` (``start`` itself does not count).

    Friday + 1 → Monday; 2025-09-30 + 1 → 2025-10-09 (National Day holiday 1–8 October);
    2025-10-10 + 1 → Saturday 2025-10-11 (a 调休 working day).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    day = start
    fallback: list[dt.date] = []
    count = 0
    for _ in range(n * 7 + 60):  # long holidays are at most 8 days; bound the walk anyway
        if count >= n:
            break
        day += dt.timedelta(days=1)
        work, known = is_workday(day, overrides)
        if not known:
            fallback.append(day)
        if work:
            count += 1
    return WorkdayResult(day=day, fallback_days=fallback)


def uncovered_days(start: dt.date, days: int, overrides: Overrides | None = None) -> list[dt.date]:
    """Days in [start, start + days) whose working-day status is only guessed (for a warning)."""
    out = []
    for i in range(days):
        d = start + dt.timedelta(days=i)
        if not is_workday(d, overrides)[1]:
            out.append(d)
    return out
