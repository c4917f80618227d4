"""Settings ▸ Shift checklist: the recurring checks of each shift (储物柜钥匙清点, 门口天气提示与天气相符 …),
their order, the shifts that do them and whether they are in use, and the hour the evening shift starts.
Every save passes the supervisor's PIN to the service (app.handover.checklist), which checks it and audits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.handover import checklist as ck
from ui.common.errors import FieldErrors
from ui.common.pin_dialog import Acting
from ui.common.settings_parts import error_label, note_label, show_done
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, select_row_by_id, selected_row


def _named[W: QWidget](w: W, name: str) -> W:
    w.setObjectName(name)
    return w


class ChecklistPage(QWidget):
    """One row per check in the shift's order; the form below edits the selected one (or a new one)."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("checklistPage")
        self._new = False
        lay = QVBoxLayout(self)
        lay.addWidget(note_label(self.tr("The receptionist on shift ticks each check on the handover tab; the checks "
                                         "not done are shown to the next shift in the handover. A check is never "
                                         "deleted: switch it off.")))
        self.model = RowTableModel([
            Column(self.tr("Check"), lambda r: r.text),
            Column(self.tr("Shifts"), lambda r: r.shifts_text),
            Column(self.tr("Status"), lambda r: self.tr("In use") if r.active else self.tr("Off"),
                   foreground=lambda r: None if r.active else "#9e9e9e"),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "checklistTable")
        self.view.setSortingEnabled(False)  # the list's own order is the order of the shift
        lay.addWidget(self.view, 1)
        order = QHBoxLayout()
        self.up_btn = _named(QPushButton(self.tr("Up")), "checkUp")
        self.down_btn = _named(QPushButton(self.tr("Down")), "checkDown")
        order.addWidget(self.up_btn)
        order.addWidget(self.down_btn)
        order.addStretch(1)
        lay.addLayout(order)
        general = error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.text = _named(QLineEdit(), "checkText")
        self.text.setMaxLength(ck.ITEM_TEXT_MAX + 20)  # the service says when it is too long
        self.text.setPlaceholderText(self.tr("e.g. the weather notice at the door matches the weather"))
        shifts = QHBoxLayout()
        self.shifts: dict[str, QCheckBox] = {}
        for k in ck.SHIFT_KINDS:
            box = _named(QCheckBox(ck.shift_kind_label(k)), f"checkShift_{k}")
            self.shifts[k] = box
            shifts.addWidget(box)
        shifts.addStretch(1)
        self.active = _named(QCheckBox(self.tr("In use")), "checkActive")
        form.addRow(self.tr("Check"), self.text)
        form.addRow("", self.errors.label("text"))
        form.addRow(self.tr("Done by"), shifts)
        form.addRow("", self.errors.label("shifts"))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        self.saved = error_label()
        lay.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.new_btn = _named(QPushButton(self.tr("New check")), "checkNew")
        self.save_btn = _named(QPushButton(self.tr("Save")), "checkSave")
        buttons.addWidget(self.new_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        shifts_box = QGroupBox(self.tr("Morning and evening shift"))
        evening = QHBoxLayout(shifts_box)
        evening.addWidget(QLabel(self.tr("A shift started from")))
        self.evening_from = _named(QSpinBox(), "eveningFrom")
        self.evening_from.setRange(1, 23)
        self.evening_from.setSuffix(":00")
        self.evening_from.setValue(ck.evening_from())
        evening.addWidget(self.evening_from)
        evening.addWidget(QLabel(self.tr("on is the evening shift; before, the morning shift.")))
        evening.addStretch(1)
        self.evening_save = _named(QPushButton(self.tr("Save the hour")), "eveningSave")
        evening.addWidget(self.evening_save)
        lay.addWidget(shifts_box)
        evening_general = error_label()
        self.evening_errors = FieldErrors(evening_general)
        lay.addWidget(evening_general)
        self.new_btn.clicked.connect(self.start_new)
        self.save_btn.clicked.connect(self.save)
        self.up_btn.clicked.connect(lambda: self.move_check(-1))
        self.down_btn.clicked.connect(lambda: self.move_check(1))
        self.evening_save.clicked.connect(self.save_evening)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()
        if self.proxy.rowCount():
            self.view.selectRow(0)
        else:
            self.start_new()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(ck.items(include_inactive=True))
        if select_id is not None:
            select_row_by_id(self.view, select_id)
        self.load_selected()

    def current(self) -> ck.ItemView | None:
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        r = self.current()
        if r is None:
            return
        self._new = False
        self.errors.clear()
        self.text.setText(r.text)
        for k, box in self.shifts.items():
            box.setChecked(k in r.shifts)
        self.active.setChecked(r.active)

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.errors.clear()
        self.text.clear()
        for box in self.shifts.values():
            box.setChecked(True)
        self.active.setChecked(True)
        self.text.setFocus()

    def save(self) -> None:
        cur = None if self._new else self.current()
        if not self._new and cur is None:
            return
        shifts = [k for k, box in self.shifts.items() if box.isChecked()]
        saved = self.acting.call(self, _save_check, self.text.text(), shifts, cur.id if cur else None,
                                 self.active.isChecked(), errors=self.errors)
        if saved is not None:
            self.refresh(saved.id)
            show_done(self.saved, self.tr("Saved."))

    def move_check(self, step: int) -> None:
        cur = self.current()
        if cur is None:
            return
        if self.acting.call(self, ck.move_item, cur.id, step, errors=self.errors) is not None:
            self.refresh(cur.id)

    def save_evening(self) -> None:
        if self.acting.call(self, _save_evening_from, self.evening_from.value(), errors=self.evening_errors):
            show_done(self.saved, self.tr("Saved."))


def _save_check(ctx: AppContext, staff_id: int | None, pin: str | None, text: str, shifts: list[str],
                item_id: int | None, active: bool) -> ck.ItemView:
    return ck.save_item(ctx, staff_id, pin, text, shifts, item_id, active)


def _save_evening_from(ctx: AppContext, staff_id: int | None, pin: str | None, hour: int) -> bool:
    ck.set_evening_from(ctx, staff_id, pin, hour)
    return True
