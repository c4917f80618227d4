"""One complaint case: facts, every deadline, missed deadlines, the follow-up log, the evidence (drop files
onto the dialog to attach them) and every action, merging a duplicate into another case included."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.complaints import cases, config, queries
from app.complaints import evidence as evidence_mod
from app.core.context import AppContext
from app.core.errors import PermissionDenied, ValidationError
from ui.common.errors import FieldErrors, call_service
from ui.common.pin_dialog import PinDialog
from ui.common.privacy import Privacy
from ui.common.widgets import ROW_ROLE, Column, RowTableModel, StaffPicker, make_proxy, make_table
from ui.complaints.common import (
    STATE_BACKGROUND,
    STATE_FOREGROUND,
    case_html,
    deadline_tooltip,
    redraw,
    state_text,
    when_text,
)
from ui.complaints.evidence import EvidenceStrip, local_files


def _text_box(name: str, height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _approver_errors_next_to_field[T](fn: Callable[..., T]) -> Callable[..., T]:
    """Show "this person may not approve" next to the approval buttons rather than in a message box."""

    def call(*args: Any, **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except PermissionDenied as exc:
            raise ValidationError({"approver": str(exc)}) from exc

    return call


def _errors() -> FieldErrors:
    general = QLabel()
    general.setStyleSheet("color: #c62828;")
    general.setWordWrap(True)
    general.hide()
    return FieldErrors(general)


class ComplaintCaseDialog(QDialog):
    """Handle one case. Every button calls one service; the view reloads after each change."""

    print_requested = Signal(int)

    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.version: int | None = None
        self.row: queries.CaseRow | None = None
        self._owner_picked = False  # the call-back owner defaults to the handler once, then is the user's
        self.setObjectName("complaintCase")
        self.resize(1340, 680)  # within a 1366×768 screen less its task bar and title bar: wide, not tall
        lay = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.header)

        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split, 1)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(self.tr("Deadlines")))
        self.deadline_model = RowTableModel([
            Column(self.tr("Deadline"), lambda d: d.label),
            Column(self.tr("Due"), lambda d: when_text(d.due) if d.due else "—"),
            Column(self.tr("State"), lambda d: state_text(d, self.ctx.now()) + (" ⚠" if d.estimated else ""),
                   background=lambda d: STATE_BACKGROUND.get(d.state),
                   foreground=lambda d: STATE_FOREGROUND.get(d.state),
                   tooltip=lambda d: deadline_tooltip(d, self.ctx.now())),
            Column(self.tr("Done"), lambda d: when_text(d.met_at) if d.state in ("met", "met_late") else ""),
        ], self)
        self.deadline_table = make_table(make_proxy(self.deadline_model, self), self, "caseDeadlines")
        left_lay.addWidget(self.deadline_table)
        left_lay.addWidget(QLabel(self.tr("Missed deadlines (failed by)")))
        self.miss_model = RowTableModel([
            Column(self.tr("Deadline"), lambda m: m.label),
            Column(self.tr("Was due"), lambda m: when_text(m.due_at)),
            Column(self.tr("Held by then"), lambda m: m.failed_by, foreground=lambda _m: "#b71c1c"),
        ], self)
        self.miss_table = make_table(make_proxy(self.miss_model, self), self, "caseMisses")
        left_lay.addWidget(self.miss_table)
        split.addWidget(left)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(QLabel(self.tr("Follow-up log")))
        private = Privacy.instance().private_text
        self.log_model = RowTableModel([
            Column(self.tr("When"), lambda e: when_text(e.at)),
            Column(self.tr("Who"), lambda e: e.staff),
            Column(self.tr("What"), lambda e: f"[{e.case_no}] {e.action_text}" if e.case_no else e.action_text,
                   tooltip=lambda e: self.tr("From the merged case {no}").format(no=e.case_no) if e.case_no
                   else None),
            Column(self.tr("Customer told"), lambda e: "✓" if e.customer_told else ""),
            Column(self.tr("Details"), lambda e: private(e.text.replace("\n", " · ")),
                   tooltip=lambda e: private(e.text), free_text=True),
        ], self)
        self.log_table = make_table(make_proxy(self.log_model, self), self, "caseLog")
        self.log_table.setWordWrap(True)
        # rows as tall as their wrapped details at the width the columns really get (not the width before show)
        self.log_table.horizontalHeader().sectionResized.connect(lambda *_a: self.log_table.resizeRowsToContents())
        self.log_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.log_table.customContextMenuRequested.connect(self._log_menu)
        for i, w in enumerate((120, 60, 130, 70)):
            self.log_table.setColumnWidth(i, w)
        right_lay.addWidget(self.log_table, 1)
        self.evidence = EvidenceStrip(ctx, complaint_id, self)
        self.evidence.changed.connect(self.reload)
        right_lay.addWidget(self.evidence)
        split.addWidget(right)
        split.setSizes([520, 820])  # the follow-up log (its details wrap) gets the width
        self.deadline_table.setMinimumHeight(30 * 5 + 6)
        for table, widths in ((self.deadline_table, (150, 125, 110)), (self.miss_table, (150, 125))):
            for i, w in enumerate(widths):
                table.setColumnWidth(i, w)

        self.setAcceptDrops(True)

        self.actions = QTabWidget()
        self.actions.setObjectName("caseActions")
        self.actions.addTab(self._follow_page(), self.tr("Investigate / follow up"))
        self.actions.addTab(self._wait_page(), self.tr("Wait for customer"))
        self.actions.addTab(self._approval_page(), self.tr("Compensation approval"))
        self.actions.addTab(self._resolve_page(), self.tr("Resolve"))
        self.actions.addTab(self._close_page(), self.tr("Close / reopen"))
        self.actions.addTab(self._assign_page(), self.tr("Hand over"))
        lay.addWidget(self.actions)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("casePrintButton")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.complaint_id))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.setObjectName("mergeIntoButton")
        self.merge_button.setToolTip(self.tr("The same complaint recorded twice (the bride and the groom both "
                                             "called): merge this case into the other one"))
        self.merge_button.clicked.connect(self.do_merge)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        Privacy.instance().changed.connect(self._privacy_changed)
        self.reload()
        if self.row is not None and self.row.new_evidence:
            # Opening the case is seeing what the customer sent: the list's "● new evidence" goes away.
            call_service(self, evidence_mod.mark_seen, self.ctx, self.complaint_id)

    # ------------------------------------------------------------------ pages
    def _page(self, errors: FieldErrors) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow("", errors.label("status"))
        return page, form

    def _follow_page(self) -> QWidget:
        self.follow_errors = _errors()
        page, form = self._page(self.follow_errors)
        self.follow_text = _text_box("followText")
        form.addRow(self.tr("What was done / found"), self.follow_text)
        form.addRow("", self.follow_errors.label("text"))
        self.follow_told = QCheckBox(self.tr("The customer was told"))
        self.follow_told.setObjectName("followTold")
        row = QHBoxLayout()
        row.addWidget(self.follow_told)
        self.investigate_button = QPushButton(self.tr("Record initial investigation"))
        self.investigate_button.setObjectName("investigateButton")
        self.investigate_button.clicked.connect(self.do_investigate)
        row.addWidget(self.investigate_button)
        self.follow_button = QPushButton(self.tr("Add to the log"))
        self.follow_button.setObjectName("followButton")
        self.follow_button.clicked.connect(self.do_follow_up)
        row.addWidget(self.follow_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.follow_errors._general)
        return page

    def _wait_page(self) -> QWidget:
        self.wait_errors = _errors()
        page, form = self._page(self.wait_errors)
        self.wait_text = _text_box("waitText")
        form.addRow(self.tr("What we wait for / what the customer said"), self.wait_text)
        form.addRow("", self.wait_errors.label("text"))
        row = QHBoxLayout()
        self.wait_button = QPushButton(self.tr("Wait for the customer (pause clocks)"))
        self.wait_button.setObjectName("waitButton")
        self.wait_button.clicked.connect(self.do_wait)
        row.addWidget(self.wait_button)
        self.resume_button = QPushButton(self.tr("Customer answered: resume"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.clicked.connect(self.do_resume)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.wait_errors._general)
        return page

    def _approval_page(self) -> QWidget:
        self.approval_errors = _errors()
        page, form = self._page(self.approval_errors)
        self.approval_text = _text_box("approvalText")
        form.addRow(self.tr("Compensation beyond the order"), self.approval_text)
        form.addRow("", self.approval_errors.label("compensation"))
        row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Ask the executive manager"))
        self.request_button.setObjectName("requestApprovalButton")
        self.request_button.clicked.connect(self.do_request_approval)
        row.addWidget(self.request_button)
        self.approve_button = QPushButton(self.tr("Approve (executive manager, PIN)"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(lambda: self.do_decide(True))
        row.addWidget(self.approve_button)
        self.reject_button = QPushButton(self.tr("Do not approve"))
        self.reject_button.setObjectName("rejectApprovalButton")
        self.reject_button.clicked.connect(lambda: self.do_decide(False))
        row.addWidget(self.reject_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.approval_errors.label("approver"))
        form.addRow("", self.approval_errors._general)
        return page

    def _resolve_page(self) -> QWidget:
        self.resolve_errors = _errors()
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self.resolve_errors.label("status"), 0, 0, 1, 4)
        self.outcome_group = QButtonGroup(self)
        self.confirmed = QRadioButton(self.tr("Confirmed"))
        self.confirmed.setObjectName("outcomeConfirmed")
        self.not_confirmed = QRadioButton(self.tr("Not confirmed"))
        self.not_confirmed.setObjectName("outcomeNotConfirmed")
        self.outcome_group.addButton(self.confirmed)
        self.outcome_group.addButton(self.not_confirmed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Outcome")))
        row.addWidget(self.confirmed)
        row.addWidget(self.not_confirmed)
        self.apology = QCheckBox(self.tr("Apology made"))
        self.apology.setObjectName("apology")
        row.addWidget(self.apology)
        self.beyond = QCheckBox(self.tr("Compensation beyond the order (approved)"))
        self.beyond.setObjectName("beyondOrder")
        row.addWidget(self.beyond)
        row.addStretch(1)
        grid.addLayout(row, 1, 0, 1, 4)
        grid.addWidget(self.resolve_errors.label("outcome"), 2, 0, 1, 4)
        self.corrective = _text_box("correctiveAction", 48)
        self.compensation = _text_box("compensation", 48)
        self.explanation = _text_box("explanation", 48)
        for col, (label, box, key) in enumerate(((self.tr("Corrective action"), self.corrective, "corrective_action"),
                                                 (self.tr("Compensation"), self.compensation, "compensation"),
                                                 (self.tr("Explanation given (not confirmed)"), self.explanation,
                                                  "explanation"))):
            grid.addWidget(QLabel(label), 3, col)
            grid.addWidget(box, 4, col)
            grid.addWidget(self.resolve_errors.label(key), 5, col)
        self.resolve_button = QPushButton(self.tr("Resolve: result told to the customer"))
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.do_resolve)
        grid.addWidget(self.resolve_button, 4, 3)
        grid.addWidget(self.resolve_errors._general, 6, 0, 1, 4)
        return page

    def _close_page(self) -> QWidget:
        self.close_errors = _errors()
        page, form = self._page(self.close_errors)
        self.response_text = _text_box("customerResponse", 48)
        form.addRow(self.tr("Customer's response to the result"), self.response_text)
        form.addRow("", self.close_errors.label("customer_response"))
        self.callback_owner = StaffPicker(parent=self)
        self.callback_owner.setObjectName("callbackOwner")
        self.callback_owner.setToolTip(self.tr("Closing schedules a call-back (回访) on the studio's next opening "
                                               "day; this person makes it (the case's handler unless changed)."))
        form.addRow(self.tr("Call-back by"), self.callback_owner)
        form.addRow("", self.close_errors.label("callback_owner"))
        self.close_button = QPushButton(self.tr("Close the case"))
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.clicked.connect(self.do_close)
        self.reopen_text = QLineEdit()
        self.reopen_text.setObjectName("reopenReason")
        self.reopen_text.setPlaceholderText(self.tr("Why it is reopened"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.do_reopen)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addSpacing(30)
        row.addWidget(self.reopen_text, 1)
        row.addWidget(self.reopen_button)
        form.addRow("", row)
        form.addRow("", self.close_errors.label("text"))
        form.addRow("", self.close_errors._general)
        return page

    def _assign_page(self) -> QWidget:
        self.assign_errors = _errors()
        page, form = self._page(self.assign_errors)
        self.holder_picker = StaffPicker(parent=self)
        self.holder_picker.setObjectName("holderPicker")
        row = QHBoxLayout()
        row.addWidget(self.holder_picker)
        self.assign_button = QPushButton(self.tr("Hand the case over"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self.do_assign)
        row.addWidget(self.assign_button)
        row.addStretch(1)
        form.addRow(self.tr("New holder"), row)
        form.addRow("", self.assign_errors.label("holder"))
        self.supervisor_picker = StaffPicker(parent=self)
        self.supervisor_picker.setObjectName("briefPicker")
        self.supervisor_picker.clear()
        for s in config.supervisors():
            self.supervisor_picker.addItem(s.name, s.id)
        row2 = QHBoxLayout()
        row2.addWidget(self.supervisor_picker)
        self.brief_button = QPushButton(self.tr("Supervisor briefed"))
        self.brief_button.setObjectName("briefButton")
        self.brief_button.clicked.connect(self.do_brief)
        row2.addWidget(self.brief_button)
        row2.addStretch(1)
        form.addRow(self.tr("Supervisor"), row2)
        form.addRow("", self.assign_errors.label("supervisor"))
        form.addRow("", self.assign_errors._general)
        return page

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        row = call_service(self, queries.get_case, self.ctx, self.complaint_id)
        if row is None:
            return
        self.row = row
        c = row.complaint
        self.version = c.version
        self.setWindowTitle(self.tr("Complaint {no}").format(no=row.case_no))
        self.deadline_model.set_rows(row.deadlines)
        self.miss_model.set_rows(queries.case_misses(self.ctx, self.complaint_id))
        log = queries.case_log(self.complaint_id)
        self.log_model.set_rows(log)
        self.evidence.entry_times = {e.id: e.at for e in log}
        self.log_table.resizeRowsToContents()
        self.log_table.scrollToBottom()  # the latest follow-up first in view
        self._render_header()
        status = row.status
        open_ = status in ("new", "investigating", "waiting_customer", "waiting_approval")
        self.investigate_button.setEnabled(status in ("new", "investigating", "waiting_approval"))
        self.follow_button.setEnabled(True)
        self.wait_button.setEnabled(status in ("new", "investigating"))
        self.resume_button.setEnabled(status == "waiting_customer")
        self.request_button.setEnabled(status in ("new", "investigating"))
        pending = status == "waiting_approval"
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        self.resolve_button.setEnabled(status in ("new", "investigating", "waiting_customer"))
        self.close_button.setEnabled(status == "resolved")
        if status == "resolved" and not self._owner_picked:
            self.callback_owner.set_staff_id(c.holder_id)
            self._owner_picked = True
        self.reopen_button.setEnabled(status in ("resolved", "closed"))
        self.assign_button.setEnabled(open_)
        self.merge_button.setEnabled(open_)
        if status == "merged":
            self.follow_button.setEnabled(False)
            self.evidence.set_attach_allowed(False, self.tr("Merged into {no}: attach evidence there.").format(
                no=row.merged_into_no))
        self.beyond.setChecked(c.approval == "approved")
        if c.approval_request and not self.approval_text.toPlainText():
            self.approval_text.setPlainText(c.approval_request)

    def _render_header(self) -> None:
        if self.row is not None:
            self.header.setText(case_html(self.row))

    def _privacy_changed(self, _on: bool) -> None:
        if self.row is not None:
            self._render_header()
            redraw(self.log_model)

    # ------------------------------------------------------------------ drop files to attach them
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.evidence.attach_paths(paths)

    def _log_menu(self, pos: QPoint) -> None:
        index = self.log_table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        act = menu.addAction(self.tr("Attach evidence to this entry…"))
        act.setEnabled(self.evidence.attach_button.isEnabled())
        act.triggered.connect(lambda: self.attach_to_log_entry(index.row()))
        menu.exec(self.log_table.viewport().mapToGlobal(pos))

    def attach_to_log_entry(self, view_row: int) -> None:
        """Attach files to the log entry shown in row ``view_row`` (e.g. the photos the customer sent with it)."""
        proxy = self.log_table.model()
        entry = proxy.index(view_row, 0).data(ROW_ROLE)
        if entry is None or entry.case_no:  # a line of a merged case: attach to this case instead
            return
        paths = self.evidence.choose_files()
        if paths:
            self.evidence.attach_paths(paths, log_entry_id=entry.id)

    # ------------------------------------------------------------------ actions
    def do_merge(self) -> None:
        from ui.complaints.merge import MergeCaseDialog

        dlg = MergeCaseDialog(self.ctx, self.complaint_id, self.version, self)
        dlg.exec()
        if dlg.merged:
            self.reload()
            self.evidence.reload()

    def _run(self, errors: FieldErrors, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        result = call_service(self, fn, self.ctx, self.complaint_id, *args, errors=errors,
                              expected_version=self.version, **kwargs)
        if result is None:
            return False
        self.reload()
        return True

    def do_investigate(self) -> None:
        if self._run(self.follow_errors, cases.record_investigation, self.follow_text.toPlainText(),
                     self.follow_told.isChecked()):
            self.follow_text.clear()

    def do_follow_up(self) -> None:
        if self._run(self.follow_errors, cases.add_follow_up, self.follow_text.toPlainText(),
                     self.follow_told.isChecked()):
            self.follow_text.clear()

    def do_wait(self) -> None:
        if self._run(self.wait_errors, cases.wait_for_customer, self.wait_text.toPlainText()):
            self.wait_text.clear()

    def do_resume(self) -> None:
        if self._run(self.wait_errors, cases.resume, self.wait_text.toPlainText()):
            self.wait_text.clear()

    def do_request_approval(self) -> None:
        self._run(self.approval_errors, cases.request_approval, self.approval_text.toPlainText())

    def ask_pin(self, title: str, role: str) -> tuple[int | None, str] | None:
        """Who acts, with PIN (tests replace this)."""
        dlg = PinDialog(title, role, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.values()

    def do_decide(self, approve: bool) -> None:
        who = self.ask_pin(self.tr("Approve compensation") if approve else self.tr("Do not approve compensation"),
                           "executive_manager")
        if who is None:
            return
        self._run(self.approval_errors, _approver_errors_next_to_field(cases.decide_approval), who[0], who[1],
                  approve, self.approval_text.toPlainText() if not approve else "")

    def do_resolve(self) -> None:
        outcome = "confirmed" if self.confirmed.isChecked() else "not_confirmed" if self.not_confirmed.isChecked() \
            else ""
        self._run(self.resolve_errors, cases.resolve, outcome, corrective_action=self.corrective.toPlainText(),
                  apology=self.apology.isChecked(), compensation=self.compensation.toPlainText(),
                  beyond_order=self.beyond.isChecked(), explanation=self.explanation.toPlainText())

    def do_close(self) -> None:
        self._run(self.close_errors, cases.close, self.response_text.toPlainText(),
                  callback_owner_id=self.callback_owner.staff_id())

    def do_reopen(self) -> None:
        if self._run(self.close_errors, cases.reopen, self.reopen_text.text()):
            self.reopen_text.clear()

    def do_assign(self) -> None:
        self._run(self.assign_errors, cases.assign, self.holder_picker.staff_id())

    def do_brief(self) -> None:
        self._run(self.assign_errors, cases.brief_supervisor, self.supervisor_picker.staff_id())
