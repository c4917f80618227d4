"""The flow tab's reports page: statistics by station or by staff member over a period, or one couple's
steps (durations, flags, notes)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.context import AppContext
from app.flow import board, reports
from ui.common.palette import ERROR, WARNING
from ui.common.widgets import Column, RowTableModel, SearchBox, make_proxy, make_table
from ui.flow.columns import dash, step_columns


class FlowReportsPage(QObject):
    """Flow reports: pick the kind (station, staff member, one couple) and the period or the order number.

    ``widget`` is the page itself, a plain QWidget: the tables' remembered widths keep their keys."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.report_kind = QComboBox()
        self.report_kind.setObjectName("reportKind")
        self.report_kind.addItem(self.tr("By station"), "station")
        self.report_kind.addItem(self.tr("By staff member"), "staff")
        self.report_kind.addItem(self.tr("One couple"), "couple")
        today = QDate(self.ctx.today().year, self.ctx.today().month, self.ctx.today().day)
        self.report_from = QDateEdit(today.addDays(-6))
        self.report_from.setObjectName("reportFrom")
        self.report_to = QDateEdit(today)
        self.report_to.setObjectName("reportTo")
        for d in (self.report_from, self.report_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.report_order = SearchBox(page)
        self.report_order.setObjectName("reportOrder")
        self.report_order.setPlaceholderText(self.tr("Order number"))
        self.report_order.submitted.connect(lambda _t: self.run_report())
        run = QPushButton(self.tr("Show"))
        run.setObjectName("reportRun")
        run.clicked.connect(self.run_report)
        bar.addWidget(self.report_kind)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.report_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.report_to)
        bar.addWidget(self.report_order)
        bar.addWidget(run)
        bar.addStretch(1)
        v.addLayout(bar)
        self.report_note = QLabel()
        self.report_note.setObjectName("reportNote")
        v.addWidget(self.report_note)
        red = lambda n: ERROR if n else None  # noqa: E731
        self.stats_model = RowTableModel([
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Steps"), lambda s: s.steps, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Done"), lambda s: s.done, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Average time"), lambda s: dash(s.work_avg), sort=lambda s: s.work_avg or 0),
            Column(self.tr("Longest"), lambda s: dash(s.work_max if s.work_count else None),
                   sort=lambda s: s.work_max),
            Column(self.tr("Average wait"), lambda s: dash(s.wait_avg), sort=lambda s: s.wait_avg or 0),
            Column(self.tr("Longest wait"), lambda s: dash(s.wait_max if s.wait_count else None),
                   sort=lambda s: s.wait_max),
            Column(self.tr("Waits over limit"), lambda s: s.waits_over, foreground=lambda s: red(s.waits_over)),
            Column(self.tr("Over time"), lambda s: s.work_over, foreground=lambda s: red(s.work_over)),
            Column(self.tr("Not done"), lambda s: s.not_done, foreground=lambda s: red(s.not_done)),
            Column(self.tr("Skipped"), lambda s: s.skipped, foreground=lambda s: WARNING if s.skipped else None),
        ], page)
        self.couple_model = RowTableModel(step_columns(self), page)
        self.report_table = make_table(make_proxy(self.stats_model, page), page, "flowReport")
        self.couple_table = make_table(make_proxy(self.couple_model, page), page, "flowCoupleReport")
        v.addWidget(self.report_table, 1)
        v.addWidget(self.couple_table, 1)
        self.report_kind.currentIndexChanged.connect(lambda _i: self.run_report())
        self.run_report()

    def run_report(self) -> None:
        kind = self.report_kind.currentData()
        couple_mode = kind == "couple"
        self.report_table.setVisible(not couple_mode)
        self.couple_table.setVisible(couple_mode)
        self.report_order.setVisible(couple_mode)
        for w in (self.report_from, self.report_to):
            w.setEnabled(not couple_mode)
        if couple_mode:
            found = board.couple_for_order(self.report_order.text())
            if found is None:
                self.couple_model.set_rows([])
                self.report_note.setText(self.tr("Type or scan an order number."))
                return
            views = reports.flow_steps(found[0], self.ctx)
            self.couple_model.set_rows(views)
            flagged = sum(1 for x in views if x.flagged)
            over = sum(1 for x in views if x.over_limit)
            self.report_note.setText(self.tr("{names}: {n} steps, {over} over the limit, {flagged} not done or "
                                             "skipped.").format(names=found[1], n=len(views), over=over,
                                                                flagged=flagged))
            return
        a, b = self.report_from.date().toPython(), self.report_to.date().toPython()
        if b < a:
            self.report_note.setText(self.tr("The end date is before the start date."))
            self.stats_model.set_rows([])
            return
        fn = reports.station_stats if kind == "station" else reports.staff_stats
        rows = fn(self.ctx, a, b)
        self.stats_model.set_rows(rows)
        self.report_note.setText(self.tr("Flows started {a} to {b}. Waits count the time on the way and at the "
                                         "station.").format(a=a.isoformat(), b=b.isoformat()))
