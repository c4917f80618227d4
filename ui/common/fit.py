"""Columns sized to their content: every column as wide as its widest cell and its header, except free
text (``Column(free_text=True)``: descriptions, notes), which takes the room that is left and is elided
with its whole text in the tooltip. A width the user drags wider is kept (and remembered by
``ui.common.remember``); no column is made narrower than its content."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMenu, QTableView

from ui.common.widgets import FREE_TEXT_ROLE, RowTableModel


class ColumnFitter(QObject):
    """Attached to a table view by ``auto_fit``; refits after every reset, insert and resize. The header's
    context menu shows and hides columns (``hidden_changed``; remembered by ui.common.remember)."""

    hidden_changed = Signal()

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.preferred: dict[str, int] = {}  # header text → width the user chose
        self.hidden: set[str] = set()  # header texts of the columns she hid (a model reset forgets them)
        self._fitting = False
        self._widths: dict[tuple, int] = {}  # measured widths: a header's, a cell's text's
        self._advances: dict[str, int] = {}
        self._advance_font = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._model = None
        view.installEventFilter(self)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        header = view.horizontalHeader()
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.watch_model()

    def watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for sig in (model.modelReset, model.rowsInserted, model.layoutChanged, model.headerDataChanged):
            sig.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and (obj is self.view or obj is self._viewport):
            self.schedule()
        return False

    def _column_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        model = self.view.model()
        if model is None:
            return
        menu = QMenu(self.view)
        menu.setObjectName("columnMenu")
        shown = [c for c in range(model.columnCount()) if not self.view.isColumnHidden(c)]
        for col in range(model.columnCount()):
            act = menu.addAction(self._header(col))
            act.setCheckable(True)
            act.setChecked(not self.view.isColumnHidden(col))
            act.setEnabled(not (len(shown) == 1 and col in shown))  # never hide the last column
            act.toggled.connect(lambda on, c=col: self.set_hidden(c, not on))
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def set_hidden(self, col: int, hidden: bool) -> None:
        name = self._header(col)
        if hidden:
            self.hidden.add(name)
        else:
            self.hidden.discard(name)
        self.view.setColumnHidden(col, hidden)
        self.hidden_changed.emit()
        self.schedule()

    def _header(self, col: int) -> str:
        model = self.view.model()
        return str(model.headerData(col, Qt.Orientation.Horizontal) or col)

    def _resized(self, col: int, _old: int, new: int) -> None:
        # Only a width she drags is a preference; the ones we (or the stretch of the last column) set are not.
        if self._fitting or QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            return
        self.preferred[self._header(col)] = new

    def needed(self, col: int) -> int:
        return max(self._content_width(col), self._header_width(col))

    def _header_width(self, col: int) -> int:
        """The header's own width (its text, and the sort arrow when it sorts by it), measured once."""
        header = self.view.horizontalHeader()
        key = ("header", self._header(col), header.sortIndicatorSection() == col, self.view.font().key())
        width = self._widths.get(key)
        if width is None:
            width = self._remember(key, header.sectionSizeFromContents(col).width())
        return width

    def _remember(self, key: tuple, width: int) -> int:
        if len(self._widths) > 2000:
            self._widths.clear()
        self._widths[key] = width
        return width

    def _content_width(self, col: int) -> int:
        """The width of the column's widest cell. Over a RowTableModel the cell whose text is widest in the
        view's font is found from the rows themselves, and only that cell is measured by the view (asking the
        view for the whole column calls ``data()`` for every cell and role at every refresh)."""
        view = self.view
        proxy = view.model()
        source = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else None
        if not isinstance(source, RowTableModel):
            return view.sizeHintForColumn(col)
        texts = source.column_texts(col, view.verticalHeader().resizeContentsPrecision())
        if not texts:
            return view.sizeHintForColumn(col)
        fm = view.fontMetrics()
        font = view.font().key()
        if font != self._advance_font or len(self._advances) > 20_000:
            self._advances, self._advance_font = {}, font
        advances = self._advances  # text → its advance in the view's font (names and stations repeat)

        def advance(r: int) -> int:
            a = advances.get(texts[r])
            if a is None:
                a = advances[texts[r]] = fm.horizontalAdvance(texts[r])
            return a

        widest = max(range(len(texts)), key=advance)
        key = ("cell", texts[widest], font)  # the same widest text: the same width
        width = self._widths.get(key)
        if width is not None:
            return width
        index = proxy.mapFromSource(source.index(widest, col))
        if not index.isValid():
            return view.sizeHintForColumn(col)
        return self._remember(key, view.sizeHintForIndex(index).width() + (1 if view.showGrid() else 0))

    def fit(self) -> None:
        self.watch_model()
        view = self.view
        model = view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        self._fitting = True
        try:
            free: list[tuple[int, int]] = []
            used = 0
            for col in range(model.columnCount()):
                hide = self._header(col) in self.hidden
                if view.isColumnHidden(col) != hide:
                    view.setColumnHidden(col, hide)
            visible = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
            for col in visible:
                head_w = self._header_width(col)
                if model.headerData(col, Qt.Orientation.Horizontal, FREE_TEXT_ROLE):
                    free.append((col, head_w))
                    continue
                width = max(self.needed(col), self.preferred.get(self._header(col), 0))
                if header.sectionSize(col) != width:
                    view.setColumnWidth(col, width)
                used += width
            if free:
                # The room left is shared by the free-text columns (never less than their header); the last
                # section stretches anyway. A width she chose is kept while it fits.
                room = view.viewport().width() - used
                share = room // len(free) if room > 0 else 0
                for col, minimum in free:
                    want = self.preferred.get(self._header(col), 0)
                    width = max(minimum, share, want)
                    view.setColumnWidth(col, width)
        finally:
            self._fitting = False


def auto_fit(view: QTableView) -> ColumnFitter:
    """Keep ``view``'s columns sized to their content (see the module docstring); idempotent."""
    fitter = view.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(view)
    return fitter
