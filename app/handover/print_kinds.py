"""Command-line printouts of this area: ``print handover`` and ``print daily-review YYYY-MM-DD``
(registered by ``app.wiring.connect_areas``)."""

from __future__ import annotations

from app.core.context import AppContext
from app.printing import ensure_translations, register_kind


def _handover(ctx: AppContext, arg: str | None, output: str) -> None:
    ensure_translations()
    from app.handover.report_pdf import print_handover

    print_handover(ctx, arg, output)


def _daily_review(ctx: AppContext, arg: str | None, output: str) -> None:
    ensure_translations()
    from app.handover.report_pdf import print_daily_review

    print_daily_review(ctx, arg, output)


def _monthly_review(ctx: AppContext, arg: str | None, output: str) -> None:
    ensure_translations()
    from app.handover.monthly_pdf import print_monthly_review

    print_monthly_review(ctx, arg, output)


def register() -> None:
    """The handover's printouts (called by ``app.wiring.connect_areas``)."""
    register_kind("handover", False, "the handover waiting to be accepted, or the current state", _handover)
    register_kind("daily-review", True, "the daily review of a date: YYYY-MM-DD (or FROM..TO)", _daily_review)
    register_kind("monthly-review", True, "the monthly review (月度回顾) of a month: YYYY-MM", _monthly_review)
