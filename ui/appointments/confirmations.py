"""明日确认 — tomorrow's confirmations: the next opening day's appointments to confirm by phone, the outcome of
each call (confirmed / no answer / rescheduled / cancelled) and the reminder text to send, with a Copy
button. Opened from the expected-arrivals panel (明日确认…) or with Ctrl+T anywhere in the window
(app.appointments.confirmations)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.appointments import confirmations as conf
from app.core.context import AppContext
from ui.common.errors import FieldErrors, call_service
from ui.common.privacy import Privacy
from ui.common.widgets import (
    ROW_ROLE,
    Column,
    RowTableModel,
    make_proxy,
    make_table,
    select_row_by_id,
    selected_row,
)

OUTCOME_BG = {"confirmed": "#e8f5e9", "rescheduled": "#e3f2fd", "no_answer": "#fff3e0", "cancelled": "#eceff1"}
OUTCOME_FG = {"confirmed": "#2e7d32", "rescheduled": "#1565c0", "no_answer": "#e65100", "cancelled": "#607d8b",
              "": "#c62828"}


class ConfirmationsPage(QWidget):
    """The list of the day with the four outcome buttons, the call's note and the reminder preview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("confirmationsPage")
        self.data: conf.ConfirmationList | None = None
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("confirmationsTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        head.addWidget(self.title)
        self.counts = QLabel()
        self.counts.setObjectName("confirmationsCounts")
        self.counts.setStyleSheet("font-size: 15px; color: #2e7d32; font-weight: bold;")
        head.addWidget(self.counts)
        self.summary = QLabel()
        self.summary.setObjectName("confirmationsSummary")
        self.summary.setStyleSheet("color: #546e7a;")
        head.addWidget(self.summary, 1)
        lay.addLayout(head)

        privacy = Privacy.instance()
        self.model = RowTableModel([
            Column(self.tr("Time"), self._time_text, sort=lambda r: (r.moved_away or r.status == "cancelled",
                                                                     r.starts_at.isoformat())),
            Column(self.tr("Couple"), lambda r: r.who),
            Column(self.tr("Phone"), lambda r: r.phone_masked),
            Column(self.tr("For"), lambda r: r.kind_label),
            Column(self.tr("Staff"), lambda r: r.staff_name),
            Column(self.tr("Outcome"), self._outcome_text, sort=lambda r: r.outcome,
                   background=lambda r: OUTCOME_BG.get(r.outcome), foreground=lambda r: OUTCOME_FG.get(r.outcome),
                   tooltip=lambda r: self.tr("{n} calls").format(n=r.attempts) if r.attempts > 1 else None),
            Column(self.tr("Note"), lambda r: privacy.private_text(r.note).replace("\n", " "), free_text=True),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "confirmationsTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())

        bottom = QWidget()
        blay = QHBoxLayout(bottom)
        blay.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        actions = QHBoxLayout()
        self.confirmed_btn = QPushButton(self.tr("Confirmed"))
        self.confirmed_btn.setObjectName("outcomeConfirmed")
        self.confirmed_btn.setToolTip(self.tr("They will come at the booked time"))
        self.confirmed_btn.clicked.connect(lambda: self.record("confirmed"))
        self.no_answer_btn = QPushButton(self.tr("No answer"))
        self.no_answer_btn.setObjectName("outcomeNoAnswer")
        self.no_answer_btn.setToolTip(self.tr("Nobody answered: call again later"))
        self.no_answer_btn.clicked.connect(lambda: self.record("no_answer"))
        self.reschedule_btn = QPushButton(self.tr("Rescheduled…"))
        self.reschedule_btn.setObjectName("outcomeRescheduled")
        self.reschedule_btn.clicked.connect(lambda: self.record_with_dialog("rescheduled"))
        self.cancel_btn = QPushButton(self.tr("Cancelled…"))
        self.cancel_btn.setObjectName("outcomeCancelled")
        self.cancel_btn.clicked.connect(lambda: self.record_with_dialog("cancelled"))
        self.number_btn = QPushButton(self.tr("Show number…"))
        self.number_btn.setObjectName("confirmationShowNumber")
        self.number_btn.setToolTip(self.tr("The full number to dial (your PIN; recorded under your name)"))
        self.number_btn.clicked.connect(self.show_number)
        actions.addWidget(self.number_btn)
        actions.addSpacing(16)
        for b in (self.confirmed_btn, self.no_answer_btn, self.reschedule_btn, self.cancel_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        left.addLayout(actions)
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setObjectName("confirmationNote")
        self.note.setPlaceholderText(self.tr("What they said (optional): coming a little early, bringing parents…"))
        form.addRow(self.tr("Call note"), self.note)
        general = QLabel()
        general.setObjectName("confirmationError")
        general.setStyleSheet("color: #c62828;")
        general.setWordWrap(True)
        self.errors = FieldErrors(general)
        form.addRow("", self.errors.label("note"))
        left.addLayout(form)
        left.addWidget(general)
        self.history = QLabel()
        self.history.setObjectName("confirmationHistory")
        self.history.setStyleSheet("color: #546e7a;")
        self.history.setWordWrap(True)
        left.addWidget(self.history)
        left.addStretch(1)
        blay.addLayout(left, 1)
        right = QVBoxLayout()
        rhead = QHBoxLayout()
        rhead.addWidget(QLabel(self.tr("Reminder to send (SMS / WeChat)")), 1)
        self.copy_btn = QPushButton(self.tr("Copy"))
        self.copy_btn.setObjectName("copyReminder")
        self.copy_btn.setToolTip(self.tr("Put the reminder on the clipboard, to paste into SMS or WeChat"))
        self.copy_btn.clicked.connect(self.copy_reminder)
        rhead.addWidget(self.copy_btn)
        right.addLayout(rhead)
        self.reminder = QPlainTextEdit()
        self.reminder.setObjectName("reminderPreview")
        self.reminder.setReadOnly(True)
        right.addWidget(self.reminder, 1)
        self.copied = QLabel()
        self.copied.setObjectName("reminderCopied")
        self.copied.setStyleSheet("color: #2e7d32;")
        right.addWidget(self.copied)
        blay.addSpacing(12)
        blay.addLayout(right, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        privacy.changed.connect(self._privacy_changed)
        self.refresh()

    # ------------------------------------------------------------------ data
    def _time_text(self, r: conf.ConfirmationRow) -> str:
        if r.moved_away:
            return QLocale().toString(QDateTime(r.starts_at), "M/d HH:mm")
        return f"{r.starts_at:%H:%M}"

    def _outcome_text(self, r: conf.ConfirmationRow) -> str:
        if not r.outcome:
            return r.outcome_label
        return self.tr("{outcome} · {who} {time}").format(outcome=r.outcome_label, who=r.outcome_by,
                                                          time=f"{r.outcome_at:%H:%M}" if r.outcome_at else "")

    def _privacy_changed(self, _client_safe: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = selected_row(self.table)
        data = call_service(self, conf.confirmations, self.ctx)
        if data is None:
            return
        self.data = data
        self.title.setText(self.tr("Confirmations for {date}").format(
            date=QLocale().toString(QDate(data.day), "M/d dddd")))
        self.counts.setText(self.tr("{confirmed} / {total} confirmed").format(confirmed=data.confirmed,
                                                                              total=data.expected))
        self.summary.setText(self.tr("{no_answer} no answer · {open} not called yet · {gone} moved or cancelled")
                             .format(no_answer=data.no_answer, open=data.not_called, gone=data.moved_or_cancelled))
        self.model.set_rows(list(data.rows))
        if current is not None and self.select_appointment(current.id):
            pass
        elif self.proxy.rowCount():
            self._select_next_open()
        self._selection_changed()

    def rows(self) -> list[conf.ConfirmationRow]:
        return self.model.rows()

    def select_appointment(self, appointment_id: int) -> bool:
        return select_row_by_id(self.table, appointment_id)

    def _select_next_open(self) -> None:
        rows = [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]
        target = next((r for r in rows if r is not None and r.open), rows[0] if rows else None)
        if target is not None:
            self.select_appointment(target.id)

    def _selection_changed(self) -> None:
        row = selected_row(self.table)
        can = row is not None and row.status == "booked" and not row.arrived and not row.moved_away
        confirmed = row is not None and row.outcome == "confirmed"
        self.confirmed_btn.setEnabled(can and not confirmed)
        self.no_answer_btn.setEnabled(can and not confirmed)
        self.reschedule_btn.setEnabled(can)
        self.cancel_btn.setEnabled(can)
        self.number_btn.setEnabled(bool(can and row is not None and row.couple_id and row.phone_which))
        self.reminder.setPlainText(row.reminder if row is not None else "")
        self.copy_btn.setEnabled(bool(row is not None and row.reminder))
        self.copied.clear()
        if row is None or not row.attempts:
            self.history.clear()
            return
        calls = conf.call_history(row.id)
        self.history.setText(self.tr("Calls: {list}").format(list="; ".join(
            f"{c.at:%m-%d %H:%M} {c.outcome_label} ({c.by})" + (f" {c.note}" if c.note else "") for c in calls)))

    # ------------------------------------------------------------------ actions
    def record(self, outcome: str) -> bool:
        row = selected_row(self.table)
        if row is None:
            return False
        res = call_service(self, conf.record_outcome, self.ctx, row.id, outcome, day=self.data.day if self.data
                           else None, note=self.note.text(), expected_version=row.version, errors=self.errors)
        return self._done(res)

    def record_with_dialog(self, outcome: str, exec_: bool = True) -> OutcomeDialog | None:
        row = selected_row(self.table)
        if row is None:
            return None
        dlg = OutcomeDialog(self.ctx, row, outcome, self.data.day if self.data else row.starts_at.date(),
                            self.note.text(), self)
        if exec_ and dlg.exec():
            self._done(dlg.result_value)
        return dlg

    def _done(self, res: conf.CallResult | None) -> bool:
        if res is None:
            return False
        self.note.clear()
        self.refresh()
        self.select_appointment(res.row.id)
        if res.row.moved_away or res.row.status == "cancelled" or res.row.confirmed:
            self._select_next_open()
        return True

    def show_number(self) -> str | None:
        """The full number, through the audited reveal (PIN asked; refused in client-safe mode)."""
        from ui.common.privacy import reveal_phone_dialog

        row = selected_row(self.table)
        if row is None or not row.couple_id or row.phone_which not in ("bride", "groom"):
            return None
        return reveal_phone_dialog(self, self.ctx, row.couple_id, row.phone_which)

    def copy_reminder(self) -> None:
        text = self.reminder.toPlainText()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied: paste it into SMS or WeChat."))


class OutcomeDialog(QDialog):
    """Rescheduled (the new date and time, a reason) or cancelled (a reason): the call and the appointment's
    change are saved together; errors are shown next to their field."""

    def __init__(self, ctx: AppContext, row: conf.ConfirmationRow, outcome: str, day: dt.date, note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row, self.outcome, self.day, self.note = ctx, row, outcome, day, note
        self.result_value: conf.CallResult | None = None
        self.setObjectName("confirmationOutcomeDialog")
        self.setWindowTitle(self.tr("Rescheduled on the call") if outcome == "rescheduled"
                            else self.tr("Cancelled on the call"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        head = QLabel(f"{row.who} · {row.kind_label} · {row.starts_at:%m-%d %H:%M}")
        head.setStyleSheet("font-weight: bold;")
        lay.addWidget(head)
        form = QFormLayout()
        general = QLabel()
        general.setStyleSheet("color: #c62828;")
        general.setWordWrap(True)
        self.errors = FieldErrors(general)
        self.date: QDateEdit | None = None
        self.time: QTimeEdit | None = None
        if outcome == "rescheduled":
            self.date = QDateEdit(QDate(row.starts_at.date()), self)
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat("yyyy-MM-dd ddd")
            self.date.setMinimumDate(QDate(ctx.today()))
            self.time = QTimeEdit(QTime(row.starts_at.hour, row.starts_at.minute), self)
            self.time.setDisplayFormat("HH:mm")
            self.date.setObjectName("confirmationNewDate")
            self.time.setObjectName("confirmationNewTime")
            when = QHBoxLayout()
            when.addWidget(self.date, 1)
            when.addWidget(self.time)
            form.addRow(self.tr("New date and time"), when)
            form.addRow("", self.errors.label("new_starts_at"))
        self.reason = QLineEdit()
        self.reason.setObjectName("confirmationReason")
        self.reason.setPlaceholderText(self.tr("Why (what the guest said)"))
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.errors.label("reason"))
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("confirmationOutcomeSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def new_starts_at(self) -> dt.datetime | None:
        if self.date is None or self.time is None:
            return None
        d, t = self.date.date(), self.time.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def save(self) -> None:
        from ui.appointments.clash_dialog import book_checking_clashes

        def go(override: str, accepted: list[int]) -> conf.CallResult:
            return conf.record_outcome(self.ctx, self.row.id, self.outcome, day=self.day,
                                       new_starts_at=self.new_starts_at(), reason=self.reason.text(),
                                       note=self.note, expected_version=self.row.version,
                                       override_reason=override, accepted_clashes=accepted)

        res = book_checking_clashes(self, go, self.errors)
        if res is not None:
            self.result_value = res
            self.accept()


class ConfirmationsDialog(QDialog):
    """明日确认 as a window of its own over the check-in tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmationsDialog")
        self.setWindowTitle(self.tr("Tomorrow's confirmations"))
        self.resize(1060, 620)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.page = ConfirmationsPage(ctx, self)
        lay.addWidget(self.page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
