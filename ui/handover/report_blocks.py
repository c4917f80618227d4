"""Building blocks of the handover and review pages: a titled table block that fits its rows (red rows
first when the service put them first), and a strip of headline figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.palette import ERROR, ERROR_BG, FAINT, INK, SECONDARY
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table

ALERT_RED = ERROR


@dataclass
class BlockRow:
    cells: list[str]
    alert: bool = False


def _cell(i: int):  # small column accessor factory
    return lambda r: r.cells[i] if i < len(r.cells) else ""


class ReportBlock(QFrame):
    """A heading with a count (red when something is overdue or over the limit) and a table that shows
    all of its rows without its own scroll bar, or a grey line saying there is nothing."""

    def __init__(self, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 6)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("blockTitle")
        self.title_label.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {INK};")
        self.badge = QLabel()
        self.badge.setObjectName("blockBadge")
        head.addWidget(self.title_label)
        head.addWidget(self.badge)
        head.addStretch(1)
        lay.addLayout(head)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("blockEmpty")
        self.empty_label.setStyleSheet(f"color: {FAINT}; padding-left: 4px;")
        lay.addWidget(self.empty_label)
        self._headers: list[str] = []
        self._content: tuple | None = None
        self._sizing = False
        self._wrap_col = 0
        self._pad = 0
        self._wrap_need: list[int] = []
        self._wrap_multiline: list[bool] = []
        self.model = RowTableModel([], self)
        self.proxy = make_proxy(self.model, self)
        # Its own fit: every column to its text, the longest one takes the rest and wraps (never elided).
        self.view: QTableView = make_table(self.proxy, self, "blockTable", fit=False)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_height())
        # The stretched column follows the view's width (laid out, the window resized): the rows again after.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_height)
        self.view.installEventFilter(self)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setSortingEnabled(False)
        lay.addWidget(self.view)
        self.more_label = QLabel()
        self.more_label.setObjectName("blockMore")
        self.more_label.setStyleSheet(f"color: {SECONDARY}; padding-left: 4px;")
        self.more_label.hide()
        lay.addWidget(self.more_label)

    def set_content(self, title: str, headers: Sequence[str], rows: Sequence[BlockRow], empty_text: str = "",
                    badge: str | None = None, more: int = 0, more_alerts: int = 0) -> None:
        """``more``: rows of a very long list not shown here (counted in the badge, said under the table)."""
        self.title_label.setText(title)
        alerts = sum(1 for r in rows if r.alert) + more_alerts
        total = len(rows) + more
        if badge is None:
            badge = str(total) if total else ""
            if alerts and alerts < total:
                badge = self.tr("{n} · {late} need action").format(n=total, late=alerts)
        self.badge.setText(badge)
        colour = ALERT_RED if alerts else SECONDARY
        style = f"color: white; background: {colour}; border-radius: 8px; padding: 1px 8px;" if badge else ""
        if self.badge.styleSheet() != style:
            self.badge.setStyleSheet(style)  # a new style sheet re-polishes the label
        content = (list(headers), list(rows), empty_text, more)
        if content == self._content:
            return  # the periodic refresh with nothing new: no reset, no measuring
        self._content = content
        if list(headers) != self._headers:
            self._headers = list(headers)
            old = self.model
            self.model = RowTableModel([Column(h, _cell(i), foreground=lambda r: ALERT_RED if r.alert else None,
                                               tooltip=_cell(i))
                                        for i, h in enumerate(headers)], self)
            self.proxy.setSourceModel(self.model)
            old.deleteLater()
        self.model.set_rows(rows)
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.more_label.setText(self.tr("… and {n} more not shown here.").format(n=more) if more else "")
        self.more_label.setVisible(bool(more))
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not rows)
        self.view.setVisible(bool(rows))
        if rows:
            self._size_columns(rows)

    def _size_columns(self, rows: Sequence[BlockRow]) -> None:
        """Widths from the font's metrics, measured once per content: the view measures only the widest cell
        of each column (sizing to contents asks ``data()`` for every cell and role): every column as wide as its
        longest text, the longest one takes the spare width and wraps."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        n = self.model.columnCount()
        fm = self.view.fontMetrics()
        advances = [[fm.horizontalAdvance(r.cells[c]) if c < len(r.cells) else 0 for r in rows] for c in range(n)]
        at = [max(range(len(rows)), key=col.__getitem__) for col in advances]  # the widest cell's row
        longest = [advances[c][at[c]] for c in range(n)]
        widest = max(range(n), key=lambda c: longest[c])
        grid = 1 if self.view.showGrid() else 0

        def cell_width(c: int) -> int:
            return self.view.sizeHintForIndex(self.proxy.mapFromSource(self.model.index(at[c], c))).width() + grid

        pad = max(cell_width(widest) - longest[widest], 0)  # the delegate's margins around the text
        self._wrap_col = widest
        self._pad = pad
        self._wrap_need = [a + pad for a in advances[widest]]
        self._wrap_multiline = ["\n" in (r.cells[widest] if widest < len(r.cells) else "") for r in rows]
        self._sizing = True
        try:
            for c in range(n):
                if c == widest:
                    header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
                    continue
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
                width = max(cell_width(c), header.sectionSizeFromContents(c).width())
                if header.sectionSize(c) != width:
                    header.resizeSection(c, width)
        finally:
            self._sizing = False
        self._fit_height()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.Resize:
            self._refit.start()
        return False

    def _fit_height(self) -> None:
        """Rows as tall as their wrapped text; the table as tall as its rows (the page scrolls, not it). Only
        the stretched column wraps, and only the rows whose text is wider than it are measured."""
        if self._sizing or not self.model.rowCount():
            return
        vh = self.view.verticalHeader()
        default = vh.defaultSectionSize()
        width = self.view.horizontalHeader().sectionSize(self._wrap_col)
        fm = self.view.fontMetrics()
        spare = max(default - fm.height(), 4)  # a one-line row's margins above and below its text
        box = QRect(0, 0, max(width - self._pad, 1), 1_000_000)
        rows = self.model.rows()
        total = 0
        for r, (need, multiline) in enumerate(zip(self._wrap_need, self._wrap_multiline, strict=False)):
            height = default
            if need > width or multiline:
                text = rows[r].cells[self._wrap_col]
                wrapped = fm.boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()
                height = max(default, wrapped + spare)
            row = self.proxy.mapFromSource(self.model.index(r, 0)).row()
            if vh.sectionSize(row) != height:
                self.view.setRowHeight(row, height)
            total += height  # (the header's own length is brought up to date later)
        h = self.view.horizontalHeader().sizeHint().height() + total
        self.view.setFixedHeight(h + 2 * self.view.frameWidth() + 2)


class FigureStrip(QWidget):
    """Headline numbers side by side: a big number over a small label; red when flagged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureStrip")
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(8)
        self._cells: list[QLabel] = []

    def set_figures(self, figures: Sequence[tuple[str, str, bool]]) -> None:
        """``figures``: (value text, label, alert)."""
        for c in self._cells:
            self._lay.removeWidget(c)
            c.deleteLater()
        self._cells = []
        for value, label, alert in figures:
            colour = ALERT_RED if alert else INK
            bg = ERROR_BG if alert else "#f5f7f9"
            lab = QLabel(f"<div style='font-size:22px; font-weight:bold; color:{colour}'>{value}</div>"
                         f"<div style='color:{SECONDARY}'>{label}</div>")
            lab.setObjectName("figure")
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setStyleSheet(f"background: {bg}; border-radius: 6px; padding: 6px 12px;")
            self._lay.addWidget(lab)
            self._cells.append(lab)

    def texts(self) -> list[str]:
        return [c.text() for c in self._cells]
