"""Print the handover and the daily review from the tab: the PDF is built through the service and shown
in the shared print preview (print on paper, or save as PDF)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.context import AppContext
from app.handover import report_pdf
from ui.printing.preview import PrintPreviewDialog, show_pdf_preview


def print_handover(parent: QWidget | None, ctx: AppContext, handover_id: int | None) -> PrintPreviewDialog | None:
    """The given handover, else the one waiting to be accepted, else the current state."""
    title = QCoreApplication.translate("HandoverPrint", "Shift handover")
    return show_pdf_preview(parent, title, lambda: report_pdf.handover_pdf(ctx, handover_id),
                            f"handover-{ctx.now():%Y%m%d-%H%M}.pdf")


def print_review(parent: QWidget | None, ctx: AppContext, start: dt.date, end: dt.date) -> PrintPreviewDialog | None:
    period = start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"
    title = QCoreApplication.translate("HandoverPrint", "Daily review {period}").format(period=period)
    name = f"daily-review-{start:%Y%m%d}" + ("" if start == end else f"-{end:%Y%m%d}") + ".pdf"
    return show_pdf_preview(parent, title, lambda: report_pdf.review_pdf(ctx, start, end), name)


def print_monthly_review(parent: QWidget | None, ctx: AppContext, month: dt.date) -> PrintPreviewDialog | None:
    from app.handover import monthly_pdf

    title = QCoreApplication.translate("HandoverPrint", "Monthly review {month}").format(month=f"{month:%Y-%m}")
    return show_pdf_preview(parent, title, lambda: monthly_pdf.monthly_review_pdf(ctx, month),
                            f"monthly-review-{month:%Y%m}.pdf")
