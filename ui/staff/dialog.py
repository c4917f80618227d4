"""Staff management for supervisors: add, edit, deactivate (never delete anyone referenced), set a PIN.
Also the "change my PIN" dialog every staff member may use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.staff import service as staff_service
from app.staff.roles import ROLE_CODES, SUPERVISOR_ROLES, role_label
from app.staff.service import StaffRow
from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import ERROR, INACTIVE, MUTED, WARNING
from ui.common.pin_dialog import Acting, pin_edit
from ui.common.widgets import (
    ROW_ROLE,
    Column,
    RowTableModel,
    SearchBox,
    StaffPicker,
    make_proxy,
    make_table,
    selected_row,
)


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet(f"color: {ERROR};")
    lab.setWordWrap(True)
    lab.hide()
    return lab


class StaffEditDialog(QDialog):
    """Name, roles and (for a new person) her PIN."""

    def __init__(self, acting: Acting, row: StaffRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.row = row
        self.saved_id: int | None = None
        self.setObjectName("staffEditDialog")
        self.setWindowTitle(self.tr("Edit staff member") if row else self.tr("Add staff member"))
        lay = QVBoxLayout(self)
        general = _error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.name_edit = QLineEdit(row.name if row else "")
        self.name_edit.setObjectName("staffName")
        self.name_edit.setMaxLength(40)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.errors.label("name"))
        hint = QLabel(self.tr("Two people may have the same name: they are shown with a number, e.g. 王丽 (2)."))
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setWordWrap(True)
        form.addRow("", hint)
        grid = QGridLayout()
        self.role_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(ROLE_CODES):
            box = QCheckBox(role_label(code))
            box.setObjectName(f"role_{code}")
            box.setChecked(bool(row and code in row.roles))
            if code in SUPERVISOR_ROLES:
                box.setStyleSheet("font-weight: bold;")
            self.role_boxes[code] = box
            grid.addWidget(box, i // 3, i % 3)
        roles_w = QWidget()
        roles_w.setLayout(grid)
        form.addRow(self.tr("Roles"), roles_w)
        form.addRow("", self.errors.label("roles"))
        self.pin = pin_edit("staffPin")
        self.pin_again = pin_edit("staffPinAgain")
        if row is None:
            form.addRow(self.tr("PIN"), self.pin)
            form.addRow("", self.errors.label("pin"))
            form.addRow(self.tr("PIN again"), self.pin_again)
            form.addRow("", self.errors.label("pin_again"))
            note = QLabel(self.tr("She types her own PIN here. Staff other than supervisors may leave it empty "
                                  "and set it the first time they sign."))
            note.setStyleSheet(f"color: {MUTED};")
            note.setWordWrap(True)
            form.addRow("", note)
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        form_keys(self, self.save, buttons.button(QDialogButtonBox.StandardButton.Save))

    def roles(self) -> list[str]:
        return [code for code, box in self.role_boxes.items() if box.isChecked()]

    def save(self) -> None:
        if self.row is None:
            if self.pin.text() != self.pin_again.text():
                self.errors.show({"pin_again": self.tr("The two PINs differ.")})
                return
            s = self.acting.call(self, staff_service.create_staff, self.name_edit.text(), self.roles(),
                                 self.pin.text() or None, errors=self.errors)
        else:
            s = self.acting.call(self, staff_service.update_staff, self.row.id, self.name_edit.text(), self.roles(),
                                 errors=self.errors)
        if s is not None:
            self.saved_id = s.id
            self.accept()


class SetPinDialog(QDialog):
    """A supervisor sets a new PIN for someone who forgot hers (also lifts a lock-out)."""

    def __init__(self, acting: Acting, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.row = row
        self.setObjectName("setPinDialog")
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=row.display))
        lay = QVBoxLayout(self)
        general = _error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.pin = pin_edit("newPin")
        self.pin_again = pin_edit("newPinAgain")
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow("", self.errors.label("pin"))
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow("", self.errors.label("pin_again"))
        lay.addWidget(QLabel(self.tr("Let {name} type it herself.").format(name=row.display)))
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        done = self.acting.call(self, _reset_pin, self.row.id, self.pin.text(), self.pin_again.text(),
                                errors=self.errors)
        if done:
            self.accept()


def _reset_pin(ctx: AppContext, staff_id: int | None, pin: str | None, target: int, new: str, again: str) -> bool:
    staff_service.reset_pin(ctx, staff_id, pin, target, new, again)
    return True


class ChangePinDialog(QDialog):
    """Any staff member changes her own PIN (old PIN first)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changePinDialog")
        self.setWindowTitle(self.tr("Change my PIN"))
        lay = QVBoxLayout(self)
        general = _error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.picker = StaffPicker(None, self)
        if ctx.operator_id is not None:
            self.picker.set_staff_id(ctx.operator_id)
        self.old = pin_edit("oldPin")
        self.pin = pin_edit("newPin")
        self.pin_again = pin_edit("newPinAgain")
        form.addRow(self.tr("Staff"), self.picker)
        form.addRow(self.tr("Current PIN"), self.old)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow("", self.errors.label("pin"))
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow("", self.errors.label("pin_again"))
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        def change() -> bool:
            staff_service.change_own_pin(self.ctx, self.picker.staff_id(), self.old.text(), self.pin.text(),
                                         self.pin_again.text())
            return True

        if call_service(self, change, errors=self.errors):
            self.accept()


