"""Small labels the settings pages share: an error line, a grey note, a green "Saved."."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label() -> QLabel:
    """A hidden red line for a page-wide error."""
    lab = QLabel()
    lab.setStyleSheet("color: #c62828;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


def note_label(text: str) -> QLabel:
    """A grey explanatory note that wraps."""
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #607d8b;")
    return lab


def show_done(label: QLabel, text: str) -> None:
    """Show ``text`` in green in ``label`` (a save went through)."""
    label.setText(text)
    label.setStyleSheet("color: #2e7d32;")
    label.show()
