"""The advance panel: the next action for the picked couple (sign and hand over, start, or hand over), with
the people it needs; Enter on the board (or the post-production list) runs it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.flow import board, machine, postproduction
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import BLUE, ERROR
from ui.common.pin_dialog import pin_missing
from ui.common.privacy import Privacy
from ui.common.widgets import StaffPicker


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
        self.action: board.NextAction | None = None
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
        self.bride_radio = QRadioButton(machine.person_label("bride"))
        self.bride_radio.setToolTip(self.tr("Space on the board switches between bride and groom"))
        self.bride_radio.setObjectName("brideRadio")
        self.groom_radio = QRadioButton(machine.person_label("groom"))
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
        self.action_label.setStyleSheet(f"color: {BLUE}; font-weight: bold;")
        lay.addWidget(self.action_label)
        form = QFormLayout()
        self.general = QLabel()
        self.general.setStyleSheet(f"color: {ERROR};")
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
    def set_target(self, row: board.BoardRow | postproduction.PostRow | None) -> None:
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
        if isinstance(row, board.BoardRow):
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
        self._show_action(board.next_action(self.flow_id, self.person()))

    def _show_action(self, action: board.NextAction | None) -> None:
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
        done = call_service(self, board.advance, self.ctx, self.flow_id, self.person(), self.version,
                            errors=self.errors, **kwargs)
        if done is None:
            self.advanced.emit("")  # reload: a concurrent change shows the current state
            return False
        self.pin.clear()
        self.advanced.emit(done.text())
        return True


class EnterFilter(QObject):
    """Enter / Return on the board runs the advance (the second interaction after picking a row); Space
    switches between the bride and the groom when they are at different stations."""

    def __init__(self, callback, parent: QObject, toggle=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._callback = callback
        self._toggle = toggle

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._callback()
                return True
            if event.key() == Qt.Key.Key_Space and self._toggle is not None:
                self._toggle()
                return True
        return False
