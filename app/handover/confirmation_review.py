"""The daily review's part on tomorrow's confirmations (明日确认): the no-show rate of the appointments
confirmed by phone the day before against the others (never called, or no answer). Added to
``app.core.hooks.daily_review`` by ``app.wiring``."""

from __future__ import annotations

from app.appointments import confirmations
from app.core.context import AppContext
from app.core.i18n import translate
from app.handover.review import DailyReview, Figure, ReviewTable


def confirmations_review(ctx: AppContext, rv: DailyReview) -> None:
    """The daily review: no-show rate of the appointments confirmed the day before against the others."""
    r = confirmations.no_show_rates(ctx, rv.start, rv.end)
    if not (r.confirmed or r.unconfirmed):
        return

    def pct(v: float | None) -> str:
        return "—" if v is None else f"{v:.1f}%"

    if r.confirmed_rate is not None:
        rv.figures.append(Figure("no_show_rate_confirmed", translate("Review", "No-show rate, confirmed (%)"),
                                 r.confirmed_rate))
    if r.unconfirmed_rate is not None:
        rv.figures.append(Figure("no_show_rate_unconfirmed", translate("Review", "No-show rate, not confirmed (%)"),
                                 r.unconfirmed_rate))
    rv.tables.append(ReviewTable(
        "confirmations", translate("Review", "Confirmation calls and no-shows"),
        [translate("Review", "Appointments"), translate("Review", "Count"), translate("Review", "No-shows"),
         translate("Review", "No-show rate")],
        [[translate("Review", "Confirmed the day before"), str(r.confirmed), str(r.confirmed_no_shows),
          pct(r.confirmed_rate)],
         [translate("Review", "Not confirmed (no answer, not called)"), str(r.unconfirmed),
          str(r.unconfirmed_no_shows), pct(r.unconfirmed_rate)]],
        alert_rows={1} if r.unconfirmed_no_shows else set()))
    rv.has_activity = True
