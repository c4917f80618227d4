"""Display helpers shared by the complaint tab and dialogs: deadline texts and colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.complaints.service import Deadline
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


def _t(text: str) -> str:
    return QCoreApplication.translate("ComplaintUi", text)


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
    weekday = [_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun")][at.weekday()]
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
        return _t("paused")
    if d.state == "met":
        return _t("met")
    return _t("met late")


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
        lines.append(_t("Some working days are not in the holiday calendar: Monday–Friday was assumed. "
                        "Check the working-day list."))
    return "\n".join(line for line in lines if line)
