"""Settings ▸ Lockers: the guests' lockers (through ``app.checkin.lockers``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checkin import lockers
from app.core.context import AppContext
from ui.common.errors import FieldErrors
from ui.common.palette import INACTIVE, WARNING
from ui.common.pin_dialog import Acting
from ui.common.settings_parts import error_label
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, select_row_by_id, selected_row


class LockersPage(QWidget):
    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("lockersPage")
        self._new = False
        lay = QVBoxLayout(self)
        self.model = RowTableModel([
            Column(self.tr("Locker"), lambda r: r.number),
            Column(self.tr("Location"), lambda r: r.location),
            Column(self.tr("Status"), lambda r: self.tr("On") if r.active else self.tr("Off"),
                   foreground=lambda r: None if r.active else INACTIVE),
            Column(self.tr("Key"), lambda r: self.tr("Out") if r.in_use else self.tr("At the counter"),
                   foreground=lambda r: WARNING if r.in_use else None),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "lockersTable")
        lay.addWidget(self.view, 1)
        general = error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("lockerNumber")
        self.number.setMaxLength(10)
        self.location = QLineEdit()
        self.location.setObjectName("lockerLocation")
        self.location.setMaxLength(40)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setObjectName("lockerActive")
        form.addRow(self.tr("Number"), self.number)
        form.addRow("", self.errors.label("number"))
        form.addRow(self.tr("Location"), self.location)
        form.addRow("", self.errors.label("location"))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New locker"))
        self.new_btn.setObjectName("lockerNew")
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("lockerSave")
        buttons.addWidget(self.new_btn)
        buttons.addWidget(self.remove_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        self.new_btn.clicked.connect(self.start_new)
        self.remove_btn.clicked.connect(self.remove)
        self.save_btn.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(lockers.locker_rows())
        if select_id is not None:
            select_row_by_id(self.view, select_id)
        self.load_selected()

    def current(self):  # returns a LockerRow
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        r = self.current()
        self._new = False
        self.errors.clear()
        self.remove_btn.setEnabled(r is not None)
        self.save_btn.setEnabled(r is not None)
        if r is not None:
            self.number.setText(r.number)
            self.location.setText(r.location)
            self.active.setChecked(r.active)

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.number.clear()
        self.location.clear()
        self.active.setChecked(True)
        self.save_btn.setEnabled(True)
        self.number.setFocus()

    def save(self) -> None:
        if self._new:
            lk = self.acting.call(self, lockers.add_locker, self.number.text(), self.location.text(), errors=self.errors)
        else:
            r = self.current()
            if r is None:
                return
            lk = self.acting.call(self, lockers.update_locker, r.id, self.number.text(), self.location.text(),
                                  self.active.isChecked(), errors=self.errors)
        if lk is not None:
            self.refresh(lk.id)

    def remove(self) -> None:
        r = self.current()
        if r is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove locker"), self.tr(
            "Remove locker {n}? A locker whose key was ever lent cannot be removed: switch it off instead.")
            .format(n=r.number))
        if answer == QMessageBox.StandardButton.Yes and self.acting.call(self, _delete_locker, r.id):
            self.refresh()


def _delete_locker(ctx: AppContext, staff_id: int | None, pin: str | None, locker_id: int) -> bool:
    lockers.delete_locker(ctx, staff_id, pin, locker_id)
    return True


# ------------------------------------------------------------------------------------ working days
