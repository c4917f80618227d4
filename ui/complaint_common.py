"""Display helpers shared by the complaint tab and dialogs: deadline texts and colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QCoreApplication

from app.complaints.service import Deadline
from app.i18n import translate
from ui.widgets import minutes_text

STATE_BACKGROUND = {
    "overdue": "#ffcdd2",
    "due_soon": "#ffe9a8",
    "paused": "#e0e0e0",
    "met_late": "#ffe0cc",
}
STATE_FOREGROUND = {
    "overdue": "#b71c1c",
    "due_soon": "#8a5a00",
    "met": "#2e7d32",
    "met_late": "#bf360c",
    "paused": "#616161",
}


def span_text(minutes: int) -> str:
    """A length of time for a deadline: minutes, hours or days."""
    minutes = abs(minutes)
    if minutes < 120:
        return minutes_text(minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("ComplaintUi", "{h} h").format(h=minutes // 60)
    return QCoreApplication.translate("ComplaintUi", "{d} days").format(d=minutes // (24 * 60))


def when_text(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    weekday = (translate("ComplaintUi", "Mon"), translate("ComplaintUi", "Tue"), translate("ComplaintUi", "Wed"),
               translate("ComplaintUi", "Thu"), translate("ComplaintUi", "Fri"), translate("ComplaintUi", "Sat"),
               translate("ComplaintUi", "Sun"))[at.weekday()]
    return f"{at:%m-%d} {weekday} {at:%H:%M}"


def state_text(d: Deadline, now: dt.datetime) -> str:
    if d.state == "none" or d.due is None:
        return ""
    left = int((d.due - now).total_seconds() // 60)
    if d.state == "overdue":
        return QCoreApplication.translate("ComplaintUi", "overdue {t}").format(t=span_text(left))
    if d.state in ("pending", "due_soon"):
        return QCoreApplication.translate("ComplaintUi", "in {t}").format(t=span_text(left))
    if d.state == "paused":
        return QCoreApplication.translate("ComplaintUi", "paused")
    if d.state == "met":
        return QCoreApplication.translate("ComplaintUi", "met")
    return QCoreApplication.translate("ComplaintUi", "met late")


def deadline_cell(d: Deadline, now: dt.datetime) -> str:
    """'11-21 周六 09:00 · 还有 5 时' — empty when the case has no such deadline."""
    if d.due is None or d.state == "none":
        return "—" if d.kind == "reply" else ""
    mark = " ⚠" if d.estimated and d.is_open else ""
    return f"{when_text(d.due)} · {state_text(d, now)}{mark}"


def deadline_tooltip(d: Deadline, now: dt.datetime) -> str:
    if d.due is None:
        return d.label
    lines = [d.label, QCoreApplication.translate("ComplaintUi", "Due: {at}").format(at=when_text(d.due)),
             state_text(d, now)]
    if d.met_at is not None and d.state in ("met", "met_late"):
        lines.append(QCoreApplication.translate("ComplaintUi", "Done: {at}").format(at=when_text(d.met_at)))
    if d.estimated:
        lines.append(QCoreApplication.translate("ComplaintUi", "Some working days are not in the holiday calendar: Monday–Friday was assumed. "
                        "Check the working-day list."))
    return "\n".join(line for line in lines if line)


def redraw(model: QAbstractItemModel) -> None:
    """Every cell may read differently now (e.g. the privacy mode changed): tell the views."""
    rows, cols = model.rowCount(), model.columnCount()
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))
