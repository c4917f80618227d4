"""交接班 — the handover tab: the snapshot to read in two minutes, the outgoing receptionist's notes,
Submit / Accept, past handovers (read-only), and a second page with the daily review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.core.i18n import translate
from app.handover import checklist as ck
from app.handover import service as ho
from ui.common.errors import FieldErrors, call_service
from ui.common.pin_dialog import ask_pin
from ui.common.privacy import Privacy
from ui.common.widgets import Column, RowTableModel, StaffPicker, make_proxy, make_table, selected_row
from ui.handover.checklist import ChecklistPanel
from ui.handover.report_blocks import ALERT_RED, BlockRow, ReportBlock


def _dt_text(at: dt.datetime | None, today: dt.date) -> str:
    return ho.time_label(at, today) if at else "—"


class SnapshotView(QScrollArea):
    """A snapshot rendered for a quick read: the notes first, then each section with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotView")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("snapshotBody")
        self._lay = QVBoxLayout(body)
        self._lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow with the tables, scroll
        self._lay.setContentsMargins(4, 0, 12, 0)
        self._lay.setSpacing(2)
        self.notes_block = ReportBlock("notesBlock")
        self.remark_label = QLabel()
        self.remark_label.setObjectName("remarkLabel")
        self.remark_label.setWordWrap(True)
        self.remark_label.setStyleSheet("background: #fffde7; border: 1px solid #ffe082; padding: 6px;")
        self._lay.addWidget(self.notes_block)
        self._lay.addWidget(self.remark_label)
        self._blocks: dict[str, ReportBlock] = {}
        self._lay.addStretch(1)
        self.setWidget(body)

    def blocks(self) -> dict[str, ReportBlock]:
        return dict(self._blocks)

    def set_snapshot(self, snap: ho.Snapshot, items: Sequence[ho.ItemView] | None = None, remark: str = "",
                     now: dt.datetime | None = None) -> None:
        privacy = Privacy.instance()
        scroll = self.verticalScrollBar().value()
        today = (now or snap.taken_at).date()
        if items is None:
            self.notes_block.hide()
        else:
            rows = [BlockRow([privacy.private_text(i.text), i.owner, _dt_text(i.due_at, today)],
                             alert=now is not None and i.due_at < now) for i in items]
            self.notes_block.set_content(self.tr("Notes for the next shift"),
                                         [self.tr("To do"), self.tr("Owner"), self.tr("By")], rows,
                                         self.tr("No notes."))
            self.notes_block.show()
        self.remark_label.setText(privacy.private_text(remark))
        self.remark_label.setVisible(bool(remark))
        keys = [s.key for s in snap.sections]
        for key in list(self._blocks):
            if key not in keys:
                blk = self._blocks.pop(key)
                self._lay.removeWidget(blk)
                blk.deleteLater()
        for i, sec in enumerate(snap.sections):
            blk = self._blocks.get(sec.key)
            if blk is None:
                blk = ReportBlock(f"section_{sec.key}")
                self._blocks[sec.key] = blk
            self._lay.insertWidget(2 + i, blk)
            blk.set_content(sec.title, sec.headers, [BlockRow(list(r.cells), r.alert) for r in sec.rows],
                            sec.empty_text, more=sec.more, more_alerts=sec.more_alerts)
        self.verticalScrollBar().setValue(scroll)


