"""Consultation leads on the check-in tab: where they heard of us (a combo for the walk-in form) and the
outcome of a call-back (booked with an order, booked at another store, lost with a reason, still open with
the next call-back date). The rules are in ``app.checkin.leads``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.checkin import leads
from app.checkin.queries import LeadView
from app.core.context import AppContext
from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import ERROR, SECONDARY


def source_combo(parent: QWidget | None = None) -> QComboBox:
    """The sources a supervisor listed (Settings ▸ Leads), then "not asked"."""
    combo = QComboBox(parent)
    combo.setObjectName("source")
    for value, label in leads.sources():
        combo.addItem(label, value)
    combo.addItem(leads.source_label(""), "")
    return combo


class LeadOutcomeDialog(QDialog):
    """What came of a lead's call-back (Enter moves on, Ctrl+Enter saves)."""

    def __init__(self, ctx: AppContext, lead: LeadView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead = lead
        self.result_value: leads.LeadOutcome | None = None
        self.setObjectName("leadOutcomeDialog")
        self.setWindowTitle(self.tr("Call-back result: {name}").format(name=lead.name))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        self.about = about = QLabel(self.tr("Heard of us: {source}. Interested in: {interest}").format(
            source=leads.source_label(lead.source), interest=lead.interest or "—"))
        about.setWordWrap(True)
        about.setStyleSheet(f"color: {SECONDARY};")
        lay.addWidget(about)
        general = QLabel()
        general.setStyleSheet(f"color: {ERROR};")
        general.setWordWrap(True)
        self.errors = FieldErrors(general)
        self.form = QFormLayout()
        self.outcome = QComboBox(objectName="outcome")
        for o in ("booked", "booked_other", "lost", "open"):
            self.outcome.addItem(leads.outcome_label(o), o)
        self.order_no = QLineEdit(objectName="order_no")
        self.order_no.setPlaceholderText(self.tr("The new order's number, e.g. YL20261120-03"))
        self.reason = QComboBox(objectName="lost_reason")
        for value, label in leads.lost_reasons():
            self.reason.addItem(label, value)
        from ui.checkin.dialogs import OptionalDateEdit

        self.next_call = OptionalDateEdit(default=ctx.today() + dt.timedelta(days=1))
        self.next_call.setObjectName("callback_date")
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("What was said (optional)"))
        self._rows: dict[str, QWidget] = {}
        for key, label, w in (("outcome", self.tr("Outcome"), self.outcome),
                              ("order_no", self.tr("Order"), self.order_no),
                              ("lost_reason", self.tr("Reason"), self.reason),
                              ("callback_date", self.tr("Call again on"), self.next_call),
                              ("note", self.tr("Note"), self.note)):
            self.form.addRow(label, w)
            self.form.addRow("", self.errors.label(key))
            self._rows[key] = w
        lay.addLayout(self.form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.outcome.setFocus()

    def _show_fields(self) -> None:
        o = self.outcome.currentData()
        for key, shown in (("order_no", o == "booked"), ("lost_reason", o == "lost"), ("callback_date", o == "open")):
            self.form.setRowVisible(self._rows[key], shown)
        self.errors.clear()

    def save(self) -> None:
        r = call_service(self, leads.record_outcome, self.ctx, self.lead.id, self.outcome.currentData(),
                         order_no=self.order_no.text(), lost_reason=self.reason.currentData() or "",
                         next_callback=self.next_call.date_value(), note=self.note.text(), errors=self.errors)
        if r is not None:
            self.result_value = r
            self.accept()
