"""每日工作小结 — the daily review page: a day or a range, headline figures, bar charts, tables, and the
decisions taken at the meeting (text and owner)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.handover import review
from ui.common.bar_chart import BarChart, BarItem
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import PANEL_BG, SLATE
from ui.common.privacy import Privacy
from ui.common.widgets import Column, RowTableModel, StaffPicker, make_proxy, make_table, selected_row
from ui.handover.report_blocks import ALERT_RED, BlockRow, FigureStrip, ReportBlock


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ReviewView(QWidget):
    """Pick a day or a range, read the figures and charts, record the meeting's decisions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewView")
        self.current: review.DailyReview | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)

        # ---------------------------------------------------------------- period
        self.errors = FieldErrors(QLabel())
        bar = QHBoxLayout()
        today = ctx.today()
        self.start_edit = QDateEdit(_qdate(today))
        self.start_edit.setObjectName("reviewStart")
        self.end_edit = QDateEdit(_qdate(today))
        self.end_edit.setObjectName("reviewEnd")
        for e in (self.start_edit, self.end_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end_edit)
        self.show_btn = QPushButton(self.tr("Show"))
        self.show_btn.setObjectName("reviewShow")
        self.show_btn.clicked.connect(self.load)
        bar.addWidget(self.show_btn)
        for text, name, days in ((self.tr("Today"), "reviewToday", 0), (self.tr("Yesterday"), "reviewYesterday", 1),
                                 (self.tr("Last 7 days"), "reviewWeek", 7)):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _c=False, n=days: self.quick(n))
            bar.addWidget(b)
        bar.addStretch(1)
        self.monthly_btn = QPushButton(self.tr("Monthly review…"))
        self.monthly_btn.setObjectName("reviewMonthly")
        self.monthly_btn.setToolTip(self.tr("The scorecards of a month, with their trends: for supervisors (PIN)"))
        self.monthly_btn.clicked.connect(self.open_monthly)
        bar.addWidget(self.monthly_btn)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.setObjectName("reviewPrint")
        self.print_btn.clicked.connect(self.print_review)
        bar.addWidget(self.print_btn)
        root.addLayout(bar)
        errs = QHBoxLayout()
        errs.addWidget(self.errors.label("start"))
        errs.addWidget(self.errors.label("end"))
        errs.addStretch(1)
        root.addLayout(errs)

        # ---------------------------------------------------------------- body
        scroll = QScrollArea(self)
        scroll.setObjectName("reviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body = body
        bl = QVBoxLayout(body)
        bl.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow with the tables, scroll
        bl.setContentsMargins(0, 0, 12, 0)
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        bl.addWidget(self.title)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("reviewEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"background: {PANEL_BG}; color: {SLATE}; padding: 10px; font-size: 14px;")
        bl.addWidget(self.empty_label)
        self.figures = FigureStrip(body)
        bl.addWidget(self.figures)
        self.charts_grid = QGridLayout()
        self.charts_grid.setSpacing(8)
        bl.addLayout(self.charts_grid)
        self.charts: dict[str, BarChart] = {}
        self.tables_box = QVBoxLayout()
        bl.addLayout(self.tables_box)
        self.blocks: dict[str, ReportBlock] = {}

        # ---------------------------------------------------------------- decisions
        dec = QGroupBox(self.tr("Decisions of the review meeting"))
        dec.setObjectName("decisionsBox")
        dl = QVBoxLayout(dec)
        self.decisions_model = RowTableModel([
            Column(self.tr("Day"), lambda r: r.day.isoformat()),
            Column(self.tr("Decision"), lambda r: Privacy.instance().private_text(r.text), free_text=True),
            Column(self.tr("Owner"), lambda r: r.owner),
        ], self)
        self.decisions_view = make_table(make_proxy(self.decisions_model, self), self, "decisionsTable")
        self.decisions_view.setMinimumHeight(120)
        dh = self.decisions_view.horizontalHeader()
        dh.setStretchLastSection(False)
        dh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        dh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        dl.addWidget(self.decisions_view)
        form = QGridLayout()
        self.dec_day = QDateEdit(_qdate(today))
        self.dec_day.setObjectName("decisionDay")
        self.dec_day.setCalendarPopup(True)
        self.dec_day.setDisplayFormat("yyyy-MM-dd")
        self.dec_text = QLineEdit()
        self.dec_text.setObjectName("decisionText")
        self.dec_text.setMaxLength(review.DECISION_MAX)
        self.dec_text.setPlaceholderText(self.tr("What will change, e.g. reception checks the lounge every 10 minutes"))
        self.dec_owner = StaffPicker(None, self, allow_none=True)
        self.dec_owner.setObjectName("decisionOwner")
        self.dec_add = QPushButton(self.tr("Record decision"))
        self.dec_add.setObjectName("decisionAdd")
        self.dec_add.clicked.connect(self.add_decision)
        self.dec_text.returnPressed.connect(self.add_decision)
        self.dec_remove = QPushButton(self.tr("Remove"))
        self.dec_remove.setObjectName("decisionRemove")
        self.dec_remove.clicked.connect(self.remove_decision)
        form.addWidget(QLabel(self.tr("Meeting day")), 0, 0)
        form.addWidget(self.dec_day, 0, 1)
        form.addWidget(QLabel(self.tr("Decision")), 0, 2)
        form.addWidget(self.dec_text, 0, 3)
        form.addWidget(QLabel(self.tr("Owner")), 0, 4)
        form.addWidget(self.dec_owner, 0, 5)
        form.addWidget(self.dec_add, 0, 6)
        form.addWidget(self.dec_remove, 0, 7)
        form.addWidget(self.errors.label("day"), 1, 1)
        form.addWidget(self.errors.label("text"), 1, 3)
        form.addWidget(self.errors.label("owner"), 1, 5)
        form.setColumnStretch(3, 1)
        dl.addLayout(form)
        bl.addWidget(dec)
        bl.addStretch(1)
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        gen = self.errors._general
        gen.setStyleSheet(f"color: {ALERT_RED};")
        root.addWidget(gen)
        Privacy.instance().changed.connect(self._privacy_changed)  # bound slot: dropped with this widget

    def _privacy_changed(self, _client_safe: bool) -> None:
        self.decisions_model.set_rows(self.decisions_model.rows())
        if self.current is not None:
            self.show_review(self.current)

    # ------------------------------------------------------------------ period
    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))

    def quick(self, days: int) -> None:
        today = self.ctx.today()
        if days == 0:
            self.set_range(today, today)
        elif days == 1:
            y = today - dt.timedelta(days=1)
            self.set_range(y, y)
        else:
            self.set_range(today - dt.timedelta(days=days - 1), today)
        self.load()

    def refresh(self) -> None:
        self.dec_owner.reload()
        self.load()

    def load(self) -> None:
        start, end = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        rv = call_service(self, review.daily_review, self.ctx, start, end, errors=self.errors)
        if rv is None:
            return
        self.current = rv
        self.dec_day.setDate(_qdate(min(end, self.ctx.today())))
        self.show_review(rv)

    def show_review(self, rv: review.DailyReview) -> None:
        self.title.setText(self.tr("Daily review {period}").format(period=rv.period_text()))
        self.empty_label.setText(rv.empty_text())
        self.empty_label.setVisible(rv.empty)
        self.figures.set_figures([(f.text, f.label, f.key in review.ALERT_FIGURES and f.value > 0)
                                  for f in rv.figures])
        # Charts two per row.
        for key in list(self.charts):
            if rv.chart(key) is None:
                w = self.charts.pop(key)
                self.charts_grid.removeWidget(w)
                w.deleteLater()
        for i, c in enumerate(rv.charts):
            w = self.charts.get(c.key)
            if w is None:
                w = BarChart(self)
                w.setObjectName(f"chart_{c.key}")
                self.charts[c.key] = w
            self.charts_grid.addWidget(w, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
            w.set_data(c.title, [BarItem(b.label, b.value, b.colour) for b in c.bars], c.unit,
                       self.tr("Nothing in this period."), c.max_value)
        for key in list(self.blocks):
            if rv.table(key) is None:
                w = self.blocks.pop(key)
                self.tables_box.removeWidget(w)
                w.deleteLater()
        for i, t in enumerate(rv.tables):
            blk = self.blocks.get(t.key)
            if blk is None:
                blk = ReportBlock(f"table_{t.key}", self)
                self.blocks[t.key] = blk
            self.tables_box.insertWidget(i, blk)
            privacy = Privacy.instance()
            rows = [BlockRow([privacy.private_text(c) if j in t.private_columns else c for j, c in enumerate(r)],
                             k in t.alert_rows) for k, r in enumerate(t.rows)]
            blk.set_content(t.title, t.headers, rows, t.empty_text, badge="")
        self.decisions_model.set_rows(rv.decisions)

    # ------------------------------------------------------------------ decisions
    def add_decision(self) -> None:
        d = call_service(self, review.add_decision, self.ctx, _pydate(self.dec_day.date()), self.dec_text.text(),
                         self.dec_owner.staff_id(), errors=self.errors)
        if d is None:
            return
        self.dec_text.clear()
        self.load()

    def remove_decision(self) -> None:
        row = selected_row(self.decisions_view)
        if row is None:
            return
        if call_service(self, review.remove_decision, self.ctx, row.id) is not None:
            self.load()

    def print_review(self) -> None:
        from ui.handover.printing import print_review

        start, end = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        print_review(self, self.ctx, start, end)

    def open_monthly(self) -> None:
        """月度回顾: supervisors only (PIN), in its own window."""
        from ui.handover.monthly_review import open_monthly_review

        self.monthly_dialog = open_monthly_review(self, self.ctx)
