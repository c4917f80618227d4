"""Small pieces shared by the settings pages of every area (each page lives in its area's ui package)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.common.palette import ERROR, MUTED, OK


def error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet(f"color: {ERROR};")
    lab.setWordWrap(True)
    lab.hide()
    return lab


def note_label(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {MUTED};")
    return lab


def show_done(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {OK};")
    label.show()
