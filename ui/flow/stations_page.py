"""Settings ▸ Stations: the one editor of the stations a couple passes (through ``app.flow.stations``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.flow import stations
from app.staff.roles import ROLE_CODES, role_label
from ui.common.errors import FieldErrors
from ui.common.palette import INACTIVE, MUTED
from ui.common.pin_dialog import Acting
from ui.common.settings_parts import error_label, note_label
from ui.common.widgets import (
    Column,
    RowTableModel,
    make_proxy,
    make_table,
    minutes_text,
    select_row_by_id,
    selected_row,
)


class StationsPage(QWidget):
    """The stations a couple passes through: name, colour, alert limit, role, order, on/off."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("stationsPage")
        self._new = False
        lay = QVBoxLayout(self)
        lay.addWidget(note_label(self.tr("The alert limit is how long a couple may stay at a station before the flow "
                                    "board marks it (0: never).")))
        self.model = RowTableModel([
            Column(self.tr("Order"), lambda s: s.sort_order + 1, sort=lambda s: s.sort_order,
                   align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Colour"), lambda s: "", background=lambda s: s.colour),
            Column(self.tr("Station"), lambda s: s.name),
            Column(self.tr("Code"), lambda s: s.code),
            Column(self.tr("Alert after"), lambda s: minutes_text(s.alert_minutes) if s.alert_minutes else
                   self.tr("no alert"), sort=lambda s: s.alert_minutes),
            Column(self.tr("Role"), lambda s: role_label(s.role) if s.role else "—"),
            Column(self.tr("Status"), lambda s: self.tr("On") if s.active else self.tr("Off"),
                   foreground=lambda s: None if s.active else INACTIVE),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "stationsTable")
        self.view.setColumnWidth(0, 50)
        self.view.setColumnWidth(1, 50)
        self.view.setColumnWidth(2, 140)
        lay.addWidget(self.view, 1)
        general = error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("stationCode")
        self.code.setPlaceholderText("night_shoot")
        self.name = QLineEdit()
        self.name.setObjectName("stationName")
        self.name.setMaxLength(40)
        self.colour = QLineEdit()
        self.colour.setObjectName("stationColour")
        self.colour.setMaxLength(7)
        pick = QPushButton(self.tr("Pick…"))
        pick.clicked.connect(self.pick_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(pick)
        colour_row.addStretch(1)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("stationMinutes")
        self.minutes.setRange(0, stations.MAX_ALERT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.role = QComboBox()
        self.role.setObjectName("stationRole")
        self.role.addItem("—", "")
        for code in ROLE_CODES:
            self.role.addItem(role_label(code), code)
        self.active = QCheckBox(self.tr("In use (shown on the flow board)"))
        self.active.setObjectName("stationActive")
        form.addRow(self.tr("Code"), self.code)
        form.addRow("", self.errors.label("code"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors.label("name"))
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow("", self.errors.label("colour"))
        form.addRow(self.tr("Alert after"), self.minutes)
        form.addRow("", self.errors.label("alert_minutes"))
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.errors.label("role"))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QHBoxLayout()
        self.up_btn = QPushButton(self.tr("Move up"))
        self.down_btn = QPushButton(self.tr("Move down"))
        self.new_btn = QPushButton(self.tr("New station"))
        self.new_btn.setObjectName("stationNew")
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.setObjectName("stationRemove")
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("stationSave")
        for b in (self.up_btn, self.down_btn, self.new_btn, self.remove_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        self.up_btn.clicked.connect(lambda: self.move(-1))
        self.down_btn.clicked.connect(lambda: self.move(1))
        self.new_btn.clicked.connect(self.start_new)
        self.remove_btn.clicked.connect(self.remove)
        self.save_btn.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(stations.station_rows())
        if select_id is not None:
            self._select(select_id)
        self.load_selected()

    def _select(self, station_id: int) -> None:
        select_row_by_id(self.view, station_id)

    def current(self):  # returns a Station row
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        st = self.current()
        self._new = False
        self.errors.clear()
        self.code.setReadOnly(True)
        has = st is not None
        for w in (self.up_btn, self.down_btn, self.remove_btn, self.save_btn):
            w.setEnabled(has)
        if not has:
            return
        self.code.setText(st.code)
        self.name.setText(st.name)
        self.colour.setText(st.colour)
        self.minutes.setValue(st.alert_minutes)
        self.role.setCurrentIndex(max(0, self.role.findData(st.role)))
        self.active.setChecked(bool(st.active))

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.code.setReadOnly(False)
        self.code.clear()
        self.name.clear()
        self.colour.setText(MUTED)
        self.minutes.setValue(30)
        self.role.setCurrentIndex(0)
        self.active.setChecked(True)
        self.save_btn.setEnabled(True)
        self.code.setFocus()

    def pick_colour(self) -> None:
        c = QColorDialog.getColor(QColor(self.colour.text() or MUTED), self, self.tr("Station colour"))
        if c.isValid():
            self.colour.setText(c.name())

    def save(self) -> None:
        if self._new:
            st = self.acting.call(self, stations.add_station, self.code.text(), self.name.text(), self.colour.text(),
                                  self.minutes.value(), self.role.currentData(), errors=self.errors)
        else:
            cur = self.current()
            if cur is None:
                return
            st = self.acting.call(self, stations.update_station, cur.id, self.name.text(), self.colour.text(),
                                  self.minutes.value(), self.role.currentData(), self.active.isChecked(),
                                  errors=self.errors)
        if st is not None:
            self.refresh(st.id)

    def move(self, step: int) -> None:
        cur = self.current()
        if cur is not None:
            self.acting.call(self, stations.move_station, cur.id, step)
            self.refresh(cur.id)

    def remove(self) -> None:
        cur = self.current()
        if cur is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove station"), self.tr(
            "Remove station {name}? A station that was ever used cannot be removed: switch it off instead.")
            .format(name=cur.name))
        if answer == QMessageBox.StandardButton.Yes and self.acting.call(self, _delete_station, cur.id):
            self.refresh()


def _delete_station(ctx: AppContext, staff_id: int | None, pin: str | None, station_id: int) -> bool:
    stations.delete_station(ctx, staff_id, pin, station_id)
    return True
