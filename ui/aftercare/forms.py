"""A small form dialog base for this area: fields in a QFormLayout, each with its error label under it;
Enter moves on, Ctrl+Enter saves; nothing is saved while an error is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import ERROR


class FormDialog(QDialog):
    """Subclasses add fields with :meth:`add_field`, then call :meth:`finish`; ``submit()`` returns the
    service call (a callable without arguments) whose result is kept in ``result_value``."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.result_value: Any = None
        self._lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self._lay.addLayout(self.form)
        general = QLabel()
        general.setObjectName("error_general")
        general.setStyleSheet(f"color: {ERROR};")
        general.setWordWrap(True)
        general.hide()
        self.errors = FieldErrors(general)
        self._general = general

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(widget.objectName() or key)
        self.form.addRow(label, widget)
        self.form.addRow("", self.errors.label(key))
        return widget

    def add_text(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        self.form.addRow(lab)
        return lab

    def finish(self) -> None:
        self._lay.addWidget(self._general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._lay.addWidget(buttons)
        form_keys(self, self.save, self.ok_button)

    def submit(self) -> Callable[[], Any]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def save(self) -> None:
        value = call_service(self, self.submit(), errors=self.errors)
        if value is not None:
            self.result_value = value
            self.accept()
