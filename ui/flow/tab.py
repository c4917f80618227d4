"""流程 — the service-flow board: where each couple is, who has them, for how long; advance, sign, hand over.

Keyboard: pick a couple (arrow keys, a click, or scan the order code into the scan box) and press Enter:
the advance panel's action runs (sign and hand over, start, or hand over). Rows over their station's limit
blink red, float to the top and are counted in the status bar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.flow import service as flow
from ui.common.errors import FieldErrors, call_service
from ui.common.pin_dialog import pin_missing
from ui.common.privacy import Privacy
from ui.common.widgets import (
    Column,
    RowTableModel,
    SearchBox,
    StaffPicker,
    make_proxy,
    make_table,
    minutes_text,
    selected_row,
)

ALERT_BG = "#ffcdd2"
ALERT_BG_BLINK = "#ef9a9a"
FLAG_BG = "#ffe0b2"


def _hm(t: dt.datetime | dt.date | None) -> str:
    if t is None:
        return ""
    if isinstance(t, dt.datetime):
        return t.strftime("%H:%M")
    return t.strftime("%m-%d")


def _mins(m: int | None) -> str:
    return "" if m is None else minutes_text(m)


def _dash(m: int | None) -> str:
    return "—" if m is None else minutes_text(m)


def _tint(colour: str) -> str | None:
    return f"#40{colour[1:]}" if colour and colour.startswith("#") and len(colour) == 7 else None


class RolePicker(StaffPicker):
    """A staff picker whose role filter follows the station being worked on."""

    def set_role(self, role: str | None) -> None:
        if role != self._role:
            self._role = role
            self.reload()


class AdvancePanel(QGroupBox):
    """The next action for the selected couple, with the people it needs; Enter on the board runs it."""

    advanced = Signal(str)  # a short text of what was done

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, two_tracks: bool = True) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Advance"))
        self._two_tracks = two_tracks
        self.setObjectName("advancePanel")
        self.ctx = ctx
        self.flow_id: int | None = None
        self.version: int | None = None
        self.action: flow.NextAction | None = None
        lay = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("advanceTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        lay.addWidget(self.title)
        self.requests = QLabel()
        self.requests.setObjectName("requestsLabel")
        self.requests.setWordWrap(True)
        self.requests.setStyleSheet("background: #fff8e1; border: 1px solid #ffb300; padding: 4px;")
        lay.addWidget(self.requests)
        people = QHBoxLayout()
        self.person_group = QButtonGroup(self)
        self.bride_radio = QRadioButton(flow.person_label("bride"))
        self.bride_radio.setToolTip(self.tr("Space on the board switches between bride and groom"))
        self.bride_radio.setObjectName("brideRadio")
        self.groom_radio = QRadioButton(flow.person_label("groom"))
        self.groom_radio.setToolTip(self.tr("Space on the board switches between bride and groom"))
        self.groom_radio.setObjectName("groomRadio")
        for i, rb in enumerate((self.bride_radio, self.groom_radio)):
            self.person_group.addButton(rb, i)
            people.addWidget(rb)
        people.addStretch(1)
        self.bride_radio.setChecked(True)
        for rb in (self.bride_radio, self.groom_radio):
            rb.setVisible(two_tracks)
        self.person_group.idToggled.connect(lambda _i, on: on and self._reload_action())
        lay.addLayout(people)
        self.action_label = QLabel()
        self.action_label.setObjectName("actionLabel")
        self.action_label.setWordWrap(True)
        self.action_label.setStyleSheet("color: #1565c0; font-weight: bold;")
        lay.addWidget(self.action_label)
        form = QFormLayout()
        self.general = QLabel()
        self.general.setStyleSheet("color: #c62828;")
        self.general.setWordWrap(True)
        self.general.hide()
        self.errors = FieldErrors(self.general)
        self.staff = RolePicker(None, self)
        self.staff.setObjectName("advanceStaff")
        self.staff_label = QLabel(self.tr("Done by"))
        form.addRow(self.staff_label, self.staff)
        form.addRow("", self.errors.label("staff"))
        self.pin = QLineEdit()
        self.pin.setObjectName("advancePin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("PIN of the person signing"))
        self.pin.returnPressed.connect(self.run)
        self.pin_label = QLabel(self.tr("PIN"))
        form.addRow(self.pin_label, self.pin)
        form.addRow("", self.errors.label("pin"))
        self.taker = StaffPicker(None, self, allow_none=True)
        self.taker.setObjectName("advanceTaker")
        self.taker_label = QLabel(self.tr("Taken by"))
        form.addRow(self.taker_label, self.taker)
        form.addRow("", self.errors.label("taker"))
        self.confirm = QCheckBox(self.tr("Special requests relayed and read"))
        self.confirm.setObjectName("confirmRequests")
        form.addRow("", self.confirm)
        form.addRow("", self.errors.label("requests"))
        form.addRow("", self.errors.label("finished_at"))
        lay.addLayout(form)
        lay.addWidget(self.general)
        self.button = QPushButton(self.tr("Advance (Enter)"))
        self.button.setObjectName("advanceButton")
        self.button.clicked.connect(self.run)
        lay.addWidget(self.button)
        lay.addStretch(1)
        self.set_target(None)

    # --------------------------------------------------------------- target
    def set_target(self, row: flow.BoardRow | flow.PostRow | None) -> None:
        """Show the next action of the selected couple (keeps the choices when it is the same couple)."""
        same = row is not None and self.flow_id == row.flow_id and self.version == row.version
        if row is None:
            self.flow_id = self.version = None
            self.title.setText(self.tr("Pick a couple in the list"))
            self.requests.hide()
            for w in (self.bride_radio, self.groom_radio):
                w.setEnabled(False)
            self._show_action(None)
            return
        if not same:
            self.errors.clear()
        self.flow_id, self.version = row.flow_id, row.version
        self.title.setText(f"{row.order_no}  {row.names}")
        if isinstance(row, flow.BoardRow):
            two = not row.together and row.bride.step is not None and row.groom.step is not None
            req = row.special_requests
            if req:
                text = Privacy.instance().private_text(req)
                mark = self.tr("confirmed") if row.requests_confirmed else self.tr("to relay to the makeup artist")
                self.requests.setText(self.tr("Special requests ({state}): {text}").format(state=mark, text=text))
                self.requests.show()
            else:
                self.requests.hide()
            if not same and two:
                # Default to the person who has waited longest relative to the limit.
                worst = row.worst.person
                (self.groom_radio if worst == "groom" else self.bride_radio).setChecked(True)
        else:
            two = False
            self.requests.hide()
        if not two and not same:
            self.bride_radio.setChecked(True)
        for w in (self.bride_radio, self.groom_radio):
            w.setEnabled(two)
        if not same or self.action is None:
            self._reload_action()

    def toggle_person(self) -> None:
        """Space on the board: the other person, when bride and groom are at different stations."""
        if self.groom_radio.isEnabled():
            (self.bride_radio if self.groom_radio.isChecked() else self.groom_radio).setChecked(True)

    def person(self) -> str:
        return "groom" if self.groom_radio.isChecked() else "bride"

    def _reload_action(self) -> None:
        if self.flow_id is None:
            return
        self._show_action(flow.next_action(self.flow_id, self.person()))

    def _show_action(self, action: flow.NextAction | None) -> None:
        self.action = action
        kind = action.kind if action else "none"
        self.action_label.setText(action.text() if action else "")
        sign, start, handoff = kind == "sign", kind == "start", kind == "handoff"
        for w in (self.staff_label, self.staff):
            w.setVisible(sign or start)
        for w in (self.pin_label, self.pin):
            w.setVisible(sign)
        has_taker = handoff or (sign and action is not None and action.target is not None)
        for w in (self.taker_label, self.taker):
            w.setVisible(has_taker)
        self.confirm.setVisible(bool(action and action.needs_requests))
        self.confirm.setChecked(False)
        self.pin.clear()
        self.button.setEnabled(kind != "none")
        if action is None or action.step is None:
            return
        self.staff_label.setText(self.tr("Signed by") if sign else self.tr("Done by"))
        self.staff.set_role(action.step.station.role or None)
        self.staff.reload()  # staff added or deactivated since the last look
        self.taker.reload()
        if action.staff_id is not None:
            self.staff.set_staff_id(action.staff_id)
        if has_taker:
            target = action.target
            self.taker_label.setText(self.tr("Taken to {station} by").format(
                station=target.station.name if target else ""))
            self.taker.set_staff_id(action.taker_id)

    # --------------------------------------------------------------- run
    def run(self) -> bool:
        """Do the shown action. Returns True when the service accepted it."""
        if self.flow_id is None or self.action is None or self.action.kind == "none":
            return False
        a = self.action
        kwargs: dict = {}
        if a.kind in ("sign", "start"):
            kwargs["staff_id"] = self.staff.staff_id()
        if a.kind == "sign":
            if pin_missing(self.pin, self.staff.staff_id(), lambda t: self.errors.show({"pin": t})):
                return False
            kwargs["pin"] = self.pin.text()
        if self.taker.isVisible() or (a.kind == "handoff" or (a.kind == "sign" and a.target is not None)):
            kwargs["taker_id"] = self.taker.staff_id()
            if a.kind == "handoff" and kwargs["taker_id"] is None:
                self.errors.show({"taker": self.tr("Name who takes them to the next station.")})
                return False
        kwargs["confirm_requests"] = self.confirm.isChecked()
        done = call_service(self, flow.advance, self.ctx, self.flow_id, self.person(), self.version,
                            errors=self.errors, **kwargs)
        if done is None:
            self.advanced.emit("")  # reload: a concurrent change shows the current state
            return False
        self.pin.clear()
        self.advanced.emit(done.text())
        return True


class _EnterFilter(QObject):
    """Enter / Return on the board runs the advance (the second interaction after picking a row); Space
    switches between the bride and the groom when they are at different stations."""

    def __init__(self, callback, parent: QObject, toggle=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._callback = callback
        self._toggle = toggle

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._callback()
                return True
            if event.key() == Qt.Key.Key_Space and self._toggle is not None:
                self._toggle()
                return True
        return False


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
        self.message.setStyleSheet("color: #2e7d32;")
        lay.addWidget(self.message)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("flowPages")
        lay.addWidget(self.pages, 1)
        self.pages.addTab(self._build_board(), self.tr("Board"))
        self.pages.addTab(self._build_post(), self.tr("Post-production"))
        self.pages.addTab(self._build_reports(), self.tr("Reports"))
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
        self.refresh()

    # ------------------------------------------------------------------ board
    def _build_board(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 4, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, page)

        def bg(row: flow.BoardRow) -> str | None:
            if row.alert:
                return ALERT_BG_BLINK if self._blink else ALERT_BG
            return None

        def person_bg(attr: str):  # type: ignore[no-untyped-def]
            def f(row: flow.BoardRow) -> str | None:
                p: flow.PersonState = getattr(row, attr)
                if p.over:
                    return ALERT_BG_BLINK if self._blink else ALERT_BG
                return bg(row) or _tint(p.colour)
            return f

        def person_tip(attr: str):  # type: ignore[no-untyped-def]
            def f(row: flow.BoardRow) -> str:
                p: flow.PersonState = getattr(row, attr)
                limit = minutes_text(p.limit) if p.limit else "—"
                return self.tr("{text}: {minutes} (limit {limit})").format(
                    text=p.text(), minutes=minutes_text(p.minutes), limit=limit)
            return f

        def state_minutes(row: flow.BoardRow) -> str:
            mark = "⚠ " if row.alert else ""
            if row.together or row.groom.step is None:
                return mark + minutes_text(row.bride.minutes)
            return f"{mark}{minutes_text(row.bride.minutes)} / {minutes_text(row.groom.minutes)}"

        def state_tip(row: flow.BoardRow) -> str:
            if row.together or row.groom.step is None:
                return self.tr("The couple together: {t} in this state").format(t=minutes_text(row.bride.minutes))
            return self.tr("Bride: {b} in this state · Groom: {g}").format(
                b=minutes_text(row.bride.minutes), g=minutes_text(row.groom.minutes))

        def requests_mark(row: flow.BoardRow) -> str:
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
                   foreground=lambda r: "#e65100" if r.special_requests and not r.requests_confirmed else None),
            Column(self.tr("Styling #"), lambda r: f"#{r.groom_rank}" if r.groom_rank else "",
                   sort=lambda r: r.groom_rank or 999, background=bg),
            Column(self.tr("Updated by"), lambda r: f"{r.updated_by} {_hm(r.updated_at)}".strip(), background=bg),
        ]
        self.board_model = RowTableModel(self.board_columns, self)
        self.board_proxy = make_proxy(self.board_model, self)
        self.board = make_table(self.board_proxy, self, "flowBoard")
        self.board.verticalHeader().setDefaultSectionSize(34)
        for col, width in enumerate((125, 140, 190, 190, 100, 110, 80, 80, 85, 70)):
            self.board.setColumnWidth(col, width)
        self.board.installEventFilter(_EnterFilter(self.advance_selected, self.board,
                                                   lambda: self.panel.toggle_person()))
        self.board.doubleClicked.connect(lambda _i: self.panel.pin.setFocus())
        self.board.selectionModel().currentRowChanged.connect(lambda *_a: self._on_board_selection())
        split.addWidget(self.board)

        bottom = QWidget()
        h = QHBoxLayout(bottom)
        h.setContentsMargins(0, 0, 0, 0)
        self.detail = QTabWidget(bottom)
        self.detail.setObjectName("flowDetail")
        self.steps_model = RowTableModel(self._step_columns(), self)
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
            Column(self.tr("Time"), lambda h: _hm(h.at), sort=lambda h: h.at),
            Column(self.tr("Station"), lambda h: h.station),
            Column(self.tr("Entry"), lambda h: h.text if h.kind != "note" else self.tr("Note: {text}").format(
                text=h.text), foreground=lambda h: "#6a1b9a" if h.kind == "correct" else None, free_text=True),
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

    def _step_columns(self) -> list[Column]:
        def bg(v: flow.StepView) -> str | None:
            if v.flagged:
                return FLAG_BG
            if v.state in ("handoff", "waiting", "in_progress"):
                return "#e3f2fd"
            return None

        def over(flag_attr: str):  # type: ignore[no-untyped-def]
            return lambda v: "#c62828" if getattr(v, flag_attr) else None

        def state_text(v: flow.StepView) -> str:
            text = flow.state_label(v.state)
            return text + self.tr(" (corrected)") if v.corrected else text

        return [
            Column(self.tr("Who"), lambda v: flow.person_label(v.person), background=bg),
            Column(self.tr("Station"), lambda v: v.station + (self.tr(" (optional)") if v.optional else ""),
                   background=bg),
            Column(self.tr("State"), state_text, background=bg),
            Column(self.tr("Staff"), lambda v: v.staff, background=bg),
            Column(self.tr("On the way"), lambda v: _mins(v.handoff_minutes), background=bg,
                   foreground=over("handoff_over")),
            Column(self.tr("Waited"), lambda v: _mins(v.wait_minutes), background=bg, foreground=over("wait_over")),
            Column(self.tr("Start"), lambda v: _hm(v.started_at), background=bg),
            Column(self.tr("Finish"), lambda v: _hm(v.finished_at), background=bg),
            Column(self.tr("Took"), lambda v: _mins(v.work_minutes), background=bg, foreground=over("work_over")),
            Column(self.tr("Reason / notes"), lambda v: Privacy.instance().private_text(
                "；".join([x for x in [v.reason, *v.notes] if x])), background=bg, free_text=True),
        ]

    def board_rows(self) -> list[flow.BoardRow]:
        return self.board_model.rows()

    def selected_board_row(self) -> flow.BoardRow | None:
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
            self.steps_model.set_rows(flow.steps_of_flow(self.ctx, row.flow_id))
            self.history_model.set_rows(flow.flow_history(row.flow_id))
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

    def selected_step(self) -> flow.StepView | None:
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

    def matching_rows(self, text: str) -> list[flow.BoardRow]:
        """Board rows of the couples ``text`` finds — the check-in search (name, pinyin, phone, last 4,
        order number), exact order number first."""
        from app.checkin import queries as checkin_queries

        code = text.strip()
        if not code:
            return []
        exact = flow.find_board_row(self.ctx, code)
        if exact is not None:
            return [exact]
        order = {c.id: i for i, c in enumerate(checkin_queries.search_couples(code))}
        return sorted((r for r in self.board_model.rows() if r.couple_id in order), key=lambda r: order[r.couple_id])

    def _find_as_typed(self, text: str) -> None:
        if flow.find_board_row(self.ctx, text.strip()) is not None:
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
        exact = flow.find_board_row(self.ctx, code)
        rows = [exact] if exact is not None else self.matching_rows(code)
        self.scan.clear()
        if not rows:
            self.message.setText(self.tr("Nobody matching {code} is on the board today.").format(code=code))
            self.message.setStyleSheet("color: #c62828;")
            return
        row = rows[0]
        self.message.setStyleSheet("color: #2e7d32;")
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
        role = flow.station_role(v.station_code)
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

        rows = flow.groom_queue(self.ctx)
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
    def _build_post(self) -> QWidget:
        page = QWidget()
        h = QHBoxLayout(page)
        h.setContentsMargins(0, 4, 0, 0)

        def bg(r: flow.PostRow) -> str | None:
            return ALERT_BG if r.overdue else None

        self.post_model = RowTableModel([
            Column(self.tr("Order"), lambda r: r.order_no, background=bg),
            Column(self.tr("Couple"), lambda r: r.names, background=bg),
            Column(self.tr("Now at"), lambda r: r.station, background=bg),
            Column(self.tr("State"), lambda r: flow.state_label(r.state), background=bg),
            Column(self.tr("Staff"), lambda r: r.staff, background=bg),
            Column(self.tr("Due"), lambda r: r.due_date.isoformat() if r.due_date else "",
                   sort=lambda r: r.due_date or dt.date.max, background=bg),
            Column(self.tr("Photos ready"), lambda r: r.ready_date.isoformat() if r.ready_date else "",
                   sort=lambda r: r.ready_date or dt.date.max, background=bg),
            Column(self.tr("Overdue"), lambda r: self.tr("{n} d").format(n=r.overdue_days) if r.overdue else "",
                   sort=lambda r: r.overdue_days, background=bg),
        ], self)
        self.post_table = make_table(make_proxy(self.post_model, self), self, "flowPost")
        for col, width in enumerate((130, 150, 100, 80, 80, 100, 100)):
            self.post_table.setColumnWidth(col, width)
        self.post_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self.post_panel.set_target(selected_row(self.post_table)))
        self.post_table.installEventFilter(_EnterFilter(self.post_panel_run, self.post_table))
        h.addWidget(self.post_table, 1)
        self.post_panel = AdvancePanel(self.ctx, page, two_tracks=False)
        self.post_panel.setObjectName("postPanel")
        self.post_panel.setFixedWidth(360)
        self.post_panel.advanced.connect(self._on_advanced)
        h.addWidget(self.post_panel)
        return page

    def post_panel_run(self) -> bool:
        return self.post_panel.run()

    # ------------------------------------------------------------------ reports
    def _build_reports(self) -> QWidget:
        page = QWidget()
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
        self.report_order = SearchBox(self)
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
        red = lambda n: "#c62828" if n else None  # noqa: E731
        self.stats_model = RowTableModel([
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Steps"), lambda s: s.steps, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Done"), lambda s: s.done, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Average time"), lambda s: _dash(s.work_avg), sort=lambda s: s.work_avg or 0),
            Column(self.tr("Longest"), lambda s: _dash(s.work_max if s.work_count else None),
                   sort=lambda s: s.work_max),
            Column(self.tr("Average wait"), lambda s: _dash(s.wait_avg), sort=lambda s: s.wait_avg or 0),
            Column(self.tr("Longest wait"), lambda s: _dash(s.wait_max if s.wait_count else None),
                   sort=lambda s: s.wait_max),
            Column(self.tr("Waits over limit"), lambda s: s.waits_over, foreground=lambda s: red(s.waits_over)),
            Column(self.tr("Over time"), lambda s: s.work_over, foreground=lambda s: red(s.work_over)),
            Column(self.tr("Not done"), lambda s: s.not_done, foreground=lambda s: red(s.not_done)),
            Column(self.tr("Skipped"), lambda s: s.skipped, foreground=lambda s: "#e65100" if s.skipped else None),
        ], self)
        self.couple_model = RowTableModel(self._step_columns(), self)
        self.report_table = make_table(make_proxy(self.stats_model, self), self, "flowReport")
        self.couple_table = make_table(make_proxy(self.couple_model, self), self, "flowCoupleReport")
        v.addWidget(self.report_table, 1)
        v.addWidget(self.couple_table, 1)
        self.report_kind.currentIndexChanged.connect(lambda _i: self.run_report())
        self.run_report()
        return page

    def run_report(self) -> None:
        kind = self.report_kind.currentData()
        couple_mode = kind == "couple"
        self.report_table.setVisible(not couple_mode)
        self.couple_table.setVisible(couple_mode)
        self.report_order.setVisible(couple_mode)
        for w in (self.report_from, self.report_to):
            w.setEnabled(not couple_mode)
        if couple_mode:
            found = flow.couple_for_order(self.report_order.text())
            if found is None:
                self.couple_model.set_rows([])
                self.report_note.setText(self.tr("Type or scan an order number."))
                return
            views = flow.flow_steps(found[0], self.ctx)
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
        fn = flow.station_stats if kind == "station" else flow.staff_stats
        rows = fn(self.ctx, a, b)
        self.stats_model.set_rows(rows)
        self.report_note.setText(self.tr("Flows started {a} to {b}. Waits count the time on the way and at the "
                                         "station.").format(a=a.isoformat(), b=b.isoformat()))

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

    def refresh(self) -> None:
        """Reload the board (live timers), keeping the selected couple; update the alert counter."""
        keep = self.selected_board_row()
        rows = flow.board_rows(self.ctx)
        self._refreshing = True
        try:
            self.board_model.set_rows(rows)
            found = keep is not None and self.select_flow(keep.flow_id)
        finally:
            self._refreshing = False
        if not found:
            self._on_board_selection()
        alerts = sum(1 for r in rows if r.alert)
        text = self._alert_text(rows)
        self.alert_label.setText(self.tr("{n} couples on the board · {a} over the limit").format(
            n=len(rows), a=alerts))
        self.alert_label.setStyleSheet("color: #c62828; font-weight: bold;" if alerts else "color: #455a64;")
        self.statusChanged.emit("flow_alerts", text)
        if self.pages.currentIndex() == 1:
            keep_post = selected_row(self.post_table)
            self.post_model.set_rows(flow.post_production_due(self.ctx))
            if keep_post is not None:
                for r, row in enumerate(self.post_model.rows()):
                    if row.flow_id == keep_post.flow_id:
                        self.post_table.selectRow(r)
            self.post_panel.set_target(selected_row(self.post_table))

    def prepare_screenshot(self) -> None:
        """Show the board with a couple picked whose bride and groom are apart (alerts stay visible)."""
        self.pages.setCurrentIndex(0)
        self._blink = False
        rows = self.board_model.rows()
        pick = next((r for r in rows if not r.alert and not r.together and r.groom.step is not None),
                    rows[0] if rows else None)
        if pick is not None:
            self.select_flow(pick.flow_id)
