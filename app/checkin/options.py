"""Options of check-in (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

WAIT_ALERT = Option("checkin.wait_alert_minutes", int, 5, "supervisor",
                    "Minutes a party may stand at the counter unattended before it is flagged",
                    check=lambda v: 0 <= v <= 24 * 60)

ORDER_PATTERN = Option("checkin.order_pattern", str, "YLyyyymmdd-NN", "supervisor",
                       "Pattern of new order numbers: yyyy mm dd for the date, NN for the day's counter",
                       check=lambda v: 0 < len(v) <= 32)

ALL = (WAIT_ALERT, ORDER_PATTERN)
