"""Dialogs of the check-in tab: a couple's order, a consultation walk-in, a visitor, a locker key."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.aftercare import selection
from app.appointments import arrival
from app.checkin import commands as checkin
from app.checkin import order_numbers
from app.checkin import queries as checkin_queries
from app.checkin.queries import CoupleView
from app.core.context import AppContext
from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import ERROR, SECONDARY
from ui.common.privacy import Privacy


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty (shows '—')."""

    def __init__(self, parent: QWidget | None = None, default: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._none = QDate(1900, 1, 1)
        self.setMinimumDate(self._none)
        self.setSpecialValueText("—")
        self.set_date(default)

    def set_date(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else self._none)

    def date_value(self) -> dt.date | None:
        d = self.date()
        return None if d == self._none else dt.date(d.year(), d.month(), d.day())


def _text_edit(object_name: str, height: int = 70) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setObjectName(object_name)
    w.setTabChangesFocus(True)
    w.setFixedHeight(height)
    return w


class CoupleDialog(QDialog):
    """New order or edit an order. Errors show next to each field; typed text is kept."""

    def __init__(self, ctx: AppContext, couple: CoupleView | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.couple = couple
        self.result_couple: CoupleView | None = None
        self.setObjectName("coupleDialog")
        self.setWindowTitle(self.tr("Edit order") if couple else self.tr("New order"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general = QLabel()
        general.setStyleSheet(f"color: {ERROR};")
        general.hide()
        self.errors = FieldErrors(general)
        self.order_no = QLineEdit(objectName="order_no")
        self.bride_name = QLineEdit(objectName="bride_name")
        self.groom_name = QLineEdit(objectName="groom_name")
        self.bride_phone = QLineEdit(objectName="bride_phone")
        self.groom_phone = QLineEdit(objectName="groom_phone")
        for w in (self.bride_phone, self.groom_phone):
            w.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.package = QComboBox(objectName="package")
        self.package.setEditable(True)
        self.package.addItems([p.name for p in selection.packages()])  # Settings ▸ Packages
        self.package.setCurrentText("")
        self.shoot_date = OptionalDateEdit(default=today or ctx.today())
        self.shoot_date.setObjectName("shoot_date")
        self.special_requests = _text_edit("special_requests")
        self.notes = _text_edit("notes", 50)
        self.bride_birthday = OptionalDateEdit()
        self.groom_birthday = OptionalDateEdit()
        self.wedding_date = OptionalDateEdit()
        rows = [
            ("order_no", self.tr("Order number"), self.order_no),
            ("bride_name", self.tr("Bride"), self.bride_name),
            ("groom_name", self.tr("Groom"), self.groom_name),
            ("bride_phone", self.tr("Bride's phone"), self.bride_phone),
            ("groom_phone", self.tr("Groom's phone"), self.groom_phone),
            ("package", self.tr("Package"), self.package),
            ("shoot_date", self.tr("Shoot date"), self.shoot_date),
            ("special_requests", self.tr("Special requests"), self.special_requests),
            ("notes", self.tr("Notes"), self.notes),
            ("bride_birthday", self.tr("Bride's birthday"), self.bride_birthday),
            ("groom_birthday", self.tr("Groom's birthday"), self.groom_birthday),
            ("wedding_date", self.tr("Wedding date"), self.wedding_date),
        ]
        for key, label, widget in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors.label(key))
        lay.addLayout(form)
        lay.addWidget(general)
        if couple is not None:
            self._load(couple)
        else:  # proposed from the studio's pattern (Settings ▸ Studio); typing replaces it
            self.order_no.setText(order_numbers.next_order_no(ctx.today()))
            self.order_no.selectAll()
            self.order_no.setToolTip(self.tr("Proposed from the studio's pattern: type to replace it."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Save))

    def _load(self, c: CoupleView) -> None:
        self.order_no.setText(c.order_no)
        self.bride_name.setText(c.bride_name)
        self.groom_name.setText(c.groom_name)
        # Full numbers are not put on screen: leave empty to keep, type to replace.
        self.bride_phone.setPlaceholderText(Privacy.instance().phone(c.bride_phone))
        self.groom_phone.setPlaceholderText(Privacy.instance().phone(c.groom_phone))
        self.package.setCurrentText(c.package)
        self.shoot_date.set_date(c.shoot_date)
        self.special_requests.setPlainText(c.special_requests)
        self.notes.setPlainText(c.notes)
        self.bride_birthday.set_date(c.bride_birthday)
        self.groom_birthday.set_date(c.groom_birthday)
        self.wedding_date.set_date(c.wedding_date)

    def values(self) -> dict:
        data = {
            "order_no": self.order_no.text(),
            "bride_name": self.bride_name.text(),
            "groom_name": self.groom_name.text(),
            "package": self.package.currentText(),
            "shoot_date": self.shoot_date.date_value(),
            "special_requests": self.special_requests.toPlainText(),
            "notes": self.notes.toPlainText(),
            "bride_birthday": self.bride_birthday.date_value(),
            "groom_birthday": self.groom_birthday.date_value(),
            "wedding_date": self.wedding_date.date_value(),
        }
        for key, edit in (("bride_phone", self.bride_phone), ("groom_phone", self.groom_phone)):
            if self.couple is None or edit.text().strip():
                data[key] = edit.text()
        return data

    def save(self) -> None:
        if self.couple is None:
            c = call_service(self, checkin.create_couple, self.ctx, errors=self.errors, **self.values())
        else:
            c = call_service(self, checkin.update_couple, self.ctx, self.couple.id, self.couple.version,
                             errors=self.errors, **self.values())
        if c is not None:
            self.result_couple = c
            self.accept()


class ConsultDialog(QDialog):
    """A walk-in asking: name, phone, what they want, when to call back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit = None
        self.setObjectName("consultDialog")
        self.setWindowTitle(self.tr("Consultation walk-in"))
        self.setMinimumWidth(440)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Show the process, offer to book at the main store, and agree when to call back."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {SECONDARY};")
        lay.addWidget(hint)
        form = QFormLayout()
        general = QLabel()
        general.hide()
        self.errors = FieldErrors(general)
        self.name = QLineEdit(objectName="name")
        self.phone = QLineEdit(objectName="phone")
        self.interest = _text_edit("interest", 60)
        self.callback = OptionalDateEdit(default=ctx.today() + dt.timedelta(days=1))
        self.callback.setObjectName("callback_date")
        self.party = QSpinBox(objectName="party_size")
        self.party.setRange(1, 50)
        from ui.checkin.leads import source_combo

        self.source = source_combo()
        for key, label, w in (("name", self.tr("Name"), self.name), ("phone", self.tr("Phone"), self.phone),
                              ("source", self.tr("Heard of us"), self.source),
                              ("interest", self.tr("Interested in"), self.interest),
                              ("callback_date", self.tr("Call back on"), self.callback),
                              ("party_size", self.tr("Party size"), self.party)):
            form.addRow(label, w)
            form.addRow("", self.errors.label(key))
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.name.setFocus()

    def save(self) -> None:
        v = call_service(self, checkin.check_in_consult, self.ctx, self.name.text(), self.phone.text(),
                         self.interest.toPlainText(), self.callback.date_value(), self.party.value(),
                         source=self.source.currentData() or "", errors=self.errors)
        if v is not None:
            self.visit = v
            self.accept()


class VisitorDialog(QDialog):
    """A friend looking for a couple already inside: who they are, how many."""

    def __init__(self, ctx: AppContext, couple: CoupleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.couple = couple
        self.whereabouts = None
        self.setObjectName("visitorDialog")
        self.setWindowTitle(self.tr("Visitor for {names}").format(names=couple.names))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        general = QLabel()
        general.hide()
        self.errors = FieldErrors(general)
        self.guest = QLineEdit(objectName="guest_name")
        self.guest.setPlaceholderText(self.tr("e.g. bridesmaid, mother of the bride"))
        self.party = QSpinBox(objectName="party_size")
        self.party.setRange(1, 50)
        form.addRow(self.tr("Visitor"), self.guest)
        form.addRow("", self.errors.label("guest_name"))
        form.addRow(self.tr("Party size"), self.party)
        form.addRow("", self.errors.label("party_size"))
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.guest.setFocus()

    def save(self) -> None:
        res = call_service(self, checkin.check_in_visitor, self.ctx, self.couple.id, self.guest.text(),
                           self.party.value(), errors=self.errors)
        if res is not None:
            self.whereabouts = res[1]
            self.accept()


class IssueKeyDialog(QDialog):
    """Lock the party's valuables: pick a free locker."""

    def __init__(self, ctx: AppContext, visit_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.loan = None
        self.setObjectName("issueKeyDialog")
        self.setWindowTitle(self.tr("Issue locker key"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(title))
        form = QFormLayout()
        general = QLabel()
        general.hide()
        self.errors = FieldErrors(general)
        self.locker = QComboBox(objectName="locker")
        for lk in checkin_queries.free_lockers():
            self.locker.addItem(f"{lk.number}  {lk.location}".strip(), lk.number)
        form.addRow(self.tr("Locker"), self.locker)
        form.addRow("", self.errors.label("locker"))
        lay.addLayout(form)
        lay.addWidget(general)
        lay.addWidget(QLabel(self.tr("Remind the guest: the key comes back to the counter or the bar.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        number = self.locker.currentData()
        if number is None:
            self.errors.show({"locker": self.tr("No free locker.")})
            return
        loan = call_service(self, checkin.issue_key, self.ctx, self.visit_id, number, errors=self.errors)
        if loan is not None:
            self.loan = loan
            self.accept()


class ArrivalDialog(QDialog):
    """Check a couple in for what the day says: today's appointment's kind, or the likeliest kind first;
    the party size with a default. One question, so Enter confirms (Ctrl+Enter too)."""

    def __init__(self, ctx: AppContext, plan: arrival.ArrivalPlan, kind: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.visit = None
        self.setObjectName("arrivalDialog")
        self.setWindowTitle(self.tr("Check in {names}").format(names=plan.names))
        self.setMinimumWidth(400)
        lay = QVBoxLayout(self)
        if plan.appointment_id is not None:
            text = self.tr("Appointment today: {what}").format(what=plan.appointment_text)
        else:
            text = self.tr("No appointment today: pick what they came for.")
        self.appointment_label = QLabel(text)
        self.appointment_label.setObjectName("arrivalAppointment")
        self.appointment_label.setWordWrap(True)
        self.appointment_label.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.appointment_label)
        form = QFormLayout()
        general = QLabel()
        general.setStyleSheet(f"color: {ERROR};")
        general.hide()
        self.errors = FieldErrors(general)
        self.kind = QComboBox(objectName="kind")
        for k in plan.kinds:
            self.kind.addItem(arrival.arrival_kind_label(k), k)
        if kind is not None and kind in plan.kinds:
            self.kind.setCurrentIndex(plan.kinds.index(kind))
        self.kind.setToolTip(self.tr("Likeliest first; ↑/↓ to change"))
        self.party = QSpinBox(objectName="party_size")
        self.party.setRange(1, 50)
        self.party.setValue(plan.party_size)
        self.party.setSuffix(self.tr(" people"))
        form.addRow(self.tr("Came for"), self.kind)
        form.addRow("", self.errors.label("kind"))
        form.addRow(self.tr("Party size"), self.party)
        form.addRow("", self.errors.label("party_size"))
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("arrivalOk")
        ok.setText(self.tr("Check in (Enter)"))
        ok.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.save)
        (self.party if plan.appointment_id is not None else self.kind).setFocus()

    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def save(self) -> None:
        v = call_service(self, arrival.check_in_arrival, self.ctx, self.plan.couple_id, self.chosen_kind(),
                         self.party.value(), self.plan.appointment_id, errors=self.errors)
        if v is not None:
            self.visit = v
            self.accept()
