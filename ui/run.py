"""Compose and run the desktop app from parsed arguments."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from app.core.context import AppContext
from app.core.db import open_database
from app.core.errors import DatabaseUnavailable
from app.core.i18n import DEFAULT_LANGUAGE, install_translators
from app.core.paths import default_db_target
from app.settings_service import ui_language
from app.staff.service import current_shift
from ui.application import make_application
from ui.common.display import NO_DISPLAY_EXIT, display_problem
from ui.common.errors import install_excepthook, show_db_error


def run_gui(args: argparse.Namespace) -> int:
    from app.wiring import connect_areas

    connect_areas()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # screenshots need no display
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT
    app = make_application(language=args.lang or DEFAULT_LANGUAGE)
    target = args.db or default_db_target()
    try:
        open_database(target)
    except DatabaseUnavailable as exc:
        if args.screenshot:
            print(f"error: database cannot be used: {exc}")
            return 2
        if not recover_at_start(target, str(exc)):
            return 2
    language = args.lang or ui_language()
    if language != DEFAULT_LANGUAGE:
        install_translators(app, language)
    ctx = AppContext(terminal=args.terminal)
    if args.demo:
        from app.demo import DemoRefused, start_demo

        try:
            # A busy Saturday 10:30, then the demo's own clock (standing still for screenshots).
            start_demo(ctx, running=not args.screenshot)
        except DemoRefused as exc:
            if args.screenshot:
                print(f"error: {exc}")
            else:
                QMessageBox.warning(None, app.translate("Run", "Demo data"), str(exc))
            return 1
    shift = current_shift(ctx.terminal)
    if shift is not None:
        ctx.operator_id = shift.operator_id
    from ui.main_window import MainWindow

    if args.screenshot:
        # Screenshots show the app as it starts, not as this PC left it: no remembered sizes read or written.
        import tempfile

        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
        window = MainWindow(ctx)
        if args.demo:
            _demo_notice(window)
        window.start_background_work()  # as the app starts: today's backup, so the status bar shows it
        paths = window.screenshot_all(Path(args.screenshot))
        for p in paths:
            print(p)
        return 0
    install_excepthook()
    if ctx.operator_id is None:
        from ui.staff.shift_dialog import ShiftDialog

        if ShiftDialog(ctx).exec() != QDialog.DialogCode.Accepted:
            return 0
    window = MainWindow(ctx)
    if args.demo:
        _demo_notice(window, live=True)
    window.show()
    window.start_background_work()  # today's backup, off the UI thread
    return app.exec()


def recover_at_start(target: str, reason: str) -> bool:
    """A damaged file with a good backup: offer it (True when restored and open). Anything else: the dialog."""
    from app.core.backup import newest_good_backup
    from app.core.db import is_url
    from ui.common.restore_offer import offer_newest_backup

    if reason == "corrupt" and not is_url(target) and newest_good_backup(target) is not None:
        return offer_newest_backup(None, target)
    show_db_error(None, reason)
    return False


def _demo_notice(window, live: bool = False) -> None:  # window: the ui.main_window.MainWindow
    from ui.status_counters import add_demo_notice, keep_demo_floor_moving

    add_demo_notice(window)
    if live:
        keep_demo_floor_moving(window)
