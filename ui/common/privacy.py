"""What a customer standing at the counter may see.

Phone numbers are masked everywhere by default. The client-safe mode (one shortcut) also hides notes
and complaint details. Every tab listens to ``Privacy.instance().changed`` and redraws.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.context import AppContext
from app.core.validation import mask_phone


class Privacy(QObject):
    """Process-wide privacy state for the counter screen."""

    #: Emitted with the new client-safe state whenever it changes.
    changed = Signal(bool)

    _instance: Privacy | None = None

    def __init__(self) -> None:
        super().__init__()
        self.client_safe = False

    @classmethod
    def instance(cls) -> Privacy:
        if cls._instance is None:
            cls._instance = Privacy()
        return cls._instance

    def set_client_safe(self, on: bool) -> None:
        if on != self.client_safe:
            self.client_safe = on
            self.changed.emit(on)

    def phone(self, number: str) -> str:
        """Masked (138****5678) — a full number is shown only through an explicit, audited reveal."""
        return mask_phone(number)

    def private_text(self, text: str) -> str:
        """Notes and complaint details: hidden in client-safe mode."""
        return "•••" if self.client_safe and text else text


def reveal_phone_dialog(parent: QWidget | None, ctx: AppContext, couple_id: int, which: str) -> str | None:
    """The explicit, audited way to see a full number: refused in client-safe mode; asks who is acting and
    her PIN; shows the number in a message box (not in the table). Returns the number or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.core.privacy import reveal_phone
    from ui.common.errors import call_service
    from ui.common.pin_dialog import ask_pin

    title = QCoreApplication.translate("Privacy", "Show full number")
    if Privacy.instance().client_safe:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Privacy", "The screen is in client-safe mode (F9). Leave it first."))
        return None
    got = ask_pin(parent, title, None, staff_id=ctx.operator_id, message=QCoreApplication.translate(
        "Privacy", "Showing a full phone number is recorded under your name."))
    if got is None:
        return None
    number = call_service(parent, reveal_phone, ctx, couple_id, which, *got)
    if number:
        QMessageBox.information(parent, title, number)
    return number
