"""Small pieces shared by the settings pages of every area (each page lives in its area's ui package)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet("color: #c62828;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


def note_label(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #607d8b;")
    return lab


def show_done(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setStyleSheet("color: #2e7d32;")
    label.show()
