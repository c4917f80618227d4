"""The flow tab's post-production page: open post-production flows with their due dates (overdue first) and
the advance panel for the picked one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.core.context import AppContext
from app.flow import machine, postproduction
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, selected_row
from ui.flow.advance_panel import AdvancePanel, EnterFilter
from ui.flow.columns import ALERT_BG


class PostProductionPage(QObject):
    """Post-production due dates; Enter advances the picked flow (``panel.advanced`` says what was done).

    ``widget`` is the page itself, a plain QWidget: the tables' remembered widths keep their keys."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = page = QWidget()
        h = QHBoxLayout(page)
        h.setContentsMargins(0, 4, 0, 0)

        def bg(r: postproduction.PostRow) -> str | None:
            return ALERT_BG if r.overdue else None

        self.model = RowTableModel([
            Column(self.tr("Order"), lambda r: r.order_no, background=bg),
            Column(self.tr("Couple"), lambda r: r.names, background=bg),
            Column(self.tr("Now at"), lambda r: r.station, background=bg),
            Column(self.tr("State"), lambda r: machine.state_label(r.state), background=bg),
            Column(self.tr("Staff"), lambda r: r.staff, background=bg),
            Column(self.tr("Due"), lambda r: r.due_date.isoformat() if r.due_date else "",
                   sort=lambda r: r.due_date or dt.date.max, background=bg),
            Column(self.tr("Photos ready"), lambda r: r.ready_date.isoformat() if r.ready_date else "",
                   sort=lambda r: r.ready_date or dt.date.max, background=bg),
            Column(self.tr("Overdue"), lambda r: self.tr("{n} d").format(n=r.overdue_days) if r.overdue else "",
                   sort=lambda r: r.overdue_days, background=bg),
        ], page)
        self.table = make_table(make_proxy(self.model, page), page, "flowPost")
        for col, width in enumerate((130, 150, 100, 80, 80, 100, 100)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self.panel.set_target(selected_row(self.table)))
        self.table.installEventFilter(EnterFilter(self.run_panel, self.table))
        h.addWidget(self.table, 1)
        self.panel = AdvancePanel(self.ctx, page, two_tracks=False)
        self.panel.setObjectName("postPanel")
        self.panel.setFixedWidth(360)
        h.addWidget(self.panel)

    def run_panel(self) -> bool:
        """Enter in the list: run the panel's action on the picked flow."""
        return self.panel.run()

    def refresh(self) -> None:
        """Reload the due list, keeping the picked flow."""
        keep = selected_row(self.table)
        self.model.set_rows(postproduction.post_production_due(self.ctx))
        if keep is not None:
            for r, row in enumerate(self.model.rows()):
                if row.flow_id == keep.flow_id:
                    self.table.selectRow(r)
        self.panel.set_target(selected_row(self.table))
