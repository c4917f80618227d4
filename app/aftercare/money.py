"""Money as integer fen (分): parsed from what the receptionist types, shown as ¥12.50. Never a float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.core.i18n import translate
from app.core.validation import ascii_digits

MONEY_RE = re.compile(r"^\d{1,9}(\.\d{1,2})?$")


def parse_fen(text: str | int | None, required: bool = False) -> tuple[int | None, str | None]:
    """``"12.5"`` → ``(1250, None)``; bad input → ``(None, message)``. Empty → 0 (or 'Required.')."""
    if isinstance(text, int):
        if text < 0:
            return None, translate("Money", "An amount cannot be negative.")
        return text, None
    t = ascii_digits((text or "").strip()).replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if not t:
        if required:
            return None, translate("Money", "Required.")
        return 0, None
    if t.startswith("-"):
        return None, translate("Money", "An amount cannot be negative.")
    if t.endswith("元"):
        t = t[:-1].strip()
    if t.count("．") == 1:
        t = t.replace("．", ".")
    if not MONEY_RE.match(t):
        return None, translate("Money", "Not an amount: type yuan like 200 or 199.50.")
    try:
        return int(Decimal(t) * 100), None
    except InvalidOperation:  # pragma: no cover - the pattern already refuses it
        return None, translate("Money", "Not an amount: type yuan like 200 or 199.50.")


def fen_text(fen: int | None) -> str:
    """1250 → '¥12.50'; -300 → '-¥3.00'."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    f = abs(int(fen))
    return f"{sign}¥{f // 100:,}.{f % 100:02d}"


def fen_plain(fen: int) -> str:
    """1250 → '12.50' (for an edit field)."""
    return f"{fen // 100}.{fen % 100:02d}"
