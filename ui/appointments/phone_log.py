"""电话记录 — the phone log: today's calls, the call-backs owed until done, and turning a call into an
appointment or a complaint without typing anything twice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.appointments import phonelog
from app.core.context import AppContext
from app.staff.service import get_staff
from ui.appointments.dialog import PersonPicker
from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import ERROR, MUTED, NOTE_BG, SECONDARY
from ui.common.privacy import Privacy
from ui.common.widgets import ROW_ROLE, Column, RowTableModel, make_proxy, make_table, selected_row


class CallDialog(QDialog):
    """Write down a call: who, number, couple or lead if known, asked, answered, call back owed by when."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call = None
        self.setObjectName("callDialog")
        self.setWindowTitle(self.tr("New call"))
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)
        self.errors = FieldErrors(QLabel())
        self.errors._general.setStyleSheet(f"color: {ERROR};")
        greet = QLabel(self.tr("Answer before the third ring: \"Hello, this is the studio, {name} speaking, how may "
                               "I help you?\"").format(name=get_staff(ctx.operator_id).name if ctx.operator_id else ""))
        greet.setWordWrap(True)
        greet.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(greet)
        form = QFormLayout()
        self.caller = QLineEdit()
        self.caller.setObjectName("callCaller")
        self.caller.setMaxLength(40)
        form.addRow(self.tr("Caller"), self.caller)
        form.addRow("", self.errors.label("caller_name"))
        self.phone = QLineEdit()
        self.phone.setObjectName("callPhone")
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("Number shown or given (optional)"))
        form.addRow(self.tr("Number"), self.phone)
        form.addRow("", self.errors.label("phone"))
        who_box = QGroupBox(self.tr("Known couple or lead (optional)"))
        who_lay = QVBoxLayout(who_box)
        self.picker = PersonPicker(self)
        who_lay.addWidget(self.picker)
        who_lay.addWidget(self.errors.label("who"))
        form.addRow(who_box)
        self.earlier = QLabel()
        self.earlier.setObjectName("callEarlier")
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet(f"background: {NOTE_BG}; padding: 4px;")
        self.earlier.hide()
        form.addRow(self.earlier)
        self.picker.picked.connect(lambda _k, _i: self._show_earlier())
        self.phone.editingFinished.connect(self._show_earlier)
        self.asked = QPlainTextEdit()
        self.asked.setObjectName("callAsked")
        self.asked.setMaximumHeight(70)
        form.addRow(self.tr("Asked"), self.asked)
        form.addRow("", self.errors.label("asked"))
        self.answered = QPlainTextEdit()
        self.answered.setObjectName("callAnswered")
        self.answered.setMaximumHeight(70)
        form.addRow(self.tr("Answered"), self.answered)
        form.addRow("", self.errors.label("answered"))
        cb_row = QHBoxLayout()
        self.owed = QCheckBox(self.tr("Call back owed by"))
        self.owed.setObjectName("callOwed")
        self.callback_by = QDateTimeEdit(QDateTime(ctx.now() + dt.timedelta(hours=2)))
        self.callback_by.setObjectName("callCallbackBy")
        self.callback_by.setCalendarPopup(True)
        self.callback_by.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.callback_by.setEnabled(False)
        self.owed.toggled.connect(self.callback_by.setEnabled)
        cb_row.addWidget(self.owed)
        cb_row.addWidget(self.callback_by, 1)
        form.addRow(cb_row)
        form.addRow("", self.errors.label("callback_by"))
        taken = QLabel(get_staff(ctx.operator_id).name if ctx.operator_id else "—")
        taken.setObjectName("callTakenBy")
        form.addRow(self.tr("Taken by"), taken)
        lay.addLayout(form)
        lay.addWidget(self.errors._general)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.caller.setFocus()
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Save))

    def _show_earlier(self) -> None:
        """Someone calling again: what they asked before, and whether a call back is still owed to them."""
        rows = phonelog.earlier_calls(self.ctx, self.picker.couple_id(), self.picker.lead_id(), self.phone.text())
        lines = []
        for r in rows[:3]:
            owed = self.tr(" (call back still owed)") if r.callback_owed and r.callback_done_at is None else ""
            lines.append(self.tr("{time} {who}: {asked}{owed}").format(
                time=f"{r.at:%m-%d %H:%M}", who=r.taken_by, asked=Privacy.instance().private_text(r.asked),
                owed=owed))
        self.earlier.setText(self.tr("Called before:") + "\n" + "\n".join(lines) if lines else "")
        self.earlier.setVisible(bool(lines))

    def save(self) -> None:
        cb = self.callback_by.dateTime().toPython().replace(second=0, microsecond=0) if self.owed.isChecked() else None
        call = call_service(self, phonelog.log_call, self.ctx, self.asked.toPlainText(), self.answered.toPlainText(),
                            caller_name=self.caller.text(), phone=self.phone.text(),
                            couple_id=self.picker.couple_id(), lead_id=self.picker.lead_id(), callback_by=cb,
                            errors=self.errors)
        if call is not None:
            self.call = call
            self.accept()


