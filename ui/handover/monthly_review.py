"""月度回顾 — the monthly review, for supervisors: a month picker, the studio's and each staff member's
scorecard, the studio's trend week by week and over the last 6 months, and Print / PDF.

Opened from the daily review page (``ReviewView``) after a supervisor's PIN; every load passes her id and
PIN to ``app.handover.scorecards.open_monthly_review`` again, which checks them itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.handover import scorecards as sc
from app.staff import service as staff_service
from ui.common.bar_chart import BarChart, BarItem
from ui.common.errors import FieldErrors, call_service
from ui.common.live import run_with_own_connection
from ui.common.pin_dialog import Acting
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table
from ui.handover.report_blocks import ALERT_RED, FigureStrip

COLOURS = {"satisfaction": "#8e24aa", "complaint_rate": "#e53935", "conversion": "#1e88e5", "accuracy": "#43a047"}


class MonthlyReviewView(QWidget):
    """One month's scorecards and trends; ``acting`` is the supervisor who opened it."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.ctx = acting.ctx
        self.current: sc.MonthlyReview | None = None
        self._seq = 0  # the latest load asked for
        self.setObjectName("monthlyReview")
        root = QVBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        self.errors = FieldErrors(QLabel())
        bar = QHBoxLayout()
        today = self.ctx.today()
        self.month_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.month_edit.setObjectName("monthlyMonth")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_edit)
        self.show_btn = QPushButton(self.tr("Show"))
        self.show_btn.setObjectName("monthlyShow")
        self.show_btn.clicked.connect(self.load)
        bar.addWidget(self.show_btn)
        self.loading = QLabel(self.tr("Counting…"))
        self.loading.setObjectName("monthlyLoading")
        self.loading.setStyleSheet("color: #607d8b;")
        self.loading.hide()
        bar.addWidget(self.loading)
        bar.addWidget(self.errors.label("month"))
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Week by week for")))
        self.who = QComboBox()
        self.who.setObjectName("monthlyWho")
        self.who.setMinimumContentsLength(8)
        self.who.currentIndexChanged.connect(self._who_changed)
        bar.addWidget(self.who)
        bar.addStretch(1)
        self.print_btn = QPushButton(self.tr("Print / PDF…"))
        self.print_btn.setObjectName("monthlyPrint")
        self.print_btn.clicked.connect(self.print_review)
        bar.addWidget(self.print_btn)
        root.addLayout(bar)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        bl.setContentsMargins(0, 0, 12, 0)
        self.title = QLabel()
        self.title.setObjectName("monthlyTitle")
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        bl.addWidget(self.title)
        self.figures = FigureStrip(body)
        bl.addWidget(self.figures)
        self.model = RowTableModel([
            Column(self.tr("Who"), lambda c: c.label),
            Column(self.tr("Visits"), lambda c: c.visits, sort=lambda c: c.visits),
            Column(self.tr("Satisfaction (visits)"), lambda c: c.visit_satisfaction.text,
                   sort=lambda c: c.visit_satisfaction.average or 0),
            Column(self.tr("Satisfaction (call-backs)"), lambda c: c.callback_satisfaction.text,
                   sort=lambda c: c.callback_satisfaction.average or 0),
            Column(self.tr("Complaints per 100 visits"), lambda c: c.complaint_rate_text,
                   sort=lambda c: c.complaint_rate or 0),
            Column(self.tr("Conversion"), lambda c: c.conversion_text, sort=lambda c: c.conversion or 0),
            Column(self.tr("Information accuracy"), lambda c: c.accuracy_text, sort=lambda c: c.accuracy or 0),
            Column(self.tr("Rounds"), lambda c: c.activity_text("rounds"), sort=lambda c: c.rounds or 0),
            Column(self.tr("Confirmations"), lambda c: c.activity_text("confirmations"),
                   sort=lambda c: c.confirmations or 0),
        ], self)
        self.table = make_table(make_proxy(self.model, self), self, "monthlyTable")
        self.table.setMinimumHeight(240)  # the studio and about six staff members without scrolling
        bl.addWidget(self.table)
        self.charts_grid = QGridLayout()
        self.charts_grid.setSpacing(8)
        bl.addLayout(self.charts_grid)
        self.charts: dict[str, BarChart] = {}
        bl.addStretch(1)
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        gen = self.errors._general
        if gen is not None:
            gen.setStyleSheet(f"color: {ALERT_RED};")
            root.addWidget(gen)

    # ------------------------------------------------------------------ data
    def month(self) -> dt.date:
        q = self.month_edit.date()
        return dt.date(q.year(), q.month(), 1)

    def set_month(self, month: dt.date) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def load(self) -> None:
        """Check the month and the supervisor's PIN here, then gather the month off the UI thread (a few
        hundred ms on years of data); the figures shown stay until the new ones arrive."""
        month = call_service(self, sc.parse_month, self.ctx, self.month(), errors=self.errors)
        if month is None or self.acting.call(self, staff_service.authenticate_supervisor) is None:
            return
        self._seq += 1
        seq = self._seq
        self.loading.show()
        run_with_own_connection(self, sc.monthly_review, self.ctx, month,
                                done=lambda data: self._loaded(seq, data), failed=lambda exc: self._failed(seq, exc))

    def _loaded(self, seq: int, data: sc.MonthlyReview) -> None:
        if seq == self._seq:  # an older request answering late is dropped
            self.loading.hide()
            self.show_review(data)

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.loading.hide()

        def again() -> None:
            raise exc

        call_service(self, again, errors=self.errors)  # shown the way every service error is

    def _chart(self, key: str, title: str, items: list[BarItem], top: float | None, row: int, col: int) -> None:
        w = self.charts.get(key)
        if w is None:
            w = BarChart(self)
            w.setObjectName(f"monthlyChart_{key}")
            self.charts[key] = w
            self.charts_grid.addWidget(w, row, col, Qt.AlignmentFlag.AlignTop)
        w.set_data(title, items, "", self.tr("Nothing measured."), top)

    def show_review(self, data: sc.MonthlyReview) -> None:
        self.current = data
        title = self.tr("Monthly review {month}").format(month=data.month_text)
        if data.partial:
            title += " · " + self.tr("up to {day}").format(day=(data.end - dt.timedelta(days=1)).isoformat())
        self.title.setText(title)
        c = data.studio
        self.figures.set_figures([
            (str(c.visits), self.tr("Visits"), False),
            (c.visit_satisfaction.text, self.tr("Satisfaction (visits)"), sc.is_alert(c)),
            (c.callback_satisfaction.text, self.tr("Satisfaction (call-backs)"), False),
            (c.complaint_rate_text, self.tr("Complaints per 100 visits"), False),
            (c.conversion_text, self.tr("Conversion"), False),
            (c.accuracy_text, self.tr("Information accuracy"), False),
            (c.activity_text("rounds"), self.tr("Rounds"), False),
            (c.activity_text("confirmations"), self.tr("Confirmations"), False),
        ])
        self.model.set_rows([data.studio, *data.staff])
        # The week-by-week column follows the chosen one (the studio, or a staff member of this month).
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(data.studio.label, None)
        for s in data.staff:
            self.who.addItem(s.label, s.staff_id)
        at = self.who.findData(chosen) if chosen is not None else 0
        self.who.setCurrentIndex(max(at, 0))
        self.who.blockSignals(False)
        # Charts, one row per measure: week by week, the studio over 6 months, each staff member this month.
        for i, (key, label, value, top) in enumerate(sc.trend_measures()):
            months = [BarItem(p.label, v, COLOURS[key]) for p in data.months if (v := value(p.card)) is not None]
            staff = [BarItem(s.label, v, COLOURS[key]) for s in data.staff if (v := value(s)) is not None]
            self._chart(f"month_{key}", self.tr("{measure}: the studio, last 6 months").format(measure=label), months,
                        top, i, 1)
            self._chart(f"staff_{key}", self.tr("{measure}: by staff member").format(measure=label), staff, top, i, 2)
        self._weekly_charts()

    def _who_changed(self, _index: int) -> None:
        if self.current is not None:
            self._weekly_charts()

    def _weekly_charts(self) -> None:
        data = self.current
        if data is None:
            return
        staff_id = self.who.currentData()
        name = self.who.currentText()
        for i, (key, label, value, top) in enumerate(sc.trend_measures()):
            items = []
            for n, p in enumerate(data.weeks):
                card = p.card_of(staff_id)
                v = value(card) if card is not None else None
                if v is not None:
                    items.append(BarItem(self.tr("Week {n}").format(n=n + 1), v, COLOURS[key]))
            self._chart(f"week_{key}", self.tr("{measure}: {who}, week by week").format(measure=label, who=name),
                        items, top, i, 0)

    def print_review(self) -> None:
        from ui.handover.printing import print_monthly_review

        print_monthly_review(self, self.ctx, self.month())


class MonthlyReviewDialog(QDialog):
    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyReviewDialog")
        self.setWindowTitle(self.tr("Monthly review"))
        self.resize(1280, 680)  # within a 1366×768 screen less its task bar and title bar
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.view = MonthlyReviewView(acting, self)
        lay.addWidget(self.view)


def open_monthly_review(parent: QWidget | None, ctx: AppContext) -> MonthlyReviewDialog | None:
    """Ask a supervisor's PIN, then show the current month's review (None when refused)."""
    from ui.common.pin_dialog import ask_supervisor

    acting = ask_supervisor(parent, ctx, QCoreApplication.translate("MonthlyReviewDialog", "Monthly review"),
                            QCoreApplication.translate("MonthlyReviewDialog",
                                                       "Only a supervisor opens the monthly review, with her PIN."))
    if acting is None:
        return None
    dlg = MonthlyReviewDialog(acting, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.view.load()
    dlg.show()
    return dlg
