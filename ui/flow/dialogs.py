"""Dialogs of the flow tab: a reason with the acting person (not done / skip), a correction of a signed
step, an outfit note, and floor control's groom styling order. Each calls a service through
``call_service``; the dialog closes only when the service accepted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.flow import board, machine, reports
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR
from ui.common.pin_dialog import pin_missing
from ui.common.widgets import StaffPicker


def _pin_edit() -> QLineEdit:
    pin = QLineEdit()
    pin.setObjectName("pinEdit")
    pin.setEchoMode(QLineEdit.EchoMode.Password)
    pin.setMaxLength(12)
    return pin


class _ServiceDialog(QDialog):
    """Form + general error label + OK/Cancel; subclasses implement ``submit()`` returning success."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.general = QLabel()
        self.general.setObjectName("generalError")
        self.general.setStyleSheet(f"color: {ERROR};")
        self.general.setWordWrap(True)
        self.general.hide()
        self.errors = FieldErrors(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.lay.addWidget(self.general)
        self.lay.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget, error_key: str | None = None) -> None:
        self.form.addRow(label, widget)
        if error_key:
            self.form.addRow("", self.errors.label(error_key))

    def submit(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def accept(self) -> None:
        pin, staff = getattr(self, "pin", None), getattr(self, "staff", None)
        if isinstance(pin, QLineEdit) and isinstance(staff, StaffPicker) and pin_missing(
                pin, staff.staff_id(), lambda t: self.errors.show({"pin": t})):
            return
        if self.submit():
            super().accept()


class ReasonDialog(_ServiceDialog):
    """Record a step as not done or skipped: the reason and who decides (PIN)."""

    def __init__(self, ctx: AppContext, view: reports.StepView, version: int, skip: bool,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Skip {station}") if skip else self.tr("{station} not done")
        super().__init__(title.format(station=view.station), parent)
        self.setObjectName("flowReasonDialog")
        self.ctx, self.view, self.version, self.skip = ctx, view, version, skip
        hint = QLabel(self.tr("A skipped step stays flagged in every report.") if skip else
                      self.tr("Say why the work was not done (e.g. rain: no outdoor shoot)."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setMaxLength(500)
        self.add_row(self.tr("Reason"), self.reason, "reason")
        self.staff = StaffPicker(None, self)
        self.staff.setObjectName("actingStaff")
        self.staff.set_staff_id(board.first_with_role("floor_control"))
        self.add_row(self.tr("Decided by"), self.staff, "staff")
        self.pin = _pin_edit()
        self.add_row(self.tr("PIN"), self.pin, "pin")
        self.finish_layout()
        self.reason.setFocus()

    def submit(self) -> bool:
        fn = machine.skip_step if self.skip else machine.mark_not_done
        return call_service(self, fn, self.ctx, self.view.step_id, self.staff.staff_id(), self.pin.text(),
                            self.reason.text(), self.version, errors=self.errors) is not None


class CorrectionDialog(_ServiceDialog):
    """Correct a signed step: a new entry with its reason; the original stays in the history."""

    def __init__(self, ctx: AppContext, view: reports.StepView, version: int, role: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the sign-off of {station}").format(station=view.station), parent)
        self.setObjectName("flowCorrectionDialog")
        self.ctx, self.view, self.version = ctx, view, version
        hint = QLabel(self.tr("The signed entry is kept as it is; the correction is added with its reason and "
                              "both show in the history."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcomeCombo")
        self.outcome.addItem(machine.state_label("done"), "done")
        self.outcome.addItem(machine.state_label("not_done"), "not_done")
        self.outcome.setCurrentIndex(0 if view.state == "done" else 1)
        self.add_row(self.tr("Outcome"), self.outcome, "outcome")
        self.worker = StaffPicker(role or None, self)
        self.worker.setObjectName("workerPicker")
        self.worker.set_staff_id(view.staff_id)
        self.add_row(self.tr("Done by"), self.worker, "worker")
        self.start = QTimeEdit()
        self.start.setObjectName("startTime")
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setObjectName("endTime")
        self.end.setDisplayFormat("HH:mm")
        for edit, value in ((self.start, view.started_at), (self.end, view.finished_at)):
            if value is not None:
                edit.setTime(QTime(value.hour, value.minute))
            else:
                edit.setEnabled(False)
        self.add_row(self.tr("Start"), self.start, "started_at")
        self.add_row(self.tr("Finish"), self.end, "finished_at")
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setMaxLength(500)
        self.add_row(self.tr("Reason"), self.reason, "reason")
        self.staff = StaffPicker(None, self)
        self.staff.setObjectName("actingStaff")
        self.staff.set_staff_id(view.signed_by_id or view.staff_id)
        self.add_row(self.tr("Corrected by"), self.staff, "staff")
        self.pin = _pin_edit()
        self.add_row(self.tr("PIN"), self.pin, "pin")
        self.finish_layout()
        self.reason.setFocus()

    def _time(self, edit: QTimeEdit, base: dt.datetime | None) -> dt.datetime | None:
        if base is None or not edit.isEnabled():
            return None
        t = edit.time()
        return base.replace(hour=t.hour(), minute=t.minute(), second=0)

    def submit(self) -> bool:
        return call_service(
            self, machine.correct_signoff, self.ctx, self.view.step_id, self.staff.staff_id(), self.pin.text(),
            self.reason.text(), self.version, outcome=self.outcome.currentData(), worker_id=self.worker.staff_id(),
            started_at=self._time(self.start, self.view.started_at),
            finished_at=self._time(self.end, self.view.finished_at), errors=self.errors) is not None


class NoteDialog(_ServiceDialog):
    """A note for one outfit set on a step (“白纱OK”)."""

    def __init__(self, ctx: AppContext, view: reports.StepView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Note for {station}").format(station=view.station), parent)
        self.setObjectName("flowNoteDialog")
        self.ctx, self.view = ctx, view
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. white gown OK, qipao collar taken in"))
        self.add_row(self.tr("Note"), self.note, "note")
        self.staff = StaffPicker(None, self, allow_none=True)
        self.staff.setObjectName("noteStaff")
        self.staff.set_staff_id(view.staff_id)
        self.add_row(self.tr("Written by"), self.staff)
        self.finish_layout()
        self.note.setFocus()

    def submit(self) -> bool:
        return call_service(self, machine.add_note, self.ctx, self.view.step_id, self.note.text(),
                            self.staff.staff_id(), errors=self.errors) is not None


class GroomOrderDialog(_ServiceDialog):
    """Floor control orders the waiting grooms' styling so that no groom keeps his bride waiting."""

    def __init__(self, ctx: AppContext, rows: list[board.BoardRow], parent: QWidget | None = None,
                 on_saved: Callable[[], None] | None = None) -> None:
        super().__init__(self.tr("Groom styling order"), parent)
        self.setObjectName("groomOrderDialog")
        self.ctx = ctx
        hint = QLabel(self.tr("Suggested order: grooms whose bride is furthest in makeup first. Move a groom up "
                              "or down, then confirm as floor control."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.list = QListWidget()
        self.list.setObjectName("groomList")
        for r in rows:
            item = QListWidgetItem(f"{r.groom_name}（{r.bride_name}：{r.bride.text()}）")
            item.setData(Qt.ItemDataRole.UserRole, r.flow_id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        side = QVBoxLayout()
        up = QPushButton(self.tr("Up"))
        up.setObjectName("groomUp")
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Down"))
        down.setObjectName("groomDown")
        down.clicked.connect(lambda: self.move(1))
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        box = QHBoxLayout()
        box.addWidget(self.list, 1)
        box.addLayout(side)
        self.form.addRow(box)
        self.staff = StaffPicker("floor_control", self)
        self.staff.setObjectName("actingStaff")
        self.add_row(self.tr("Floor control"), self.staff, "staff")
        self.pin = _pin_edit()
        self.add_row(self.tr("PIN"), self.pin, "pin")
        self.finish_layout()
        self._on_saved = on_saved

    def move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not (0 <= target < self.list.count()):
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def flow_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def submit(self) -> bool:
        ok = call_service(self, _set_order, self.ctx, self.flow_ids(), self.staff.staff_id(), self.pin.text(),
                          errors=self.errors)
        if ok and self._on_saved:
            self._on_saved()
        return bool(ok)


def _set_order(ctx: AppContext, flow_ids: list[int], staff_id: int | None, pin: str) -> bool:
    board.set_groom_order(ctx, flow_ids, staff_id, pin)
    return True
