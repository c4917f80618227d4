"""The one window: five tabs, a status bar that says who is on shift and what needs attention."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __name__ as _app_pkg  # noqa: F401 - keeps app importable first
from app.core.context import AppContext
from app.core.db import database_target, schema_version
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import display_name
from ui.common.palette import DANGER, GRID, MUTED, WARNING
from ui.common.privacy import Privacy


class PlaceholderTab(QWidget):
    """A tab whose work has not been built yet says so plainly (no fake data)."""

    statusChanged = Signal(str, str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lab = QLabel(text)
        lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lab.setWordWrap(True)
        lab.setStyleSheet(f"color: {MUTED}; font-size: 16px;")
        lay.addWidget(lab)

    def refresh(self) -> None:
        pass


class MainWindow(QMainWindow):
    """Tabs: 签到 check-in · 流程 flow · 客怨 complaints · 打印 printing · 交接班 handover.

    Every tab offers ``refresh()`` (called on a timer for live clocks) and may emit
    ``statusChanged(key, text)`` to show a counter in the status bar (e.g. alerts, overdue cases).
    """

    REFRESH_MS = 30_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Studio Front Desk"))
        # Fits a 1366×768 counter monitor (with a task bar) and grows with a larger one; the size, the
        # splitters, the columns and the last tab come back as this counter left them (ui.common.remember).
        self.resize(1366, 700)
        from ui.common.store_status import BackupStatus, StoreBanner, StoreEvents

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.store_banner = StoreBanner(ctx, central)  # hidden until the store stops answering
        column.addWidget(self.store_banner)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._status_labels: dict[str, QLabel] = {}
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        self.statusBar().addWidget(self.operator_label)
        self.backup_status = BackupStatus(ctx, self)
        self.statusBar().addWidget(self.backup_status)
        events = StoreEvents.instance()
        events.recovered.connect(self.refresh_all)
        events.reopened.connect(self.store_reopened)
        self._build_tabs()
        self._build_menu()
        from ui.actions import install as install_actions

        self.shortcut_actions = install_actions(self)  # Ctrl+1…5, Ctrl+N, Ctrl+F, F1 … (ui/actions.py)
        self.timer = QTimer(self)  # the shown tab's live clocks (minutes waited, time at a station)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh_current)
        self.timer.start()
        self.update_operator()
        from ui.common.remember import remember, set_counter

        set_counter(ctx.terminal)
        remember(self, "mainWindow")
        remember(self.tabs, "mainWindow/lastTab")
        self.tabs.currentChanged.connect(self._current_changed)
        from ui.common.live import ChangeWatcher
        from ui.status_counters import StatusFeed

        self.status_feed = StatusFeed(self)
        self.watcher = ChangeWatcher(self, now=ctx.now)
        self.watcher.changed.connect(self.topics_changed)
        self.watcher.lost.connect(self._store_lost)
        # Only the tab shown first is built before the first paint, and it is filled right after it (the
        # others are built when first shown); the counters and the live refresh start then too.
        key = self.current_key()
        if key is not None:
            self.tab(key, fill=False)
        self._live = False
        QTimer.singleShot(0, self, self._start_unless_shown)

    def event(self, e: QEvent) -> bool:  # Qt's name
        result = super().event(e)
        if e.type() == QEvent.Type.Paint and not self._live:
            QTimer.singleShot(0, self, self.start_live)  # after the first paint
        return result

    def _start_unless_shown(self) -> None:
        if not self.isVisible():  # a window never shown (tests, a screenshot): nothing to wait for
            self.start_live()

    def start_live(self) -> None:
        """Fill the shown tab, compute the status counters, start watching for changes."""
        if self._live:
            return
        self._live = True
        key = self.current_key()
        if key is not None and key not in self._filled:
            self._fill_later(key)
        self.status_feed.start()
        self.watcher.start()

    def closeEvent(self, e: QCloseEvent) -> None:  # Qt's name
        self.stop_live()
        super().closeEvent(e)

    def stop_live(self) -> None:
        """Stop the live refresh for good (closing, tests): no timer, watcher or counters start again."""
        self._live = True
        self.watcher.stop()
        self.status_feed.stop()
        self.timer.stop()

    def _store_lost(self, reason: str) -> None:
        """The watcher cannot reach the store: the banner says so, with when it last answered (no dialog)."""
        from ui.common.store_status import report_trouble

        if self.watcher.last_ok is not None and self.store_banner.isHidden():
            self.store_banner.last_reached = self.watcher.last_ok
        if not report_trouble(reason):
            import logging

            logging.getLogger(__name__).warning("change watcher: the store answers %s", reason)

    # ------------------------------------------------------------------ tabs
    #: The tabs in order: key, attribute, factory (module, class). A tab is built the first time it is shown
    #: or asked for (``tab(key)``); until then its page is an empty widget and it does no work.
    TAB_SPECS: tuple[tuple[str, str, str, str], ...] = (
        ("checkin", "checkin_tab", "ui.checkin.tab", "CheckInTab"),
        ("flow", "flow_tab", "ui.flow.tab", "FlowTab"),
        ("complaints", "complaints_tab", "ui.complaints.tab", "ComplaintsTab"),
        ("print", "print_tab", "ui.printing.tab", "PrintTab"),
        ("handover", "handover_tab", "ui.handover.tab", "HandoverTab"),
    )
    #: What each tab shows, as change topics (the first part of an audit action, app.core.changes): a change
    #: elsewhere refreshes a tab only when it touches one of these. Staff and settings touch every tab.
    COMMON_TOPICS = frozenset({"staff", "setting", "station", "package", "backup"})
    TAB_TOPICS: dict[str, frozenset[str]] = {
        "checkin": frozenset({"visit", "couple", "key", "loan", "lead", "found", "locker", "order", "appointment",
                              "call", "personal", "selection", "pickup", "payment", "flow", "round"}),
        "flow": frozenset({"flow", "flow_template", "visit", "couple"}),
        "complaints": frozenset({"complaint", "call", "couple"}),
        "print": frozenset({"couple", "appointment", "complaint", "visit"}),
        "handover": frozenset({"handover", "review", "shift", "visit", "key", "loan", "found", "complaint",
                               "call", "flow", "lead", "appointment", "couple", "round"}),
    }

    def _build_tabs(self) -> None:
        self._tabs: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._filled: set[str] = set()
        self._tickets: dict[str, int] = {}
        self._pending_jobs: dict[str, int] = {}
        titles = {"checkin": self.tr("Check-in"), "flow": self.tr("Flow"), "complaints": self.tr("Complaints"),
                  "print": self.tr("Print"), "handover": self.tr("Handover")}
        self._titles = titles
        for key, _attr, _mod, _cls in self.TAB_SPECS:
            page = QWidget()
            page.setObjectName(f"{key}Placeholder")
            self._pages[key] = page
            self.tabs.addTab(page, titles[key])

    def tab(self, key: str, fill: bool = True) -> QWidget:
        """The tab ``key``, built now if it was not yet (and filled once unless ``fill`` is False)."""
        tab = self._tabs.get(key)
        if tab is None:
            tab = self._make_tab(key)
        if fill and (key not in self._filled or key in self._pending_jobs):
            self._fill(key)  # wanted now: its data now (a worker's result still on its way is dropped)
        return tab

    def _make_tab(self, key: str) -> QWidget:
        import importlib

        spec = next(s for s in self.TAB_SPECS if s[0] == key)
        cls = getattr(importlib.import_module(spec[2]), spec[3])
        self._building = True  # the tab leaves its first fill to the window (ui.common.live.initial_fill)
        try:
            tab = cls(self.ctx, self)
        finally:
            self._building = False
        self._tabs[key] = tab
        placeholder = self._pages[key]
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        tip = self.tabs.tabToolTip(index)
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, self._titles[key])
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._pages[key] = tab
        sig = getattr(tab, "statusChanged", None)
        if sig is not None:
            sig.connect(self.set_status_item)
        self._wire_tab(key, tab)
        if hasattr(self, "shortcut_actions"):
            from ui.actions import tab_built

            tab_built(self, tab)
        from ui.common.remember import remember_tree

        remember_tree(tab, f"tabs/{tab.objectName() or key}")
        return tab

    def _fill(self, key: str) -> None:
        """Refresh the tab ``key`` now, on the UI thread (an explicit refresh: the caller wants it done)."""
        self._filled.add(key)
        self._stale.discard(key)
        self._tickets[key] = self._tickets.get(key, 0) + 1  # a result still on its way is older: dropped
        self._pending_jobs.pop(key, None)
        tab = self._tabs[key]
        if hasattr(tab, "refresh"):
            tab.refresh()

    def _fill_later(self, key: str) -> None:
        """Refresh the tab ``key`` without holding up the UI thread: a tab that offers ``refresh_job()`` (a plain
        function and its arguments, read from its widgets now) has it run in a worker with its own connection
        and applies the result (``apply_refresh``) when it arrives, unless a newer refresh was asked for
        meanwhile; any other tab refreshes here."""
        tab = self._tabs[key]
        job = tab.refresh_job() if hasattr(tab, "refresh_job") else None
        if job is None:
            self._fill(key)
            return
        self._filled.add(key)
        self._stale.discard(key)
        ticket = self._tickets[key] = self._tickets.get(key, 0) + 1
        fn, args = job
        from ui.common.live import run_with_own_connection

        self._pending_jobs[key] = ticket
        seen = getattr(tab, "applied", 0)
        run_with_own_connection(self, fn, *args, done=lambda data: self._apply(key, ticket, seen, data),
                                failed=lambda exc: self._job_failed(key, ticket, exc))

    def _apply(self, key: str, ticket: int, seen: int, data: object) -> None:
        if self._pending_jobs.get(key) == ticket:
            del self._pending_jobs[key]
        tab = self._tabs[key]
        if self._tickets.get(key) != ticket or getattr(tab, "applied", 0) != seen:
            return  # a newer refresh was asked for, or the tab refreshed itself meanwhile: this one is stale
        tab.apply_refresh(data)

    def _job_failed(self, key: str, ticket: int, exc: BaseException) -> None:
        if self._pending_jobs.get(key) == ticket:
            del self._pending_jobs[key]
        from app.core.db import STORE_ERRORS, describe_db_error
        from ui.common.errors import show_db_error

        if self._tickets.get(key) != ticket:
            return
        self._stale.add(key)  # try again at the next change, tick or show
        if isinstance(exc, STORE_ERRORS):
            show_db_error(self, describe_db_error(exc))  # the banner while it may pass (no stacked dialogs)
        else:
            import logging

            logging.getLogger(__name__).error("refreshing %s failed: %r", key, exc)

    def refreshing(self) -> bool:
        """Whether a refresh is still on its way from a worker."""
        return bool(self._pending_jobs)

    def is_stale(self, key: str) -> bool:
        """Whether the hidden tab ``key`` missed a change it shows (it refreshes when shown next)."""
        return key in self._stale

    def filled(self, key: str) -> bool:
        """Whether the tab ``key`` was built and has loaded its data at least once."""
        return key in self._filled

    @property
    def building_tab(self) -> bool:
        return getattr(self, "_building", False)

    @property
    def checkin_tab(self) -> QWidget:
        return self.tab("checkin")

    @property
    def flow_tab(self) -> QWidget:
        return self.tab("flow")

    @property
    def complaints_tab(self) -> QWidget:
        return self.tab("complaints")

    @property
    def print_tab(self) -> QWidget:
        return self.tab("print")

    @property
    def handover_tab(self) -> QWidget:
        return self.tab("handover")

    def built_tabs(self) -> dict[str, QWidget]:
        return dict(self._tabs)

    def _wire_tab(self, key: str, tab: QWidget) -> None:
        """Connections between tabs: printing from a complaint; a check-in or a complaint recorded on the
        check-in tab makes the flow board and the complaints list stale (refreshed when shown)."""
        if key == "complaints":
            sig = getattr(tab, "print_requested", None)
            if sig is not None:
                sig.connect(self.print_complaint)
        elif key == "checkin":
            tab.checkedIn.connect(lambda _v: self.topics_changed({"visit", "flow"}))
            tab.complaintRecorded.connect(lambda: self.topics_changed({"complaint"}))

    def print_complaint(self, complaint_id: int) -> None:
        from ui.printing.preview import preview_complaint

        preview_complaint(self, self.ctx, complaint_id)

    def tab_widgets(self) -> list[QWidget]:
        """Every tab, each built (``tab_widgets`` is for callers that want all of them)."""
        return [self.tab(key) for key, *_ in self.TAB_SPECS]

    def current_key(self) -> str | None:
        w = self.tabs.currentWidget()
        return next((k for k, page in self._pages.items() if page is w), None)

    def _current_changed(self, _index: int) -> None:
        key = self.current_key()
        if key is None:
            return
        if key not in self._tabs or key not in self._filled or key in self._stale:
            self.tab(key, fill=False)
            self._fill(key)  # shown for the first time or after a change: at once (she is looking at it)
        else:
            self.refresh_current()  # live clocks (minutes waited) moved while it was hidden

    def refresh_current(self) -> None:
        """The shown tab again (the timer's live clocks, the demo's floor): in a worker when the tab can."""
        key = self.current_key()
        if key is not None:
            self.tab(key, fill=False)
            self._fill_later(key)

    def topics_changed(self, topics: set[str]) -> None:
        """Something was saved (here or at another counter): the current tab refreshes if it shows it, the
        hidden tabs that show it are marked stale (refreshed when shown), and the status counters follow."""
        from ui.common.live import wants

        current = self.current_key()
        for key in self._tabs:
            if wants(topics, self.TAB_TOPICS.get(key, frozenset()) | self.COMMON_TOPICS):
                if key == current:
                    self._fill_later(key)
                else:
                    self._stale.add(key)
        self.status_feed.topics_changed(topics)

    def announce_status(self) -> None:
        for w in self._tabs.values():
            emit = getattr(w, "emit_status", None)
            if emit is not None:
                emit()

    def refresh_all(self) -> None:
        """The current tab now, every other built tab when it is next shown; the status counters."""
        current = self.current_key()
        for key in self._tabs:
            if key == current:
                self._fill(key)
            else:
                self._stale.add(key)
        self.status_feed.refresh()

    def start_background_work(self) -> None:
        """Work that must not hold up the window: today's backup (if none yet)."""
        self.backup_status.start_up()

    def store_reopened(self) -> None:
        """A restore replaced the file under the app: every tab shows the restored data, no restart needed."""
        self.update_operator()
        self.refresh_all()
        self.backup_status.show_last()

    # ------------------------------------------------------------------ status bar
    def set_status_item(self, key: str, text: str) -> None:
        lab = self._status_labels.get(key)
        if lab is None:
            from ui.status_counters import StatusCounter, jump

            lab = StatusCounter(key, self)  # clicking it jumps to the list behind it
            lab.clicked.connect(lambda k: jump(self, k))
            # Status counters are things that need attention: red, each set apart.
            lab.setStyleSheet(f"QLabel {{ color: {DANGER}; font-weight: bold; padding: 0 10px;"
                              f" border-left: 1px solid {GRID}; }}")
            self.statusBar().addPermanentWidget(lab)
            self._status_labels[key] = lab
        lab.setText(text)
        lab.setVisible(bool(text))

    def status_text(self, key: str) -> str:
        lab = self._status_labels.get(key)
        return lab.text() if lab is not None else ""

    def update_operator(self) -> None:
        if self.ctx.operator_id is None:
            self.operator_label.setText(self.tr("No one on shift"))
        else:
            self.operator_label.setText(self.tr("On shift: {name}").format(name=display_name(self.ctx.operator_id)))

    # ------------------------------------------------------------------ menu
    def _build_menu(self) -> None:
        m = self.menuBar().addMenu(self.tr("&Desk"))
        act = QAction(self.tr("Change shift…"), self)
        act.triggered.connect(self.change_shift)
        m.addAction(act)
        act = QAction(self.tr("Change my PIN…"), self)
        act.triggered.connect(self.change_pin)
        m.addAction(act)
        act = QAction(self.tr("Refresh"), self)
        act.setShortcut(QKeySequence("F5"))
        act.triggered.connect(self.refresh_all)
        m.addAction(act)
        m.addSeparator()
        self.client_safe_action = QAction(self.tr("Client-safe screen"), self)
        self.client_safe_action.setObjectName("clientSafeAction")
        self.client_safe_action.setCheckable(True)
        self.client_safe_action.setShortcut(QKeySequence("F9"))
        self.client_safe_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.client_safe_action.setToolTip(self.tr("Hide phone numbers, notes and complaint details while a "
                                                   "customer looks at the screen (F9)"))
        self.client_safe_action.toggled.connect(Privacy.instance().set_client_safe)
        self.addAction(self.client_safe_action)
        m.addAction(self.client_safe_action)
        m.addSeparator()
        act = QAction(self.tr("Quit"), self)
        act.setShortcut(QKeySequence("Ctrl+Q"))
        act.triggered.connect(self.close)
        m.addAction(act)
        d = self.menuBar().addMenu(self.tr("D&ata"))
        d.setObjectName("dataMenu")
        self.backup_action = QAction(self.tr("Back up now"), self)
        self.backup_action.setObjectName("backupNowAction")
        self.backup_action.triggered.connect(lambda: self.backup_status.back_up_now())
        d.addAction(self.backup_action)
        a = self.menuBar().addMenu(self.tr("&Manage"))
        act = QAction(self.tr("Staff…"), self)
        act.setObjectName("staffAction")
        act.triggered.connect(self.open_staff)
        a.addAction(act)
        act = QAction(self.tr("Settings…"), self)
        act.setObjectName("settingsAction")
        act.triggered.connect(self.open_settings)
        a.addAction(act)
        act = QAction(self.tr("Audit trail…"), self)
        act.setObjectName("auditAction")
        act.triggered.connect(self.open_audit)
        a.addAction(act)
        h = self.menuBar().addMenu(self.tr("&Help"))
        h.setObjectName("helpMenu")
        act = QAction(self.tr("About…"), self)
        act.triggered.connect(self.show_about)
        h.addAction(act)
        self.client_safe_label = QLabel(self.tr("Client-safe: phones, notes and complaint details hidden (F9)"))
        self.client_safe_label.setObjectName("clientSafeIndicator")
        self.client_safe_label.setStyleSheet(f"background: {WARNING}; color: white; font-weight: bold; "
                                             "padding: 2px 8px; border-radius: 3px;")
        self.statusBar().addPermanentWidget(self.client_safe_label)
        privacy = Privacy.instance()
        privacy.changed.connect(self._on_client_safe)
        self._on_client_safe(privacy.client_safe)

    def _on_client_safe(self, on: bool) -> None:
        self.client_safe_label.setVisible(on)
        if self.client_safe_action.isChecked() != on:
            self.client_safe_action.setChecked(on)

    def toggle_client_safe(self) -> None:
        self.client_safe_action.toggle()

    def change_pin(self) -> None:
        from ui.staff.dialog import ChangePinDialog

        ChangePinDialog(self.ctx, self).exec()

    def _ask_supervisor(self, title: str):  # returns a ui.common.pin_dialog.Acting | None
        from ui.common.pin_dialog import ask_supervisor

        return ask_supervisor(self, self.ctx, title, self.tr("A supervisor opens this with her PIN."))

    def open_staff(self) -> None:
        from ui.staff.dialog import StaffDialog

        acting = self._ask_supervisor(self.tr("Staff"))
        if acting is not None:
            StaffDialog(acting, self).exec()
            self.update_operator()
            self.refresh_all()

    def open_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        acting = self._ask_supervisor(self.tr("Settings"))
        if acting is not None:
            SettingsDialog(acting, self).exec()
            self.update_operator()
            self.refresh_all()

    def open_audit(self) -> None:
        from app.core.audit_query import open_audit
        from ui.common.errors import call_service
        from ui.common.pin_dialog import ask_pin
        from ui.settings.audit_viewer import AuditViewer

        got = ask_pin(self, self.tr("Audit trail"), SUPERVISOR_ROLES,
                      message=self.tr("A supervisor opens this with her PIN."))
        if got is None:
            return
        reader = call_service(self, open_audit, self.ctx, *got)
        if reader is not None:
            AuditViewer(self.ctx, reader, self).exec()

    def change_shift(self) -> None:
        """Taking over the counter goes through the handover while someone is on shift."""
        from ui.staff.shift_dialog import ShiftDialog

        if self.ctx.operator_id is not None and hasattr(self.handover_tab, "refresh"):
            self.tabs.setCurrentWidget(self.handover_tab)
            QMessageBox.information(self, self.tr("Change shift"), self.tr(
                "The outgoing receptionist submits the handover here; the next receptionist reads it and accepts "
                "it with her own PIN. The shift changes when it is accepted."))
            return
        dlg = ShiftDialog(self.ctx, self)
        if dlg.exec():
            self.update_operator()
            self.refresh_all()

    def about_text(self) -> str:
        target = database_target()
        return "\n".join([self.tr("Studio Front Desk"),
                          self.tr("Schema version: {schema}").format(schema=schema_version()),
                          self.tr("Database: {path}").format(path=target)])

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.about_text())

    # ------------------------------------------------------------------ screenshots
    def screenshot_all(self, directory: Path) -> list[Path]:
        """Render every tab to DIR/NN-name.png (works offscreen)."""
        directory.mkdir(parents=True, exist_ok=True)
        names = ["checkin", "flow", "complaints", "print", "handover"]
        out = []
        self.show()
        self.resize(1366, 768)  # the counter's monitor
        from ui.common.worker import wait_for_background

        self.status_feed.refresh()  # every status-bar counter in every picture, not only the later tabs'
        wait_for_background()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # the finished background work applied (counters, the backup's status)
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
            w = self.tabs.widget(i)
            if hasattr(w, "refresh"):
                w.refresh()
            if hasattr(w, "prepare_screenshot"):
                w.prepare_screenshot()
            from PySide6.QtWidgets import QApplication

            for _ in range(6):  # rows fitted to the final widths, the page laid out around them (a scroll bar)
                QApplication.processEvents()
            name = names[i] if i < len(names) else f"tab{i}"
            path = directory / f"{i + 1:02d}-{name}.png"
            self.grab().save(str(path))
            out.append(path)
        return out
