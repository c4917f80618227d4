"""客怨 — the complaint list: open / overdue / mine / by category, every deadline, overdue on top."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.complaints import cases, config, deadlines, queries
from app.core.context import AppContext
from app.core.db import STORE_ERRORS
from ui.common.errors import call_service
from ui.common.palette import OK, WARNING, WARNING_BG
from ui.common.panels import WithPanels, apply_panel, split_panels, with_panels
from ui.common.privacy import Privacy
from ui.common.widgets import Column, RowTableModel, SearchBox, make_proxy, make_table, selected_row
from ui.complaints.common import (
    STATE_BACKGROUND,
    STATE_FOREGROUND,
    case_html,
    deadline_cell,
    deadline_tooltip,
    redraw,
    state_text,
    when_text,
)

log = logging.getLogger(__name__)


class ComplaintsTab(QWidget):
    """The list of complaint cases with every deadline. Double-click or Enter opens a case."""

    LIST_LIMIT = 500

    statusChanged = Signal(str, str)
    #: A case's printout was asked for (complaint id). The printing area connects to it.
    print_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaintsTab")
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New complaint (Ctrl+N)"))
        self.new_button.setObjectName("newComplaintButton")
        self.new_button.setStyleSheet("font-weight: bold; padding: 4px 12px;")
        self.new_button.clicked.connect(self.new_complaint)
        bar.addWidget(self.new_button)
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("complaintView")
        for code, text in (("open", self.tr("Open")), ("overdue", self.tr("Overdue")), ("mine", self.tr("Mine")),
                           ("approval", self.tr("Waiting for approval")), ("resolved", self.tr("Resolved")),
                           ("closed", self.tr("Closed")), ("all", self.tr("All"))):
            self.view_combo.addItem(text, code)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.view_combo)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("complaintCategoryFilter")
        self.category_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.category_combo)
        self.search = SearchBox()
        self.search.setObjectName("complaintSearch")
        self.search.setPlaceholderText(self.tr("Search: case number, name, couple, order, what happened"))
        self.search.searchChanged.connect(lambda _t: self.refresh())
        bar.addWidget(self.search, 1)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("openComplaintButton")
        self.open_button.clicked.connect(self.open_selected)
        bar.addWidget(self.open_button)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("printComplaintButton")
        self.print_button.clicked.connect(self.print_selected)
        bar.addWidget(self.print_button)
        self.settings_button = QPushButton(self.tr("Lists and working days…"))
        self.settings_button.setObjectName("complaintSettingsButton")
        self.settings_button.clicked.connect(self.edit_settings)
        bar.addWidget(self.settings_button)
        lay.addLayout(bar)

        self.calendar_warning = QLabel()
        self.calendar_warning.setObjectName("calendarWarning")
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setStyleSheet(f"background: {WARNING_BG}; color: {WARNING}; padding: 4px;")
        self.calendar_warning.hide()
        lay.addWidget(self.calendar_warning)

        self.model = RowTableModel(self._columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "complaintTable")
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        # Keep the service's order (overdue first, then by next deadline) until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.detail = QLabel()
        self.detail.setObjectName("complaintDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setContentsMargins(8, 6, 8, 6)
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        from ui.complaints.callbacks import CallbackPanel

        self.callbacks = CallbackPanel(ctx, self)
        self.callbacks.changed.connect(self.refresh)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(scroll)
        bottom.addWidget(self.callbacks)
        bottom.setSizes([640, 560])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([430, 270])
        lay.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_detail())
        self.summary = QLabel()
        self.summary.setObjectName("complaintSummary")
        lay.addWidget(self.summary)

        # Ctrl+N (new complaint) is the main window's action (ui/actions.py): it works wherever focus is.
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        Privacy.instance().changed.connect(self._privacy_changed)
        self._reload_categories()
        from ui.common.live import initial_fill

        initial_fill(self)  # refresh() now, or when the main window first shows the tab
        # The main window refreshes only the visible tab: keep the overdue counter live anyway, and send
        # it once the window has connected to statusChanged.
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(60_000)
        self.status_timer.timeout.connect(self.check_deadlines)
        self.status_timer.start()
        QTimer.singleShot(0, self, self.update_status)
        # Columns follow their content (ui.common.fit). The four deadlines one by one are in the case's
        # detail below and in "Next deadline"; shown from the header's menu (remembered per counter).
        from ui.common.fit import auto_fit

        fitter = auto_fit(self.table)
        for col in range(3, 7):
            fitter.set_hidden(col, True)

    # ------------------------------------------------------------------ columns
    def _columns(self) -> list[Column]:
        def dl(kind: str) -> Column:
            return Column(
                deadlines.deadline_label(kind),
                lambda r: deadline_cell(r.deadline(kind), self.ctx.now()),
                sort=lambda r: r.deadline(kind).due.isoformat() if r.deadline(kind).due else "9",
                background=lambda r: STATE_BACKGROUND.get(r.deadline(kind).state),
                foreground=lambda r: STATE_FOREGROUND.get(r.deadline(kind).state),
                tooltip=lambda r: deadline_tooltip(r.deadline(kind), self.ctx.now()))

        def next_text(r: queries.CaseRow) -> str:
            d = r.next_deadline
            if r.status == "waiting_customer":
                return self.tr("Paused")
            if d is None:
                return ""
            return f"{deadlines.deadline_short_label(d.kind)} · {state_text(d, self.ctx.now())}"

        def next_bg(r: queries.CaseRow) -> str | None:
            d = r.next_deadline
            return STATE_BACKGROUND.get(d.state) if d else (STATE_BACKGROUND["paused"] if r.status ==
                                                             "waiting_customer" else None)

        def next_fg(r: queries.CaseRow) -> str | None:
            d = r.next_deadline
            return STATE_FOREGROUND.get(d.state) if d else None

        private = Privacy.instance().private_text
        return [
            Column(self.tr("Case"), lambda r: r.case_no, sort=lambda r: r.case_no),
            Column(self.tr("Status"), self._status_text, foreground=lambda r: WARNING if r.unbriefed else
                   OK if r.new_evidence else None, tooltip=self._status_tooltip),
            Column(self.tr("Next deadline"), next_text,
                   sort=lambda r: r.next_due.isoformat() if r.next_due else "9", background=next_bg,
                   foreground=next_fg, tooltip=lambda r: deadline_tooltip(r.next_deadline, self.ctx.now())
                   if r.next_deadline else None),
            dl("investigation"), dl("reply"), dl("feedback"), dl("result"),
            Column(self.tr("Complainant"), lambda r: r.complainant),
            Column(self.tr("Couple"), lambda r: r.couple_names),
            Column(self.tr("Channel"), lambda r: r.channel_text),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Station"), lambda r: r.station),
            Column(self.tr("Responsible"), lambda r: r.responsible),
            Column(self.tr("Held by"), lambda r: r.holder),
            Column(self.tr("Received"), lambda r: when_text(r.received_at), sort=lambda r: r.received_at.isoformat()),
            Column(self.tr("What happened"), lambda r: private(r.description.replace("\n", " ")),
                   tooltip=lambda r: private(r.description), free_text=True),
        ]

    def _status_text(self, r: queries.CaseRow) -> str:
        text = r.status_text
        if r.merged_into_no:
            text += " → " + r.merged_into_no
        if r.unbriefed:
            text += self.tr(" · supervisor not briefed")
        if r.new_evidence:
            text += " · " + self.tr("● new", "new evidence arrived while waiting (short: in the Status column)")
        return text

    def _status_tooltip(self, r: queries.CaseRow) -> str | None:
        tips = []
        if r.unbriefed:
            tips.append(self.tr("The supervisor was absent at intake and has not been briefed yet: open the case "
                                "and record the briefing."))
        if r.new_evidence:
            tips.append(self.tr("The customer's photos or files arrived while the case was waiting for them ({n}): "
                                "open the case to see them.").format(n=r.new_evidence))
        return "\n".join(tips) or None

    # ------------------------------------------------------------------ data
    def _privacy_changed(self, _on: bool) -> None:
        redraw(self.model)
        self.show_detail()

    def show_detail(self) -> None:
        """The selected case's facts and latest follow-up under the list (no need to open it)."""
        row = selected_row(self.table)
        if row is None:
            self.detail.setText(self.tr("Select a case to see its details here; Enter or double-click opens it."))
            return
        self.detail.setText(case_html(row, queries.case_log(row.id), queries.case_misses(self.ctx, row.id)))

    def _reload_categories(self) -> None:
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for c in config.categories(active_only=False):
            self.category_combo.addItem(c.name, c.id)
        i = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(max(i, 0))
        self.category_combo.blockSignals(False)

    def check_deadlines(self) -> None:
        """Every minute, whichever tab is shown: record the deadlines missed since the last check (the
        lists only read), then update the status bar."""
        try:
            cases.record_missed_deadlines(self.ctx)
        except STORE_ERRORS as exc:  # e.g. locked by another counter: the next minute tries again
            log.warning("recording missed deadlines failed: %s", exc)
        self.update_status()

    def refresh(self) -> None:
        call_service(self, cases.record_missed_deadlines, self.ctx)  # the list below only reads
        data = call_service(self, read_list, self.ctx, *self._filters())
        if data is not None:
            self.callbacks.refresh()
            self.apply_refresh(data)

    def _filters(self) -> tuple:
        return self.view_combo.currentData(), self.category_combo.currentData(), self.search.text(), self.LIST_LIMIT

    def refresh_job(self) -> tuple:
        """The list's queries (after recording the deadlines missed) and the call-backs', for a worker."""
        return with_panels((complaints_data, (self.ctx, *self._filters())), (self.callbacks,))

    applied = 0  # how many refreshes were applied (the window drops a worker's result older than the last)

    def apply_refresh(self, data: ComplaintsData | WithPanels) -> None:
        """Show what ``complaints_data`` read (on the UI thread); the search and filters stay as they are."""
        data, panels = split_panels(data, 1)
        self.applied += 1
        selected = selected_row(self.table)
        rows = data.rows
        self.model.set_rows(rows)
        apply_panel(self.callbacks, panels[0])
        if selected is None or not self.select_case(selected.id):
            self.show_detail()
        overdue = self._show_status(data.due, data.overdue, data.warning, rows)
        text = self.tr("{n} cases shown · {o} overdue in total").format(n=len(rows), o=overdue)
        if len(rows) >= self.LIST_LIMIT:
            text += " · " + self.tr("only the first {n}: search or pick a category to narrow the list").format(
                n=self.LIST_LIMIT)
        self.summary.setText(text)

    def update_status(self, rows: list[queries.CaseRow] | None = None) -> int:
        """Overdue count and calendar warning for the status bar (also while another tab is shown)."""
        due, overdue, warning = status_figures(self.ctx)
        return self._show_status(due, overdue, warning, rows)

    def _show_status(self, due: int, overdue: int, warning: str, rows: list[queries.CaseRow] | None) -> int:
        self.statusChanged.emit("complaints_callbacks",
                                self.tr("Call-backs due: {n}").format(n=due) if due else "")
        self.statusChanged.emit("complaints_overdue",
                                self.tr("Complaints overdue: {n}").format(n=overdue) if overdue else "")
        if not warning and rows and any(r.estimated and r.deadline("result").is_open for r in rows):
            warning = self.tr("Some result deadlines assume Monday–Friday (marked ⚠): the holiday calendar "
                              "does not cover them yet.")
        if rows is not None:
            self.calendar_warning.setText(warning)
            self.calendar_warning.setVisible(bool(warning))
        self.statusChanged.emit("complaints_calendar", self.tr("Working-day calendar incomplete") if warning else "")
        return overdue

    def select_case(self, complaint_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            r = idx.data(Qt.ItemDataRole.UserRole + 2)
            if r is not None and r.id == complaint_id:
                self.table.setCurrentIndex(idx)
                self.table.selectRow(row)
                return True
        return False

    # ------------------------------------------------------------------ actions
    def new_complaint(self) -> None:
        from ui.complaints.intake import ComplaintIntakeDialog

        dlg = ComplaintIntakeDialog(self.ctx, self)
        if dlg.exec() and dlg.created is not None:
            self.refresh()
            self.select_case(dlg.created.id)

    def open_case(self, complaint_id: int) -> None:
        from ui.complaints.case import ComplaintCaseDialog

        dlg = ComplaintCaseDialog(self.ctx, complaint_id, self)
        dlg.print_requested.connect(self.print_requested)
        dlg.exec()
        self.refresh()

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.open_case(row.id)

    def print_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.print_requested.emit(row.id)

    def edit_settings(self) -> None:
        from ui.complaints.settings_page import ComplaintSettingsDialog

        ComplaintSettingsDialog(self.ctx, self).exec()
        self._reload_categories()
        from ui.common.live import initial_fill

        initial_fill(self)  # refresh() now, or when the main window first shows the tab

    def prepare_screenshot(self) -> None:
        # Show the top case's details without the selection colour hiding its deadline colours.
        self.table.clearSelection()
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(self.proxy.index(0, 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
        self.show_detail()


@dataclass(frozen=True)
class ComplaintsData:
    """What the complaints list shows, read in one go (plain values: a worker may read them)."""

    rows: list[queries.CaseRow]
    due: int  # call-backs due
    overdue: int  # cases overdue in total
    warning: str  # the working-day calendar's warning, if any


def status_figures(ctx: AppContext) -> tuple[int, int, str]:
    """Call-backs due, cases overdue, the calendar's warning."""
    from app.complaints import callbacks

    return callbacks.due_count(ctx), queries.overdue_count(ctx), config.calendar_warning(ctx)


def read_list(ctx: AppContext, view: str, category: int | None, text: str, limit: int) -> ComplaintsData:
    rows = queries.list_cases(ctx, view, category, text, limit)
    return ComplaintsData(rows, *status_figures(ctx))


def complaints_data(ctx: AppContext, view: str, category: int | None, text: str, limit: int) -> ComplaintsData:
    """The deadlines missed since the last check recorded (a failure waits for the next minute), then the list."""
    try:
        cases.record_missed_deadlines(ctx)
    except STORE_ERRORS as exc:  # e.g. locked by another counter
        log.warning("recording missed deadlines failed: %s", exc)
    return read_list(ctx, view, category, text, limit)
