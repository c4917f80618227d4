"""Scripted counter tasks that count the receptionist's key presses and mouse clicks.

``Counter`` wraps ``qtbot.keyClick`` / ``qtbot.mouseClick`` and counts each; typing text is not counted
(it is what she has to type anyway) and goes through ``QLineEdit.insert`` (non-ASCII-safe).
``on_modal(fn)`` runs ``fn(dialog)`` as soon as the next modal dialog is up (its events count too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


class Counter:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.clicks = 0
        self.log: list[str] = []

    @property
    def events(self) -> int:
        return self.keys + self.clicks

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        self.log.append(f"key {key.name}{'+' + modifier.name if modifier else ''} on {widget.objectName()}")
        self.qtbot.keyClick(widget, key, modifier)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.clicks += 1
        self.log.append(f"click {widget.objectName()}")
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def type(self, widget: QWidget | None, text: str) -> None:
        """What she types (not counted): into the focused line edit."""
        target = widget if widget is not None else QApplication.focusWidget()
        assert isinstance(target, QLineEdit), f"typing into {target!r}"
        target.insert(text)


def focused(dialog: QWidget) -> QWidget:
    w = dialog.focusWidget()
    return w if w is not None else dialog


def on_modal(fn: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Call ``fn(dialog)`` once the next modal dialog (other than the one up now) is shown."""
    before = QApplication.activeModalWidget()
    waited = [0]

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if w is not None and w is not before and w.isVisible():
            try:
                fn(w)
            except BaseException:
                # A failed check must not leave the dialog up: the test would wait in exec() forever.
                # The error still fails the test (pytest-qt reports exceptions raised in Qt callbacks).
                w.close()
                raise
            return
        waited[0] += 10
        if waited[0] < timeout_ms:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
