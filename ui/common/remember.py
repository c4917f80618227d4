"""What the counter PC remembers between runs (QSettings, per counter): window geometry, splitter
positions, column widths and hidden columns, the last tab.

``remember(widget, key)`` restores the widget's saved state now and saves it whenever it changes;
``remember_tree(root, prefix)`` does so for every named splitter, table and tab widget under ``root``.
Nothing here touches the database: this is the PC's own preference, not the studio's data.
"""

from __future__ import annotations

import json
import weakref

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QTabWidget, QWidget

from app import APP_NAME, ORG_NAME

_counter = "counter"


def set_counter(name: str) -> None:
    """Whose preferences: one group per counter name (``--terminal``)."""
    global _counter
    _counter = name or "counter"


def settings() -> QSettings:
    s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    s.beginGroup(f"ui/{_counter}")
    return s


def _load(key: str) -> object:
    return settings().value(key)


def _save(key: str, value: object) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


class _Saver(QObject):
    """Saves a little after the last change (a splitter drag emits many moves); closing the window saves what
    is still waiting (``flush_pending``), so a change made just before closing is not lost."""

    def __init__(self, widget: QWidget, save) -> None:  # type: ignore[no-untyped-def]
        super().__init__(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._due)
        self.save = save

    def later(self, *_a: object) -> None:
        _pending.add(self)
        self._timer.start()

    def _due(self) -> None:
        _pending.discard(self)
        self.save()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._due()


_pending: weakref.WeakSet[_Saver] = weakref.WeakSet()


def flush_pending() -> None:
    """Save every change still waiting for its timer (the window is closing)."""
    for saver in list(_pending):
        try:
            saver.flush()
        except RuntimeError:  # its widget is already gone
            _pending.discard(saver)


def _remember_splitter(split: QSplitter, key: str) -> None:
    state = _load(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        split.restoreState(state)
    saver = _Saver(split, lambda: _save(key, split.saveState()))
    split.splitterMoved.connect(saver.later)


def _remember_tabs(tabs: QTabWidget, key: str) -> None:
    value = _load(key)
    try:
        index = int(value) if value is not None else -1
    except (TypeError, ValueError):
        index = -1
    if 0 <= index < tabs.count():
        tabs.setCurrentIndex(index)
    tabs.currentChanged.connect(lambda i: _save(key, i))


def _remember_table(view: QTableView, key: str) -> None:
    """Widths she dragged and the columns she hid, by header text (survives a new column in between)."""
    from ui.common.fit import auto_fit

    fitter = auto_fit(view)
    try:
        saved = json.loads(str(_load(key) or "{}"))
    except ValueError:
        saved = {}
    fitter.preferred.update({str(k): int(v) for k, v in (saved.get("widths") or {}).items()})
    hidden = saved.get("hidden")
    if isinstance(hidden, list):
        fitter.hidden = {str(h) for h in hidden}
    fitter.schedule()

    def save() -> None:
        _save(key, json.dumps({"widths": fitter.preferred, "hidden": sorted(fitter.hidden)}, ensure_ascii=False))

    saver = _Saver(view, save)
    view.horizontalHeader().sectionResized.connect(saver.later)
    fitter.hidden_changed.connect(saver.later)


def _remember_window(window: QMainWindow, key: str) -> None:
    geometry = _load(key + "/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    saver = _Saver(window, lambda: _save(key + "/geometry", window.saveGeometry()))
    window.installEventFilter(_GeometryWatch(window, saver))


class _GeometryWatch(QObject):
    def __init__(self, window: QMainWindow, saver: _Saver) -> None:
        super().__init__(window)
        self.saver = saver

    def eventFilter(self, obj: QObject, event) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.WindowStateChange):
            self.saver.later()
        elif event.type() == QEvent.Type.Close:
            flush_pending()
            self.saver.save()
        return False


def remember(widget: QWidget, key: str) -> None:
    """Restore ``widget``'s saved state under ``key`` and keep saving it: a main window (geometry), a splitter
    (positions), a table (column widths, hidden columns) or a tab widget (the last tab)."""
    if isinstance(widget, QMainWindow):
        _remember_window(widget, key)
    elif isinstance(widget, QSplitter):
        _remember_splitter(widget, key)
    elif isinstance(widget, QTabWidget):
        _remember_tabs(widget, key)
    elif isinstance(widget, QTableView):
        _remember_table(widget, key)
    else:
        raise TypeError(f"cannot remember a {type(widget).__name__}")


def remember_tree(root: QWidget, prefix: str) -> int:
    """``remember`` every splitter, table and tab widget under ``root`` that has a name, or whose parent
    chain gives it one (``prefix/parentName/QSplitter0``). Returns how many were found."""
    n = 0
    seen: dict[str, int] = {}
    for cls in (QSplitter, QTabWidget, QTableView):
        for w in root.findChildren(cls):
            if w.property("rememberSkip"):
                continue
            path = _path(w, root)
            if path in seen:
                seen[path] += 1
                path = f"{path}#{seen[path]}"
            else:
                seen[path] = 0
            remember(w, f"{prefix}/{path}")
            n += 1
    return n


def _path(w: QWidget, root: QWidget) -> str:
    parts = []
    cur: QObject | None = w
    while cur is not None and cur is not root:
        parts.append(cur.objectName() or type(cur).__name__)
        if cur.objectName() and cur is not w and len(parts) >= 2:
            break
        cur = cur.parent()
    return "/".join(reversed(parts))
