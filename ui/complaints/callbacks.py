"""回访 — the complaints tab's call-back list and the dialog that records a call.

A closed case's call-back stays on this list until the customer is reached or it is given up with a
reason; those due today or earlier are on top, in red (app.complaints.callbacks)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.complaints import callbacks
from app.core.context import AppContext
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR
from ui.common.privacy import Privacy
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, selected_row

DUE_FG = ERROR


class CallbackPanel(QWidget):
    """Call-backs still owed. Enter or double-click records a call."""

    #: something was recorded (a case may have been reopened): the tab reloads its list
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("callbackPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("callbackTitle")
        self.title.setStyleSheet("font-weight: bold;")
        top.addWidget(self.title, 1)
        self.record_button = QPushButton(self.tr("Record call…"))
        self.record_button.setObjectName("recordCallbackButton")
        self.record_button.clicked.connect(self.record_selected)
        top.addWidget(self.record_button)
        lay.addLayout(top)
        private = Privacy.instance().private_text

        def due_text(r: callbacks.CallbackRow) -> str:
            if r.due_on == self.ctx.today():
                return self.tr("today")
            if r.overdue:
                return self.tr("{date} (overdue)").format(date=f"{r.due_on:%m-%d}")
            return f"{r.due_on:%m-%d}"

        self.model = RowTableModel([
            Column(self.tr("Call on"), due_text, sort=lambda r: r.due_on.isoformat(),
                   foreground=lambda r: DUE_FG if r.due_today else None),
            Column(self.tr("Case"), lambda r: r.case_no),
            Column(self.tr("Customer"), lambda r: private(r.complainant)),
            Column(self.tr("Phone"), lambda r: r.contact),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Not reached"), lambda r: str(r.attempts) if r.attempts else ""),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "callbackTable")
        self.table.doubleClicked.connect(lambda _i: self.record_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.record_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        lay.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = call_service(self, callbacks.open_callbacks, self.ctx)
        if rows is not None:
            self.apply_refresh(rows)

    def refresh_job(self) -> tuple:
        """The panel's query as a plain function for the complaints tab's worker."""
        return callbacks.open_callbacks, (self.ctx,)

    def apply_refresh(self, rows: list[callbacks.CallbackRow]) -> None:
        self.model.set_rows(rows)
        due = sum(r.due_today for r in rows)
        self.title.setText(self.tr("Call-backs (回访): {due} due · {n} owed").format(due=due, n=len(rows)))
        self.record_button.setEnabled(bool(rows))

    def record_selected(self) -> None:
        row = selected_row(self.table)
        if row is None and self.proxy.rowCount():
            row = self.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
        if row is None:
            return
        dlg = CallbackDialog(self.ctx, row, self)
        if dlg.exec():
            self.refresh()
            self.changed.emit()


class CallbackDialog(QDialog):
    """Record one call: reached (satisfaction 1–5, comment), not reached (back on the next opening day), or
    give up with a reason. Errors are shown next to their field; nothing is saved until all is right."""

    def __init__(self, ctx: AppContext, row: callbacks.CallbackRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.outcome: callbacks.CallbackResult | callbacks.CallbackRow | None = None
        self.setObjectName("callbackDialog")
        self.setWindowTitle(self.tr("Call-back {no}").format(no=row.case_no))
        lay = QVBoxLayout(self)
        info = QLabel(self.tr("{no} · {name} · {phone} · owner {owner}").format(
            no=row.case_no, name=Privacy.instance().private_text(row.complainant), phone=row.contact,
            owner=row.owner))
        info.setObjectName("callbackInfo")
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        lay.addLayout(form)
        self.reached = QRadioButton(self.tr("Reached the customer"))
        self.reached.setObjectName("callbackReached")
        self.not_reached = QRadioButton(self.tr("Not reached: try again on the next opening day"))
        self.not_reached.setObjectName("callbackNotReached")
        self.give_up = QRadioButton(self.tr("Give up (say why)"))
        self.give_up.setObjectName("callbackGiveUp")
        group = QButtonGroup(self)
        for b in (self.reached, self.not_reached, self.give_up):
            group.addButton(b)
        self.reached.setChecked(True)
        outcome = QVBoxLayout()
        for b in (self.reached, self.not_reached, self.give_up):
            outcome.addWidget(b)
        form.addRow(self.tr("Outcome"), outcome)
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("callbackSatisfaction")
        self.satisfaction.addItem(self.tr("— choose —"), None)
        labels = {1: self.tr("1 very unhappy"), 2: self.tr("2 unhappy"), 3: self.tr("3 acceptable"),
                  4: self.tr("4 happy"), 5: self.tr("5 very happy")}
        for n, text in labels.items():
            self.satisfaction.addItem(text, n)
        general = QLabel()
        general.setObjectName("callbackError")
        general.setStyleSheet(f"color: {ERROR};")
        general.setWordWrap(True)
        self.errors = FieldErrors(general)
        form.addRow(self.tr("Satisfaction with the resolution"), self.satisfaction)
        form.addRow("", self.errors.label("satisfaction"))
        self.comment = QLineEdit()
        self.comment.setObjectName("callbackComment")
        self.comment.setPlaceholderText(self.tr("What the customer said (1 or 2 reopens the case with it)"))
        form.addRow(self.tr("Comment / reason"), self.comment)
        form.addRow("", self.errors.label("comment"))
        form.addRow("", self.errors.label("reason"))
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("callbackSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        group.buttonToggled.connect(lambda _b, _on: self._outcome_changed())
        self._outcome_changed()
        self.resize(560, self.sizeHint().height())

    def _outcome_changed(self) -> None:
        self.satisfaction.setEnabled(self.reached.isChecked())

    def save(self) -> None:
        if self.give_up.isChecked():
            result = call_service(self, callbacks.give_up, self.ctx, self.row.id, self.comment.text(),
                                  errors=self.errors, expected_version=self.row.version)
        else:
            reached = self.reached.isChecked()
            result = call_service(self, callbacks.record_call, self.ctx, self.row.id, reached=reached,
                                  satisfaction=self.satisfaction.currentData() if reached else None,
                                  comment=self.comment.text(), errors=self.errors,
                                  expected_version=self.row.version)
        if result is not None:
            self.outcome = result
            self.accept()
