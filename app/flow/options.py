"""Options of the service flow (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

HANDOFF_LIMIT = Option("flow.handoff_alert_minutes", int, 10, "supervisor",
                       "Minutes a couple may be on the way (or wait for a handoff) before the board alerts",
                       check=lambda v: 0 <= v <= 240)
REQUEST_STATIONS = Option("flow.request_stations", list, ["makeup"], "supervisor",
                          "Stations a couple must be requested for (codes)",
                          check=lambda v: all(isinstance(c, str) for c in v))
POST_EXTRA_PHOTOS_PER_DAY = Option("flow.post_extra_photos_per_day", int, 10, "supervisor",
                                   "Extra photos chosen at selection that add one day to retouching "
                                   "(0: extras add no time)", check=lambda v: 0 <= v <= 1000)

ROUND_MINUTES = Option("flow.round_minutes", int, 15, "supervisor",
                       "Minutes a guest may wait between stations or in the lounge without anybody looking in "
                       "(a round, 巡查) before the counter is told to go to them", check=lambda v: 1 <= v <= 240)

ALL = (HANDOFF_LIMIT, REQUEST_STATIONS, POST_EXTRA_PHOTOS_PER_DAY, ROUND_MINUTES)
