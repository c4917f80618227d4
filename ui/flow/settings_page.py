"""Flow settings (supervisors): stations (name, colour, alert limit, role), the flow templates as ordered
station lists, and the handoff alert limit. Every save asks for the acting supervisor and her PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.flow import config, machine, rounds
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR, OK
from ui.common.settings_parts import note_label
from ui.common.widgets import (
    Column,
    RowTableModel,
    StaffPicker,
    make_proxy,
    make_table,
)


class FlowSettingsDialog(QDialog):
    """The flow templates (which stations, in which order) and the handoff limit, each saved on its own button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowSettingsDialog")
        self.setWindowTitle(self.tr("Flow settings"))
        self.resize(860, 620)
        self.ctx = ctx
        self.saved = False
        lay = QVBoxLayout(self)
        self.general = QLabel()
        self.general.setStyleSheet(f"color: {ERROR};")
        self.general.setWordWrap(True)
        self.general.hide()
        self.errors = FieldErrors(self.general)
        lay.addWidget(note_label(self.tr("Stations themselves (names, colours, alert limits) are edited in "
                                         "Settings ▸ Stations.")))
        lay.addWidget(self._build_templates(), 1)
        bottom = QGroupBox(self.tr("Acting supervisor"))
        form = QFormLayout(bottom)
        self.staff = StaffPicker(None, self)
        self.staff.setObjectName("settingsStaff")
        self.pin = QLineEdit()
        self.pin.setObjectName("settingsPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        row = QHBoxLayout()
        row.addWidget(self.staff, 1)
        row.addWidget(QLabel(self.tr("PIN")))
        row.addWidget(self.pin)
        form.addRow(self.tr("Supervisor"), row)
        self.handoff = QSpinBox()
        self.handoff.setObjectName("handoffLimit")
        self.handoff.setRange(1, 240)
        self.handoff.setSuffix(self.tr(" min"))
        self.handoff.setValue(config.handoff_limit())
        save_handoff = QPushButton(self.tr("Save"))
        save_handoff.setObjectName("saveHandoff")
        save_handoff.clicked.connect(self.save_handoff)
        hrow = QHBoxLayout()
        hrow.addWidget(self.handoff)
        hrow.addWidget(save_handoff)
        hrow.addStretch(1)
        form.addRow(self.tr("Alert when left between stations longer than"), hrow)
        form.addRow("", self.errors.label("handoff"))
        self.post_extra = QSpinBox()
        self.post_extra.setObjectName("postExtraPerDay")
        self.post_extra.setRange(0, 1000)
        self.post_extra.setSuffix(self.tr(" photos"))
        self.post_extra.setSpecialValueText(self.tr("no extra time"))
        self.post_extra.setValue(config.post_extra_photos_per_day())
        save_extra = QPushButton(self.tr("Save"))
        save_extra.setObjectName("savePostExtra")
        save_extra.clicked.connect(self.save_post_extra)
        erow = QHBoxLayout()
        erow.addWidget(self.post_extra)
        erow.addWidget(save_extra)
        erow.addStretch(1)
        form.addRow(self.tr("Extra photos per added day of retouching"), erow)
        form.addRow("", note_label(self.tr("Once the selection sheet is signed, post-production is due from that "
                                           "day; the extra photos chosen make retouching longer.")))
        form.addRow("", self.errors.label("post_extra"))
        self.round_minutes = QSpinBox()
        self.round_minutes.setObjectName("roundMinutes")
        self.round_minutes.setRange(1, 240)
        self.round_minutes.setSuffix(self.tr(" min"))
        self.round_minutes.setValue(rounds.round_minutes())
        save_rounds = QPushButton(self.tr("Save"))
        save_rounds.setObjectName("saveRoundMinutes")
        save_rounds.clicked.connect(self.save_round_minutes)
        rrow = QHBoxLayout()
        for w in (self.round_minutes, save_rounds):
            rrow.addWidget(w)
        rrow.addStretch(1)
        form.addRow(self.tr("Rounds (巡查): a waiting guest needs a round after"), rrow)
        form.addRow("", self.errors.label("round_minutes"))
        lay.addWidget(bottom)
        lay.addWidget(self.general)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setStyleSheet(f"color: {OK};")
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _build_templates(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        self.template = QComboBox()
        self.template.setObjectName("templateCombo")
        for t in config.templates():
            self.template.addItem(t.name, t.code)
        self.template.currentIndexChanged.connect(lambda _i: self._load_template())
        top.addWidget(QLabel(self.tr("Flow")))
        top.addWidget(self.template)
        hint = QLabel(self.tr("Steps with the same number run side by side (bride and groom). Flows already "
                              "started keep their steps."))
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        v.addLayout(top)
        self.step_model = RowTableModel([
            Column(self.tr("No."), lambda r: r.position + 1),
            Column(self.tr("Who"), lambda r: machine.person_label(r.track)),
            Column(self.tr("Station"), lambda r: r.station_name),
            Column(self.tr("Optional"), lambda r: self.tr("yes") if r.optional else ""),
            Column(self.tr("Due after (days)"), lambda r: r.due_days or ""),
        ], self)
        self.step_table = make_table(make_proxy(self.step_model, self), self, "templateSteps")
        v.addWidget(self.step_table, 1)
        edit = QHBoxLayout()
        self.new_station = QComboBox()
        self.new_station.setObjectName("newStation")
        for st in config.stations():
            self.new_station.addItem(st.name, st.code)
        self.new_track = QComboBox()
        self.new_track.setObjectName("newTrack")
        for code in ("couple", "bride", "groom"):
            self.new_track.addItem(machine.person_label(code), code)
        self.new_optional = QCheckBox(self.tr("Optional"))
        self.new_due = QSpinBox()
        self.new_due.setRange(0, 365)
        self.new_due.setPrefix(self.tr("due +"))
        self.new_due.setSuffix(self.tr(" d"))
        self.side_by_side = QCheckBox(self.tr("Side by side with the selected step"))
        self.side_by_side.setObjectName("sideBySide")
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addStep")
        add.clicked.connect(self.add_step)
        for w in (self.new_station, self.new_track, self.new_optional, self.new_due, self.side_by_side, add):
            edit.addWidget(w)
        edit.addStretch(1)
        v.addLayout(edit)
        moves = QHBoxLayout()
        for text, name, fn in ((self.tr("Up"), "stepUp", lambda: self.move_step(-1)),
                               (self.tr("Down"), "stepDown", lambda: self.move_step(1)),
                               (self.tr("Remove"), "removeStep", self.remove_step)):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(fn)
            moves.addWidget(b)
        moves.addStretch(1)
        save = QPushButton(self.tr("Save flow"))
        save.setObjectName("saveTemplate")
        save.clicked.connect(self.save_template)
        moves.addWidget(save)
        v.addLayout(moves)
        v.addWidget(self.errors.label("steps"))
        self._load_template()
        return page

    def _load_template(self) -> None:
        code = self.template.currentData()
        self.step_model.set_rows(config.template_steps(code) if code else [])

    def _rows(self) -> list[config.TemplateStepRow]:
        return self.step_model.rows()

    def _set_rows(self, rows: list[config.TemplateStepRow], select: int | None = None) -> None:
        # Renumber the positions 0..n keeping side-by-side groups together.
        order = sorted({r.position for r in rows})
        for r in rows:
            r.position = order.index(r.position)
        rows.sort(key=lambda r: (r.position, ("couple", "bride", "groom").index(r.track)))
        self.step_model.set_rows(rows)
        if select is not None and 0 <= select < len(rows):
            self.step_table.selectRow(select)

    def _selected_index(self) -> int:
        idx = self.step_table.currentIndex()
        return idx.row() if idx.isValid() else -1

    def add_step(self) -> None:
        rows = self._rows()
        i = self._selected_index()
        code = self.new_station.currentData()
        name = self.new_station.currentText()
        if self.side_by_side.isChecked() and i >= 0:
            pos = rows[i].position
        else:
            pos = (rows[i].position + 0.5) if i >= 0 else (max((r.position for r in rows), default=-1) + 1)
        rows.append(config.TemplateStepRow(pos, self.new_track.currentData(), code,  # type: ignore[arg-type]
                                         self.new_optional.isChecked(), self.new_due.value(), name))
        self._set_rows(rows)
        new = next(k for k, r in enumerate(self._rows()) if r.station_code == code and r.station_name == name
                   and r.track == self.new_track.currentData())
        self.step_table.selectRow(new)

    def move_step(self, delta: int) -> None:
        rows = self._rows()
        i = self._selected_index()
        if i < 0:
            return
        positions = sorted({r.position for r in rows})
        p = positions.index(rows[i].position)
        q = p + delta
        if not 0 <= q < len(positions):
            return
        a, b = positions[p], positions[q]
        moved = rows[i]
        for r in rows:
            if r.position == a:
                r.position = b
            elif r.position == b:
                r.position = a
        self._set_rows(rows)
        self.step_table.selectRow(self._rows().index(moved))

    def remove_step(self) -> None:
        rows = self._rows()
        i = self._selected_index()
        if i < 0:
            return
        del rows[i]
        self._set_rows(rows, min(i, len(rows) - 1))

    def save_template(self) -> bool:
        code = self.template.currentData()
        saved = call_service(self, config.set_template_steps, self.ctx, code, self._rows(), self.staff.staff_id(),
                             self.pin.text(), errors=self.errors)
        if saved is None:
            return False
        self.saved = True
        self.step_model.set_rows(saved)
        self.message.setText(self.tr("Flow {name} saved.").format(name=self.template.currentText()))
        return True

    def save_handoff(self) -> bool:
        ok = call_service(self, _save_handoff, self.ctx, self.handoff.value(), self.staff.staff_id(), self.pin.text(),
                          errors=self.errors)
        if ok:
            self.saved = True
            self.message.setText(self.tr("Handoff alert limit saved."))
        return bool(ok)


    def save_round_minutes(self) -> bool:
        ok = call_service(self, _save_round_minutes, self.ctx, self.round_minutes.value(), self.staff.staff_id(),
                          self.pin.text(), errors=self.errors)
        if ok:
            self.saved = True
            self.message.setText(self.tr("Rounds interval saved."))
        return bool(ok)

    def save_post_extra(self) -> bool:
        ok = call_service(self, _save_post_extra, self.ctx, self.post_extra.value(), self.staff.staff_id(),
                          self.pin.text(), errors=self.errors)
        if ok:
            self.saved = True
            self.message.setText(self.tr("Retouching time for extra photos saved."))
        return bool(ok)


def _save_post_extra(ctx: AppContext, photos: int, staff_id: int | None, pin: str) -> bool:
    config.set_post_extra_photos_per_day(ctx, photos, staff_id, pin)
    return True


def _save_handoff(ctx: AppContext, minutes: int, staff_id: int | None, pin: str) -> bool:
    config.set_handoff_limit(ctx, minutes, staff_id, pin)
    return True


def _save_round_minutes(ctx: AppContext, minutes: int, staff_id: int | None, pin: str) -> bool:
    rounds.set_round_minutes(ctx, minutes, staff_id, pin)
    return True
