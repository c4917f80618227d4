"""A small horizontal bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.common.palette import INK, RULE, SLATE_DARK


@dataclass
class BarItem:
    label: str
    value: float
    colour: str = "#5c6bc0"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class BarChart(QWidget):
    """Title, then one labelled bar per item, longest scaled to the available width, the value after it.

    With no items it says so (``empty_text``) instead of drawing an empty frame.
    """

    ROW = 24
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._items: list[BarItem] = []
        self._unit = ""
        self._max_value: float | None = None
        self._empty_text = self.tr("No data")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def set_data(self, title: str, items: Sequence[BarItem], unit: str = "", empty_text: str | None = None,
                 max_value: float | None = None) -> None:
        """``max_value``: a fixed full scale (e.g. 5 for a score); by default the longest bar fills the width."""
        self._max_value = max_value
        self._title = title
        self._items = list(items)
        self._unit = unit
        if empty_text is not None:
            self._empty_text = empty_text
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def items(self) -> list[BarItem]:
        return list(self._items)

    def title(self) -> str:
        return self._title

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + 8

    def _title_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.1)
        f.setBold(True)
        return f

    def sizeHint(self) -> QSize:
        rows = max(len(self._items), 1)
        return QSize(360, self._title_height() + rows * (self.ROW + self.GAP) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QColor("#dfe3e8"))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.setFont(self._title_font())
        p.setPen(QColor(INK))
        th = self._title_height()
        p.drawText(QRectF(10, 4, self.width() - 20, th - 4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self._title)
        p.setFont(self.font())
        fm = QFontMetrics(self.font())
        if not self._items:
            p.setPen(QColor(RULE))
            p.drawText(QRectF(10, th, self.width() - 20, self.ROW), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self._empty_text)
            p.end()
            return
        label_w = min(max(fm.horizontalAdvance(i.label) for i in self._items) + 12, int(self.width() * 0.42))
        values = [f"{_number(i.value)}{(' ' + self._unit) if self._unit else ''}" for i in self._items]
        value_w = max(fm.horizontalAdvance(v) for v in values) + 10
        x0 = 10 + label_w
        span = max(self.width() - x0 - value_w - 12, 20)
        top = self._max_value or max((i.value for i in self._items), default=0) or 1
        y = th
        for item, text in zip(self._items, values, strict=True):
            p.setPen(QColor(SLATE_DARK))
            label = fm.elidedText(item.label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(10, y, label_w - 8, self.ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            w = max(span * min(item.value / top, 1.0), 2 if item.value else 0)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(item.colour))
            p.drawRoundedRect(QRectF(x0, y + 3, w, self.ROW - 6), 3, 3)
            p.setPen(QColor(INK))
            p.drawText(QRectF(x0 + w + 6, y, value_w, self.ROW), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       text)
            y += self.ROW + self.GAP
        p.end()
