"""Settings ▸ Opening days: the days the studio itself is closed (app.core.opening).

Its own page, apart from "Working days" (the legal calendar the complaint deadlines count in): closing the
studio on 除夕 moves tomorrow's call-backs, not a complaint's 5-working-day result.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import settings_service
from ui.common.errors import FieldErrors
from ui.common.palette import ERROR, MUTED
from ui.common.pin_dialog import Acting
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, selected_row


class OpeningDaysPage(QWidget):
    """The studio is open every day (weekends and public holidays too) except the dates listed here."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("openingDaysPage")
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("The studio is open every day, weekends and public holidays included, except the days "
                              "listed here (for example New Year's Eve). Call-backs and tomorrow's lists skip "
                              "these days. Complaint deadlines do not: they count working days (the "
                              "\"Working days\" page)."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(note)
        self.model = RowTableModel([
            Column(self.tr("Date"), lambda r: r[0].isoformat(), sort=lambda r: r[0]),
            Column(self.tr("Weekday"), lambda r: self._weekday(r[0])),
            Column(self.tr("Reason"), lambda r: r[1]),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "closedDaysTable")
        lay.addWidget(self.view, 1)
        general = QLabel()
        general.setObjectName("openingDaysError")
        general.setStyleSheet(f"color: {ERROR};")
        general.setWordWrap(True)
        self.errors = FieldErrors(general)
        row = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setObjectName("closedDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = acting.ctx.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit()
        self.reason.setObjectName("closedReason")
        self.reason.setPlaceholderText(self.tr("Reason, e.g. New Year's Eve"))
        self.reason.setMaxLength(40)
        add = QPushButton(self.tr("Mark closed"))
        add.setObjectName("closedAdd")
        self.remove_btn = QPushButton(self.tr("Open again"))
        self.remove_btn.setObjectName("closedRemove")
        row.addWidget(self.date)
        row.addWidget(self.reason, 1)
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(self.remove_btn)
        lay.addLayout(row)
        lay.addWidget(self.errors.label("date"))
        lay.addWidget(self.errors.label("reason"))
        lay.addWidget(general)
        add.clicked.connect(self.add)
        self.remove_btn.clicked.connect(self.remove)
        self.refresh()

    def _weekday(self, d: dt.date) -> str:
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        return names[d.weekday()]

    def refresh(self) -> None:
        self.model.set_rows(sorted(settings_service.studio_closed_days().items()))

    def add(self) -> None:
        d = self.date.date()
        day = dt.date(d.year(), d.month(), d.day())
        if self.acting.call(self, settings_service.set_studio_closed_day, day, self.reason.text(),
                            errors=self.errors) is not None:
            self.reason.clear()
        self.refresh()

    def remove(self) -> None:
        r = selected_row(self.view) if self.view.selectionModel().hasSelection() else None
        if r is not None:
            self.acting.call(self, settings_service.reopen_studio_day, r[0])
            self.refresh()
