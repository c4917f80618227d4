"""The studio's own opening days — not the legal working days.

A wedding studio works weekends and public holidays (its busiest days), so what the counter does "on the
next day" (a complaint call-back, tomorrow's confirmations) follows this calendar: open every day unless a
supervisor has marked the date closed (e.g. 除夕). It is kept apart from ``app.core.calendar``, the legal
working-day calendar (with 调休) that the complaint deadlines count in: a closed studio day does not move a
deadline, and a public holiday does not close the studio.

Stored in the option ``app.core.options.STUDIO_CLOSED_DAYS`` (key ``studio.closed_days``) as
``{"2027-02-05": "除夕", ...}``: ISO date → the reason shown in the settings page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

MAX_REASON = 40
LOOKAHEAD_DAYS = 366  # a studio closed for more than a year is not a studio


def valid_closed_days(value: Any) -> bool:
    """The option's check: every key an ISO date, every value a short reason."""
    if not isinstance(value, dict):
        return False
    for key, reason in value.items():
        try:
            dt.date.fromisoformat(str(key))
        except ValueError:
            return False
        if not isinstance(reason, str) or len(reason) > MAX_REASON:
            return False
    return True


def closed_days() -> dict[dt.date, str]:
    """Every date the studio is closed, with its reason (from the settings)."""
    from app.core.options import STUDIO_CLOSED_DAYS

    return {dt.date.fromisoformat(k): v for k, v in STUDIO_CLOSED_DAYS.get().items()}


def is_open(day: dt.date, closed: dict[dt.date, str] | None = None) -> bool:
    """True unless a supervisor marked ``day`` closed. Weekends and public holidays are open."""
    return day not in (closed_days() if closed is None else closed)


def next_opening_day(day: dt.date, closed: dict[dt.date, str] | None = None) -> dt.date:
    """The first opening day strictly after ``day`` (``day`` itself does not count)."""
    shut = closed_days() if closed is None else closed
    d = day
    for _ in range(LOOKAHEAD_DAYS):
        d += dt.timedelta(days=1)
        if d not in shut:
            return d
    raise ValueError(f"the studio is closed for a year after {day.isoformat()}")


def opening_day_on_or_after(day: dt.date, closed: dict[dt.date, str] | None = None) -> dt.date:
    """``day`` itself when the studio opens that day, else the next opening day."""
    shut = closed_days() if closed is None else closed
    return day if day not in shut else next_opening_day(day, shut)
