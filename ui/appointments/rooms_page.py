"""Settings ▸ Rooms: the rooms booked with appointments (选片室, 礼服间 …), how many appointments each takes
at once and what it is booked for. An appointment of a kind some room is for names its room; a full room
warns at booking (app.appointments.clashes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.appointments import clashes
from app.appointments.models import APPOINTMENT_KINDS
from app.appointments.service import kind_label
from app.core.context import AppContext
from ui.common.errors import FieldErrors
from ui.common.palette import INACTIVE
from ui.common.pin_dialog import Acting
from ui.common.settings_parts import error_label, note_label, show_done
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, select_row_by_id, selected_row


class RoomsPage(QWidget):
    """One row per room; the form below edits the selected one (or a new one)."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("roomsPage")
        self._new = False
        lay = QVBoxLayout(self)
        lay.addWidget(note_label(self.tr("An appointment of a kind a room is for is booked in one of its rooms; "
                                         "booking a room already full at that time warns first.")))
        self.model = RowTableModel([
            Column(self.tr("Room"), lambda r: r.name),
            Column(self.tr("At once"), lambda r: r.capacity, sort=lambda r: r.capacity,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Booked for"), lambda r: "、".join(kind_label(k) for k in r.kinds)),
            Column(self.tr("Status"), lambda r: self.tr("In use") if r.active else self.tr("Off"),
                   foreground=lambda r: None if r.active else INACTIVE),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "roomsTable")
        lay.addWidget(self.view, 1)
        general = error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.name = QLineEdit(objectName="roomName")
        self.name.setMaxLength(40)
        self.capacity = QSpinBox(objectName="roomCapacity")
        self.capacity.setRange(1, 50)
        self.capacity.setSuffix(self.tr(" at once"))
        kinds = QHBoxLayout()
        self.kinds: dict[str, QCheckBox] = {}
        for k in APPOINTMENT_KINDS:
            box = QCheckBox(kind_label(k), objectName=f"roomKind_{k}")
            self.kinds[k] = box
            kinds.addWidget(box)
        kinds.addStretch(1)
        self.active = QCheckBox(self.tr("In use"), objectName="roomActive")
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors.label("name"))
        form.addRow(self.tr("Appointments at once"), self.capacity)
        form.addRow("", self.errors.label("capacity"))
        form.addRow(self.tr("Booked for"), kinds)
        form.addRow("", self.errors.label("kinds"))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        self.saved = error_label()
        lay.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New room"), objectName="roomNew")
        self.save_btn = QPushButton(self.tr("Save"), objectName="roomSave")
        buttons.addWidget(self.new_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        self.new_btn.clicked.connect(self.start_new)
        self.save_btn.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()
        if self.proxy.rowCount():
            self.view.selectRow(0)
        else:
            self.start_new()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(clashes.rooms(include_inactive=True))
        if select_id is not None:
            select_row_by_id(self.view, select_id)
        self.load_selected()

    def current(self) -> clashes.RoomView | None:
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        r = self.current()
        if r is None:
            return
        self._new = False
        self.errors.clear()
        self.name.setText(r.name)
        self.capacity.setValue(r.capacity)
        for k, box in self.kinds.items():
            box.setChecked(k in r.kinds)
        self.active.setChecked(r.active)
        self.save_btn.setEnabled(True)

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.errors.clear()
        self.name.clear()
        self.capacity.setValue(1)
        for box in self.kinds.values():
            box.setChecked(False)
        self.active.setChecked(True)
        self.save_btn.setEnabled(True)
        self.name.setFocus()

    def save(self) -> None:
        cur = None if self._new else self.current()
        if not self._new and cur is None:
            return
        kinds = [k for k, box in self.kinds.items() if box.isChecked()]
        saved = self.acting.call(self, _save_room, self.name.text(), self.capacity.value(), kinds,
                                 cur.id if cur else None, self.active.isChecked(), errors=self.errors)
        if saved is not None:
            self.refresh(saved.id)
            show_done(self.saved, self.tr("Saved."))


def _save_room(ctx: AppContext, staff_id: int | None, pin: str | None, name: str, capacity: int, kinds: list[str],
               room_id: int | None, active: bool) -> clashes.RoomView:
    return clashes.save_room(ctx, staff_id, pin, name, capacity, kinds, room_id, active)
