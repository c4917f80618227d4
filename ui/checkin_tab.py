"""签到 — check-in tab (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from ui.main_window import PlaceholderTab


class CheckInTab(PlaceholderTab):
    statusChanged = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("…", parent)
        self.ctx = ctx
