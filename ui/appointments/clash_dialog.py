"""The clash warning: a staff member or a room is already taken then. The other appointments are named; the
receptionist changes the time, or books anyway with her reason (recorded in the audit trail)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.appointments.clashes import Clash, ClashInfo
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import DANGER, ERROR


class ClashDialog(QDialog):
    def __init__(self, found: Sequence[ClashInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clashDialog")
        self.setWindowTitle(self.tr("Already booked then"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        text = QLabel("\n".join(f"• {c.message}" for c in found))
        text.setObjectName("clashList")
        text.setWordWrap(True)
        text.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
        lay.addWidget(text)
        lay.addWidget(QLabel(self.tr("Pick another time — or book anyway and say why (recorded under your name):")))
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why both at once (the guest has no other time…)"))
        lay.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("error_override")
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.book_btn = buttons.addButton(self.tr("Book anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_btn.setObjectName("bookAnyway")
        back = buttons.addButton(self.tr("Change the time"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setDefault(True)
        self.book_btn.clicked.connect(self.book_anyway)
        back.clicked.connect(self.reject)
        lay.addWidget(buttons)

    def book_anyway(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Say why the appointment is booked anyway."))
            self.error.show()
            return
        self.accept()


def ask_override(parent: QWidget | None, found: Sequence[ClashInfo]) -> str | None:
    """The reason to book anyway, or None (she changes the time)."""
    dlg = ClashDialog(found, parent)
    return dlg.reason.text().strip() if dlg.exec() else None


def book_checking_clashes(parent: QWidget | None, book: Callable[[str, list[int]], Any],
                          errors: FieldErrors) -> Any:
    """Run ``book(override_reason, accepted_ids)``; on a clash ask whether to book anyway and try once more
    with her reason (the service checks again in its transaction: a new clash asks again)."""
    override, accepted = "", []
    for _ in range(3):
        seen: list[Clash] = []
        result = call_service(parent, _catch_clash, book, override, accepted, seen, errors=errors)
        if not seen:
            return result
        reason = ask_override(parent, seen[0].clashes)
        if reason is None:
            errors.show({"starts_at": str(seen[0])})
            return None
        override, accepted = reason, [c.appointment_id for c in seen[0].clashes]
    return None


def _catch_clash(book: Callable[[str, list[int]], Any], override: str, accepted: list[int],
                 seen: list[Clash]) -> Any:
    try:
        return book(override, accepted)
    except Clash as exc:
        seen.append(exc)
        return None
