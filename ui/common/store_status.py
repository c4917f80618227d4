"""The store's health as the window shows it: a banner while the database cannot be reached (or is locked or
read-only), retried in the background until it answers again; and the backups (the start-up backup off the UI
thread, "Back up now", the last good backup in the status bar).

``StoreEvents.instance()`` is process-wide: ``trouble(reason)`` when a service call failed for a reason that may
pass (shown by the banner instead of a modal dialog, so dialogs never stack at every refresh tick),
``recovered()`` when the store answers again and ``reopened()`` after a restore replaced the file under the
app (every tab refreshes).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.core import recovery
from app.core.backup import BackupError, BackupInfo
from app.core.context import AppContext
from ui.common.palette import DANGER, DEEP_ORANGE, MUTED, WARNING, WARNING_BG
from ui.common.worker import run_in_background

log = logging.getLogger(__name__)


class StoreEvents(QObject):
    trouble = Signal(str)
    recovered = Signal()
    reopened = Signal()

    _instance: StoreEvents | None = None

    def __init__(self) -> None:
        super().__init__()
        self.banners = 0  # how many banners listen (none: errors fall back to the modal dialog)

    @classmethod
    def instance(cls) -> StoreEvents:
        if cls._instance is None:
            cls._instance = StoreEvents()
        return cls._instance


def report_trouble(reason: str) -> bool:
    """Hand a passing store problem to the banner; False when no banner shows (the caller shows a dialog)."""
    events = StoreEvents.instance()
    if reason not in recovery.TRANSIENT_REASONS or events.banners == 0:
        return False
    events.trouble.emit(reason)
    return True


def when_text(at: dt.datetime, now: dt.datetime) -> str:
    if at.date() == now.date():
        return QCoreApplication.translate("Backups", "today {time}").format(time=at.strftime("%H:%M"))
    if at.date() == now.date() - dt.timedelta(days=1):
        return QCoreApplication.translate("Backups", "yesterday {time}").format(time=at.strftime("%H:%M"))
    return at.strftime("%Y-%m-%d %H:%M")


def backup_error_text(exc: BaseException) -> str:
    from ui.common.errors import db_problem_text

    reason = str(exc)
    known = ("disk-full", "readonly", "locked", "corrupt", "cannot-open", "unreachable")
    return db_problem_text(reason) if reason in known else reason


class StoreBanner(QFrame):
    """A strip at the top of the window: what is wrong with the store, since when, and that it is retrying."""

    RETRY_MS = 5_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("storeBanner")
        self.setStyleSheet(f"#storeBanner {{ background: {WARNING_BG}; border-bottom: 2px solid {WARNING}; }}"
                           f" QLabel {{ color: {DEEP_ORANGE}; font-weight: bold; }}")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel()
        self.label.setObjectName("storeBannerText")
        self.label.setWordWrap(True)
        lay.addWidget(self.label, 1)
        self.retry_btn = QPushButton(self.tr("Try again now"))
        self.retry_btn.setObjectName("storeBannerRetry")
        self.retry_btn.clicked.connect(self.retry)
        lay.addWidget(self.retry_btn)
        self.reason = ""
        self.last_reached: dt.datetime | None = ctx.now()
        self._probing = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.RETRY_MS)
        self.timer.timeout.connect(self.retry)
        self.hide()
        events = StoreEvents.instance()
        events.banners += 1
        events.trouble.connect(self.show_trouble)
        self.destroyed.connect(lambda *_a: _forget_banner())

    def show_trouble(self, reason: str) -> None:
        from ui.common.errors import db_problem_text

        if not self.isHidden() and reason == self.reason:
            return
        self.reason = reason
        since = (self.tr("Last reached {when}.").format(when=when_text(self.last_reached, self.ctx.now()))
                 if self.last_reached else "")
        self.label.setText(" ".join(t for t in (db_problem_text(reason), since,
                                                self.tr("Retrying every few seconds; what you typed stays."))
                                    if t))
        self.show()
        self.timer.start()

    def retry(self) -> None:
        if self._probing:
            return
        self._probing = True
        run_in_background(self, recovery.probe_store, done=self._probed,
                          failed=lambda exc: self._probed(str(exc) or "unreachable"))

    def _probed(self, reason: str | None) -> None:
        self._probing = False
        if self.isHidden():
            return
        if reason is None:
            self.timer.stop()
            self.hide()
            self.reason = ""
            self.last_reached = self.ctx.now()
            StoreEvents.instance().recovered.emit()
        elif reason != self.reason:
            self.show_trouble(reason)


def _forget_banner() -> None:
    events = StoreEvents.instance()
    events.banners = max(0, events.banners - 1)


class BackupStatus(QLabel):
    """Status-bar text: when the last good backup was made; takes the start-up and on-demand backups."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupStatus")
        self.setStyleSheet(f"QLabel {{ color: {MUTED}; padding: 0 10px; }}")
        self.busy = False
        self.last_error = ""
        self.warning: QMessageBox | None = None
        self.show_last()

    def show_last(self) -> None:
        if recovery.open_file() is None:
            self.setText("")
            self.setVisible(False)
            return
        last = recovery.last_good_backup()
        self.setVisible(True)
        if last is None:
            self.setText(self.tr("No good backup yet"))
            self.setStyleSheet(f"QLabel {{ color: {DANGER}; padding: 0 10px; }}")
        else:
            self.setText(self.tr("Last backup: {when}").format(when=when_text(last.taken_at, self.ctx.now())))
            self.setStyleSheet(f"QLabel {{ color: {MUTED}; padding: 0 10px; }}")
            self.setToolTip(str(last.path))

    def start_up(self) -> None:
        """Today's backup, if none yet, off the UI thread."""
        path = recovery.open_file()
        if path is None or self.busy:
            return
        self.busy = True
        run_in_background(self, recovery.start_up_backup, path, self.ctx.clock,
                          done=lambda info: self._finished(info, False), failed=self._failed)

    def back_up_now(self) -> None:
        path = recovery.open_file()
        if path is None:
            QMessageBox.information(self.window(), self.tr("Back up now"), self.tr(
                "This counter works on a database server: the server is backed up on the server itself "
                "(pg_dump on a schedule, see the README)."))
            return
        if self.busy:
            return
        self.busy = True
        self.setText(self.tr("Backing up…"))
        run_in_background(self, recovery.back_up_now, path, self.ctx.clock,
                          done=lambda info: self._finished(info, True), failed=self._failed)

    def _finished(self, info: BackupInfo | None, announce: bool) -> None:
        self.busy = False
        self.last_error = ""
        self.show_last()
        if info is not None and not info.good:
            self._warn(self.tr("The backup of {when} was written but fails its check ({check}); the disk may be "
                               "failing.").format(when=when_text(info.taken_at, self.ctx.now()), check=info.check))
        elif announce and info is not None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Back up now"),
                              self.tr("Backup made and checked: {file} ({size}).").format(
                                  file=info.path.name, size=size_text(info.size)),
                              QMessageBox.StandardButton.Ok, self.window())
            box.setObjectName("backupDoneBox")
            box.setModal(False)
            box.show()
            self.warning = box

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.show_last()
        if isinstance(exc, BackupError):
            text = backup_error_text(exc)
        elif isinstance(exc, OSError):
            from app.core.db import describe_db_error

            text = backup_error_text(BackupError(describe_db_error(exc)))
            if text == describe_db_error(exc):
                text = f"{exc.strerror or exc} ({exc.filename or ''})"
        else:
            text = str(exc)
        self.last_error = text
        self._warn(self.tr("The backup could not be made: {cause}").format(cause=text))

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup"), text, QMessageBox.StandardButton.Ok,
                          self.window())
        box.setObjectName("backupWarning")
        box.setModal(False)  # the counter keeps working
        box.show()
        self.warning = box


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"
