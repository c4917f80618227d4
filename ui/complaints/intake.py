"""The complaint intake form (投诉登记表): keyboard-only friendly, every deadline shown before saving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checkin import queries as checkin_queries
from app.complaints import cases, config, queries
from app.complaints.models import CHANNELS
from app.core.context import AppContext
from app.staff.service import active_staff
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR, INFO, INFO_BG
from ui.common.privacy import Privacy
from ui.common.widgets import SearchBox
from ui.complaints.common import deadline_cell


def to_py(value: QDateTime) -> dt.datetime:
    return value.toPython().replace(second=0, microsecond=0)


def to_qt(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class ComplaintIntakeDialog(QDialog):
    """Record a complaint. ``created`` holds the new case after a successful save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, couple_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created = None
        self._couple_phone: str | None = None
        self._auto_complainant = ""
        self.setObjectName("complaintIntake")
        self.setWindowTitle(self.tr("New complaint"))
        self.resize(1000, 640)
        self.errors = FieldErrors(QLabel())
        self.errors._general.setObjectName("error_general")
        self.errors._general.setStyleSheet(f"color: {ERROR};")
        now = ctx.now()

        outer = QVBoxLayout(self)
        grid = QGridLayout()
        outer.addLayout(grid)
        left = QFormLayout()
        right = QFormLayout()
        grid.addLayout(self._top(left), 0, 0)
        grid.addLayout(self._top(right), 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        # --- who
        self.couple_search = SearchBox()
        self.couple_search.setObjectName("complaintCoupleSearch")
        self.couple_search.setPlaceholderText(self.tr("Name, pinyin initials, phone, last 4 digits, order no."))
        self.couple_search.searchChanged.connect(self._search_couples)
        left.addRow(self.tr("Couple (optional)"), self.couple_search)
        self.couple_combo = QComboBox()
        self.couple_combo.setObjectName("complaintCouple")
        self.couple_combo.addItem(self.tr("— no couple —"), None)
        self.couple_combo.currentIndexChanged.connect(lambda _i: self._couple_changed())
        left.addRow("", self.couple_combo)
        left.addRow("", self.errors.label("couple"))
        self.complainant = QLineEdit()
        self.complainant.setObjectName("complainant")
        self.complainant.setMaxLength(40)
        left.addRow(self.tr("Complainant *"), self.complainant)
        left.addRow("", self.errors.label("complainant"))
        self.contact = QLineEdit()
        self.contact.setObjectName("complaintContact")
        self.contact.setPlaceholderText(self.tr("Phone, WeChat…"))
        self.contact.textEdited.connect(lambda _t: setattr(self, "_couple_phone", None))
        left.addRow(self.tr("Contact"), self.contact)
        left.addRow("", self.errors.label("contact"))
        self.channel = QComboBox()
        self.channel.setObjectName("complaintChannel")
        for code in CHANNELS:
            self.channel.addItem(config.channel_label(code), code)
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        left.addRow(self.tr("Channel *"), self.channel)
        left.addRow("", self.errors.label("channel"))
        self.occurred = QDateTimeEdit(to_qt(now))
        self.occurred.setObjectName("complaintOccurred")
        self.occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred.setCalendarPopup(True)
        left.addRow(self.tr("When it happened"), self.occurred)
        left.addRow("", self.errors.label("occurred_at"))
        self.station = QComboBox()
        self.station.setObjectName("complaintStation")
        self.station.addItem("—", None)
        for s in config.stations():
            self.station.addItem(s.name, s.id)
        left.addRow(self.tr("Where (station)"), self.station)
        left.addRow("", self.errors.label("station"))
        self.responsible = QComboBox()
        self.responsible.setObjectName("complaintResponsible")
        self.responsible.currentIndexChanged.connect(self._responsible_picked)
        left.addRow(self.tr("Responsible staff"), self.responsible)
        left.addRow("", self.errors.label("responsible"))

        # --- reported to: before the long texts, and already the supervisor on duty (first Ctrl+Enter saves)
        report = QFormLayout()
        grid.addLayout(self._top(report), 1, 0)
        receiver = QLabel(self._operator_name())
        receiver.setObjectName("receivedBy")
        report.addRow(self.tr("Received by"), receiver)
        self.reported_to = QComboBox()
        self.reported_to.setObjectName("reportedTo")
        report.addRow(self.tr("Reported to *"), self.reported_to)
        self.stand_in = QCheckBox(self.tr("Supervisor absent: reported to the person in charge"))
        self.stand_in.setObjectName("standIn")
        self.stand_in.toggled.connect(lambda _on: self._fill_reported_to())
        report.addRow("", self.stand_in)
        report.addRow("", self.errors.label("reported_to"))
        # --- what
        self.category = QComboBox()
        self.category.setObjectName("complaintCategory")
        for c in config.categories():
            self.category.addItem(c.name, c.id)
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        right.addRow(self.tr("Category *"), self.category)
        right.addRow("", self.errors.label("category"))
        self.cause = QComboBox()
        self.cause.setObjectName("complaintCause")
        self.cause.addItem(self.tr("— not known yet —"), None)
        for c in config.causes():
            self.cause.addItem(c.name, c.id)
        right.addRow(self.tr("Cause"), self.cause)
        right.addRow("", self.errors.label("cause"))
        self.handling = QLabel()
        self.handling.setObjectName("standardHandling")
        self.handling.setWordWrap(True)
        self.handling.setStyleSheet(f"background: {INFO_BG}; color: {INFO}; padding: 6px; border-radius: 3px;")
        right.addRow(self.tr("Standard handling"), self.handling)
        self.description = QPlainTextEdit()
        self.description.setObjectName("complaintDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        right.addRow(self.tr("What happened *"), self.description)
        right.addRow("", self.errors.label("description"))
        self.wants = QPlainTextEdit()
        self.wants.setObjectName("complaintWants")
        self.wants.setTabChangesFocus(True)
        self.wants.setFixedHeight(56)
        right.addRow(self.tr("What the customer wants"), self.wants)
        right.addRow("", self.errors.label("wants"))

        # --- promised
        self.reported_at = QDateTimeEdit(to_qt(now))
        self.reported_at.setObjectName("reportedAt")
        self.reported_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        report.addRow(self.tr("Reported at *"), self.reported_at)
        report.addRow("", self.errors.label("reported_at"))

        promise = QFormLayout()
        grid.addLayout(self._top(promise), 1, 1)
        row = QHBoxLayout()
        self.promised_check = QCheckBox(self.tr("Reply time agreed"))
        self.promised_check.setObjectName("promisedCheck")
        self.promised_check.toggled.connect(lambda _on: self._promise_changed())
        row.addWidget(self.promised_check)
        self.promised = QDateTimeEdit(to_qt(now + dt.timedelta(hours=2)))
        self.promised.setObjectName("promisedReply")
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        self.promised.dateTimeChanged.connect(lambda _v: self._update_deadlines())
        row.addWidget(self.promised, 1)
        promise.addRow(self.tr("Promised reply"), row)
        promise.addRow("", self.errors.label("promised_reply_at"))
        self.deadlines = QLabel()
        self.deadlines.setObjectName("intakeDeadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.setStyleSheet("background: #f5f5f5; padding: 6px;")
        promise.addRow(self.tr("Deadlines"), self.deadlines)

        outer.addWidget(self.errors._general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+Enter)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.save)

        self._fill_reported_to()
        self._fill_responsible(None)
        self._category_changed()
        self._channel_changed()
        if couple_id is not None:
            c = checkin_queries.get_couple(couple_id)
            self.couple_combo.addItem(f"{c.names} · {c.order_no}", c.id)
            self.couple_combo.setCurrentIndex(1)
        self.couple_search.setFocus()

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _top(form: QFormLayout) -> QVBoxLayout:
        """Keep a form's rows together at the top of its cell (hidden error rows take no room)."""
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        box = QVBoxLayout()
        box.addLayout(form)
        box.addStretch(1)
        return box

    def _operator_name(self) -> str:
        from app.checkin.queries import staff_name

        return staff_name(self.ctx.operator_id) or self.tr("No one on shift")

    def _search_couples(self, text: str) -> None:
        self.couple_combo.blockSignals(True)
        self.couple_combo.clear()
        found = checkin_queries.search_couples(text, limit=20)
        if len(found) > 1:
            self.couple_combo.addItem(self.tr("— choose one of {n} couples —").format(n=len(found)), None)
        else:
            self.couple_combo.addItem(self.tr("— no couple —"), None)
        for c in found:
            shoot = f" · {c.shoot_date:%m-%d}" if c.shoot_date else ""
            self.couple_combo.addItem(f"{c.names} · {c.order_no}{shoot}", c.id)
        self.couple_combo.blockSignals(False)
        # Only a single match is picked for her; with several she chooses (no wrong couple by accident).
        self.couple_combo.setCurrentIndex(1 if len(found) == 1 else 0)
        self._couple_changed()

    def _couple_changed(self) -> None:
        couple_id = self.couple_combo.currentData()
        self._fill_responsible(couple_id)
        if couple_id is None:
            return
        c = checkin_queries.get_couple(couple_id)
        # Fill (or replace what we filled before) — never overwrite what she typed herself.
        if not self.complainant.text().strip() or self.complainant.text() == self._auto_complainant:
            self.complainant.setText(c.bride_name)
            self._auto_complainant = c.bride_name
        if not self.contact.text().strip() or self._couple_phone is not None:
            phone = c.bride_phone or c.groom_phone
            self._couple_phone = phone or None
            self.contact.setText(Privacy.instance().phone(phone) if phone else "")

    def _fill_responsible(self, couple_id: int | None) -> None:
        current = self.responsible.currentData()
        self.responsible.clear()
        self.responsible.addItem(self.tr("— not known yet —"), None)
        stations = {self.station.itemData(i): self.station.itemText(i) for i in range(self.station.count())}
        for member, station_id in config.responsible_candidates(self.ctx, couple_id):
            label = member.name if station_id is None else f"{member.name} · {stations.get(station_id, '')}"
            self.responsible.addItem(label, (member.id, station_id))
        for i in range(self.responsible.count()):
            data = self.responsible.itemData(i)
            if data is not None and current is not None and data[0] == current[0]:
                self.responsible.setCurrentIndex(i)
                break

    def _responsible_picked(self, _i: int) -> None:
        data = self.responsible.currentData()
        if data is not None and data[1] is not None and self.station.currentData() is None:
            i = self.station.findData(data[1])
            if i >= 0:
                self.station.setCurrentIndex(i)

    def _fill_reported_to(self) -> None:
        current = self.reported_to.currentData()
        self.reported_to.clear()
        people = active_staff() if self.stand_in.isChecked() else config.supervisors()
        self.reported_to.addItem(self.tr("— choose —"), None)
        for s in people:
            self.reported_to.addItem(s.name, s.id)
        if current is None:
            from app.staff.service import supervisor_on_duty

            current = supervisor_on_duty(self.ctx)
        i = self.reported_to.findData(current)
        self.reported_to.setCurrentIndex(max(i, 0))

    def _category_changed(self) -> None:
        text = config.standard_handling(self.category.currentData())
        self.handling.setText(text or self.tr("No standard handling written for this category yet."))

    def _channel_changed(self) -> None:
        needs = self.channel.currentData() in ("phone", "online")
        if needs:
            self.promised_check.setChecked(True)
        self.promised_check.setEnabled(not needs)
        self.promised_check.setToolTip(self.tr("Required for phone and online complaints.") if needs else "")
        self._promise_changed()

    def _promise_changed(self) -> None:
        self.promised.setEnabled(self.promised_check.isChecked())
        self._update_deadlines()

    def promised_value(self) -> dt.datetime | None:
        return to_py(self.promised.dateTime()) if self.promised_check.isChecked() else None

    def _update_deadlines(self) -> None:
        now = self.ctx.now()
        lines = []
        for d in queries.preview_deadlines(self.ctx, self.promised_value()):
            if d.due is None:
                continue
            lines.append(f"{d.label}: {deadline_cell(d, now)}")
        warning = config.calendar_warning(self.ctx, days=10)
        if warning:
            lines.append("⚠ " + warning)
        self.deadlines.setText("\n".join(lines))

    def apply_prefill(self, prefill: dict) -> None:
        """Fill the form from another record (a phone call: ``phonelog.call_to_complaint_prefill``) so
        nothing is typed twice: channel, complainant, contact (kept masked on screen), when, what was said."""
        i = self.channel.findData(prefill.get("channel"))
        if i >= 0:
            self.channel.setCurrentIndex(i)
        if prefill.get("customer_name"):
            self.complainant.setText(prefill["customer_name"])
            self._auto_complainant = prefill["customer_name"]
        phone = prefill.get("contact") or ""
        if phone:
            # The full number stays behind the masked text, as for a couple's phone.
            self._couple_phone = phone
            self.contact.setText(Privacy.instance().phone(phone))
        if prefill.get("reported_at") is not None:
            self.occurred.setDateTime(QDateTime(prefill["reported_at"]))
        self.description.setPlainText(prefill.get("details") or "")
        if prefill.get("wants"):
            self.wants.setPlainText(prefill["wants"])

    def contact_value(self) -> str:
        text = self.contact.text()
        if self._couple_phone and text == Privacy.instance().phone(self._couple_phone):
            return self._couple_phone
        return text

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        responsible = self.responsible.currentData()
        c = call_service(
            self, cases.create_complaint, self.ctx, errors=self.errors,
            couple_id=self.couple_combo.currentData(), complainant=self.complainant.text(),
            contact=self.contact_value(), channel=self.channel.currentData(),
            occurred_at=to_py(self.occurred.dateTime()), station_id=self.station.currentData(),
            responsible_id=responsible[0] if responsible else None, category_id=self.category.currentData(),
            cause_id=self.cause.currentData(), description=self.description.toPlainText(),
            wants=self.wants.toPlainText(), reported_to_id=self.reported_to.currentData(),
            reported_at=to_py(self.reported_at.dateTime()), stand_in=self.stand_in.isChecked(),
            promised_reply_at=self.promised_value())
        if c is not None:
            self.created = c
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Enter must not save half a form
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        if (enter and not event.modifiers()
                and not isinstance(self.focusWidget(), QPushButton)):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
