"""New order numbers from the studio's pattern (Settings ▸ Studio; default ``YLyyyymmdd-NN``).

``yyyy``, ``mm`` and ``dd`` stand for the order's date, a run of ``N`` for a counter that starts at 1 each
day (as many digits as N's, growing when a day has more orders); everything else is kept as written. The
number is only proposed: the receptionist may still type another one, and saving checks it is unused.
"""

from __future__ import annotations

import datetime as dt
import re

from app.checkin.models import Couple
from app.checkin.options import ORDER_PATTERN
from app.core.context import AppContext
from app.core.errors import ValidationError
from app.core.i18n import translate
from app.core.validation import ORDER_NO_RE

TOKEN_RE = re.compile(r"yyyy|mm|dd|N+")
MAX_TRIES = 1000


def pattern_error(pattern: str) -> str | None:
    """Why ``pattern`` cannot make order numbers, or None."""
    p = (pattern or "").strip()
    if len(TOKEN_RE.findall(p)) == 0 or not re.search(r"N+", p):
        return translate("Checkin", "The pattern needs a counter: NN (or NNN …), e.g. YLyyyymmdd-NN.")
    if len(re.findall(r"N+", p)) > 1:
        return translate("Checkin", "Only one counter (NN) in the pattern.")
    sample = _fill(p, dt.date(2026, 12, 31), 99)
    if not ORDER_NO_RE.match(sample):
        return translate("Checkin", "Letters, digits and - only, at most 32 characters in the number "
                                    "(e.g. {sample}).").format(sample=sample)
    return None


def _fill(pattern: str, day: dt.date, n: int) -> str:
    def token(m: re.Match[str]) -> str:
        t = m.group(0)
        if t == "yyyy":
            return f"{day.year:04d}"
        if t == "mm":
            return f"{day.month:02d}"
        if t == "dd":
            return f"{day.day:02d}"
        return f"{n:0{len(t)}d}"

    return TOKEN_RE.sub(token, pattern)


def example(pattern: str, day: dt.date) -> str:
    """The first number ``pattern`` gives on ``day`` (for the settings page)."""
    return _fill((pattern or "").strip(), day, 1)


def next_order_no(day: dt.date) -> str:
    """The first unused number of ``day`` from the pattern (the pattern's default if the stored one is bad)."""
    pattern = ORDER_PATTERN.get()
    if pattern_error(pattern):
        pattern = ORDER_PATTERN.default
    counter = re.search(r"N+", pattern)
    head = _fill(pattern[:counter.start()] if counter else pattern, day, 0)
    used = {c.order_no for c in Couple.select(Couple.order_no).where(Couple.order_no.startswith(head))}
    for n in range(1, MAX_TRIES + 1):
        candidate = _fill(pattern, day, n)
        if candidate not in used:
            return candidate
    return _fill(pattern, day, MAX_TRIES + 1)


def set_order_pattern(ctx: AppContext, staff_id: int | None, pin: str | None, pattern: str) -> str:
    """A supervisor sets the pattern (checked first: the field says what is wrong, nothing is saved)."""
    from app.staff.service import acting, authenticate_supervisor

    p = (pattern or "").strip()
    if err := pattern_error(p):
        raise ValidationError({"order_pattern": err})
    member = authenticate_supervisor(ctx, staff_id, pin)
    ORDER_PATTERN.set(acting(ctx, member), p, by_supervisor=True)
    return p
