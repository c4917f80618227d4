"""Options of the after-the-shoot area (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

FOUND_KEEP_DAYS = Option("aftercare.found_keep_days", int, 30, "supervisor",
                         "Days a found item is kept before it may be disposed of",
                         check=lambda v: 1 <= v <= 3650)

ALL = (FOUND_KEEP_DAYS,)
