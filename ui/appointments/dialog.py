"""Book an appointment, reschedule or cancel one; the person picker shared with the phone log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.appointments import clashes
from app.appointments import service as appts
from app.appointments.models import APPOINTMENT_KINDS
from app.core.context import AppContext
from ui.appointments.clash_dialog import book_checking_clashes
from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import ERROR, MUTED, WARNING
from ui.common.privacy import Privacy
from ui.common.widgets import (
    Column,
    RowTableModel,
    SearchBox,
    StaffPicker,
    make_proxy,
    make_table,
    selected_row,
)


class PersonPicker(QWidget):
    """Find a couple (by name, pinyin, phone, last 4 digits or order number) or a consultation lead."""

    #: The pick changed: ("couple" | "lead" | "", id or 0).
    picked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: appts.PersonRow | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search = SearchBox(self)
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, phone, last 4 digits or order number"))
        lay.addWidget(self.search)
        privacy = Privacy.instance()
        self.model = RowTableModel([
            Column(self.tr("Who"), lambda r: r.title),
            Column(self.tr("Type"), lambda r: self.tr("Couple") if r.kind == "couple" else self.tr("Lead")),
            Column(self.tr("Order"), lambda r: r.order_no),
            Column(self.tr("Phone"), lambda r: privacy.phone(r.phone)),
            Column(self.tr("Details"), lambda r: r.detail, free_text=True),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "personResults")
        self.table.setMaximumHeight(150)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(3, 110)
        lay.addWidget(self.table)
        self.table.hide()  # shown once something is typed
        row = QHBoxLayout()
        self.chosen = QLabel()
        self.chosen.setObjectName("personChosen")
        self.chosen.setStyleSheet("font-weight: bold;")
        row.addWidget(self.chosen, 1)
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.clicked.connect(self.clear_pick)
        row.addWidget(self.clear_btn)
        lay.addLayout(row)
        self.search.searchChanged.connect(self._search)
        self.search.submitted.connect(self._pick_first)
        self.table.clicked.connect(lambda _i: self._pick_selected())
        self.table.activated.connect(lambda _i: self._pick_selected())
        self._show_pick()

    def _search(self, text: str) -> None:
        self.model.set_rows(appts.search_people(text))
        self.table.setVisible(bool(text.strip()))

    def _pick_first(self, _text: str) -> None:
        if self.model.rowCount() >= 1:
            self.table.selectRow(0)
            self._pick_selected()

    def _pick_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.set_person(row)

    def set_person(self, person: appts.PersonRow | None) -> None:
        self._person = person
        self._show_pick()
        self.picked.emit(person.kind if person else "", person.id if person else 0)

    def set_known(self, couple_id: int | None, lead_id: int | None) -> None:
        self.set_person(appts.person_of(couple_id, lead_id))

    def clear_pick(self) -> None:
        self.set_person(None)

    def _show_pick(self) -> None:
        p = self._person
        if p is None:
            self.chosen.setText(self.tr("Nobody picked yet"))
        elif p.kind == "couple":
            self.chosen.setText(self.tr("Couple: {who} ({order})").format(who=p.title, order=p.order_no))
        else:
            self.chosen.setText(self.tr("Lead: {who}").format(who=p.title))
        self.clear_btn.setEnabled(p is not None)

    def person(self) -> appts.PersonRow | None:
        return self._person

    def couple_id(self) -> int | None:
        return self._person.id if self._person and self._person.kind == "couple" else None

    def lead_id(self) -> int | None:
        return self._person.id if self._person and self._person.kind == "lead" else None


def room_and_minutes(parent: QWidget) -> tuple[QComboBox, QSpinBox]:
    room = QComboBox(parent)
    room.setObjectName("appointmentRoom")
    minutes = QSpinBox(parent)
    minutes.setObjectName("appointmentMinutes")
    minutes.setRange(5, clashes.MAX_MINUTES)
    minutes.setSingleStep(15)
    minutes.setSuffix(QCoreApplication.translate("AppointmentDialog", " min"))
    return room, minutes


def fill_rooms(combo: QComboBox, kind: str, current: int | None = None) -> None:
    """The rooms this kind is booked in (first: none, when no room is for it)."""
    combo.clear()
    choices = clashes.rooms(kind=kind)
    if not choices:
        combo.addItem(QCoreApplication.translate("AppointmentDialog", "— no room —"), None)
    for r in choices:
        combo.addItem(QCoreApplication.translate("AppointmentDialog", "{room} (up to {n} at once)").format(
            room=r.name, n=r.capacity), r.id)
    i = combo.findData(current)
    combo.setCurrentIndex(i if i >= 0 else 0)


def _next_slot(now: dt.datetime) -> dt.datetime:
    """The next half hour from now, at least 30 minutes ahead."""
    t = now + dt.timedelta(minutes=30)
    return t.replace(minute=0 if t.minute < 30 else 30, second=0, microsecond=0) + dt.timedelta(minutes=30)


def _when(date_edit: QDateEdit, time_edit: QTimeEdit) -> dt.datetime:
    return dt.datetime.combine(date_edit.date().toPython(), time_edit.time().toPython().replace(second=0))


def _date_time_edits(ctx: AppContext, value: dt.datetime, parent: QWidget) -> tuple[QDateEdit, QTimeEdit]:
    date_edit = QDateEdit(parent)
    date_edit.setCalendarPopup(True)
    date_edit.setDisplayFormat("yyyy-MM-dd ddd")
    date_edit.setMinimumDate(QDate(ctx.today()))
    date_edit.setDate(QDate(value.date()))
    time_edit = QTimeEdit(parent)
    time_edit.setDisplayFormat("HH:mm")
    time_edit.setTime(QTime(value.hour, value.minute))
    return date_edit, time_edit


class AppointmentDialog(QDialog):
    """Book a couple (or, for a consultation, a lead or a new person) for a date and time.

    ``prefill`` may hold couple_id / lead_id / lead_name / lead_phone / kind / note / call_id / starts_at
    (a phone call turned into an appointment carries everything over).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, prefill: dict | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefill = dict(prefill or {})
        self.appointment = None
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("New appointment"))
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)
        self.errors = FieldErrors(QLabel())
        self.errors._general.setStyleSheet(f"color: {ERROR};")

        who_box = QGroupBox(self.tr("Who is coming"))
        who_lay = QVBoxLayout(who_box)
        self.picker = PersonPicker(self)
        who_lay.addWidget(self.picker)
        self.upcoming = QLabel()
        self.upcoming.setObjectName("appointmentUpcoming")
        self.upcoming.setWordWrap(True)
        self.upcoming.setStyleSheet(f"color: {WARNING};")
        self.upcoming.hide()
        who_lay.addWidget(self.upcoming)
        self.picker.picked.connect(lambda _k, _i: self._person_changed())
        who_lay.addWidget(self.errors.label("who"))
        new_form = QFormLayout()
        self.lead_name = QLineEdit()
        self.lead_name.setObjectName("leadName")
        self.lead_name.setMaxLength(40)
        self.lead_phone = QLineEdit()
        self.lead_phone.setObjectName("leadPhone")
        self.lead_phone.setMaxLength(20)
        self._prefilled_phone = ""
        self.lead_phone.textEdited.connect(lambda _t: setattr(self, "_prefilled_phone", ""))
        hint = QLabel(self.tr("Not in the list? For a consultation, enter the new guest:"))
        hint.setStyleSheet(f"color: {MUTED};")
        who_lay.addWidget(hint)
        new_form.addRow(self.tr("Name"), self.lead_name)
        new_form.addRow("", self.errors.label("lead_name"))
        new_form.addRow(self.tr("Phone"), self.lead_phone)
        new_form.addRow("", self.errors.label("lead_phone"))
        who_lay.addLayout(new_form)
        lay.addWidget(who_box)

        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("appointmentKind")
        for k in APPOINTMENT_KINDS:
            self.kind.addItem(appts.kind_label(k), k)
        form.addRow(self.tr("Coming for"), self.kind)
        form.addRow("", self.errors.label("kind"))
        start = self.prefill.get("starts_at") or _next_slot(ctx.now())
        self.date, self.time = _date_time_edits(ctx, start, self)
        self.date.setObjectName("appointmentDate")
        self.time.setObjectName("appointmentTime")
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        form.addRow(self.tr("Date and time"), when)
        form.addRow("", self.errors.label("starts_at"))
        self.staff = StaffPicker(None, self, allow_none=True)
        self.staff.setObjectName("appointmentStaff")
        form.addRow(self.tr("Staff expected"), self.staff)
        form.addRow("", self.errors.label("staff"))
        self.room, self.minutes = room_and_minutes(self)
        takes = QHBoxLayout()
        takes.addWidget(self.room, 1)
        takes.addWidget(QLabel(self.tr("for")))
        takes.addWidget(self.minutes)
        form.addRow(self.tr("Room"), takes)
        form.addRow("", self.errors.label("room"))
        form.addRow("", self.errors.label("minutes"))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.note = QPlainTextEdit()
        self.note.setObjectName("appointmentNote")
        self.note.setMaximumHeight(70)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.errors.label("note"))
        lay.addLayout(form)
        lay.addWidget(self.errors._general)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._apply_prefill()
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Save))

    def _apply_prefill(self) -> None:
        p = self.prefill
        if p.get("couple_id") or p.get("lead_id"):
            self.picker.set_known(p.get("couple_id"), p.get("lead_id"))
        self.lead_name.setText(p.get("lead_name") or "")
        if p.get("lead_phone"):
            # Carried over from a call: shown masked, the full number kept behind it until edited.
            self._prefilled_phone = p["lead_phone"]
            self.lead_phone.setText(Privacy.instance().phone(p["lead_phone"]))
        if p.get("kind"):
            self.kind.setCurrentIndex(max(self.kind.findData(p["kind"]), 0))
        if p.get("staff_id"):
            self.staff.set_staff_id(p["staff_id"])
        self.note.setPlainText(p.get("note") or "")
        if p.get("call_id"):
            self.setWindowTitle(self.tr("Appointment from a phone call"))

    def _kind_changed(self) -> None:
        fill_rooms(self.room, self.kind.currentData())
        self.minutes.setValue(clashes.default_minutes(self.kind.currentData()))

    def _person_changed(self) -> None:
        known = self.picker.person() is not None
        self.lead_name.setEnabled(not known)
        self.lead_phone.setEnabled(not known)
        self._show_upcoming()

    def _show_upcoming(self) -> None:
        rows = appts.upcoming_for(self.ctx, self.picker.couple_id(), self.picker.lead_id())
        self.upcoming.setText(self.tr("Already booked: {list}").format(list="; ".join(
            f"{r.starts_at:%m-%d %H:%M} {r.kind_label}" for r in rows)) if rows else "")
        self.upcoming.setVisible(bool(rows))

    def starts_at(self) -> dt.datetime:
        return _when(self.date, self.time)

    def lead_phone_value(self) -> str:
        text = self.lead_phone.text()
        if self._prefilled_phone and text == Privacy.instance().phone(self._prefilled_phone):
            return self._prefilled_phone
        return text

    def save(self) -> None:
        picked = self.picker.person() is not None

        def book(override: str, accepted: list[int]) -> object:
            return appts.create_appointment(
                self.ctx, self.starts_at(), self.kind.currentData(), couple_id=self.picker.couple_id(),
                lead_id=self.picker.lead_id(), staff_id=self.staff.staff_id(), note=self.note.toPlainText(),
                lead_name="" if picked else self.lead_name.text(),
                lead_phone="" if picked else self.lead_phone_value(), call_id=self.prefill.get("call_id"),
                room_id=self.room.currentData(), minutes=self.minutes.value(), override_reason=override,
                accepted_clashes=accepted)

        a = book_checking_clashes(self, book, self.errors)
        if a is not None:
            self.appointment = a
            self.accept()


