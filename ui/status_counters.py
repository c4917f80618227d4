"""The status bar's counters: clicking one jumps to the list behind it; the demo's notice.

The counters' numbers and words come from the areas' services (the store's counts from
``app.checkin.counts``, the same as check-in and the handover use).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from app.core.i18n import translate

log = logging.getLogger(__name__)


def tips() -> dict[str, str]:
    return {
        "checkin_waiting": translate("StatusCounters", "Parties nobody has received at the counter: click to see "
                                                       "them in the in-store list"),
        "flow_alerts": translate("StatusCounters", "Couples over a station's limit on the flow board: click to open "
                                                   "the board"),
        "complaints_overdue": translate("StatusCounters", "Complaints past a deadline: click to open the complaints "
                                                          "list"),
        "complaints_callbacks": translate("StatusCounters", "Complaint call-backs (回访) due today or earlier: click "
                                                            "for the call-back list on the complaints tab"),
        "complaints_calendar": translate("StatusCounters", "The working-day calendar needs the coming year's "
                                                           "holidays: click for the complaints tab"),
        "handover": translate("StatusCounters", "A handover is waiting to be accepted: click to open it"),
    }


class StatusCounter(QLabel):
    """A status-bar counter that can be clicked."""

    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"status_{key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = tips().get(key)
        if tip:
            self.setToolTip(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


def jump(window: QMainWindow, key: str) -> QWidget | None:
    """Show the list behind the counter ``key``; returns the widget that got the focus."""
    target: QWidget | None = None
    if key == "checkin_waiting":
        tab = window.checkin_tab
        window.tabs.setCurrentWidget(tab)
        tab.refresh()
        rows = tab.in_store_model.rows()
        first = next((i for i, r in enumerate(rows) if tab._waiting_too_long(r)), None)
        if first is not None:
            tab.in_store.selectRow(tab.in_store_proxy.mapFromSource(tab.in_store_model.index(first, 0)).row())
        target = tab.in_store
    elif key == "flow_alerts":
        tab = window.flow_tab
        window.tabs.setCurrentWidget(tab)
        tab.pages.setCurrentIndex(0)
        tab.refresh()
        alert = next((r for r in tab.board_model.rows() if r.alert), None)
        if alert is not None:
            tab.select_flow(alert.flow_id)
        target = tab.board
    elif key.startswith("complaints"):
        tab = window.complaints_tab
        window.tabs.setCurrentWidget(tab)
        target = getattr(tab, "table", tab)
    elif key == "handover":
        window.tabs.setCurrentWidget(window.handover_tab)
        target = window.handover_tab
    if target is not None:
        target.setFocus()
    return target


def add_demo_notice(window: QMainWindow) -> QLabel:
    """The status bar says the app runs on demo data and the demo's clock."""
    now = window.ctx.now()
    lab = QLabel(translate("StatusCounters", "DEMO · demo data, the clock started at {time} on {day}").format(
        time=now.strftime("%H:%M"), day=now.strftime("%Y-%m-%d")))
    lab.setObjectName("demoIndicator")
    lab.setToolTip(translate("StatusCounters", "Started with --demo: a busy Saturday morning, on the demo's own clock (moving in real "
                      "time). Use a new database for real work."))
    lab.setStyleSheet("background: #6a1b9a; color: white; font-weight: bold; padding: 2px 8px; border-radius: 3px;")
    window.statusBar().insertWidget(0, lab)
    window.setWindowTitle(window.windowTitle() + " — " + translate("StatusCounters", "Demo"))
    return lab


def keep_demo_floor_moving(window: QMainWindow, interval_ms: int = 60_000) -> QTimer:
    """While the demo runs, the demo's floor goes on working every minute (``app.flow.demo``)."""
    from app.flow.demo import keep_floor_moving

    def tick() -> None:
        try:
            if keep_floor_moving(window.ctx):
                window.refresh_current()
        except Exception:  # noqa: BLE001 - the demo's own staff must never stop the receptionist's work
            log.exception("demo floor")

    timer = QTimer(window)
    timer.setObjectName("demoFloorTimer")
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    return timer
