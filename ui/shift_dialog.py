"""Start a shift: the receptionist on the counter picks herself; every write records her."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import staff as staff_service
from app.context import AppContext
from ui.errors import FieldErrors, call_service
from ui.widgets import StaffPicker


class ShiftDialog(QDialog):
    """Pick the receptionist who takes the counter. On an empty database, name the first one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shiftDialog")
        self.setWindowTitle(self.tr("Start shift"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(QLabel())
        self.first_run = not staff_service.active_staff("receptionist")
        if self.first_run:
            lay.addWidget(QLabel(self.tr("No receptionist yet. Enter your name to start.")))
            self.name_edit = QLineEdit()
            self.name_edit.setObjectName("firstName")
            form.addRow(self.tr("Your name"), self.name_edit)
            form.addRow("", self.errors.label("name"))
        else:
            self.picker = StaffPicker("receptionist", self)
            self.picker.setObjectName("shiftPicker")
            if ctx.operator_id is not None:
                self.picker.set_staff_id(ctx.operator_id)
            form.addRow(self.tr("Receptionist"), self.picker)
            form.addRow("", self.errors.label("staff"))
        lay.addLayout(form)
        lay.addWidget(self.errors._general)  # noqa: SLF001
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_shift)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept_shift(self) -> None:
        if self.first_run:
            s = call_service(self, staff_service.add_staff, self.ctx, self.name_edit.text(), ["receptionist"],
                             errors=self.errors)
            if s is None:
                return
            staff_id = s.id
        else:
            staff_id = self.picker.staff_id()
        if call_service(self, staff_service.start_shift, self.ctx, staff_id, errors=self.errors) is not None:
            self.accept()