class RescheduleDialog(QDialog):
    """Move an appointment (or cancel it, with a reason). The history stays visible underneath."""

    def __init__(self, ctx: AppContext, appointment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.appointment = appts.get_appointment(appointment_id)
        self.result_action = ""
        self.setObjectName("rescheduleDialog")
        self.setWindowTitle(self.tr("Reschedule or cancel"))
        self.setMinimumWidth(620)
        a = self.appointment
        lay = QVBoxLayout(self)
        person = appts.person_of(a.couple_id, a.lead_id)
        head = QLabel(self.tr("{who} · {kind} · now booked for {time}").format(
            who=person.title if person else "", kind=appts.kind_label(a.kind), time=f"{a.starts_at:%Y-%m-%d %H:%M}"))
        head.setObjectName("rescheduleHead")
        head.setStyleSheet("font-size: 15px; font-weight: bold;")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.errors = FieldErrors(QLabel())
        self.errors._general.setStyleSheet(f"color: {ERROR};")
        form = QFormLayout()
        start = a.starts_at if a.starts_at >= ctx.now() else _next_slot(ctx.now())
        self.date, self.time = _date_time_edits(ctx, start, self)
        self.date.setObjectName("rescheduleDate")
        self.time.setObjectName("rescheduleTime")
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        form.addRow(self.tr("New date and time"), when)
        form.addRow("", self.errors.label("starts_at"))
        self.staff = StaffPicker(None, self, allow_none=True)
        self.staff.setObjectName("rescheduleStaff")
        self.staff.set_staff_id(a.staff_id)
        form.addRow(self.tr("Staff expected"), self.staff)
        form.addRow("", self.errors.label("staff"))
        self.room, self.minutes = room_and_minutes(self)
        fill_rooms(self.room, a.kind, a.room_id)
        self.minutes.setValue(a.minutes)
        takes = QHBoxLayout()
        takes.addWidget(self.room, 1)
        takes.addWidget(QLabel(self.tr("for")))
        takes.addWidget(self.minutes)
        form.addRow(self.tr("Room"), takes)
        form.addRow("", self.errors.label("room"))
        form.addRow("", self.errors.label("minutes"))
        self.reason = QLineEdit()
        self.reason.setObjectName("rescheduleReason")
        self.reason.setPlaceholderText(self.tr("Why (the guest called, the photographer is ill…)"))
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.errors.label("reason"))
        lay.addLayout(form)
        lay.addWidget(self.errors._general)

        lay.addWidget(QLabel(self.tr("History")))
        self.history = RowTableModel([
            Column(self.tr("When"), lambda h: f"{h.at:%m-%d %H:%M}"),
            Column(self.tr("What"), lambda h: h.action_label),
            Column(self.tr("From"), lambda h: f"{h.old_starts_at:%m-%d %H:%M}" if h.old_starts_at else ""),
            Column(self.tr("To"), lambda h: f"{h.new_starts_at:%m-%d %H:%M}" if h.new_starts_at else ""),
            Column(self.tr("Staff"), lambda h: h.new_staff or h.old_staff),
            Column(self.tr("By"), lambda h: h.by),
            Column(self.tr("Reason"), lambda h: Privacy.instance().private_text(h.reason), free_text=True),
        ], self)
        self.history.set_rows(appts.appointment_history(appointment_id))
        self.history_view = make_table(make_proxy(self.history, self), self, "rescheduleHistory")
        self.history_view.setMaximumHeight(160)
        for col, width in enumerate((90, 50, 90, 90, 60, 60)):
            self.history_view.setColumnWidth(col, width)
        lay.addWidget(self.history_view)

        buttons = QDialogButtonBox()
        self.move_btn = buttons.addButton(self.tr("Reschedule"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_btn.setObjectName("rescheduleSave")
        self.cancel_appt_btn = buttons.addButton(self.tr("Cancel the appointment"),
                                                 QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_appt_btn.setObjectName("appointmentCancel")
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.move_btn.clicked.connect(self.save)
        self.cancel_appt_btn.clicked.connect(self.cancel_appointment)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.move_btn.setDefault(True)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        def move(override: str, accepted: list[int]) -> object:
            return appts.reschedule(self.ctx, self.appointment_id, _when(self.date, self.time),
                                    self.staff.staff_id(), self.reason.text(),
                                    expected_version=self.appointment.version, room_id=self.room.currentData(),
                                    minutes=self.minutes.value(), override_reason=override,
                                    accepted_clashes=accepted)

        a = book_checking_clashes(self, move, self.errors)
        if a is not None:
            self.result_action = "rescheduled"
            self.accept()

    def cancel_appointment(self) -> None:
        a = call_service(self, appts.cancel_appointment, self.ctx, self.appointment_id, self.reason.text(),
                         errors=self.errors)
        if a is not None:
            self.result_action = "cancelled"
            self.accept()
