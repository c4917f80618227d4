"""Today's expected arrivals for the check-in tab: who is due, who has arrived, who is late, who did not
come — and the one-interaction check-in of an expected guest (Enter, double-click, or the button)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.appointments import service as appts
from app.core.context import AppContext
from ui.common.errors import call_service
from ui.common.palette import ERROR, ERROR_BG, OK, OK_BG, RULE, SECONDARY, SLATE_DARK, WARNING, WARNING_BG
from ui.common.privacy import Privacy
from ui.common.widgets import (
    ROW_ROLE,
    Column,
    RowTableModel,
    make_proxy,
    make_table,
    minutes_text,
    select_row_by_id,
    selected_row,
)

STATUS_COLOURS = {"arrived": OK_BG, "late": WARNING_BG, "no_show": ERROR_BG}
STATUS_TEXT_COLOURS = {"arrived": OK, "late": WARNING, "no_show": ERROR, "expected": SLATE_DARK}
STATUS_ORDER = {"late": 0, "expected": 1, "no_show": 2, "arrived": 3}


class ExpectedArrivalsPanel(QWidget):
    """Today's appointments in time order with their state; check an expected guest in with one action."""

    #: A visit was created by checking in an expected guest: the new visit's id.
    checkedIn = Signal(int)
    #: Appointments changed (booked, moved, cancelled, checked in).
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("expectedArrivalsPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.offset = 0  # days from today shown (0: today; the list follows the date at midnight)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("expectedTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        head.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setObjectName("expectedSummary")
        self.summary.setStyleSheet(f"color: {SECONDARY};")
        head.addWidget(self.summary, 1)
        self.prev_btn = QToolButton()
        self.prev_btn.setObjectName("expectedPrev")
        self.prev_btn.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_btn.setToolTip(self.tr("Previous day"))
        self.prev_btn.clicked.connect(lambda: self.show_day(self.offset - 1))
        self.today_btn = QToolButton()
        self.today_btn.setObjectName("expectedToday")
        self.today_btn.setText(self.tr("Today"))
        self.today_btn.clicked.connect(lambda: self.show_day(0))
        self.next_btn = QToolButton()
        self.next_btn.setObjectName("expectedNext")
        self.next_btn.setArrowType(Qt.ArrowType.RightArrow)
        self.next_btn.setToolTip(self.tr("Next day"))
        self.next_btn.clicked.connect(lambda: self.show_day(self.offset + 1))
        for b in (self.prev_btn, self.today_btn, self.next_btn):
            head.addWidget(b)
        lay.addLayout(head)

        privacy = Privacy.instance()
        self.model = RowTableModel([
            Column(self.tr("Time"), lambda r: f"{r.starts_at:%H:%M}", sort=lambda r: r.starts_at.isoformat(),
                   tooltip=lambda r: self.tr("Rescheduled") if r.rescheduled else None),
            Column(self.tr("Who"), lambda r: r.who, tooltip=lambda r: r.order_no or None),
            Column(self.tr("For"), lambda r: r.kind_label),
            Column(self.tr("Status"), self._status_text, sort=lambda r: STATUS_ORDER.get(r.status, 9),
                   background=lambda r: STATUS_COLOURS.get(r.status),
                   foreground=lambda r: STATUS_TEXT_COLOURS.get(r.status)),
            Column(self.tr("Staff"), lambda r: r.staff_name),
            Column(self.tr("Note"), lambda r: privacy.private_text(r.note).replace("\n", " "), free_text=True),
        ], self, key=lambda r: r.id)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "expectedTable")
        self.table.setMinimumHeight(160)  # at least four guests in view beside the in-store list
        for col, width in enumerate((56, 170, 90, 140, 70)):
            self.table.setColumnWidth(col, width)
        # Enter on a row or a double-click: the item view's "activated" covers both.
        self.table.activated.connect(lambda _i: self.check_in_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        lay.addWidget(self.table, 1)

        self.empty = QLabel(self.tr("No appointments today."))
        self.empty.setObjectName("expectedEmpty")
        self.empty.setStyleSheet(f"color: {RULE}; padding: 6px;")
        lay.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.check_in_btn = QPushButton(self.tr("Check in (Enter)"))
        self.check_in_btn.setObjectName("expectedCheckIn")
        self.check_in_btn.setToolTip(self.tr("Check the selected guest in: the visit is linked to the appointment."))
        self.check_in_btn.clicked.connect(self.check_in_selected)
        self.new_btn = QPushButton(self.tr("New appointment…"))
        self.new_btn.setObjectName("expectedNew")
        self.new_btn.clicked.connect(self.new_appointment)
        self.move_btn = QPushButton(self.tr("Reschedule / cancel…"))
        self.move_btn.setObjectName("expectedReschedule")
        self.move_btn.clicked.connect(self.reschedule_selected)
        buttons.addWidget(self.check_in_btn)
        buttons.addStretch(1)
        self.day_btn = QPushButton(self.tr("Day book…"))
        self.day_btn.setObjectName("expectedDayBook")
        self.day_btn.setToolTip(self.tr("The day's appointments per staff member and per room, clashes in red"))
        self.day_btn.clicked.connect(lambda: self.open_day_book())
        buttons.addWidget(self.day_btn)
        self.confirm_btn = QPushButton(self.tr("Tomorrow's confirmations…"))
        self.confirm_btn.setObjectName("expectedConfirmations")
        self.confirm_btn.setToolTip(self.tr("Call the next opening day's appointments: confirmed, no answer, "
                                            "rescheduled or cancelled; the reminder text to send (Ctrl+T)"))
        self.confirm_btn.clicked.connect(lambda: self.open_confirmations())
        buttons.addWidget(self.confirm_btn)
        buttons.addWidget(self.new_btn)
        buttons.addWidget(self.move_btn)
        lay.addLayout(buttons)
        privacy.changed.connect(self._privacy_changed)  # a bound method: dropped with the widget
        self.refresh()

    def open_day_book(self, exec_: bool = True) -> QWidget:
        from ui.appointments.day_view import DayViewDialog

        dlg = DayViewDialog(self.ctx, self.ctx.today() + dt.timedelta(days=self.offset), self.window())
        if exec_:
            dlg.exec()
        return dlg

    def open_confirmations(self, exec_: bool = True) -> QWidget:
        """明日确认: the next opening day's calls (ui/appointments/confirmations.py)."""
        from ui.appointments.confirmations import ConfirmationsDialog

        dlg = ConfirmationsDialog(self.ctx, self.window())
        if exec_:
            dlg.exec()
            self.refresh()
            self.changed.emit()
        return dlg

    # ------------------------------------------------------------------ data
    def _status_text(self, r: appts.ExpectedRow) -> str:
        if r.status == "arrived" and r.arrived_at is not None:
            return self.tr("Arrived {time}").format(time=f"{r.arrived_at:%H:%M}")
        if r.status in ("late", "no_show"):
            return f"{r.status_label} {minutes_text(r.minutes_late)}"
        return r.status_label

    def day(self) -> dt.date:
        return self.ctx.today() + dt.timedelta(days=self.offset)

    def show_day(self, offset: int) -> None:
        """Browse the bookings of another day (check-in stays for today's list)."""
        self.offset = offset
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.refresh()

    def _privacy_changed(self, _client_safe: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.apply_refresh(expected_data(self.ctx, self.offset))

    def refresh_job(self) -> tuple:
        """The panel's query as a plain function for the check-in tab's worker."""
        return expected_data, (self.ctx, self.offset)

    def apply_refresh(self, data: tuple[int, list[appts.ExpectedRow]]) -> None:
        offset, rows = data
        if offset != self.offset:
            return  # she went to another day meanwhile (that day is shown already)
        current = selected_row(self.table)
        day = self.day()
        if self.offset == 0:
            self.title.setText(self.tr("Expected today"))
        else:
            self.title.setText(self.tr("Appointments {date}").format(date=QLocale().toString(day, "M/d ddd")))
        self.today_btn.setEnabled(self.offset != 0)
        self.empty.setText(self.tr("No appointments today.") if self.offset == 0
                           else self.tr("No appointments on this day."))
        self.model.set_rows(rows)
        counts = {s: sum(1 for r in rows if r.status == s) for s in ("arrived", "expected", "late", "no_show")}
        self.summary.setText(self.tr("{total} booked · {arrived} arrived · {expected} to come · {late} late · "
                                     "{no_show} did not come").format(total=len(rows), **counts))
        self.empty.setVisible(not rows)
        if current is not None:
            self.select_appointment(current.id)
        else:
            self._scroll_to_next()
        self._update_buttons()

    def _scroll_to_next(self) -> None:
        """Keep the guests still to come in view: the first one not yet due or late goes near the top
        (one row of context above it: usually the latest arrival or no-show)."""
        for i in range(self.proxy.rowCount()):
            row = self.proxy.index(i, 0).data(ROW_ROLE)
            if row is not None and row.status in ("late", "expected"):
                self.table.scrollTo(self.proxy.index(max(i - 1, 0), 0), self.table.ScrollHint.PositionAtTop)
                return

    def rows(self) -> list[appts.ExpectedRow]:
        return self.model.rows()

    def select_appointment(self, appointment_id: int) -> bool:
        return select_row_by_id(self.table, appointment_id)

    def _update_buttons(self) -> None:
        row = selected_row(self.table)
        open_row = row is not None and row.status != "arrived"
        self.check_in_btn.setEnabled(open_row and self.offset == 0)
        self.move_btn.setEnabled(open_row and row.starts_at.date() >= self.ctx.today())

    # ------------------------------------------------------------------ actions
    def check_in_selected(self) -> int | None:
        row = selected_row(self.table)
        if row is None:
            return None
        if self.offset != 0:
            return None
        if row.status == "arrived":
            QMessageBox.information(self, self.tr("Already here"),
                                    self.tr("{who} have already checked in.").format(who=row.who))
            return None
        return self._check_in(row.id)

    def _check_in(self, appointment_id: int) -> int | None:
        v = call_service(self, appts.check_in_appointment, self.ctx, appointment_id)
        if v is None:
            return None
        self.refresh()
        self.checkedIn.emit(v.id)
        self.changed.emit()
        return v.id

    def check_in_by_order(self, order_no: str) -> int | None:
        """A scanned order code: when that couple is expected today (not yet arrived), check them in and
        return the new visit id; otherwise None (the caller goes on with its ordinary check-in)."""
        row = appts.expected_for_order(self.ctx, order_no)
        if row is None:
            return None
        if self.offset != 0:
            self.show_day(0)
        self.select_appointment(row.id)
        return self._check_in(row.id)

    def new_appointment(self, prefill: dict | None = None) -> bool:
        from ui.appointments.dialog import AppointmentDialog

        prefill = dict(prefill) if isinstance(prefill, dict) else {}
        if self.offset > 0 and "starts_at" not in prefill:
            prefill["starts_at"] = dt.datetime.combine(self.day(), dt.time(10, 0))
        dlg = AppointmentDialog(self.ctx, self, prefill=prefill)
        if dlg.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def reschedule_selected(self) -> bool:
        from ui.appointments.dialog import RescheduleDialog

        row = selected_row(self.table)
        if row is None or row.status == "arrived":
            return False
        dlg = RescheduleDialog(self.ctx, row.id, self)
        if dlg.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False


def expected_data(ctx: AppContext, offset: int) -> tuple[int, list[appts.ExpectedRow]]:
    """Today's expected arrivals (offset 0) or another day's appointments (plain values: a worker may read)."""
    if offset == 0:
        return offset, appts.expected_today(ctx)
    return offset, appts.appointments_on(ctx, ctx.today() + dt.timedelta(days=offset))
