"""Find text that does not fit: table cells and headers narrower than their text, labels squeezed below
their text, tab titles and buttons cut. Widths are measured with the widget's own QFontMetrics."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QStyle, QTabBar, QTableView, QWidget

from ui.common.widgets import FREE_TEXT_ROLE

_TAGS = re.compile(r"<[^>]+>")


def _shown(w: QWidget) -> bool:
    return w.isVisibleTo(w.window()) and w.width() > 0


def table_problems(view: QTableView, max_rows: int = 200) -> list[str]:
    out: list[str] = []
    model = view.model()
    if model is None:
        return out
    header = view.horizontalHeader()
    # the text rectangle of a cell: the column less the focus-frame margin on each side (QCommonStyle)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    name = view.objectName() or type(view.parent()).__name__
    if view.horizontalScrollBar().maximum() > 0:
        out.append(f"{name}: wider than its window (scrolls sideways by {view.horizontalScrollBar().maximum()} px)")
    for col in range(model.columnCount()):
        if view.isColumnHidden(col):
            continue
        width = view.columnWidth(col)
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        need_header = header.sectionSizeFromContents(col).width()
        if title and need_header > width:
            out.append(f"{name}: header '{title}' needs {need_header} px, column is {width}")
        if model.headerData(col, Qt.Orientation.Horizontal, FREE_TEXT_ROLE):
            continue  # free text may be elided (the whole text is in the tooltip / detail)
        for row in range(min(model.rowCount(), max_rows)):
            idx = model.index(row, col)
            text = str(idx.data() or "")
            if not text:
                continue
            font = idx.data(Qt.ItemDataRole.FontRole)
            fm = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
            need = max(fm.horizontalAdvance(line) for line in text.split("\n")) + margin
            if idx.data(Qt.ItemDataRole.DecorationRole) is not None:
                need += view.iconSize().width() + 4
            if view.wordWrap():  # wrapped text must fit the row's height instead
                rect = fm.boundingRect(0, 0, max(width - margin, 1), 100_000, int(Qt.TextFlag.TextWordWrap), text)
                if rect.height() <= view.rowHeight(row) and fm.horizontalAdvance(max(text.split(), key=len, default="")) <= width:
                    continue
            if need > width:
                out.append(f"{name}: '{text}' needs {need} px, column '{title}' is {width}")
    return out


def label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.wordWrap() or not label.pixmap().isNull():
        return []
    if "<" in text:
        for tag in ("<br>", "<br/>", "</div>", "</p>", "</tr>", "</li>"):
            text = text.replace(tag, "\n")
        plain = _TAGS.sub("", text)
    else:
        plain = text
    plain = "\n".join(line for line in plain.split("\n") if line.strip()) or plain
    plain = plain.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    fm = label.fontMetrics()
    need = max(fm.horizontalAdvance(line) for line in plain.split("\n"))
    room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    if need > room + 1:
        return [f"label {label.objectName() or ''} '{plain}' needs {need} px, has {room}"]
    return []


def button_problems(button: QAbstractButton) -> list[str]:
    if not button.text():
        return []
    if button.width() + 1 < button.sizeHint().width():
        return [f"button '{button.text()}' is {button.width()} px, needs {button.sizeHint().width()}"]
    return []


def tabbar_problems(bar: QTabBar) -> list[str]:
    out = []
    fm = bar.fontMetrics()
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&", "")
        if fm.horizontalAdvance(text) + 8 > bar.tabRect(i).width():
            out.append(f"tab '{text}' cut ({bar.tabRect(i).width()} px)")
    return out


def fit_problems(root: QWidget) -> list[str]:
    """Every visible piece of text under ``root`` that is cut, elided or squeezed."""
    out: list[str] = []
    for view in root.findChildren(QTableView):
        if _shown(view):
            out += table_problems(view)
    for label in root.findChildren(QLabel):
        if _shown(label):
            out += label_problems(label)
    for button in root.findChildren(QAbstractButton):
        if _shown(button) and button.objectName() != "qt_scrollarea_hcontainer":
            out += button_problems(button)
    for bar in root.findChildren(QTabBar):
        if _shown(bar):
            out += tabbar_problems(bar)
    return out


def each_page(root: QWidget):
    """Show every page of every tab widget under ``root`` in turn (nested too); yields after each switch."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    def walk(widget: QWidget):
        tabs = [t for t in widget.findChildren(QTabWidget) if t.isVisibleTo(widget.window())]
        top = [t for t in tabs if not any(t is not o and o.isAncestorOf(t) for o in tabs)]
        if not top:
            yield
            return
        for tw in top:
            current = tw.currentIndex()
            for i in range(tw.count()):
                tw.setCurrentIndex(i)
                QApplication.processEvents()
                yield from walk(tw.widget(i))
            tw.setCurrentIndex(current)

    yield from walk(root)


def scrolled_tabs_problems(bar: QTabBar) -> list[str]:
    """A tab bar narrower than its tabs hides some behind scroll arrows (or elides them)."""
    need = bar.sizeHint().width()
    if bar.count() and need > bar.width():
        return [f"tab bar needs {need} px, has {bar.width()}: "
                f"'{bar.tabText(bar.count() - 1).replace('&&', '&')}' and others are out of sight"]
    return []


def placeholder_problems(edit: QLineEdit) -> list[str]:
    """An empty field whose hint is cut ("A new…" for "A new source")."""
    hint = edit.placeholderText()
    if not hint or edit.text():
        return []
    fm = edit.fontMetrics()
    # the text rectangle: the frame (2 px a side), the text margin (2 px a side), the clear button's room
    room = edit.width() - 8 - (edit.height() if edit.isClearButtonEnabled() else 0)
    if fm.horizontalAdvance(hint) > room:
        return [f"field {edit.objectName() or ''} hint '{hint}' needs {fm.horizontalAdvance(hint)} px, has {room}"]
    return []


def dialog_fit_problems(root: QWidget, screen: tuple[int, int]) -> list[str]:
    """``fit_problems`` plus what a dialog or page adds: larger than the counter's screen, tabs out of sight
    behind scroll arrows, field hints cut."""
    out = fit_problems(root)
    win = root.window()
    if win.width() > screen[0] or win.height() > screen[1]:
        out.append(f"{win.objectName()}: opens at {win.width()}×{win.height()}, the screen has {screen[0]}×{screen[1]}")
    for bar in root.findChildren(QTabBar):
        if _shown(bar):
            out += scrolled_tabs_problems(bar)
    for edit in root.findChildren(QLineEdit):
        if _shown(edit) and not edit.isReadOnly() and edit.parent() is not None \
                and type(edit.parent()).__name__ not in ("QAbstractSpinBox", "QDateEdit", "QSpinBox", "QComboBox",
                                                         "QDateTimeEdit", "QTimeEdit", "QDoubleSpinBox"):
            out += placeholder_problems(edit)
    return out
