"""流程 — the service-flow board: where each couple is, who has them, for how long; advance, sign, hand over.

Keyboard: pick a couple (arrow keys, a click, or scan the order code into the scan box) and press Enter:
the advance panel's action runs (sign and hand over, start, or hand over). Rows over their station's limit
blink red, float to the top and are counted in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.core.context import AppContext
from app.flow import board, config, reports
from ui.common.palette import ERROR, OK, PURPLE, SLATE, WARNING
from ui.common.privacy import Privacy
from ui.common.widgets import (
    Column,
    RowTableModel,
    SearchBox,
    make_proxy,
    make_table,
    minutes_text,
    selected_row,
)
from ui.flow.advance_panel import AdvancePanel, EnterFilter
from ui.flow.columns import ALERT_BG, ALERT_BG_BLINK, FLAG_BG, hm, step_columns, tint
from ui.flow.post_page import PostProductionPage
from ui.flow.reports_page import FlowReportsPage


class FlowTab(QWidget):
    """The 流程 tab: the live board, post-production due dates and flow reports."""

    statusChanged = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowTab")
        self.ctx = ctx
        self._blink = False
        self._refreshing = False
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scan = SearchBox(self)
        self.scan.setObjectName("flowScan")
        self.scan.setPlaceholderText(self.tr("Find: name, pinyin, last 4 digits or order number (scan), then Enter"))
        self.scan.setToolTip(self.tr("Finds a couple on the board as check-in does (Ctrl+F); scanning the picked "
                                     "couple's sheet again advances"))
        self.scan.setMinimumWidth(320)
        self.scan.submitted.connect(self.on_scan)
        self.scan.searchChanged.connect(self._find_as_typed)
        top.addWidget(self.scan)
        self.alert_label = QLabel()
        self.alert_label.setObjectName("flowAlertLabel")
        top.addWidget(self.alert_label)
        top.addStretch(1)
        self.groom_button = QPushButton(self.tr("Groom styling order…"))
        self.groom_button.setObjectName("groomOrderButton")
        self.groom_button.clicked.connect(self.edit_groom_order)
        top.addWidget(self.groom_button)
        self.settings_button = QPushButton(self.tr("Stations and flows…"))
        self.settings_button.setObjectName("flowSettingsButton")
        self.settings_button.clicked.connect(self.edit_settings)
        top.addWidget(self.settings_button)
        lay.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("flowMessage")
        self.message.setStyleSheet(f"color: {OK};")
        lay.addWidget(self.message)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("flowPages")
        lay.addWidget(self.pages, 1)
        self.pages.addTab(self._build_board(), self.tr("Board"))
        self.post_page = PostProductionPage(self.ctx, self)
        self.post_page.panel.advanced.connect(self._on_advanced)
        self.pages.addTab(self.post_page.widget, self.tr("Post-production"))
        self.reports_page = FlowReportsPage(self.ctx, self)
        self.pages.addTab(self.reports_page.widget, self.tr("Reports"))
        self.pages.currentChanged.connect(lambda _i: self.refresh())

        self.blink_timer = QTimer(self)
        self.blink_timer.setInterval(700)
        self.blink_timer.timeout.connect(self._toggle_blink)
        self.blink_timer.start()
        # The status-bar counter stays live while another tab is shown (the window refreshes only the
        # current tab).
        self.alert_timer = QTimer(self)
        self.alert_timer.setInterval(30_000)
        self.alert_timer.timeout.connect(self._background_alerts)
        self.alert_timer.start()
        Privacy.instance().changed.connect(self.refresh)  # a bound slot: disconnected when the tab is deleted
        from ui.common.live import initial_fill

        initial_fill(self)  # refresh() now, or when the main window first shows the tab

    # ------------------------------------------------------------------ board
    def _build_board(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 4, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, page)

        def bg(row: board.BoardRow) -> str | None:
            if row.alert:
                return ALERT_BG_BLINK if self._blink else ALERT_BG
            return None

        def person_bg(attr: str):  # type: ignore[no-untyped-def]
            def f(row: board.BoardRow) -> str | None:
                p: board.PersonState = getattr(row, attr)
                if p.over:
                    return ALERT_BG_BLINK if self._blink else ALERT_BG
                return bg(row) or tint(p.colour)
            return f

        def person_tip(attr: str):  # type: ignore[no-untyped-def]
            def f(row: board.BoardRow) -> str:
                p: board.PersonState = getattr(row, attr)
                limit = minutes_text(p.limit) if p.limit else "—"
                return self.tr("{text}: {minutes} (limit {limit})").format(
                    text=p.text(), minutes=minutes_text(p.minutes), limit=limit)
            return f

        def state_minutes(row: board.BoardRow) -> str:
            mark = "⚠ " if row.alert else ""
            if row.together or row.groom.step is None:
                return mark + minutes_text(row.bride.minutes)
            return f"{mark}{minutes_text(row.bride.minutes)} / {minutes_text(row.groom.minutes)}"

        def state_tip(row: board.BoardRow) -> str:
            if row.together or row.groom.step is None:
                return self.tr("The couple together: {t} in this state").format(t=minutes_text(row.bride.minutes))
            return self.tr("Bride: {b} in this state · Groom: {g}").format(
                b=minutes_text(row.bride.minutes), g=minutes_text(row.groom.minutes))

        def requests_mark(row: board.BoardRow) -> str:
            if not row.special_requests:
                return ""
            return self.tr("★ confirmed") if row.requests_confirmed else self.tr("★ to relay")

        right = Qt.AlignmentFlag.AlignRight
        self.board_columns = [
            Column(self.tr("Order"), lambda r: r.order_no, background=bg),
            Column(self.tr("Couple"), lambda r: r.names, background=bg),
            Column(self.tr("Bride"), lambda r: r.bride.text(), background=person_bg("bride"),
                   tooltip=person_tip("bride")),
            Column(self.tr("Groom"), lambda r: r.groom.text() if not r.together else self.tr("(with the bride)"),
                   background=person_bg("groom"), tooltip=person_tip("groom")),
            Column(self.tr("Staff"), lambda r: r.staff_text, background=bg),
            # Paired values say whose is whose: the header is the legend, the tooltip spells it out.
            Column(self.tr("In this state (bride / groom)"), state_minutes, sort=lambda r: r.worst.minutes,
                   background=bg, align=right, tooltip=state_tip),
            Column(self.tr("Total"), lambda r: minutes_text(r.total_minutes), sort=lambda r: r.total_minutes,
                   background=bg, align=right),
            Column(self.tr("Next"), lambda r: r.next_station, background=bg),
            Column(self.tr("Requests"), requests_mark, background=bg,
                   tooltip=lambda r: Privacy.instance().private_text(r.special_requests) or None,
                   foreground=lambda r: WARNING if r.special_requests and not r.requests_confirmed else None),
            Column(self.tr("Styling #"), lambda r: f"#{r.groom_rank}" if r.groom_rank else "",
                   sort=lambda r: r.groom_rank or 999, background=bg),
            Column(self.tr("Updated by"), lambda r: f"{r.updated_by} {hm(r.updated_at)}".strip(), background=bg),
        ]
        self.board_model = RowTableModel(self.board_columns, self)
        self.board_proxy = make_proxy(self.board_model, self)
        self.board = make_table(self.board_proxy, self, "flowBoard")
        self.board.verticalHeader().setDefaultSectionSize(34)
        for col, width in enumerate((125, 140, 190, 190, 100, 110, 80, 80, 85, 70)):
            self.board.setColumnWidth(col, width)
        self.board.installEventFilter(EnterFilter(self.advance_selected, self.board,
                                                   lambda: self.panel.toggle_person()))
        self.board.doubleClicked.connect(lambda _i: self.panel.pin.setFocus())
        self.board.selectionModel().currentRowChanged.connect(lambda *_a: self._on_board_selection())
        split.addWidget(self.board)

        bottom = QWidget()
        h = QHBoxLayout(bottom)
        h.setContentsMargins(0, 0, 0, 0)
        self.detail = QTabWidget(bottom)
        self.detail.setObjectName("flowDetail")
        self.steps_model = RowTableModel(step_columns(self), self)
        self.steps_proxy = make_proxy(self.steps_model, self)
        self.steps = make_table(self.steps_proxy, self, "flowSteps")
        self.steps.selectionModel().currentRowChanged.connect(lambda *_a: self._update_step_buttons())
        for col, width in enumerate((50, 140, 90, 70, 70, 75, 60, 60, 75)):
            self.steps.setColumnWidth(col, width)
        steps_page = QWidget()
        sv = QVBoxLayout(steps_page)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        self.not_done_button = QPushButton(self.tr("Not done…"))
        self.not_done_button.setObjectName("notDoneButton")
        self.not_done_button.clicked.connect(lambda: self.close_step(skip=False))
        self.skip_button = QPushButton(self.tr("Skip…"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.clicked.connect(lambda: self.close_step(skip=True))
        self.correct_button = QPushButton(self.tr("Correct sign-off…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.clicked.connect(self.correct_step)
        self.note_button = QPushButton(self.tr("Outfit note…"))
        self.note_button.setObjectName("noteButton")
        self.note_button.clicked.connect(self.note_step)
        for b in (self.not_done_button, self.skip_button, self.correct_button, self.note_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        sv.addLayout(buttons)
        self.detail.addTab(steps_page, self.tr("Steps"))
        self.history_model = RowTableModel([
            Column(self.tr("Time"), lambda h: hm(h.at), sort=lambda h: h.at),
            Column(self.tr("Station"), lambda h: h.station),
            Column(self.tr("Entry"), lambda h: h.text if h.kind != "note" else self.tr("Note: {text}").format(
                text=h.text), foreground=lambda h: PURPLE if h.kind == "correct" else None, free_text=True),
            Column(self.tr("Staff"), lambda h: h.staff),
            Column(self.tr("Reason"), lambda h: h.reason, free_text=True),
            Column(self.tr("Recorded by"), lambda h: h.recorded_by),
        ], self)
        self.history = make_table(make_proxy(self.history_model, self), self, "flowHistory")
        for col, width in enumerate((60, 110, 300, 80, 220)):
            self.history.setColumnWidth(col, width)
        self.detail.addTab(self.history, self.tr("Sign-off history"))
        h.addWidget(self.detail, 1)
        self.panel = AdvancePanel(self.ctx, bottom)
        self.panel.setFixedWidth(360)
        self.panel.advanced.connect(self._on_advanced)
        h.addWidget(self.panel)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        v.addWidget(split)
        from ui.common.legend import make_legend

        self.legend = make_legend([
            (ALERT_BG, self.tr("Over the limit"), self.tr("Red (blinking): the bride or groom has been at this station, "
                                                          "or on the way to it, longer than its limit — go and look")),
            ("#4080cbc4", self.tr("At a station"), self.tr("Tinted with the station's colour: where the bride / groom "
                                                           "is now and how long (bride / groom: paired minutes)")),
            (FLAG_BG, self.tr("★ to relay"), self.tr("Orange star: special requests not yet relayed to the makeup "
                                                     "artist")),
        ], page, "flowLegend")
        v.addWidget(self.legend)
        return page

    def board_rows(self) -> list[board.BoardRow]:
        return self.board_model.rows()

    def selected_board_row(self) -> board.BoardRow | None:
        return selected_row(self.board)

    def select_flow(self, flow_id: int) -> bool:
        for r in range(self.board_proxy.rowCount()):
            idx = self.board_proxy.index(r, 0)
            row = idx.data(Qt.ItemDataRole.UserRole + 2)
            if row is not None and row.flow_id == flow_id:
                self.board.setCurrentIndex(idx)
                self.board.selectRow(r)
                return True
        return False

    def _on_board_selection(self) -> None:
        row = self.selected_board_row()
        if row is None and self._refreshing:
            return  # the model is being reloaded; the selection comes back in a moment
        self.panel.set_target(row)
        if row is None:
            self.steps_model.set_rows([])
            self.history_model.set_rows([])
        else:
            picked = selected_row(self.steps)
            self.steps_model.set_rows(reports.steps_of_flow(self.ctx, row.flow_id))
            self.history_model.set_rows(reports.flow_history(row.flow_id))
            if picked is not None:  # keep the step the user picked across the live refresh
                for r, v in enumerate(self.steps_model.rows()):
                    if v.step_id == picked.step_id:
                        self.steps.selectRow(self.steps_proxy.mapFromSource(self.steps_model.index(r, 0)).row())
        self._update_step_buttons()

    def _update_step_buttons(self) -> None:
        v = self.selected_step()
        for b in (self.not_done_button, self.skip_button, self.correct_button, self.note_button):
            b.setEnabled(v is not None)
        if v is None:
            return
        self.not_done_button.setEnabled(v.state in ("planned", "waiting", "in_progress"))
        self.skip_button.setEnabled(v.state in ("planned", "waiting"))
        self.correct_button.setEnabled(v.state in ("done", "not_done"))

    def selected_step(self) -> reports.StepView | None:
        v = selected_row(self.steps)
        if v is not None:
            return v
        # Default: the first open step of the selected couple.
        rows = self.steps_model.rows()
        return next((s for s in rows if s.state in ("handoff", "waiting", "in_progress")), None)

    def advance_selected(self) -> bool:
        """Run the advance panel's action on the selected couple (Enter on the board)."""
        if self.selected_board_row() is None:
            return False
        return self.panel.run()

    def _on_advanced(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
        self.board.setFocus()

    def matching_rows(self, text: str) -> list[board.BoardRow]:
        """Board rows of the couples ``text`` finds — the check-in search (name, pinyin, phone, last 4,
        order number), exact order number first."""
        from app.checkin import queries as checkin_queries

        code = text.strip()
        if not code:
            return []
        exact = board.find_board_row(self.ctx, code)
        if exact is not None:
            return [exact]
        order = {c.id: i for i, c in enumerate(checkin_queries.search_couples(code))}
        return sorted((r for r in self.board_model.rows() if r.couple_id in order), key=lambda r: order[r.couple_id])

    def _find_as_typed(self, text: str) -> None:
        if board.find_board_row(self.ctx, text.strip()) is not None:
            return  # an order code: Enter picks it (and a second scan advances)
        rows = self.matching_rows(text)
        if rows:
            self.pages.setCurrentIndex(0)
            self.select_flow(rows[0].flow_id)

    def on_scan(self, text: str) -> None:
        """A couple found (order code scanned, or a name typed): pick them; scanning the picked couple's
        order code again advances."""
        code = text.strip()
        if not code:
            return
        exact = board.find_board_row(self.ctx, code)
        rows = [exact] if exact is not None else self.matching_rows(code)
        self.scan.clear()
        if not rows:
            self.message.setText(self.tr("Nobody matching {code} is on the board today.").format(code=code))
            self.message.setStyleSheet(f"color: {ERROR};")
            return
        row = rows[0]
        self.message.setStyleSheet(f"color: {OK};")
        current = self.selected_board_row()
        self.pages.setCurrentIndex(0)
        if (exact is not None and current is not None and current.flow_id == row.flow_id
                and self.panel.flow_id == row.flow_id):
            self.advance_selected()
            return
        self.select_flow(row.flow_id)
        self.message.setText(self.tr("{names}: {action} — press Enter to do it.").format(
            names=row.names, action=self.panel.action.text() if self.panel.action else ""))
        self.board.setFocus()

    # ------------------------------------------------------------------ step actions
    def _current_version(self) -> int | None:
        row = self.selected_board_row()
        return row.version if row else None

    def close_step(self, skip: bool) -> None:
        from ui.flow.dialogs import ReasonDialog

        v = self.selected_step()
        if v is None:
            return
        dlg = ReasonDialog(self.ctx, v, self._current_version() or 0, skip, self)
        if dlg.exec():
            self._on_advanced(self.tr("{station}: recorded.").format(station=v.station))

    def correct_step(self) -> None:
        from ui.flow.dialogs import CorrectionDialog

        v = self.selected_step()
        if v is None:
            return
        role = config.station_role(v.station_code)
        dlg = CorrectionDialog(self.ctx, v, self._current_version() or 0, role, self)
        if dlg.exec():
            self._on_advanced(self.tr("{station}: correction recorded.").format(station=v.station))

    def note_step(self) -> None:
        from ui.flow.dialogs import NoteDialog

        v = self.selected_step()
        if v is None:
            return
        if NoteDialog(self.ctx, v, self).exec():
            self._on_advanced(self.tr("{station}: note added.").format(station=v.station))

    def edit_groom_order(self) -> None:
        from ui.flow.dialogs import GroomOrderDialog

        rows = board.groom_queue(self.ctx)
        if not rows:
            self.message.setText(self.tr("No groom is waiting for styling."))
            return
        GroomOrderDialog(self.ctx, rows, self, on_saved=self.refresh).exec()

    def edit_settings(self) -> None:
        from ui.flow.settings_page import FlowSettingsDialog

        dlg = FlowSettingsDialog(self.ctx, self)
        dlg.exec()
        if dlg.saved:
            self.refresh()

    # ------------------------------------------------------------------ post-production
    # ------------------------------------------------------------------ refresh
    def _toggle_blink(self) -> None:
        if not self.isVisible() or not any(r.alert for r in self.board_model.rows()):
            return
        self._blink = not self._blink
        n = self.board_model.rowCount()
        if n:
            self.board_model.dataChanged.emit(self.board_model.index(0, 0),
                                              self.board_model.index(n - 1, self.board_model.columnCount() - 1),
                                              [Qt.ItemDataRole.BackgroundRole])

    def _alert_text(self, rows: list | None = None) -> str:
        from app.checkin import counts

        return counts.flow_over_text(counts.store_counts(self.ctx, board=rows))

    def _background_alerts(self) -> None:
        if not self.isVisible():
            self.statusChanged.emit("flow_alerts", self._alert_text())

    _last_status = ""

    def emit_status(self) -> None:
        """Send the last refresh's counter again: the window listens only once the tab is built."""
        self.statusChanged.emit("flow_alerts", self._last_status)

    def refresh(self) -> None:
        """Reload the board (live timers), keeping the selected couple; update the alert counter."""
        self.apply_refresh(board_data(self.ctx))

    def refresh_job(self) -> tuple:
        """The board's queries as a plain function for a worker (the main window's periodic refresh)."""
        return board_data, (self.ctx,)

    applied = 0  # how many refreshes were applied (the window drops a worker's result older than the last)

    def apply_refresh(self, data: tuple[list[board.BoardRow], str]) -> None:
        self.applied += 1
        rows, text = data
        keep = self.selected_board_row()
        self._refreshing = True
        try:
            self.board_model.set_rows(rows)
            found = keep is not None and self.select_flow(keep.flow_id)
        finally:
            self._refreshing = False
        if not found:
            self._on_board_selection()
        alerts = sum(1 for r in rows if r.alert)
        self.alert_label.setText(self.tr("{n} couples on the board · {a} over the limit").format(
            n=len(rows), a=alerts))
        style = f"color: {ERROR}; font-weight: bold;" if alerts else f"color: {SLATE};"
        if self.alert_label.styleSheet() != style:
            self.alert_label.setStyleSheet(style)  # a new style sheet re-polishes the label
        self._last_status = text
        self.statusChanged.emit("flow_alerts", text)
        if self.pages.currentIndex() == 1:
            self.post_page.refresh()

    def prepare_screenshot(self) -> None:
        """Show the board with a couple picked whose bride and groom are apart (alerts stay visible)."""
        self.pages.setCurrentIndex(0)
        self._blink = False
        rows = self.board_model.rows()
        pick = next((r for r in rows if not r.alert and not r.together and r.groom.step is not None),
                    rows[0] if rows else None)
        if pick is not None:
            self.select_flow(pick.flow_id)


def board_data(ctx: AppContext) -> tuple[list[board.BoardRow], str]:
    """The board's rows and its status-bar counter (plain values: a worker may read them)."""
    from app.checkin import counts

    rows = board.board_rows(ctx)
    return rows, counts.flow_over_text(counts.store_counts(ctx, board=rows))
