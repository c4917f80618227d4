"""Options of appointments (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

LATE_AFTER = Option("appointments.late_after_minutes", int, 10, "supervisor",
                    "Minutes after the appointed time when a couple not yet arrived is shown late",
                    check=lambda v: 0 <= v <= 24 * 60)
NO_SHOW_AFTER = Option("appointments.no_show_after_minutes", int, 60, "supervisor",
                       "Minutes after the appointed time when a couple not yet arrived did not come",
                       check=lambda v: 0 <= v <= 24 * 60)

ALL = (LATE_AFTER, NO_SHOW_AFTER)
