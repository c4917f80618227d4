"""The day book: a day's appointments per staff member or per room, one column each, one row per half hour;
clashes in red. Opened from the expected-arrivals panel (日程表…)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.appointments import dayview
from app.core.context import AppContext
from ui.common.errors import call_service
from ui.common.palette import ALERT_BG, DANGER, INFO_BG, OK_BG, SECONDARY

CLASH_BG, BOOKED_BG, ARRIVED_BG = ALERT_BG, INFO_BG, OK_BG
Index = QModelIndex | QPersistentModelIndex


class DayGridModel(QAbstractTableModel):
    """Rows: the day's slots; columns: the lanes (staff members or rooms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: dayview.DayGrid | None = None

    def set_grid(self, grid: dayview.DayGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.lanes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.grid.lanes):
                return None
            lane = self.grid.lanes[section]
            return lane.name if lane.capacity <= 1 or self.grid.by == "staff" else f"{lane.name} ({lane.capacity})"
        if not 0 <= section < len(self.grid.slots):
            return None
        return f"{self.grid.slots[section]:%H:%M}"

    def booked(self, row: int) -> bool:
        g = self.grid
        return g is not None and any(g.bookings(row, c) for c in range(len(g.lanes)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self.grid
        if g is None or not index.isValid():
            return None
        items = g.bookings(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(
                (f"{b.starts_at:%H:%M} {b.who} · {b.kind_label}" if b.first else f"↓ {b.who}") for b in items)
        if role == Qt.ItemDataRole.ToolTipRole and items:
            return "\n".join(f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M} {b.who} · {b.kind_label}" for b in items)
        if role == Qt.ItemDataRole.BackgroundRole and items:
            if g.clash(index.row(), index.column()):
                return QColor(CLASH_BG)
            return QColor(ARRIVED_BG if all(b.status == "arrived" for b in items) else BOOKED_BG)
        return None


class DayGridProxy(QSortFilterProxyModel):
    """Only the booked slots (when asked), only the lanes whose name contains the filter text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_booked = False
        self.lane_text = ""

    def set_only_booked(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_booked = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_lane_text(self, text: str) -> None:
        self.beginFilterChange()
        self.lane_text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Columns)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        return not self.only_booked or (isinstance(model, DayGridModel) and model.booked(row))

    def filterAcceptsColumn(self, column: int, parent: Index) -> bool:
        if not self.lane_text:
            return True
        name = self.sourceModel().headerData(column, Qt.Orientation.Horizontal) or ""
        return self.lane_text in str(name).lower()


class DayViewDialog(QDialog):
    def __init__(self, ctx: AppContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dayViewDialog")
        self.setWindowTitle(self.tr("Day book"))
        self.resize(1240, 660)  # the lanes wide enough that "10:00 names · Dress fitting" needs no wrap
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.date = QDateEdit(QDate(day))
        self.date.setObjectName("dayViewDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd ddd")
        self.by = QComboBox()
        self.by.setObjectName("dayViewBy")
        self.by.addItem(self.tr("Per staff member"), "staff")
        self.by.addItem(self.tr("Per room"), "room")
        self.only_booked = QCheckBox(self.tr("Booked times only"))
        self.only_booked.setObjectName("dayViewOnlyBooked")
        self.lane_filter = QLineEdit()
        self.lane_filter.setObjectName("dayViewFilter")
        self.lane_filter.setPlaceholderText(self.tr("Filter names"))
        self.lane_filter.setClearButtonEnabled(True)
        for w in (self.date, self.by, self.only_booked):
            bar.addWidget(w)
        bar.addWidget(self.lane_filter, 1)
        lay.addLayout(bar)
        self.model = DayGridModel(self)
        self.proxy = DayGridProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("dayViewTable")
        self.table.setModel(self.proxy)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("dayViewSummary")
        lay.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_booked.toggled.connect(self.proxy.set_only_booked)
        self.lane_filter.textChanged.connect(self.proxy.set_lane_text)
        self.refresh()

    def refresh(self) -> None:
        grid = call_service(self, dayview.day_grid, self.ctx, self.date.date().toPython(), self.by.currentData())
        if grid is None:
            return
        self.model.set_grid(grid)
        clashes = {(s, c) for (s, c) in grid.cells if grid.clash(s, c)}
        n = len({b.appointment_id for items in grid.cells.values() for b in items})
        self.summary.setText(self.tr("{n} appointments · {c} half hours with a clash (red)").format(
            n=n, c=len(clashes)))
        self.summary.setStyleSheet(f"color: {DANGER};" if clashes else f"color: {SECONDARY};")
