"""The audit trail for supervisors: who did what, when, before → after. Read-only; filtered by person,
record (table and number) and date range; pages of 200 are fetched from the database as the list scrolls.
Phone numbers inside recorded values are masked here like everywhere else."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.audit_query import (
    AuditFilter,
    AuditReader,
    AuditRow,
    action_label,
    describe_change,
    record_label,
)
from app.core.context import AppContext
from app.core.validation import mask_phone
from ui.common.palette import ERROR
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, selected_row

_PHONE_KEY = re.compile(r"phone", re.IGNORECASE)


def mask_values(value: Any) -> Any:
    """Mask every value stored under a key that names a phone number (recursively)."""
    if isinstance(value, dict):
        return {k: (mask_phone(v) if isinstance(v, str) and _PHONE_KEY.search(k) and v else mask_values(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [mask_values(v) for v in value]
    return value


def _masked_json(text: str) -> str:
    if not text:
        return ""
    try:
        return json.dumps(mask_values(json.loads(text)), ensure_ascii=False)
    except ValueError:
        return text


def masked_change(row: AuditRow) -> str:
    return describe_change(_masked_json(row.before), _masked_json(row.after))


class AuditModel(RowTableModel):
    """RowTableModel whose ``fetchMore`` also asks the database for the next (older) page."""

    def __init__(self, reader: AuditReader, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self.reader = reader
        self.filter = AuditFilter()
        self._exhausted = True

    def load(self, f: AuditFilter) -> None:
        self.filter = f
        first = self.reader.page(f)
        self._exhausted = len(first) < self.reader.PAGE
        self.set_rows(first)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return super().canFetchMore(parent) or not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        if not super().canFetchMore(parent) and not self._exhausted and self._rows:
            more = self.reader.page(self.filter, before_id=self._rows[-1].id)
            self._exhausted = len(more) < self.reader.PAGE
            self._rows.extend(more)
        super().fetchMore(parent)


class AuditViewer(QDialog):
    def __init__(self, ctx: AppContext, reader: AuditReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reader = reader
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1180, 700)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.person = QComboBox()
        self.person.setObjectName("auditPerson")
        self.person.addItem(self.tr("Everyone"), None)
        for sid, name in reader.people():
            self.person.addItem(name, sid)
        self.table = QComboBox()
        self.table.setObjectName("auditTable")
        self.table.addItem(self.tr("All records"), None)
        for t in reader.tables():
            self.table.addItem(record_label(t), t)
        self.record = QLineEdit()
        self.record.setObjectName("auditRecord")
        self.record.setPlaceholderText(self.tr("No."))
        self.record.setMaximumWidth(80)
        today = ctx.today()
        self.use_dates = QCheckBox(self.tr("From"))
        self.use_dates.setObjectName("auditUseDates")
        self.date_from = QDateEdit(QDate(today.year, today.month, today.day).addDays(-7))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setObjectName("auditFrom")
        self.date_to.setObjectName("auditTo")
        apply_btn = QPushButton(self.tr("Show"))
        apply_btn.setObjectName("auditApply")
        apply_btn.setDefault(True)
        bar.addWidget(QLabel(self.tr("Person")))
        bar.addWidget(self.person)
        bar.addWidget(QLabel(self.tr("Record")))
        bar.addWidget(self.table)
        bar.addWidget(self.record)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(apply_btn)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.model = AuditModel(reader, [
            Column(self.tr("Time"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S"), sort=lambda r: r.id),
            Column(self.tr("Person"), lambda r: r.operator_name or "—"),
            Column(self.tr("Action"), lambda r: action_label(r.action), tooltip=lambda r: r.action),
            Column(self.tr("Record"), lambda r: f"{record_label(r.table)} #{r.record_id}" if r.record_id is not None
                   else record_label(r.table)),
            Column(self.tr("Change"), masked_change, tooltip=masked_change),
            Column(self.tr("Counter"), lambda r: r.terminal),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "auditTableView")
        for col, width in enumerate((150, 90, 150, 120, 520)):
            self.view.setColumnWidth(col, width)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        apply_btn.clicked.connect(self.apply)
        self.record.returnPressed.connect(self.apply)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.show_detail())
        self.apply()

    def current_filter(self) -> AuditFilter | None:
        rec = self.record.text().strip()
        if rec and not rec.isdigit():
            self.error.setText(self.tr("The record number is digits only."))
            self.error.show()
            return None
        if rec and self.table.currentData() is None:
            self.error.setText(self.tr("Pick the kind of record for the number."))
            self.error.show()
            return None
        self.error.hide()

        def day(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        dates = self.use_dates.isChecked()
        return AuditFilter(staff_id=self.person.currentData(), table=self.table.currentData(),
                           record_id=int(rec) if rec else None,
                           date_from=day(self.date_from) if dates else None,
                           date_to=day(self.date_to) if dates else None)

    def apply(self) -> None:
        f = self.current_filter()
        if f is not None:
            self.model.load(f)
            self.detail.clear()

    def show_detail(self) -> None:
        r = selected_row(self.view) if self.view.selectionModel().hasSelection() else None
        if r is None:
            self.detail.clear()
            return

        def pretty(text: str) -> str:
            if not text:
                return "—"
            try:
                return json.dumps(mask_values(json.loads(text)), ensure_ascii=False, indent=2)
            except ValueError:
                return text

        self.detail.setPlainText("\n".join([
            f"{r.at:%Y-%m-%d %H:%M:%S}  {r.operator_name or '—'}  {action_label(r.action)} ({r.action})",
            self.tr("Before:"), pretty(r.before), self.tr("After:"), pretty(r.after)]))
