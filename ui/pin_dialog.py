"""Ask who is acting and for her PIN (signing, approving, settings, starting a shift)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.widgets import StaffPicker


class PinDialog(QDialog):
    """Pick the acting staff member (optionally only with a role) and type her PIN."""

    def __init__(self, title: str, role: str | None = None, parent: QWidget | None = None,
                 staff_id: int | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        if message:
            lab = QLabel(message)
            lab.setWordWrap(True)
            lay.addWidget(lab)
        form = QFormLayout()
        self.picker = StaffPicker(role, self)
        self.picker.setObjectName("pinStaff")
        if staff_id is not None:
            self.picker.set_staff_id(staff_id)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        form.addRow(self.tr("Staff"), self.picker)
        form.addRow(self.tr("PIN"), self.pin)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.pin.setFocus()

    def values(self) -> tuple[int | None, str]:
        return self.picker.staff_id(), self.pin.text()
