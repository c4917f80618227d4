"""The damaged-file dialog: instead of only quitting, offer the newest good backup (naming its time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.core import backup, recovery
from app.core.context import AppContext


class RestoreOfferBox(QMessageBox):
    """"The file is damaged; the newest good backup is of <time>: restore it?" with Restore and Close."""

    def __init__(self, info: backup.BackupInfo, parent: QWidget | None = None) -> None:
        from ui.common.errors import db_problem_text
        from ui.common.store_status import size_text, when_text

        super().__init__(QMessageBox.Icon.Critical, QCoreApplication.translate("Backups", "Database problem"), "", QMessageBox.StandardButton.NoButton,
                         parent)
        self.setObjectName("restoreOfferBox")
        self.info = info
        self.setText(db_problem_text("corrupt"))
        self.setInformativeText(QCoreApplication.translate("Backups",
            "The newest good backup is of {when} ({size}). Restore it? Whatever was saved after {when} is lost; "
            "the damaged file is kept in the backups folder.").format(
                when=when_text(info.taken_at, AppContext().now()), size=size_text(info.size)))
        self.restore_btn: QPushButton = self.addButton(QCoreApplication.translate("Backups", "Restore that backup"), QMessageBox.ButtonRole.AcceptRole)
        self.restore_btn.setObjectName("restoreOfferRestore")
        self.close_btn: QPushButton = self.addButton(QCoreApplication.translate("Backups", "Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_btn)

    def wants_restore(self) -> bool:
        return self.clickedButton() is self.restore_btn


def offer_newest_backup(parent: QWidget | None, path: str | Path | None = None, ctx: AppContext | None = None) -> bool:
    """Offer to restore the newest good backup of ``path`` (default: the open file) over it. True when it was
    restored and the store is open on it again; False when there is none, the user declined or it failed
    (a dialog has said why)."""
    path = Path(path) if path is not None else recovery.open_file()
    if path is None:
        return False
    info = backup.newest_good_backup(path)
    if info is None:
        return False
    box = RestoreOfferBox(info, parent)
    box.exec()
    if not box.wants_restore():
        return False
    try:
        recovery.restore_damaged(ctx or AppContext(), path, info.path)
    except Exception as exc:  # BackupError or a store error: said in plain words
        from ui.common.store_status import backup_error_text

        QMessageBox.critical(parent, QCoreApplication.translate("Backups", "Restore"), QCoreApplication.translate("Backups", "The backup could not be restored: {cause}").format(
            cause=backup_error_text(exc)))
        return False
    from ui.common.store_status import StoreEvents

    StoreEvents.instance().reopened.emit()
    return True