def complaint_intake_factory() -> type[QDialog] | None:
    """The complaints area's intake dialog (``ui.complaints.intake.ComplaintIntakeDialog``), when installed."""
    try:
        from ui.complaints.intake import ComplaintIntakeDialog  # type: ignore[import-not-found]
    except ImportError:
        return None
    return ComplaintIntakeDialog


def complaint_intake_installed() -> bool:
    """Whether the complaints area's intake exists, without importing it (the panel is built at start-up)."""
    from importlib.util import find_spec

    try:
        return find_spec("ui.complaints.intake") is not None
    except ImportError:
        return False


def complaint_intake_from_call(ctx: AppContext, parent: QWidget | None, prefill: dict) -> QDialog | None:
    """Open the complaint intake form filled from a call (``phonelog.call_to_complaint_prefill``): channel
    phone, complainant, contact (kept masked on screen), the couple, when, and what the caller said."""
    factory = complaint_intake_factory()
    if factory is None:
        return None
    dlg = factory(ctx, parent, couple_id=prefill.get("couple_id"))
    dlg.apply_prefill(prefill)
    return dlg


class PhoneLogPanel(QWidget):
    """Today's calls and every call back still owed; new call, call back done, call → appointment / complaint."""

    #: Calls changed (a call logged, a call back done, a call turned into an appointment or complaint).
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("phoneLogPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        privacy = Privacy.instance()

        head = QHBoxLayout()
        title = QLabel(self.tr("Phone log"))
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        head.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("phoneSummary")
        self.summary.setStyleSheet(f"color: {SECONDARY};")
        head.addWidget(self.summary, 1)
        self.new_btn = QPushButton(self.tr("New call…"))
        self.new_btn.setObjectName("phoneNew")
        self.new_btn.clicked.connect(self.new_call)
        head.addWidget(self.new_btn)
        lay.addLayout(head)

        self.owed_label = QLabel(self.tr("Call backs owed"))
        self.owed_label.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.owed_label)
        self.owed_model = RowTableModel([
            Column(self.tr("Due"), self._due_text, sort=lambda r: r.callback_by.isoformat() if r.callback_by else "",
                   foreground=lambda r: ERROR if r.overdue else None),
            Column(self.tr("Caller"), lambda r: r.caller),
            Column(self.tr("Number"), lambda r: privacy.phone(r.phone)),
            Column(self.tr("About"), lambda r: r.about),
            Column(self.tr("Asked"), lambda r: privacy.private_text(r.asked).replace("\n", " "), free_text=True),
            Column(self.tr("Taken by"), lambda r: r.taken_by),
        ], self)
        self.owed_view = make_table(make_proxy(self.owed_model, self), self, "callbacksOwed")
        self.owed_view.setMaximumHeight(150)
        lay.addWidget(self.owed_view)

        lay.addWidget(QLabel(self.tr("Calls today")))
        self.today_model = RowTableModel([
            Column(self.tr("Time"), lambda r: f"{r.at:%H:%M}", sort=lambda r: r.at.isoformat()),
            Column(self.tr("Caller"), lambda r: r.caller),
            Column(self.tr("Number"), lambda r: privacy.phone(r.phone)),
            Column(self.tr("Asked"), lambda r: privacy.private_text(r.asked).replace("\n", " "), free_text=True),
            Column(self.tr("Answered"), lambda r: privacy.private_text(r.answered).replace("\n", " "), free_text=True),
            Column(self.tr("Call back"), self._callback_text),
            Column(self.tr("Became"), self._became_text),
            Column(self.tr("Taken by"), lambda r: r.taken_by),
        ], self)
        self.today_view = make_table(make_proxy(self.today_model, self), self, "callsToday")
        lay.addWidget(self.today_view, 1)
        for view, widths in ((self.owed_view, (90, 130, 110, 130, 260)),
                             (self.today_view, (60, 130, 110, 200, 200, 110, 70))):
            for col, width in enumerate(widths):
                view.setColumnWidth(col, width)
            view.selectionModel().selectionChanged.connect(
                lambda *_a, v=view: self._selection_moved(v))

        buttons = QHBoxLayout()
        self.done_btn = QPushButton(self.tr("Call back done…"))
        self.done_btn.setObjectName("phoneDone")
        self.done_btn.clicked.connect(self.mark_done)
        self.appt_btn = QPushButton(self.tr("Turn into appointment…"))
        self.appt_btn.setObjectName("phoneToAppointment")
        self.appt_btn.clicked.connect(self.to_appointment)
        self.complaint_btn = QPushButton(self.tr("Turn into complaint…"))
        self.complaint_btn.setObjectName("phoneToComplaint")
        self.complaint_btn.clicked.connect(self.to_complaint)
        self.complaint_btn.setVisible(complaint_intake_installed())
        for b in (self.done_btn, self.appt_btn, self.complaint_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        privacy.changed.connect(self._privacy_changed)  # a bound method: dropped with the widget
        self.refresh()

    # ------------------------------------------------------------------ display
    def _due_text(self, r: phonelog.CallRow) -> str:
        if r.callback_by is None:
            return ""
        if r.callback_by.date() == self.ctx.today():
            text = f"{r.callback_by:%H:%M}"
        else:
            text = f"{r.callback_by:%m-%d %H:%M}"
        return self.tr("{time} overdue").format(time=text) if r.overdue else text

    def _callback_text(self, r: phonelog.CallRow) -> str:
        if not r.callback_owed:
            return ""
        if r.callback_done_at is not None:
            return self.tr("Done {time}").format(time=f"{r.callback_done_at:%H:%M}")
        return self.tr("By {time}").format(time=f"{r.callback_by:%m-%d %H:%M}")

    def _became_text(self, r: phonelog.CallRow) -> str:
        parts = []
        if r.appointment_id:
            parts.append(self.tr("Appointment"))
        if r.complaint_id:
            parts.append(self.tr("Complaint"))
        return " · ".join(parts)

    def _privacy_changed(self, _client_safe: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.apply_refresh(phone_log_data(self.ctx))

    def refresh_job(self) -> tuple:
        """The panel's queries as a plain function for the check-in tab's worker."""
        return phone_log_data, (self.ctx,)

    def apply_refresh(self, data: tuple[list, list]) -> None:
        owed, today = data
        self.owed_model.set_rows(owed)
        self.today_model.set_rows(today)
        overdue = sum(1 for r in owed if r.overdue)
        self.summary.setText(self.tr("{calls} calls today · {owed} call backs owed ({overdue} overdue)").format(
            calls=len(today), owed=len(owed), overdue=overdue))
        self.owed_label.setText(self.tr("Call backs owed ({n})").format(n=len(owed)))
        self._update_buttons()

    def _selection_moved(self, view: QTableView) -> None:
        other = self.today_view if view is self.owed_view else self.owed_view
        if view.selectionModel().hasSelection():
            other.blockSignals(True)
            other.clearSelection()
            other.setCurrentIndex(other.model().index(-1, -1))
            other.blockSignals(False)
        self._update_buttons()

    def selected_call(self) -> phonelog.CallRow | None:
        for view in (self.owed_view, self.today_view):
            if view.selectionModel().hasSelection():
                return selected_row(view)
        return None

    def _update_buttons(self) -> None:
        r = self.selected_call()
        self.done_btn.setEnabled(bool(r and r.callback_owed and r.callback_done_at is None))
        self.appt_btn.setEnabled(bool(r and not r.appointment_id))
        self.complaint_btn.setEnabled(bool(r and not r.complaint_id))

    def select_call(self, call_id: int, owed: bool = False) -> bool:
        view = self.owed_view if owed else self.today_view
        model = view.model()
        for i in range(model.rowCount()):
            if model.index(i, 0).data(ROW_ROLE).id == call_id:
                view.selectRow(i)
                return True
        return False

    # ------------------------------------------------------------------ actions
    def new_call(self) -> bool:
        dlg = CallDialog(self.ctx, self)
        if dlg.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def mark_done(self) -> bool:
        r = self.selected_call()
        if r is None:
            return False
        note, ok = QInputDialog.getText(self, self.tr("Call back done"),
                                        self.tr("Called back {who}. What came of it? (optional)").format(who=r.caller))
        if not ok:
            return False
        if call_service(self, phonelog.mark_callback_done, self.ctx, r.id, note) is None:
            return False
        self.refresh()
        self.changed.emit()
        return True

    def to_appointment(self) -> bool:
        from ui.appointments.dialog import AppointmentDialog

        r = self.selected_call()
        if r is None:
            return False
        prefill = call_service(self, phonelog.call_to_appointment_prefill, r.id)
        if prefill is None:
            return False
        dlg = AppointmentDialog(self.ctx, self, prefill=prefill)
        if dlg.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def to_complaint(self) -> bool:
        r = self.selected_call()
        if r is None:
            return False
        prefill = call_service(self, phonelog.call_to_complaint_prefill, r.id)
        if prefill is None:
            return False
        dlg = complaint_intake_from_call(self.ctx, self, prefill)
        if dlg is None:
            return False
        if dlg.exec():
            complaint_id = getattr(getattr(dlg, "created", None), "id", None)
            if complaint_id is not None:
                call_service(self, phonelog.link_complaint, self.ctx, r.id, complaint_id)
            self.refresh()
            self.changed.emit()
            return True
        return False


def phone_log_data(ctx: AppContext) -> tuple[list, list]:
    """Call backs owed and today's calls (plain values: a worker may read them)."""
    return phonelog.callbacks_owed(ctx), phonelog.calls_on(ctx, ctx.today())
