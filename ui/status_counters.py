"""The status bar's counters: clicking one jumps to the list behind it; the demo's notice.

The counters' numbers and words come from the areas' services (the store's counts from
``app.checkin.counts``, the same as check-in and the handover use).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from app.core.context import AppContext
from app.core.i18n import translate
from ui.common.palette import PURPLE

log = logging.getLogger(__name__)


def tips() -> dict[str, str]:
    return {
        "checkin_waiting": translate("StatusCounters", "Parties nobody has received at the counter: click to see "
                                                       "them in the in-store list"),
        "flow_alerts": translate("StatusCounters", "Couples over a station's limit on the flow board: click to open "
                                                   "the board"),
        "flow_rounds": translate("StatusCounters", "Guests waiting between stations or in the lounge with nobody "
                                                   "looking in (巡查): click for the list on the check-in tab"),
        "complaints_overdue": translate("StatusCounters", "Complaints past a deadline: click to open the complaints "
                                                          "list"),
        "complaints_callbacks": translate("StatusCounters", "Complaint call-backs (回访) due today or earlier: click "
                                                            "for the call-back list on the complaints tab"),
        "complaints_calendar": translate("StatusCounters", "The working-day calendar needs the coming year's "
                                                           "holidays: click for the complaints tab"),
        "handover": translate("StatusCounters", "A handover is waiting to be accepted: click to open it"),
    }


#: The change topics (app.core.changes) the counters are computed from.
STATUS_TOPICS = frozenset({"visit", "flow", "complaint", "call", "handover", "shift", "setting", "staff", "station",
                           "couple", "round"})


def counter_texts(ctx: AppContext) -> dict[str, str]:
    """Every status-bar counter's text (empty: hidden), from the areas' services, whether or not their tab was
    ever shown. Plain values: runs off the UI thread (its own connection)."""
    from app.checkin import counts
    from app.complaints import callbacks, config
    from app.complaints import queries as complaint_queries
    from app.flow import rounds
    from app.handover import service as ho

    c = counts.store_counts(ctx)
    due = callbacks.due_count(ctx)
    overdue = complaint_queries.overdue_count(ctx)
    pending = ho.open_handover(ctx.terminal)
    view = ho.load_handover(pending.id) if pending is not None else None
    return {
        "checkin_waiting": counts.unattended_text(c),
        "flow_alerts": counts.flow_over_text(c),
        "flow_rounds": rounds.look_after_text(len(rounds.to_look_after(ctx))),
        "complaints_callbacks": translate("ComplaintsTab", "Call-backs due: {n}").format(n=due) if due else "",
        "complaints_overdue": translate("ComplaintsTab", "Complaints overdue: {n}").format(n=overdue)
        if overdue else "",
        "complaints_calendar": translate("ComplaintsTab", "Working-day calendar incomplete")
        if config.calendar_warning(ctx) else "",
        "handover": translate("HandoverTab", "Handover waiting: {name} {time}").format(
            name=view.outgoing, time=view.submitted_at.strftime("%H:%M")) if view is not None else "",
    }


class StatusFeed(QObject):
    """Keeps the status-bar counters live for every tab, built or not: computed off the UI thread after a
    change that touches them (``topics_changed``) and once a minute (minutes waited, deadlines passing: the
    time-driven counters). A result older than the last request is dropped."""

    MINUTE_MS = 60_000

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.asked = 0  # requests made
        self.applied = 0  # the request whose result is shown
        self.running = False
        self.again = False
        self.timer = QTimer(self)
        self.timer.setObjectName("statusFeedTimer")
        self.timer.setInterval(self.MINUTE_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def topics_changed(self, topics: set[str]) -> None:
        from ui.common.live import wants

        if wants(topics, STATUS_TOPICS):
            self.refresh()

    def refresh(self) -> None:
        """Compute the counters again (one job at a time: a request while one runs starts one more after it)."""
        if self.running:
            self.again = True
            return
        from ui.common.live import run_with_own_connection

        self.running = True
        self.again = False
        self.asked += 1
        ticket = self.asked
        run_with_own_connection(self, counter_texts, self.window_.ctx,
                                done=lambda texts: self._apply(ticket, texts), failed=self._failed)

    def _apply(self, ticket: int, texts: dict[str, str]) -> None:
        self.running = False
        if ticket > self.applied:
            self.applied = ticket
            for key, text in texts.items():
                self.window_.set_status_item(key, text)
        if self.again:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("status counters: %s", exc)
        from app.core.db import STORE_ERRORS, describe_db_error
        from ui.common.store_status import report_trouble

        if isinstance(exc, STORE_ERRORS):
            report_trouble(describe_db_error(exc))
        if self.again:
            self.refresh()


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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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
    elif key == "flow_rounds":
        tab = window.checkin_tab
        window.tabs.setCurrentWidget(tab)
        tab.refresh()
        tab.lower.setCurrentWidget(tab.rounds_panel)
        tab.rounds_panel.select_first()
        target = tab.rounds_panel.table
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
    lab.setStyleSheet(f"background: {PURPLE}; color: white; font-weight: bold; padding: 2px 8px; border-radius: 3px;")
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
        except Exception:  # the demo's own staff must never stop the receptionist's work
            log.exception("demo floor")

    timer = QTimer(window)
    timer.setObjectName("demoFloorTimer")
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    return timer
