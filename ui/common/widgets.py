"""Shared widgets and the shared table model: search box, staff picker, row table model, timers."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, is_dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView, QWidget

from app.staff import service as staff_service

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself
FREE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # header data: True when the column's text may be elided


@dataclass
class Column:
    """One column of a RowTableModel: header text, how to display a row, optional sort key and colours."""

    header: str
    display: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    background: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    #: Free text (a description, a note): the one kind of column that may be elided; it takes the room
    #: left over and shows its whole text in the tooltip. Every other column is sized to its content.
    free_text: bool = False


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of row objects (dataclasses or models) supplied by a service.

    Rows are exposed in batches (``canFetchMore``/``fetchMore``) so a long list does not build every
    row's cells up front. The row object is available under ``ROW_ROLE``, a sort key under ``SORT_ROLE``.

    With ``key`` (a row's identity, e.g. ``lambda r: r.flow_id``) a refresh updates the model in place:
    rows that arrived are inserted, and only rows whose value changed send ``dataChanged`` (rows are
    compared with ``==``, so plain dataclasses; any other row counts as changed). The view then repaints
    only what changed and keeps its selection and scroll position; a sort/filter proxy re-sorts and
    re-filters the changed rows. A refresh where a row left or the kept rows changed order, or a list not
    yet fully fetched, resets the model as before (so a row that left never hands its selection on).
    """

    BATCH = 200

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None,
                 key: Callable[[Any], Hashable] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._shown = 0
        self._key = key
        if key is not None:
            # An unchanged row is not repainted by a refresh: a cell that reads differently in client-safe
            # mode is told here instead.
            from ui.common.privacy import Privacy

            Privacy.instance().changed.connect(self.redraw)  # a bound slot: dropped with the model

    def redraw(self, *_args: object) -> None:
        """Every shown cell may read differently now (the privacy mode changed): tell the views."""
        if self._shown and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(self._columns) - 1))

    # data management
    def set_rows(self, rows: Sequence[Any]) -> None:
        new = list(rows)
        if self._key is not None and self._rows and self._update_in_place(new):
            return
        self.beginResetModel()
        self._rows = new
        self._shown = min(len(self._rows), self.BATCH)
        self.endResetModel()

    def _update_in_place(self, new: list[Any]) -> bool:
        """Turn the shown rows into ``new`` with inserts and ``dataChanged``; False (nothing done) when that
        is not possible and the caller must reset."""
        old = self._rows
        if self._shown != len(old) or len(new) > max(self.BATCH, len(old)):
            return False
        key = self._key
        assert key is not None
        old_keys = [key(r) for r in old]
        new_keys = [key(r) for r in new]
        old_set, new_set = set(old_keys), set(new_keys)
        if len(old_set) != len(old_keys) or len(new_set) != len(new_keys):
            return False
        if not old_set <= new_set:
            # A row left: reset. Removing the current row would make its neighbour current, and an action
            # meant for the guest who left would go to the next one; after a reset nothing is picked and the
            # tab picks its row again by id.
            return False
        if [k for k in new_keys if k in old_set] != old_keys:
            return False  # the kept rows changed order
        root = QModelIndex()
        # Arrivals, top down: every row above an arrival is already in place.
        j = 0
        while j < len(new_keys):
            if new_keys[j] in old_set:
                j += 1
                continue
            stop = j
            while stop + 1 < len(new_keys) and new_keys[stop + 1] not in old_set:
                stop += 1
            self.beginInsertRows(root, j, stop)
            self._rows[j:j] = new[j:stop + 1]
            self._shown += stop - j + 1
            self.endInsertRows()
            j = stop + 1
        # Changed values, one dataChanged per run of changed rows.
        last = len(self._columns) - 1
        r = 0
        while r < len(new):
            if _same(self._rows[r], new[r]):
                self._rows[r] = new[r]
                r += 1
                continue
            start = r
            while r < len(new) and not _same(self._rows[r], new[r]):
                self._rows[r] = new[r]
                r += 1
            if last >= 0:
                self.dataChanged.emit(self.index(start, 0), self.index(r - 1, last))
        return True

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def column_texts(self, col: int, limit: int = 1000) -> list[str]:
        """The display texts of the first ``limit`` shown rows in column ``col`` (for sizing the column)."""
        display = self._columns[col].display
        texts = []
        for row in self._rows[: min(self._shown, limit) if limit > 0 else self._shown]:
            value = display(row)
            texts.append("" if value is None else str(value))
        return texts

    # Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        n = min(self.BATCH, len(self._rows) - self._shown)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + n - 1)
        self._shown += n
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == FREE_TEXT_ROLE:
                return self._columns[section].free_text
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._shown) or not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.display(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = col.sort(row) if col.sort else col.display(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            c = col.background(row)
            return QBrush(QColor(c)) if c else None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            c = col.foreground(row)
            return QBrush(QColor(c)) if c else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tooltip:
                return col.tooltip(row)
            if col.free_text:
                value = col.display(row)
                return None if value in (None, "") else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        return None


def _same(a: Any, b: Any) -> bool:
    """Whether a refreshed row shows the same as before (only plain dataclasses can tell)."""
    return a is b or (is_dataclass(a) and type(a) is type(b) and a == b)


def make_proxy(model: QAbstractTableModel, parent: QWidget | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


def make_table(proxy: QSortFilterProxyModel, parent: QWidget | None = None, object_name: str = "",
               fit: bool = True) -> QTableView:
    """A read-only row table; with ``fit`` its columns follow their content (ui.common.fit)."""
    view = QTableView(parent)
    if object_name:
        view.setObjectName(object_name)
    view.setModel(proxy)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    if fit:
        from ui.common.fit import auto_fit

        auto_fit(view)
    return view


def select_row_by_id(view: QTableView, row_id: int | None) -> bool:
    """Select the row whose object has ``id == row_id`` in a view over a RowTableModel (through a proxy: the
    row shown, whatever the sort). False when no shown row has that id."""
    model = view.model()
    for i in range(model.rowCount()):
        row = model.index(i, 0).data(ROW_ROLE)
        if row is not None and getattr(row, "id", None) == row_id:
            view.selectRow(i)
            view.setCurrentIndex(model.index(i, 0))
            return True
    return False


def selected_row(view: QTableView) -> Any:
    """The row object under the current selection of a view over a RowTableModel (through a proxy)."""
    idx = view.currentIndex()
    if not idx.isValid():
        sel = view.selectionModel().selectedRows() if view.selectionModel() else []
        if not sel:
            return None
        idx = sel[0]
    return idx.siblingAtColumn(0).data(ROW_ROLE)


class SearchBox(QLineEdit):
    """One search box: emits ``searchChanged`` as the user types (debounced) and ``submitted`` on Enter
    (a barcode scanner types the order number and Enter)."""

    #: The text after a short pause in typing.
    searchChanged = Signal(str)
    #: Enter pressed (or a scan finished): the full text.
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 150) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self.searchChanged.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._on_return)
        QShortcut(QKeySequence("Escape"), self, activated=self.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _on_return(self) -> None:
        self._timer.stop()
        self.searchChanged.emit(self.text())
        self.submitted.emit(self.text())

    def flush(self) -> None:
        """Emit now (tests, and callers that cannot wait for the pause)."""
        self._timer.stop()
        self.searchChanged.emit(self.text())


class StaffPicker(QComboBox):
    """Active staff, optionally only those with a role (or any of several roles). Two people with the same
    name are told apart by a number ("王丽 (2)"). ``staff_id()`` is None when nobody is picked."""

    def __init__(self, role: str | tuple[str, ...] | None = None, parent: QWidget | None = None,
                 allow_none: bool = False) -> None:
        super().__init__(parent)
        self._role = role
        self._allow_none = allow_none
        self.reload()

    def reload(self) -> None:
        current = self.staff_id()
        self.clear()
        if self._allow_none:
            self.addItem("—", None)
        for staff_id, name in staff_service.staff_choices(self._role):
            self.addItem(name, staff_id)
        if current is not None:
            self.set_staff_id(current)

    def staff_id(self) -> int | None:
        return self.currentData()

    def set_staff_id(self, staff_id: int | None) -> None:
        i = self.findData(staff_id)
        if i >= 0:
            self.setCurrentIndex(i)


def minutes_text(minutes: int) -> str:
    """12 → '12分', 75 → '1时15分' (language neutral enough for both UIs)."""
    from PySide6.QtCore import QCoreApplication

    if minutes < 60:
        return QCoreApplication.translate("Widgets", "{m} min").format(m=minutes)
    return QCoreApplication.translate("Widgets", "{h} h {m} min").format(h=minutes // 60, m=minutes % 60)
