"""Settings ▸ Backups: every backup of this database with its time, reason, size and check; restoring one (a
supervisor's PIN, then a confirmation that names what will be lost). After a restore the store is reopened on
the restored file and every tab of the window refreshes (StoreEvents.reopened), without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core import recovery
from app.core.backup import BackupError, BackupInfo, backups_dir
from app.staff.roles import SUPERVISOR_ROLES
from ui.common.errors import call_service
from ui.common.palette import ERROR, MUTED, OK
from ui.common.pin_dialog import Acting, ask_pin
from ui.common.store_status import StoreEvents, backup_error_text, size_text, when_text
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, selected_row


class BackupsPage(QWidget):
    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.ctx = acting.ctx
        self.setObjectName("backupsPage")
        lay = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setObjectName("backupsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED};")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.note)
        self.model = RowTableModel([
            Column(self.tr("Taken"), lambda b: when_text(b.taken_at, self.ctx.now()), sort=lambda b: b.taken_at),
            Column(self.tr("Why"), self.reason_text),
            Column(self.tr("Size"), lambda b: size_text(b.size), sort=lambda b: b.size,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(self.tr("Check"), self.check_text, foreground=lambda b: OK if b.good else ERROR,
                   tooltip=lambda b: b.check or None),
            Column(self.tr("File"), lambda b: b.path.name, free_text=True),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "backupsTable")
        lay.addWidget(self.view, 1)
        self.result = QLabel()
        self.result.setObjectName("backupsResult")
        self.result.setWordWrap(True)
        self.result.hide()
        lay.addWidget(self.result)
        row = QHBoxLayout()
        self.restore_btn = QPushButton(self.tr("Restore this backup…"))
        self.restore_btn.setObjectName("backupsRestore")
        self.restore_btn.clicked.connect(self.restore_selected)
        row.addStretch(1)
        row.addWidget(self.restore_btn)
        lay.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        StoreEvents.instance().reopened.connect(self.refresh)
        self.refresh()

    def reason_text(self, b: BackupInfo) -> str:
        return {"start": self.tr("At start-up"), "migration": self.tr("Before a program update"),
                "manual": self.tr("Backed up by hand"), "before-restore": self.tr("Before a restore")}.get(
                    b.reason, b.reason)

    def check_text(self, b: BackupInfo) -> str:
        if b.good:
            return self.tr("Good")
        return self.tr("Damaged") if b.check else self.tr("Not checked")

    def refresh(self) -> None:
        path = recovery.open_file()
        if path is None:
            self.note.setText(self.tr("This counter works on a database server: back the server up on the server "
                                      "(pg_dump on a schedule, see the README). Restores are done there too."))
            self.model.set_rows([])
        else:
            self.note.setText(self.tr(
                "A backup is made when the program starts (once a day), before a program update and with Data ▸ "
                "Back up now; each is checked after writing. Kept for 30 days, the last 5 always. Folder: {folder}"
                ).format(folder=backups_dir(path)))
            self.model.set_rows(recovery.backups())
        self._update_buttons()

    def current(self) -> BackupInfo | None:
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def select_backup(self, info: BackupInfo) -> None:
        for i in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row()).path == info.path:
                self.view.selectRow(i)
                return

    def _update_buttons(self) -> None:
        b = self.current()
        self.restore_btn.setEnabled(b is not None and b.good)

    def confirm_text(self, b: BackupInfo) -> str:
        when = when_text(b.taken_at, self.ctx.now())
        lost = recovery.changes_since(b.taken_at)
        if lost > 0:
            what = self.tr("{n} changes saved since then (check-ins, keys, flow steps, complaints, settings…) "
                           "will be lost.").format(n=lost)
        elif lost == 0:
            what = self.tr("Nothing recorded in the audit trail has changed since then.")
        else:
            what = self.tr("Everything saved since then will be lost.")
        return self.tr("Restore the backup of {when}? The database goes back to how it was at {when}: {what} "
                       "The file in use now is copied into the backups folder first, and every counter using "
                       "this file sees the restored data.").format(when=when, what=what)

    def restore_selected(self) -> None:
        b = self.current()
        if b is None or not b.good:
            return
        got = ask_pin(self, self.tr("Restore a backup"), SUPERVISOR_ROLES,
                      message=self.tr("A supervisor restores a backup with her PIN."))
        if got is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), self.confirm_text(b),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restoreConfirmBox")
        yes = box.addButton(self.tr("Restore and lose the later changes"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("restoreConfirmYes")
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            done = call_service(self, recovery.restore_backup, self.ctx, got[0], got[1], b.path)
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), self.tr(
                "The backup could not be restored: {cause}").format(cause=backup_error_text(exc)))
            return
        if done is None:
            return
        StoreEvents.instance().reopened.emit()  # the window refreshes every tab; this page its list
        self.result.setText(self.tr("Restored the backup of {when}. The file used before is kept as {file}.").format(
            when=when_text(b.taken_at, self.ctx.now()), file=done.aside.name if done.aside else "-"))
        self.result.setStyleSheet(f"color: {OK};")
        self.result.show()
