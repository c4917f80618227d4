"""The core's own options (each area declares its options in ``app/<area>/options.py``)."""

from __future__ import annotations

from app.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.core.opening import valid_closed_days
from app.core.settings import Option

LANGUAGE = Option("ui.language", str, DEFAULT_LANGUAGE, "supervisor",
                  "Language of the program on every counter PC (takes effect at the next start)",
                  choices=tuple(LANGUAGES))
WORKDAY_OVERRIDES = Option("calendar.workday_overrides", dict, {}, "supervisor",
                           "Local working-day list: years entered, extra days off, make-up working days (调休)")
STUDIO_CLOSED_DAYS = Option("studio.closed_days", dict, {}, "supervisor",
                            "Days the studio itself is closed (e.g. 除夕); open every other day, weekends and "
                            "public holidays included. Not the working-day list above.",
                            check=valid_closed_days)

ALL = (LANGUAGE, WORKDAY_OVERRIDES, STUDIO_CLOSED_DAYS)
