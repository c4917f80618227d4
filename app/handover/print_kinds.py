"""Command-line printouts of this area: ``print handover`` and ``print daily-review YYYY-MM-DD``."""

from __future__ import annotations

from app.cli import PRINT_KINDS
from app.context import AppContext


def _ensure_translations() -> None:
    """On the command line there is no QApplication: load the saved language so the PDF matches the app."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        from app.i18n import DEFAULT_LANGUAGE, install_translators
        from app.settings_store import get_setting

        app = QCoreApplication([])
        install_translators(app, str(get_setting("ui.language", DEFAULT_LANGUAGE)))
        globals()["_core_app"] = app  # keep it alive


def _handover(ctx: AppContext, arg: str | None, output: str) -> None:
    _ensure_translations()
    from app.handover.report_pdf import print_handover

    print_handover(ctx, arg, output)


def _daily_review(ctx: AppContext, arg: str | None, output: str) -> None:
    _ensure_translations()
    from app.handover.report_pdf import print_daily_review

    print_daily_review(ctx, arg, output)


PRINT_KINDS["handover"] = (False, "the handover waiting to be accepted, or the current state", _handover)
PRINT_KINDS["daily-review"] = (True, "the daily review of a date: YYYY-MM-DD (or FROM..TO)", _daily_review)
