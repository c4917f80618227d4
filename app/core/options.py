"""The core's own options (each area declares its options in ``app/<area>/options.py``)."""

from __future__ import annotations

from app.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.core.settings import Option

LANGUAGE = Option("ui.language", str, DEFAULT_LANGUAGE, "supervisor",
                  "Language of the program on every counter PC (takes effect at the next start)",
                  choices=tuple(LANGUAGES))
WORKDAY_OVERRIDES = Option("calendar.workday_overrides", dict, {}, "supervisor",
                           "Local working-day list: years entered, extra days off, make-up working days (调休)")

ALL = (LANGUAGE, WORKDAY_OVERRIDES)
