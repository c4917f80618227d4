"""What a customer standing at the counter may see.

Phone numbers are masked everywhere by default. The client-safe mode (one shortcut) also hides notes
and complaint details. Every tab listens to ``Privacy.instance().changed`` and redraws.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.validation import mask_phone


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
