"""An editor for a supervisor-edited list (lead sources, lost reasons, the shift's checklist): add, remove,
move up or down; each change is saved at once through the area's service ``save(ctx, staff_id, pin,
values)``, which checks the supervisor's PIN and refuses a bad list with nothing saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.errors import FieldErrors
from ui.common.palette import ERROR
from ui.common.pin_dialog import Acting


class ListOptionEditor(QGroupBox):
    """One list option: the entries (built-in keys shown through ``label``), a field to add one."""

    def __init__(self, acting: Acting, name: str, read: Callable[[], list[str]], save: Callable[..., None],
                 title: str, label: Callable[[str], str], placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.acting = acting
        self.read = read
        self.save = save
        self.label = label
        self.setObjectName(name)
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("entries")
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new = QLineEdit(objectName="newEntry")
        self.new.setMaxLength(40)
        self.new.setPlaceholderText(placeholder)
        self.new.returnPressed.connect(self.add)
        add = QPushButton(self.tr("Add"), objectName="addEntry")
        add.clicked.connect(self.add)
        up = QPushButton(self.tr("Up"), objectName="upEntry")
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Down"), objectName="downEntry")
        down.clicked.connect(lambda: self.move(1))
        remove = QPushButton(self.tr("Remove"), objectName="removeEntry")
        remove.clicked.connect(self.remove)
        # the new entry gets the row's width with its Add; the list's own buttons go below (a narrow field
        # cut its placeholder to "A new…")
        row.addWidget(self.new, 1)
        row.addWidget(add)
        lay.addLayout(row)
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        moves.addWidget(remove)
        lay.addLayout(moves)
        general = QLabel()
        general.setStyleSheet(f"color: {ERROR};")
        general.setWordWrap(True)
        lay.addWidget(general)
        self.errors = FieldErrors(general)
        self.refresh()

    def values(self) -> list[str]:
        return list(self.read())

    def refresh(self) -> None:
        self.list.clear()
        for v in self.values():
            item = QListWidgetItem(self.label(v))
            item.setData(256, v)
            self.list.addItem(item)

    def _save(self, values: list[str]) -> bool:
        self.acting.call(self, self.save, values, errors=self.errors)
        self.refresh()
        return self.read() == values  # the service returns nothing: what is stored says if it took

    def add(self) -> None:
        text = self.new.text().strip()
        if not text:
            return
        if self._save([*self.values(), text]):
            self.new.clear()

    def remove(self) -> None:
        row = self.list.currentRow()
        values = self.values()
        if 0 <= row < len(values):
            del values[row]
            self._save(values)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        values = self.values()
        to = row + step
        if 0 <= row < len(values) and 0 <= to < len(values):
            values[row], values[to] = values[to], values[row]
            self._save(values)
            self.list.setCurrentRow(to)
