"""One place that turns service errors into what the receptionist sees: messages next to fields,
a warning for a refused action, a clear dialog for a database that cannot be used — never a traceback."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.core.db import STORE_ERRORS, describe_db_error
from app.core.errors import DatabaseUnavailable, DomainError, ValidationError
from ui.common.palette import ERROR

log = logging.getLogger(__name__)


def db_problem_text(reason: str) -> str:
    return {
        "locked": QCoreApplication.translate("Errors", "The database stayed locked by another counter or program for more than 5 seconds, so nothing was saved. Wait a moment and try again; if it keeps happening, close the program that holds it."),
        "readonly": QCoreApplication.translate("Errors", "The database file or its folder has become read-only, so nothing was saved. Check the file's permissions and that the disk is not write-protected or failing, then try again."),
        "corrupt": QCoreApplication.translate("Errors", "The database file is damaged or is not a database. Restore the latest good backup (Settings → Backups, or main.py restore)."),
        "disk-full": QCoreApplication.translate("Errors", "The disk holding the database is full, so nothing was saved. Free some space on that disk, then try again: what you typed is still here."),
        "cannot-open": QCoreApplication.translate("Errors", "The database file cannot be opened. Check the path and the disk."),
        "unreachable": QCoreApplication.translate("Errors", "The database server cannot be reached. Check the network and that the server is running, then try again."),
        "login": QCoreApplication.translate("Errors", "The database server refused the login. Check the user name and password in the database address."),
        "no-database": QCoreApplication.translate("Errors", "The database address names no database, or that database does not exist on the server. Check the address or create the database."),
    }.get(reason, QCoreApplication.translate("Errors", "The database cannot be used: {reason}").format(reason=reason))


def show_db_error(parent: QWidget | None, reason: str) -> None:
    """A store that may come back (unreachable, locked, read-only) shows the window's banner, which retries; a
    damaged file offers the newest good backup; anything else is a dialog."""
    from ui.common.store_status import report_trouble

    if report_trouble(reason):
        return
    if reason == "corrupt":
        from ui.common.restore_offer import offer_newest_backup

        if offer_newest_backup(parent):
            return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Database problem"),
                      db_problem_text(reason), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("dbErrorBox")
    box.exec()


class FieldErrors:
    """Error labels under form fields. ``show(errors)`` fills them; unknown keys go to a general label."""

    def __init__(self, general: QLabel | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._general = general

    def label(self, field: str) -> QLabel:
        lab = QLabel()
        lab.setObjectName(f"error_{field}")
        lab.setStyleSheet(f"color: {ERROR};")
        lab.setWordWrap(True)
        lab.hide()
        self._labels[field] = lab
        return lab

    def clear(self) -> None:
        for lab in self._labels.values():
            lab.clear()
            lab.hide()
        if self._general is not None:
            self._general.clear()
            self._general.hide()

    def show(self, errors: dict[str, str]) -> None:
        self.clear()
        rest = []
        for field, msg in errors.items():
            lab = self._labels.get(field)
            if lab is None:
                rest.append(msg)
            else:
                lab.setText(msg)
                lab.show()
        if rest and self._general is not None:
            self._general.setText("\n".join(rest))
            self._general.show()

    def text(self, field: str) -> str:
        lab = self._labels.get(field)
        return lab.text() if lab is not None else ""


def call_service[T](parent: QWidget | None, fn: Callable[..., T], *args: Any, errors: FieldErrors | None = None,
                 **kwargs: Any) -> T | None:
    """Run a service call; show what went wrong the way the user can act on it. Returns None on failure."""
    try:
        if errors is not None:
            errors.clear()
        return fn(*args, **kwargs)
    except ValidationError as exc:
        if errors is not None:
            errors.show(exc.errors)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Please check"), "\n".join(exc.errors.values()))
    except DomainError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not possible"), str(exc))
    except DatabaseUnavailable as exc:
        show_db_error(parent, str(exc))
    except STORE_ERRORS as exc:
        log.warning("database error: %s", exc)
        show_db_error(parent, describe_db_error(exc))
    return None


def install_excepthook() -> None:
    """Any unexpected error becomes a dialog (and a log line), not a traceback on the console."""
    import sys

    def hook(exc_type, exc, tb):  # type: ignore[no-untyped-def]
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if isinstance(exc, STORE_ERRORS):
            show_db_error(None, describe_db_error(exc))
            return
        QMessageBox.critical(None, QCoreApplication.translate("Errors", "Unexpected error"),
                             QCoreApplication.translate("Errors", "Something went wrong and was not saved: {error}").format(error=exc))

    sys.excepthook = hook
