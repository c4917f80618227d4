"""One keyboard rule for every form: Enter moves to the next field, Ctrl+Enter saves.

``form_keys(dialog, save)`` applies it to a dialog's single-line fields (line edits, spin boxes, date
edits, combo boxes); a search box inside a form keeps Enter for its search. Multi-line texts keep Enter for a new line (Tab moves on); Enter on a button presses
that button; Ctrl+Enter saves from anywhere in the dialog. A confirmation with one question (the check-in
dialog, the PIN dialog) is not a form: there Enter confirms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QWidget

FIELD_TYPES = (QLineEdit, QAbstractSpinBox, QComboBox)


class _FormKeyFilter(QObject):
    def __init__(self, dialog: QDialog, save: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._save = save

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._save()
            return True
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if isinstance(obj, QComboBox) and obj.view().isVisible():
            return False  # Enter picks the item in an open list
        self._dialog.focusNextChild()
        return True


def form_keys(dialog: QDialog, save: Callable[[], None], save_button: QWidget | None = None) -> None:
    """Install the rule on ``dialog`` (call after its fields are built)."""
    filt = _FormKeyFilter(dialog, save)
    from ui.common.widgets import SearchBox

    for w in dialog.findChildren(QWidget):
        if isinstance(w, SearchBox) or isinstance(w.parent(), SearchBox):
            continue  # a search box: Enter finds (and picks), as everywhere
        if isinstance(w, FIELD_TYPES):
            w.installEventFilter(filt)
            if isinstance(w, QComboBox) and w.lineEdit() is not None:
                w.lineEdit().installEventFilter(filt)
    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(seq), dialog, activated=save)
    if save_button is not None:
        if not save_button.toolTip():
            save_button.setToolTip(QCoreApplication.translate("Forms", "Save (Ctrl+Enter)"))
