"""The shift's checklist on the handover tab: one box per check of this shift, ticked by the receptionist
on shift; beside each, who ticked it and when. Unticking (a tick by mistake) asks first and is audited by
the service; once the handover is submitted the list is frozen with it (the service refuses)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.core.errors import DomainError, ValidationError
from app.handover import checklist as ck
from ui.common.errors import call_service
from ui.handover.report_blocks import ALERT_RED

DONE_GREEN = "#2e7d32"
MUTED = "#78909c"


class ChecklistPanel(QWidget):
    """The checks of this counter's open shift with tick boxes and who/when (scrolls when the list is long)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("checklistPanel")
        self.state: ck.ChecklistState | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(2)
        self.header = QLabel()
        self.header.setObjectName("checklistHeader")
        self.header.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.header)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self._grid.setRowStretch(99, 1)
        scroll.setWidget(self._grid_host)
        lay.addWidget(scroll, 1)
        self.empty = QLabel()
        self.empty.setObjectName("checklistEmpty")
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)
        self.note = QLineEdit()
        self.note.setObjectName("checklistNote")
        self.note.setMaxLength(ck.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Note kept with the next tick (optional)"))
        self.note.setToolTip(self.tr("Written down with the check you tick next, e.g. what you found or did "
                                     "(it shows on the check's tooltip and in the audit trail)."))
        lay.addWidget(self.note)
        self.message = QLabel()
        self.message.setObjectName("checklistMessage")
        self.message.setStyleSheet(f"color: {ALERT_RED};")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        self.boxes: dict[int, QCheckBox] = {}
        self.who: dict[int, QLabel] = {}
        self.set_state(ck.ChecklistState(None, None, "", None, ()))

    # ------------------------------------------------------------------ showing
    def set_state(self, state: ck.ChecklistState) -> None:
        self.state = state
        total, done = len(state.rows), state.done_count
        self.header.setText(self.tr("{kind}: {done} of {total} done").format(
            kind=ck.shift_kind_label(state.shift_kind), done=done, total=total) if state.shift_kind else "")
        self.header.setStyleSheet(f"font-weight: bold; color: {DONE_GREEN if done == total else ALERT_RED};")
        self.header.setVisible(bool(state.rows))
        ids = [r.item_id for r in state.rows]
        if ids != list(self.boxes):  # another list: new boxes (the same list keeps its boxes and the focus)
            while self._grid.count():
                taken = self._grid.takeAt(0)
                w = taken.widget() if taken is not None else None
                if w is not None:
                    w.deleteLater()
            self.boxes, self.who = {}, {}
            for n, r in enumerate(state.rows):
                box = QCheckBox()
                box.setObjectName(f"check_{r.item_id}")
                box.clicked.connect(lambda checked, item_id=r.item_id: self._clicked(item_id, checked))
                who = QLabel()
                who.setObjectName(f"checkWho_{r.item_id}")
                who.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(box, n, 0)
                self._grid.addWidget(who, n, 1)
                self.boxes[r.item_id], self.who[r.item_id] = box, who
        for r in state.rows:
            box, who = self.boxes[r.item_id], self.who[r.item_id]
            box.setText(r.text)
            box.setChecked(r.done)
            box.setEnabled(not state.frozen)
            at = r.ticked_at.strftime("%H:%M") if r.done and r.ticked_at is not None else ""
            who.setText(self.tr("{name} {time}").format(name=r.ticked_by, time=at) if at else self.tr("not done"))
            who.setStyleSheet(f"color: {DONE_GREEN if r.done else MUTED};")
            tip = self.tr("Ticked by {name} at {time}").format(name=r.ticked_by, time=at) if at else ""
            if r.note:
                tip = f"{tip}\n{r.note}" if tip else r.note
            box.setToolTip(tip)
            who.setToolTip(tip)
        self.note.setVisible(bool(state.rows) and not state.frozen)
        if state.shift_id is None:
            self.empty.setText(self.tr("Start a shift to see its checklist."))
        elif not state.rows:
            self.empty.setText(self.tr("No checks for this shift (a supervisor sets them in Settings ▸ Shift "
                                       "checklist)."))
        elif state.frozen:
            self.empty.setText(self.tr("Handed over: the checklist went with the handover."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def tab_text(self) -> str:
        """The tab's label: the count of checks done, so it shows even while another tab is open."""
        st = self.state
        if st is None or not st.rows:
            return self.tr("Shift checklist")
        return self.tr("Shift checklist {done}/{total}").format(done=st.done_count, total=len(st.rows))

    def refresh(self) -> None:
        got = call_service(self, ck.current_checklist, self.ctx)
        if got is not None:
            self.set_state(got)

    # ------------------------------------------------------------------ ticking
    def _run(self, fn: Callable[..., Any], *args: Any) -> bool:
        """Call the service; a refusal is shown in the panel (not a dialog). True when it went through."""
        self.message.hide()

        def guarded() -> bool:
            try:
                fn(self.ctx, *args)
            except ValidationError as exc:
                self._show_message(" ".join(exc.errors.values()))
                return False
            except DomainError as exc:
                self._show_message(str(exc))
                return False
            return True

        return bool(call_service(self, guarded))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def confirm_untick(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Take the tick back"),
                                      self.tr("Take back the tick of \"{text}\"? It is recorded.").format(text=text))
        return answer == QMessageBox.StandardButton.Yes

    def _clicked(self, item_id: int, checked: bool) -> None:
        row = next((r for r in self.state.rows if r.item_id == item_id), None) if self.state else None
        if row is None:
            return
        if checked:
            ok = self._run(ck.tick, item_id, self.note.text())
            if ok:
                self.note.clear()  # it went with this tick; a refusal keeps what was typed
        else:
            ok = self.confirm_untick(row.text) and self._run(ck.untick, item_id)
        self.refresh()  # the stored state, whatever happened (another counter may have ticked it)
        if ok:
            self.changed.emit()

    def tick(self, item_id: int) -> None:
        """Tick a check as if its box were clicked (keyboard and tests)."""
        box = self.boxes.get(item_id)
        if box is not None and not box.isChecked():
            box.click()
