"""The daily review's follow-through parts (seed 003's measures of the counter): 带客成功率 of the
consultation leads, by receptionist and by source. Connected to the hook ``app.core.hooks.daily_review`` by
``app.wiring``."""

from __future__ import annotations

from app.checkin import leads
from app.core.context import AppContext
from app.core.i18n import translate
from app.handover.review import DailyReview, Figure, ReviewTable


def _conversion_rows(rows: list[leads.ConversionRow]) -> list[list[str]]:
    return [[r.label, str(r.leads), str(r.booked), str(r.lost), str(r.open), r.rate_text] for r in rows]


def leads_review(ctx: AppContext, rv: DailyReview) -> None:
    """带客成功率 = booked (here or at another store) / leads recorded in the period."""
    conv = leads.conversion(ctx, rv.start, rv.end)
    if not conv.total.leads:
        return
    rv.has_activity = True
    rate = conv.total.rate or 0.0
    rv.figures.append(Figure("conversion", translate("Review", "Conversion: leads booked (%)"), round(rate, 1)))
    headers = [translate("Review", "Leads"), translate("Review", "Booked"), translate("Review", "Lost"),
               translate("Review", "Open"), translate("Review", "Conversion")]
    rv.tables.append(ReviewTable("conversion_by_receptionist", translate("Review", "Conversion by receptionist"),
                                 [translate("Review", "Receptionist"), *headers],
                                 _conversion_rows(conv.by_receptionist)))
    rv.tables.append(ReviewTable("conversion_by_source", translate("Review", "Conversion by source"),
                                 [translate("Review", "Heard of us"), *headers], _conversion_rows(conv.by_source)))
