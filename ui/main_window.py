"""The one window: five tabs, a status bar that says who is on shift and what needs attention."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
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
        lab.setStyleSheet("color: #607d8b; font-size: 16px;")
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
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh_current)
        self.timer.start()
        self.update_operator()
        from ui.common.remember import remember, remember_tree, set_counter

        set_counter(ctx.terminal)
        remember(self, "mainWindow")
        remember_tree(self.tabs, "tabs")
        remember(self.tabs, "mainWindow/lastTab")
        # Tabs refreshed while being built emitted their counters before anyone listened: each sends its
        # counters again (no second refresh of every tab before the first paint).
        self.announce_status()

    # ------------------------------------------------------------------ tabs
    def _build_tabs(self) -> None:
        from ui.checkin.tab import CheckInTab

        self.checkin_tab = CheckInTab(self.ctx, self)
        self.flow_tab = self._make_flow_tab()
        self.complaints_tab = self._make_complaints_tab()
        self.print_tab = self._make_print_tab()
        self.handover_tab = self._make_handover_tab()
        self._wire_tabs()
        for widget, title in (
            (self.checkin_tab, self.tr("Check-in")),
            (self.flow_tab, self.tr("Flow")),
            (self.complaints_tab, self.tr("Complaints")),
            (self.print_tab, self.tr("Print")),
            (self.handover_tab, self.tr("Handover")),
        ):
            self.tabs.addTab(widget, title)
            sig = getattr(widget, "statusChanged", None)
            if sig is not None:
                sig.connect(self.set_status_item)

    def _make_flow_tab(self) -> QWidget:
        from ui.flow.tab import FlowTab

        return FlowTab(self.ctx, self)

    def _make_complaints_tab(self) -> QWidget:
        from ui.complaints.tab import ComplaintsTab

        return ComplaintsTab(self.ctx, self)

    def _make_print_tab(self) -> QWidget:
        from ui.printing.tab import PrintTab

        return PrintTab(self.ctx, self)

    def _make_handover_tab(self) -> QWidget:
        from ui.handover.tab import HandoverTab

        return HandoverTab(self.ctx, self)

    def _wire_tabs(self) -> None:
        """Connections between tabs: printing from a complaint; check-ins and complaints refresh the others."""
        sig = getattr(self.complaints_tab, "print_requested", None)
        if sig is not None:
            sig.connect(self.print_complaint)
        self.checkin_tab.checkedIn.connect(lambda _v: self.flow_tab.refresh())
        self.checkin_tab.complaintRecorded.connect(self.complaints_tab.refresh)

    def print_complaint(self, complaint_id: int) -> None:
        from ui.printing.preview import preview_complaint

        preview_complaint(self, self.ctx, complaint_id)

    def tab_widgets(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def refresh_current(self) -> None:
        w = self.tabs.currentWidget()
        if w is not None and hasattr(w, "refresh"):
            w.refresh()

    def announce_status(self) -> None:
        for w in self.tab_widgets():
            emit = getattr(w, "emit_status", None)
            if emit is not None:
                emit()
            elif hasattr(w, "refresh") and not hasattr(w, "update_status"):  # update_status: its own timer
                w.refresh()

    def refresh_all(self) -> None:
        for w in self.tab_widgets():
            if hasattr(w, "refresh"):
                w.refresh()

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
            lab.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; padding: 0 10px;"
                              " border-left: 1px solid #cfd8dc; }")
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
        self.client_safe_label.setStyleSheet("background: #e65100; color: white; font-weight: bold; "
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

    def _ask_supervisor(self, title: str):  # noqa: ANN202 - ui.common.pin_dialog.Acting | None
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
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
            w = self.tabs.widget(i)
            if hasattr(w, "refresh"):
                w.refresh()
            if hasattr(w, "prepare_screenshot"):
                w.prepare_screenshot()
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()
            name = names[i] if i < len(names) else f"tab{i}"
            path = directory / f"{i + 1:02d}-{name}.png"
            self.grab().save(str(path))
            out.append(path)
        return out
