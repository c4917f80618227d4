"""Ask who is acting and for her PIN (signing, approving, settings, starting a shift).

The dialog only collects; the protected service checks the PIN itself. A staff member who has no PIN yet
sees a second field: the PIN she types (twice) becomes hers at first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.staff import service as staff_service
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR, WARNING
from ui.common.widgets import StaffPicker

T = TypeVar("T")


@dataclass
class Acting:
    """A supervisor who proved herself once when a management dialog opened. Every save passes her id and
    PIN to the service again, which checks them itself; the PIN lives only as long as the dialog."""

    ctx: AppContext
    staff_id: int
    pin: str

    def call(self, parent: QWidget | None, fn: Callable[..., T], *args: Any, errors: FieldErrors | None = None,
             **kwargs: Any) -> T | None:
        """``fn(ctx, staff_id, pin, *args)`` through ``call_service``."""
        return call_service(parent, fn, self.ctx, self.staff_id, self.pin, *args, errors=errors, **kwargs)


def ask_supervisor(parent: QWidget | None, ctx: AppContext, title: str, message: str = "") -> Acting | None:
    """Ask a supervisor for her PIN and check it (role and PIN, in the service). None when refused."""
    from app.staff.roles import SUPERVISOR_ROLES

    got = ask_pin(parent, title, SUPERVISOR_ROLES, message=message)
    if got is None:
        return None
    sid, pin = got
    if call_service(parent, staff_service.check_supervisor, ctx, sid, pin) is None:
        return None
    return Acting(ctx, sid, pin)


def pin_missing(edit: QLineEdit, staff_id: int | None, show: Callable[[str], None]) -> bool:
    """True when ``staff_id`` has a PIN and none was typed: the field gets the focus and ``show`` the hint.

    An empty PIN is never sent to the service, so it never counts as a wrong PIN (the service refuses it
    without counting too). Someone without a PIN yet may go on with an empty field (accepted on her word).
    """
    if edit.text().strip() or staff_id is None or not staff_service.has_pin(staff_id):
        return False
    edit.setFocus()
    show(QCoreApplication.translate("Pin", "Type the PIN first (then Enter)."))
    return True


def pin_edit(object_name: str) -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(object_name)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setMaxLength(staff_service.PIN_MAX)
    return e


class PinDialog(QDialog):
    """Pick the acting staff member (optionally only with a role, or one of several) and type her PIN."""

    def __init__(self, title: str, role: str | tuple[str, ...] | None = None, parent: QWidget | None = None,
                 staff_id: int | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
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
        self.pin = pin_edit("pinEdit")
        self.pin.setPlaceholderText(self.tr("PIN, then Enter"))
        self.pin_again = pin_edit("pinAgain")
        self.first_use = QLabel(self.tr("No PIN yet: the PIN typed now (4–12 digits, twice) becomes hers."))
        self.first_use.setObjectName("pinFirstUse")
        self.first_use.setWordWrap(True)
        self.first_use.setStyleSheet(f"color: {WARNING};")
        self.error = QLabel()
        self.error.setObjectName("pinError")
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.hide()
        form.addRow(self.tr("Staff"), self.picker)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        self._again_label = form.labelForField(self.pin_again)
        form.addRow(self.first_use)
        lay.addLayout(form)
        lay.addWidget(self.error)
        if self.picker.count() == 0:
            self.error.setText(self.tr("Nobody here may do this."))
            self.error.show()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.picker.currentIndexChanged.connect(lambda _i: self._update_first_use())
        self._update_first_use()
        self.pin.setFocus()

    def needs_new_pin(self) -> bool:
        sid = self.picker.staff_id()
        return sid is not None and not staff_service.has_pin(sid)

    def _update_first_use(self) -> None:
        new = self.needs_new_pin()
        self.pin_again.setVisible(new)
        if self._again_label is not None:
            self._again_label.setVisible(new)
        self.first_use.setVisible(new)

    def accept(self) -> None:
        if self.picker.staff_id() is None:
            self.error.setText(self.tr("Pick who is acting."))
            self.error.show()
            return
        if pin_missing(self.pin, self.picker.staff_id(), self._show_error):
            return
        if self.needs_new_pin():
            problem = staff_service.pin_error(self.pin.text())
            if problem is None and self.pin.text() != self.pin_again.text():
                problem = self.tr("The two PINs differ.")
            if problem:
                self.error.setText(problem)
                self.error.show()
                return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def values(self) -> tuple[int | None, str]:
        return self.picker.staff_id(), self.pin.text()


def ask_pin(parent: QWidget | None, title: str, role: str | tuple[str, ...] | None = None,
            staff_id: int | None = None, message: str = "") -> tuple[int, str] | None:
    """Show a PinDialog; (staff id, PIN) or None when cancelled."""
    dlg = PinDialog(title, role, parent, staff_id=staff_id, message=message)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    sid, pin = dlg.values()
    return (sid, pin) if sid is not None else None
