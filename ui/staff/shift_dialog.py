"""Start a shift: the person taking the counter picks herself and types her PIN; every write records her.

On an empty database (no supervisor yet) the dialog sets the studio up instead: the first supervisor
enters her name, role and PIN, and takes the counter; she then adds the staff (Desk ▸ Staff…).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.core.errors import PermissionDenied, ValidationError
from app.first_run import setup_studio
from app.staff import service as staff_service
from app.staff.roles import SUPERVISOR_ROLES, role_label
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR, MUTED, WARNING
from ui.common.pin_dialog import pin_edit
from ui.common.widgets import StaffPicker

COUNTER_ROLES = ("receptionist", *SUPERVISOR_ROLES)


def _start_shift(ctx: AppContext, staff_id: int, pin: str) -> int:
    """The new shift's id. A refused PIN is shown under the PIN field, not in a message box."""
    try:
        return staff_service.start_shift(ctx, staff_id, pin).id
    except PermissionDenied as exc:
        raise ValidationError({"pin": str(exc)}) from exc


class ShiftDialog(QDialog):
    """Pick who takes the counter and check her PIN. On an empty database, set up the first supervisor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shiftDialog")
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        general = QLabel()
        general.setObjectName("shiftGeneralError")
        general.setStyleSheet(f"color: {ERROR};")
        general.setWordWrap(True)
        general.hide()
        self.errors = FieldErrors(general)
        self.first_run = staff_service.needs_setup()
        self.pin = pin_edit("shiftPin")
        self.pin_again = pin_edit("shiftPinAgain")
        if self.first_run:
            self.setWindowTitle(self.tr("Set up the studio"))
            intro = QLabel(self.tr("Welcome. No supervisor has been set up yet. Enter the studio's letterhead "
                                   "(it heads every printout), then your own name, role and a personal PIN "
                                   "(4–12 digits): you take the counter now and add the staff afterwards "
                                   "under Desk ▸ Staff…"))
            intro.setWordWrap(True)
            lay.addWidget(intro)
            self.studio_name = QLineEdit()
            self.studio_name.setObjectName("firstStudioName")
            self.studio_name.setPlaceholderText(self.tr("e.g. Golden Lady Wedding Photography (main store)"))
            self.studio_address = QLineEdit()
            self.studio_address.setObjectName("firstStudioAddress")
            self.studio_phone = QLineEdit()
            self.studio_phone.setObjectName("firstStudioPhone")
            form.addRow(self.tr("Studio name"), self.studio_name)
            form.addRow("", self.errors.label("studio_name"))
            form.addRow(self.tr("Address"), self.studio_address)
            form.addRow("", self.errors.label("address"))
            form.addRow(self.tr("Studio phone"), self.studio_phone)
            form.addRow("", self.errors.label("phone"))
            logo_hint = QLabel(self.tr("A logo can be added later under Settings ▸ Studio."))
            logo_hint.setStyleSheet(f"color: {MUTED};")
            form.addRow("", logo_hint)
            self.name_edit = QLineEdit()
            self.name_edit.setObjectName("firstName")
            self.role_combo = QComboBox()
            self.role_combo.setObjectName("firstRole")
            for code in reversed(SUPERVISOR_ROLES):
                self.role_combo.addItem(role_label(code), code)
            form.addRow(self.tr("Your name"), self.name_edit)
            form.addRow("", self.errors.label("name"))
            form.addRow(self.tr("Your role"), self.role_combo)
            form.addRow("", self.errors.label("roles"))
            form.addRow(self.tr("PIN"), self.pin)
            form.addRow("", self.errors.label("pin"))
            form.addRow(self.tr("PIN again"), self.pin_again)
            form.addRow("", self.errors.label("pin_again"))
        else:
            self.setWindowTitle(self.tr("Start shift"))
            self.picker = StaffPicker(COUNTER_ROLES, self)
            self.picker.setObjectName("shiftPicker")
            if ctx.operator_id is not None:
                self.picker.set_staff_id(ctx.operator_id)
            form.addRow(self.tr("Who takes the counter"), self.picker)
            form.addRow("", self.errors.label("staff"))
            form.addRow(self.tr("PIN"), self.pin)
            form.addRow("", self.errors.label("pin"))
            self.again_label = QLabel(self.tr("PIN again"))
            form.addRow(self.again_label, self.pin_again)
            self.first_use = QLabel(self.tr("No PIN yet: the PIN typed now (4–12 digits, twice) becomes hers."))
            self.first_use.setWordWrap(True)
            self.first_use.setStyleSheet(f"color: {WARNING};")
            form.addRow(self.first_use)
            form.addRow("", self.errors.label("pin_again"))
            self.picker.currentIndexChanged.connect(lambda _i: self._update_first_use())
            self._update_first_use()
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_shift)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _needs_new_pin(self) -> bool:
        sid = self.picker.staff_id()
        return sid is not None and not staff_service.has_pin(sid)

    def _update_first_use(self) -> None:
        new = self._needs_new_pin()
        for w in (self.again_label, self.pin_again, self.first_use):
            w.setVisible(new)

    def accept_shift(self) -> None:
        pin = self.pin.text()
        if self.first_run:
            staff_id = call_service(self, setup_studio, self.ctx, self.name_edit.text(),
                                    self.role_combo.currentData(), pin, self.pin_again.text(),
                                    self.studio_name.text(), self.studio_address.text(),
                                    self.studio_phone.text(), errors=self.errors)
            if staff_id is None:
                return
        else:
            staff_id = self.picker.staff_id()
            if staff_id is None:
                self.errors.show({"staff": self.tr("Pick who takes the counter.")})
                return
            if self._needs_new_pin() and pin != self.pin_again.text():
                self.errors.show({"pin_again": self.tr("The two PINs differ.")})
                return
        if call_service(self, _start_shift, self.ctx, staff_id, pin, errors=self.errors) is not None:
            self.accept()
        else:
            self.pin.clear()
            self.pin_again.clear()