class HandoverDialog(QDialog):
    """A past handover, read-only, exactly as it was handed over."""

    def __init__(self, view: ho.HandoverView, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Handover of {time}").format(time=view.submitted_at.strftime("%Y-%m-%d %H:%M")))
        self.resize(900, 700)
        lay = QVBoxLayout(self)
        self.header = QLabel(handover_header(view))
        self.header.setObjectName("handoverHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 14px;")
        lay.addWidget(self.header)
        self.snapshot_view = SnapshotView(self)
        self.snapshot_view.set_snapshot(view.snapshot, view.items, view.remark)
        lay.addWidget(self.snapshot_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if ctx is not None:
            self.print_btn = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.print_btn.setObjectName("printPastHandover")
            self.print_btn.clicked.connect(self.print_handover)
        lay.addWidget(buttons)

    def print_handover(self) -> None:
        from ui.handover.printing import print_handover

        if self.ctx is not None:
            print_handover(self, self.ctx, self.view.id)


def handover_header(view: ho.HandoverView) -> str:
    parts = [translate("HandoverTab", "Handed over by {name} at {time}").format(
        name=view.outgoing, time=view.submitted_at.strftime("%Y-%m-%d %H:%M"))]
    if view.status == "accepted" and view.accepted_at is not None:
        parts.append(translate("HandoverTab", "accepted by {name} at {time}").format(
            name=view.incoming, time=view.accepted_at.strftime("%Y-%m-%d %H:%M")))
    elif view.status == "withdrawn" and view.withdrawn_at is not None:
        parts.append(translate("HandoverTab", "withdrawn at {time}").format(time=view.withdrawn_at.strftime("%H:%M")))
    else:
        parts.append(translate("HandoverTab", "waiting to be accepted"))
    return " · ".join(parts)


class HandoverPage(QWidget):
    """Left: the snapshot (live, or the submitted one waiting for acceptance). Right: notes, actions, history."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("handoverPage")
        self.items: list[ho.ActionItem] = []
        self.pending: ho.HandoverView | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        root.addWidget(split)

        # ---------------------------------------------------------------- left: what to read
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("handoverBanner")
        self.banner.setWordWrap(True)
        ll.addWidget(self.banner)
        self.summary = QLabel()
        self.summary.setObjectName("handoverSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("font-size: 14px; padding: 4px 2px;")
        ll.addWidget(self.summary)
        self.snapshot_view = SnapshotView(left)
        ll.addWidget(self.snapshot_view, 1)
        split.addWidget(left)

        # ---------------------------------------------------------------- right: notes and actions
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        notes = QGroupBox(self.tr("Notes for the next shift (action list)"))
        nl = QVBoxLayout(notes)
        self.errors = FieldErrors(QLabel())
        self.errors._general.setObjectName("handoverGeneralError")
        self.errors._general.setStyleSheet(f"color: {ALERT_RED};")
        self.errors._general.setWordWrap(True)
        grid = QGridLayout()
        self.item_text = QLineEdit()
        self.item_text.setObjectName("itemText")
        self.item_text.setPlaceholderText(self.tr("What has to be done, e.g. call Ms Qian back about Saturday"))
        self.item_text.setMaxLength(ho.ITEM_TEXT_MAX)
        self.item_owner = StaffPicker(None, self, allow_none=True)
        self.item_owner.setObjectName("itemOwner")
        self.item_due = QDateTimeEdit()
        self.item_due.setObjectName("itemDue")
        self.item_due.setDisplayFormat("MM-dd HH:mm")
        self.item_due.setCalendarPopup(True)
        self.add_btn = QPushButton(self.tr("Add"))
        self.add_btn.setObjectName("addItem")
        self.add_btn.clicked.connect(self.add_item)
        self.item_text.returnPressed.connect(self.add_item)
        grid.addWidget(QLabel(self.tr("To do")), 0, 0)
        grid.addWidget(self.item_text, 0, 1, 1, 3)
        grid.addWidget(self.errors.label("text"), 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Owner")), 2, 0)
        grid.addWidget(self.item_owner, 2, 1)
        grid.addWidget(QLabel(self.tr("By")), 2, 2)
        grid.addWidget(self.item_due, 2, 3)
        grid.addWidget(self.errors.label("owner"), 3, 1)
        grid.addWidget(self.errors.label("due_at"), 3, 3)
        grid.addWidget(self.add_btn, 2, 4)
        grid.setColumnStretch(1, 1)
        nl.addLayout(grid)
        self.items_model = RowTableModel([
            Column(self.tr("To do"), lambda r: r.text, free_text=True),
            Column(self.tr("Owner"), lambda r: self._staff_name(r.owner_id)),
            Column(self.tr("By"), lambda r: _dt_text(r.due_at, self.ctx.today()),
                   sort=lambda r: r.due_at.isoformat() if r.due_at else ""),
        ], self)
        self.items_view = make_table(make_proxy(self.items_model, self), self, "itemsTable")
        self.items_view.setMinimumHeight(110)
        self.items_view.setWordWrap(True)
        ih = self.items_view.horizontalHeader()
        ih.setStretchLastSection(False)
        ih.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ih.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.items_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        nl.addWidget(self.items_view)
        self.remove_btn = QPushButton(self.tr("Remove line"))
        self.remove_btn.setObjectName("removeItem")
        self.remove_btn.clicked.connect(self.remove_item)
        rm = QHBoxLayout()
        rm.addStretch(1)
        rm.addWidget(self.remove_btn)
        nl.addLayout(rm)
        nl.addWidget(QLabel(self.tr("Anything else the next receptionist should know")))
        self.remark = QPlainTextEdit()
        self.remark.setObjectName("remarkEdit")
        self.remark.setMaximumHeight(80)
        nl.addWidget(self.remark)
        nl.addWidget(self.errors.label("remark"))
        nl.addWidget(self.errors.label("items"))
        nl.addWidget(self.errors._general)
        rl.addWidget(notes)

        actions = QHBoxLayout()
        self.submit_btn = QPushButton(self.tr("Submit handover"))
        self.submit_btn.setObjectName("submitHandover")
        self.submit_btn.setStyleSheet("font-weight: bold; padding: 6px 14px;")
        self.submit_btn.clicked.connect(self.submit)
        self.accept_btn = QPushButton(self.tr("Accept handover…"))
        self.accept_btn.setObjectName("acceptHandover")
        self.accept_btn.setStyleSheet("font-weight: bold; padding: 6px 14px;")
        self.accept_btn.clicked.connect(self.accept_dialog)
        self.withdraw_btn = QPushButton(self.tr("Withdraw to amend"))
        self.withdraw_btn.setObjectName("withdrawHandover")
        self.withdraw_btn.clicked.connect(self.withdraw)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.setObjectName("printHandover")
        self.print_btn.clicked.connect(self.print_current)
        for b in (self.submit_btn, self.accept_btn, self.withdraw_btn, self.print_btn):
            actions.addWidget(b)
        rl.addLayout(actions)

        # Bottom right: the shift's checklist (ticked during the shift) and, beside it, the past handovers.
        self.side = QTabWidget(right)
        self.side.setObjectName("handoverSide")
        self.checklist_panel = ChecklistPanel(ctx, self.side)
        self.checklist_panel.changed.connect(self.refresh)  # the snapshot's "checks not done" follows
        self.side.addTab(self.checklist_panel, self.checklist_panel.tab_text())
        past = QWidget()
        pl = QVBoxLayout(past)
        pl.setContentsMargins(4, 4, 4, 4)
        self.past_model = RowTableModel([
            Column(self.tr("Handed over"), lambda r: r.submitted_at.strftime("%m-%d %H:%M"),
                   sort=lambda r: r.submitted_at.isoformat()),
            Column(self.tr("Outgoing"), lambda r: r.outgoing),
            Column(self.tr("Incoming"), lambda r: r.incoming or "—"),
            Column(self.tr("At"), lambda r: r.accepted_at.strftime("%m-%d %H:%M") if r.accepted_at else "—"),
            Column(self.tr("Notes"), lambda r: r.items, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Alerts"), lambda r: r.alerts, align=Qt.AlignmentFlag.AlignRight,
                   foreground=lambda r: ALERT_RED if r.alerts else None),
            Column(self.tr("Status"), lambda r: ho.status_label(r.status),
                   foreground=lambda r: "#ef6c00" if r.status == "open" else None),
        ], self)
        self.past_view = make_table(make_proxy(self.past_model, self), self, "pastTable")
        self.past_view.doubleClicked.connect(lambda _i: self.open_selected())
        pl.addWidget(self.past_view)
        self.past_empty = QLabel(self.tr("No handover has been submitted at this counter yet."))
        self.past_empty.setObjectName("pastEmpty")
        self.past_empty.setStyleSheet("color: #78909c; padding: 4px;")
        pl.addWidget(self.past_empty)
        self.open_btn = QPushButton(self.tr("Open (read-only)"))
        self.open_btn.setObjectName("openHandover")
        self.open_btn.clicked.connect(self.open_selected)
        ob = QHBoxLayout()
        ob.addStretch(1)
        ob.addWidget(self.open_btn)
        pl.addLayout(ob)
        self.side.addTab(past, self.tr("Past handovers"))
        rl.addWidget(self.side, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 440])
        self._names: dict[int, str] = {}
        self._reset_due()
        self.items, remark = ho.load_draft(ctx.terminal)
        self.remark.setPlainText(remark)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1500)
        self._draft_timer.timeout.connect(self.save_draft)
        self.remark.textChanged.connect(self._draft_timer.start)
        # A bound slot (not a lambda): Qt drops the connection when this page is destroyed.
        Privacy.instance().changed.connect(self._privacy_changed)

    # ------------------------------------------------------------------ helpers
    def _privacy_changed(self, _client_safe: bool) -> None:
        self.refresh()

    def _staff_name(self, staff_id: int | None) -> str:
        if staff_id is None:
            return ""
        if staff_id not in self._names:
            from app.staff.service import get_staff

            self._names[staff_id] = get_staff(staff_id).name
        return self._names[staff_id]

    def _reset_due(self) -> None:
        now = self.ctx.now()
        due = (now + dt.timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.item_due.setDateTime(QDateTime(due.date(), QTime(due.hour, due.minute)))

    def _due_value(self) -> dt.datetime:
        q = self.item_due.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        self.apply_refresh(handover_data(self.ctx))

    def refresh_job(self) -> tuple:
        """The page's queries (the snapshot) as a plain function for a worker (the window's periodic refresh)."""
        return handover_data, (self.ctx,)

    applied = 0  # how many refreshes were applied (the window drops a worker's result older than the last)

    def apply_refresh(self, data: HandoverData) -> None:
        """Show what ``handover_data`` read; the notes being written stay as they are."""
        self.applied += 1
        self.item_owner.reload()
        self.pending = data.pending
        now = data.now
        if self.pending is not None:
            p = self.pending
            self.banner.setText(self.tr("Handed over by {name} at {time}: read it, then accept it with your own "
                                        "PIN. {name}'s shift ends when you accept.").format(
                name=p.outgoing, time=p.submitted_at.strftime("%H:%M")))
            self.banner.setStyleSheet("background: #fff3e0; border: 1px solid #ffb74d; padding: 8px; font-size: 14px;")
            snap = p.snapshot
            self.snapshot_view.set_snapshot(snap, p.items, p.remark, now=now)
        else:
            self.banner.setText(self.tr("The store right now ({time}). Add notes for the next receptionist, then "
                                        "submit; your shift stays open until she accepts.").format(
                time=now.strftime("%H:%M")))
            self.banner.setStyleSheet("background: #e3f2fd; border: 1px solid #90caf9; padding: 8px; font-size: 14px;")
            snap = data.snapshot
            self.snapshot_view.set_snapshot(snap, None)
        self.summary.setText(summary_html(snap))
        self.checklist_panel.set_state(data.checklist)
        self.side.setTabText(0, self.checklist_panel.tab_text())
        editing = self.pending is None
        for w in (self.item_text, self.item_owner, self.item_due, self.add_btn, self.remove_btn, self.remark,
                  self.items_view, self.submit_btn):
            w.setEnabled(editing)
        self.accept_btn.setEnabled(not editing)
        self.withdraw_btn.setEnabled(self.pending is not None and self.pending.outgoing_id == self.ctx.operator_id)
        self.items_model.set_rows(self.items)
        self.past_model.set_rows(data.past)
        self.past_empty.setVisible(self.past_model.rowCount() == 0)

    # ------------------------------------------------------------------ notes
    def add_item(self) -> None:
        item = ho.ActionItem(self.item_text.text(), self.item_owner.staff_id(), self._due_value())
        checked = call_service(self, ho.check_item, self.ctx, item, errors=self.errors)
        if checked is None:
            return
        self.items.append(checked)
        self.items_model.set_rows(self.items)
        self.save_draft()
        self.item_text.clear()
        self.item_text.setFocus()

    def remove_item(self) -> None:
        row = selected_row(self.items_view)
        if row is not None and row in self.items:
            self.items.remove(row)
            self.items_model.set_rows(self.items)
            self.save_draft()

    def save_draft(self) -> None:
        """The notes are kept as they are written (a restart of the PC loses nothing)."""
        self._draft_timer.stop()
        if self.pending is None:
            call_service(self, ho.save_draft, self.ctx, list(self.items), self.remark.toPlainText(),
                         errors=self.errors)

    # ------------------------------------------------------------------ actions
    def submit(self) -> None:
        self._draft_timer.stop()
        h = call_service(self, ho.submit, self.ctx, list(self.items), self.remark.toPlainText(), errors=self.errors)
        if h is None:
            return
        self.items = []
        self.remark.blockSignals(True)
        self.remark.clear()
        self.remark.blockSignals(False)
        self._reset_due()
        self.refresh()
        self.changed.emit()

    def accept_dialog(self) -> None:
        """The incoming receptionist picks herself and types her own PIN (checked by the service)."""
        if self.pending is None:
            return
        got = ask_pin(self, self.tr("Accept the handover"), ho.INCOMING_ROLES,
                      message=self.tr("I have read the handover of {name} and take over the counter.").format(
                          name=self.pending.outgoing))
        if got is not None:
            self.accept_as(*got)

    def accept_as(self, staff_id: int | None, pin: str) -> bool:
        if self.pending is None:
            return False
        if call_service(self, ho.accept, self.ctx, self.pending.id, staff_id, pin) is None:
            return False
        self.refresh()
        self.changed.emit()
        return True

    def withdraw(self) -> None:
        if self.pending is None:
            return
        pending = self.pending
        if call_service(self, ho.withdraw, self.ctx, pending.id) is None:
            return
        # Back into the editor, to amend and submit again.
        self.pending = None
        self.items = [ho.ActionItem(i.text, i.owner_id, i.due_at) for i in pending.items]
        self.remark.setPlainText(pending.remark)
        self.save_draft()
        self.refresh()
        self.changed.emit()

    def open_selected(self) -> None:
        row = selected_row(self.past_view)
        if row is None:
            return
        view = call_service(self, ho.load_handover, row.id)
        if view is not None:
            HandoverDialog(view, self, self.ctx).exec()

    def print_current(self) -> None:
        from ui.handover.printing import print_handover

        print_handover(self, self.ctx, self.pending.id if self.pending else None)


def summary_html(snap: ho.Snapshot) -> str:
    """One line of counts, red where something needs action."""
    parts = []
    for s in snap.sections:
        colour = ALERT_RED if s.alert_count else ("#263238" if s.count else "#90a4ae")
        parts.append(f"<span style='color:{colour}'>{s.title} <b>{s.count}</b></span>")
    return " &nbsp;·&nbsp; ".join(parts)


class HandoverTab(QWidget):
    """The 交接班 tab: page 1 the handover, page 2 the daily review."""

    statusChanged = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("handoverTab")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("handoverPages")
        self.handover_page = HandoverPage(ctx, self)
        from ui.handover.review import ReviewView

        self.review_page = ReviewView(ctx, self)
        self.pages.addTab(self.handover_page, self.tr("Shift handover"))
        self.pages.addTab(self.review_page, self.tr("Daily review"))
        lay.addWidget(self.pages)
        self.handover_page.changed.connect(self._after_change)
        self.pages.currentChanged.connect(lambda _i: self.refresh())

    def _after_change(self) -> None:
        self._emit_status()
        win = self.window()
        if hasattr(win, "update_operator"):
            win.update_operator()  # the incoming receptionist is now on shift

    def emit_status(self) -> None:
        """The pending-handover counter from what the page loaded (no query)."""
        self._emit_status()

    def _emit_status(self) -> None:
        p = self.handover_page.pending
        text = self.tr("Handover waiting: {name} {time}").format(
            name=p.outgoing, time=p.submitted_at.strftime("%H:%M")) if p is not None else ""
        self.statusChanged.emit("handover", text)

    def refresh(self) -> None:
        if self.pages.currentWidget() is self.review_page:
            self.review_page.refresh()
            self.handover_page.refresh()
        else:
            self.handover_page.refresh()
        self._emit_status()

    def refresh_job(self) -> tuple | None:
        """The handover page's queries for a worker while it is shown (the review refreshes here)."""
        if self.pages.currentWidget() is self.review_page:
            return None
        return self.handover_page.refresh_job()

    @property
    def applied(self) -> int:
        return self.handover_page.applied

    def apply_refresh(self, data: HandoverData) -> None:
        self.handover_page.apply_refresh(data)
        self._emit_status()

    def prepare_screenshot(self) -> None:
        self.pages.setCurrentWidget(self.handover_page)
        self.handover_page.refresh()



@dataclass(frozen=True)
class HandoverData:
    """What the handover page shows, read in one go (plain values: a worker may read them)."""

    now: dt.datetime
    pending: ho.HandoverView | None
    snapshot: ho.Snapshot | None  # the store right now (None while a submitted handover waits: its own is shown)
    past: list
    checklist: ck.ChecklistState  # this counter's open shift's checks with their ticks


def handover_data(ctx: AppContext) -> HandoverData:
    pending = ho.open_handover(ctx.terminal)
    view = ho.load_handover(pending.id) if pending is not None else None
    return HandoverData(ctx.now(), view, ho.build_snapshot(ctx) if view is None else None,
                        ho.past_handovers(ctx.terminal), ck.current_checklist(ctx))
