"""Options of check-in (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

WAIT_ALERT = Option("checkin.wait_alert_minutes", int, 5, "supervisor",
                    "Minutes a party may stand at the counter unattended before it is flagged",
                    check=lambda v: 0 <= v <= 24 * 60)

ORDER_PATTERN = Option("checkin.order_pattern", str, "YLyyyymmdd-NN", "supervisor",
                       "Pattern of new order numbers: yyyy mm dd for the date, NN for the day's counter",
                       check=lambda v: 0 < len(v) <= 32)



def _short_list(v: list) -> bool:
    return 0 < len(v) <= 30 and all(isinstance(x, str) and 0 < len(x.strip()) <= 40 for x in v) \
        and len(set(v)) == len(v)


# Where a consultation walk-in heard of the studio (``app.checkin.leads``). The built-in entries are keys
# shown translated; an entry a supervisor adds is shown as she typed it.
LEAD_SOURCES = Option("leads.sources", list, ["walk_by", "referral", "dianping", "xiaohongshu", "wechat", "other"],
                      "supervisor", "Where consultation walk-ins heard of the studio (the list offered at the counter)",
                      check=_short_list)
LOST_REASONS = Option("leads.lost_reasons", list, ["price", "dates", "chose_other_studio", "no_reply", "other"],
                      "supervisor", "Why a consultation lead was lost (the list offered at the counter)",
                      check=_short_list)

ALL = (WAIT_ALERT, ORDER_PATTERN, LEAD_SOURCES, LOST_REASONS)