class StaffPage(QWidget):
    """The staff list with its actions (used by the Staff dialog and as a page of Settings)."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("staffPage")
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchBox(self)
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Find by name or role…"))
        self.show_inactive = QCheckBox(self.tr("Show deactivated"))
        self.show_inactive.setObjectName("showInactive")
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        lay.addLayout(top)
        self.model = RowTableModel([
            Column(self.tr("Name"), lambda r: r.display),
            Column(self.tr("Roles"), lambda r: r.role_text),
            Column(self.tr("Status"), self._status,
                   foreground=lambda r: None if r.active else INACTIVE),
            Column(self.tr("PIN"), self._pin_text,
                   foreground=lambda r: ERROR if r.locked_until else (None if r.has_pin else WARNING)),
            Column(self.tr("Since"), lambda r: r.created_at.strftime("%Y-%m-%d"), sort=lambda r: r.created_at),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "staffTable")
        for col, width in enumerate((130, 200, 70, 190)):
            self.view.setColumnWidth(col, width)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        lay.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add…"))
        self.add_btn.setObjectName("staffAdd")
        self.edit_btn = QPushButton(self.tr("Edit…"))
        self.edit_btn.setObjectName("staffEdit")
        self.active_btn = QPushButton(self.tr("Deactivate"))
        self.active_btn.setObjectName("staffActive")
        self.pin_btn = QPushButton(self.tr("New PIN…"))
        self.pin_btn.setObjectName("staffPin")
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.setObjectName("staffDelete")
        self.delete_btn.setToolTip(self.tr("Only for someone added by mistake who never did anything; "
                                           "otherwise deactivate."))
        for b in (self.add_btn, self.edit_btn, self.active_btn, self.pin_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_btn)
        lay.addLayout(buttons)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.active_btn.clicked.connect(self.toggle_active)
        self.pin_btn.clicked.connect(self.new_pin)
        self.delete_btn.clicked.connect(self.delete)
        self.search.searchChanged.connect(self.proxy.setFilterFixedString)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def _status(self, r: StaffRow) -> str:
        return self.tr("Active") if r.active else self.tr("Deactivated")

    def _pin_text(self, r: StaffRow) -> str:
        now = self.acting.ctx.now()
        if r.locked_until and r.locked_until > now:
            return self.tr("Locked until {t}").format(t=r.locked_until.strftime("%H:%M"))
        return self.tr("Set") if r.has_pin else self.tr("Not yet (set at first use)")

    def refresh(self, select_id: int | None = None) -> None:
        current = self.current()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(staff_service.staff_rows(include_inactive=self.show_inactive.isChecked()))
        if keep is not None:
            for i in range(self.proxy.rowCount()):
                if self.proxy.index(i, 0).data(ROW_ROLE).id == keep:
                    self.view.selectRow(i)
                    break
        self._update_buttons()

    def current(self) -> StaffRow | None:
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def _update_buttons(self) -> None:
        r = self.current()
        for b in (self.edit_btn, self.active_btn, self.pin_btn, self.delete_btn):
            b.setEnabled(r is not None)
        self.active_btn.setText(self.tr("Reactivate") if r is not None and not r.active else self.tr("Deactivate"))

    def add(self) -> None:
        dlg = StaffEditDialog(self.acting, None, self)
        if dlg.exec():
            self.refresh(dlg.saved_id)

    def edit(self) -> None:
        r = self.current()
        if r is None:
            return
        dlg = StaffEditDialog(self.acting, r, self)
        if dlg.exec():
            self.refresh(r.id)

    def toggle_active(self) -> None:
        r = self.current()
        if r is None:
            return
        if r.active:
            answer = QMessageBox.question(self, self.tr("Deactivate"), self.tr(
                "Deactivate {name}? She no longer appears in pickers; everything she signed stays.").format(
                name=r.display))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.acting.call(self, staff_service.set_staff_active, r.id, not r.active) is not None:
            if r.active and not self.show_inactive.isChecked():
                self.show_inactive.setChecked(True)
            self.refresh(r.id)

    def new_pin(self) -> None:
        r = self.current()
        if r is not None and SetPinDialog(self.acting, r, self).exec():
            self.refresh(r.id)

    def delete(self) -> None:
        r = self.current()
        if r is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr(
            "Delete {name} for good? This is only possible for someone added by mistake.").format(name=r.display))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.acting.call(self, _delete, r.id):
            self.refresh()


def _delete(ctx: AppContext, staff_id: int | None, pin: str | None, target: int) -> bool:
    staff_service.delete_staff(ctx, staff_id, pin, target)
    return True


class StaffDialog(QDialog):
    """Desk ▸ Staff…: the staff list for the supervisor who opened it."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self.resize(860, 560)
        lay = QVBoxLayout(self)
        self.page = StaffPage(acting, self)
        lay.addWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
