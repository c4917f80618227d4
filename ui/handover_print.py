"""Print the handover and the daily review from the tab: build the PDF through the service, then show it
in the shared print preview (print on paper or save as PDF)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.context import AppContext
from app.handover import report_pdf
from ui.errors import call_service


def _show(parent: QWidget | None, title: str, build, file_name: str) -> None:  # noqa: ANN001
    try:
        from ui.print_preview import show_pdf_preview
    except ImportError:  # the shared preview is not installed: save the PDF instead
        data = call_service(parent, build)
        if data is None:
            return
        path, _f = QFileDialog.getSaveFileName(parent, title, file_name, "PDF (*.pdf)")
        if path:
            call_service(parent, report_pdf.write_pdf, path, data)
        return
    show_pdf_preview(parent, title, build, file_name)


def print_handover(parent: QWidget | None, ctx: AppContext, handover_id: int | None) -> None:
    title = QCoreApplication.translate("HandoverPrint", "Shift handover")
    _show(parent, title, lambda: report_pdf.handover_pdf(ctx, handover_id),
          f"handover-{ctx.now():%Y%m%d-%H%M}.pdf")


def print_review(parent: QWidget | None, ctx: AppContext, start: dt.date, end: dt.date) -> None:
    title = QCoreApplication.translate("HandoverPrint", "Daily review {period}").format(
        period=start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}")
    name = f"daily-review-{start:%Y%m%d}" + ("" if start == end else f"-{end:%Y%m%d}") + ".pdf"
    _show(parent, title, lambda: report_pdf.review_pdf(ctx, start, end), name)
