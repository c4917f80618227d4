"""Settings (supervisors only; saved in the database so every counter PC shares them).

Pages: studio (for printouts), staff, stations & alert limits, lockers, working-day overrides, language,
launchers for the flow and complaint areas' own settings dialogs — and any page another area registers
(a registered page with the key "flows" or "complaints" replaces the launcher):

    from ui.settings.dialog import register_settings_page
    register_settings_page("complaints", lambda: QCoreApplication.translate("Complaints", "Complaints"),
                           lambda acting, parent: MyPage(acting, parent), order=60)

``acting`` (ui.common.pin_dialog.Acting) carries the supervisor who opened the dialog: save through
``acting.call(self, service_fn, *args, errors=...)`` — the service gets (ctx, staff_id, pin, *args) and
checks her role and PIN itself (e.g. app.settings_service.change_option). Register at import time of a
module that is loaded before the dialog opens (your tab module), or name the module
``ui/<area>_settings_page.py``: such modules are imported when the dialog opens.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings_service
from app.checkin import lockers
from app.core.context import AppContext
from app.core.i18n import LANGUAGES
from app.flow import stations
from app.staff.roles import ROLE_CODES, role_label
from ui.common.errors import FieldErrors
from ui.common.pin_dialog import Acting
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, minutes_text, selected_row
from ui.staff.dialog import StaffPage

UI_DIR = Path(__file__).resolve().parent


@dataclass
class SettingsPage:
    key: str
    title: Callable[[], str]
    factory: Callable[[Acting, QWidget], QWidget]
    order: int = 100


_PAGES: dict[str, SettingsPage] = {}


def register_settings_page(key: str, title: Callable[[], str], factory: Callable[[Acting, QWidget], QWidget],
                           order: int = 100) -> None:
    """Add (or replace) a page of the settings dialog. ``title`` is called when the dialog opens."""
    _PAGES[key] = SettingsPage(key, title, factory, order)


def _load_page_modules() -> None:
    for path in sorted(UI_DIR.glob("*_settings_page.py")):
        importlib.import_module(f"ui.{path.stem}")


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet("color: #c62828;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


def _note(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #607d8b;")
    return lab


def _done(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setStyleSheet("color: #2e7d32;")
    label.show()


# ------------------------------------------------------------------------------------ studio

class StudioPage(QWidget):
    """Studio name, address, phone and logo for the top of every printout."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("studioPage")
        lay = QVBoxLayout(self)
        lay.addWidget(_note(self.tr("Shown at the top of flow sheets, complaint forms and handover printouts.")))
        general = _error_label()
        self.errors = FieldErrors(general)
        info = settings_service.studio_info()
        form = QFormLayout()
        self.name = QLineEdit(info.name)
        self.name.setObjectName("studioName")
        self.name.setMaxLength(60)
        self.address = QLineEdit(info.address)
        self.address.setObjectName("studioAddress")
        self.address.setMaxLength(120)
        self.phone = QLineEdit(info.phone)
        self.phone.setObjectName("studioPhone")
        self.phone.setPlaceholderText("0571-88001234")
        self.logo = QLineEdit(info.logo_path)
        self.logo.setObjectName("studioLogo")
        self.logo.setPlaceholderText(self.tr("Optional: an image file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedHeight(72)
        form.addRow(self.tr("Studio name"), self.name)
        form.addRow("", self.errors.label("name"))
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.errors.label("address"))
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors.label("phone"))
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.errors.label("logo_path"))
        form.addRow("", self.preview)
        lay.addLayout(form)
        self.saved = QLabel()
        self.saved.setObjectName("studioSaved")
        self.saved.hide()
        lay.addWidget(general)
        row = QHBoxLayout()
        save = QPushButton(self.tr("Save"))
        save.setObjectName("studioSave")
        save.clicked.connect(self.save)
        row.addWidget(self.saved)
        row.addStretch(1)
        row.addWidget(save)
        lay.addLayout(row)
        lay.addStretch(1)
        self.logo.textChanged.connect(lambda _t: self._show_preview())
        self._show_preview()

    def _show_preview(self) -> None:
        pix = QPixmap(self.logo.text().strip()) if self.logo.text().strip() else QPixmap()
        self.preview.setVisible(not pix.isNull())
        if pix.isNull():
            self.preview.clear()
        else:
            self.preview.setPixmap(pix.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Studio logo"), self.logo.text(),
                                               self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"))
        if path:
            self.logo.setText(path)

    def save(self) -> None:
        self.saved.hide()
        if self.acting.call(self, settings_service.save_studio_info, self.name.text(), self.address.text(), self.phone.text(),
                            self.logo.text(), errors=self.errors) is not None:
            _done(self.saved, self.tr("Saved."))


# ------------------------------------------------------------------------------------ stations

class StationsPage(QWidget):
    """The stations a couple passes through: name, colour, alert limit, role, order, on/off."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("stationsPage")
        self._new = False
        lay = QVBoxLayout(self)
        lay.addWidget(_note(self.tr("The alert limit is how long a couple may stay at a station before the flow "
                                    "board marks it (0: never).")))
        self.model = RowTableModel([
            Column(self.tr("Order"), lambda s: s.sort_order + 1, sort=lambda s: s.sort_order,
                   align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Colour"), lambda s: "", background=lambda s: s.colour),
            Column(self.tr("Station"), lambda s: s.name),
            Column(self.tr("Code"), lambda s: s.code),
            Column(self.tr("Alert after"), lambda s: minutes_text(s.alert_minutes) if s.alert_minutes else
                   self.tr("no alert"), sort=lambda s: s.alert_minutes),
            Column(self.tr("Role"), lambda s: role_label(s.role) if s.role else "—"),
            Column(self.tr("Status"), lambda s: self.tr("On") if s.active else self.tr("Off"),
                   foreground=lambda s: None if s.active else "#9e9e9e"),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "stationsTable")
        self.view.setColumnWidth(0, 50)
        self.view.setColumnWidth(1, 50)
        self.view.setColumnWidth(2, 140)
        lay.addWidget(self.view, 1)
        general = _error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("stationCode")
        self.code.setPlaceholderText("night_shoot")
        self.name = QLineEdit()
        self.name.setObjectName("stationName")
        self.name.setMaxLength(40)
        self.colour = QLineEdit()
        self.colour.setObjectName("stationColour")
        self.colour.setMaxLength(7)
        pick = QPushButton(self.tr("Pick…"))
        pick.clicked.connect(self.pick_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(pick)
        colour_row.addStretch(1)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("stationMinutes")
        self.minutes.setRange(0, stations.MAX_ALERT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.role = QComboBox()
        self.role.setObjectName("stationRole")
        self.role.addItem("—", "")
        for code in ROLE_CODES:
            self.role.addItem(role_label(code), code)
        self.active = QCheckBox(self.tr("In use (shown on the flow board)"))
        self.active.setObjectName("stationActive")
        form.addRow(self.tr("Code"), self.code)
        form.addRow("", self.errors.label("code"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors.label("name"))
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow("", self.errors.label("colour"))
        form.addRow(self.tr("Alert after"), self.minutes)
        form.addRow("", self.errors.label("alert_minutes"))
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.errors.label("role"))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QHBoxLayout()
        self.up_btn = QPushButton(self.tr("Move up"))
        self.down_btn = QPushButton(self.tr("Move down"))
        self.new_btn = QPushButton(self.tr("New station"))
        self.new_btn.setObjectName("stationNew")
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.setObjectName("stationRemove")
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("stationSave")
        for b in (self.up_btn, self.down_btn, self.new_btn, self.remove_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        self.up_btn.clicked.connect(lambda: self.move(-1))
        self.down_btn.clicked.connect(lambda: self.move(1))
        self.new_btn.clicked.connect(self.start_new)
        self.remove_btn.clicked.connect(self.remove)
        self.save_btn.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(stations.station_rows())
        if select_id is not None:
            self._select(select_id)
        self.load_selected()

    def _select(self, station_id: int) -> None:
        for i in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row()).id == station_id:
                self.view.selectRow(i)
                return

    def current(self):  # noqa: ANN201 - a Station row
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        st = self.current()
        self._new = False
        self.errors.clear()
        self.code.setReadOnly(True)
        has = st is not None
        for w in (self.up_btn, self.down_btn, self.remove_btn, self.save_btn):
            w.setEnabled(has)
        if not has:
            return
        self.code.setText(st.code)
        self.name.setText(st.name)
        self.colour.setText(st.colour)
        self.minutes.setValue(st.alert_minutes)
        self.role.setCurrentIndex(max(0, self.role.findData(st.role)))
        self.active.setChecked(bool(st.active))

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.code.setReadOnly(False)
        self.code.clear()
        self.name.clear()
        self.colour.setText("#607d8b")
        self.minutes.setValue(30)
        self.role.setCurrentIndex(0)
        self.active.setChecked(True)
        self.save_btn.setEnabled(True)
        self.code.setFocus()

    def pick_colour(self) -> None:
        c = QColorDialog.getColor(QColor(self.colour.text() or "#607d8b"), self, self.tr("Station colour"))
        if c.isValid():
            self.colour.setText(c.name())

    def save(self) -> None:
        if self._new:
            st = self.acting.call(self, stations.add_station, self.code.text(), self.name.text(), self.colour.text(),
                                  self.minutes.value(), self.role.currentData(), errors=self.errors)
        else:
            cur = self.current()
            if cur is None:
                return
            st = self.acting.call(self, stations.update_station, cur.id, self.name.text(), self.colour.text(),
                                  self.minutes.value(), self.role.currentData(), self.active.isChecked(),
                                  errors=self.errors)
        if st is not None:
            self.refresh(st.id)

    def move(self, step: int) -> None:
        cur = self.current()
        if cur is not None:
            self.acting.call(self, stations.move_station, cur.id, step)
            self.refresh(cur.id)

    def remove(self) -> None:
        cur = self.current()
        if cur is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove station"), self.tr(
            "Remove station {name}? A station that was ever used cannot be removed: switch it off instead.")
            .format(name=cur.name))
        if answer == QMessageBox.StandardButton.Yes and self.acting.call(self, _delete_station, cur.id):
            self.refresh()


def _delete_station(ctx: AppContext, staff_id: int | None, pin: str | None, station_id: int) -> bool:
    stations.delete_station(ctx, staff_id, pin, station_id)
    return True


# ------------------------------------------------------------------------------------ lockers

class LockersPage(QWidget):
    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("lockersPage")
        self._new = False
        lay = QVBoxLayout(self)
        self.model = RowTableModel([
            Column(self.tr("Locker"), lambda r: r.number),
            Column(self.tr("Location"), lambda r: r.location),
            Column(self.tr("Status"), lambda r: self.tr("On") if r.active else self.tr("Off"),
                   foreground=lambda r: None if r.active else "#9e9e9e"),
            Column(self.tr("Key"), lambda r: self.tr("Out") if r.in_use else self.tr("At the counter"),
                   foreground=lambda r: "#e65100" if r.in_use else None),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "lockersTable")
        lay.addWidget(self.view, 1)
        general = _error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("lockerNumber")
        self.number.setMaxLength(10)
        self.location = QLineEdit()
        self.location.setObjectName("lockerLocation")
        self.location.setMaxLength(40)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setObjectName("lockerActive")
        form.addRow(self.tr("Number"), self.number)
        form.addRow("", self.errors.label("number"))
        form.addRow(self.tr("Location"), self.location)
        form.addRow("", self.errors.label("location"))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        buttons = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New locker"))
        self.new_btn.setObjectName("lockerNew")
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("lockerSave")
        buttons.addWidget(self.new_btn)
        buttons.addWidget(self.remove_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        self.new_btn.clicked.connect(self.start_new)
        self.remove_btn.clicked.connect(self.remove)
        self.save_btn.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(lockers.locker_rows())
        if select_id is not None:
            for i in range(self.proxy.rowCount()):
                if self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row()).id == select_id:
                    self.view.selectRow(i)
                    break
        self.load_selected()

    def current(self):  # noqa: ANN201 - a LockerRow
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        r = self.current()
        self._new = False
        self.errors.clear()
        self.remove_btn.setEnabled(r is not None)
        self.save_btn.setEnabled(r is not None)
        if r is not None:
            self.number.setText(r.number)
            self.location.setText(r.location)
            self.active.setChecked(r.active)

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.number.clear()
        self.location.clear()
        self.active.setChecked(True)
        self.save_btn.setEnabled(True)
        self.number.setFocus()

    def save(self) -> None:
        if self._new:
            lk = self.acting.call(self, lockers.add_locker, self.number.text(), self.location.text(), errors=self.errors)
        else:
            r = self.current()
            if r is None:
                return
            lk = self.acting.call(self, lockers.update_locker, r.id, self.number.text(), self.location.text(),
                                  self.active.isChecked(), errors=self.errors)
        if lk is not None:
            self.refresh(lk.id)

    def remove(self) -> None:
        r = self.current()
        if r is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove locker"), self.tr(
            "Remove locker {n}? A locker whose key was ever lent cannot be removed: switch it off instead.")
            .format(n=r.number))
        if answer == QMessageBox.StandardButton.Yes and self.acting.call(self, _delete_locker, r.id):
            self.refresh()


def _delete_locker(ctx: AppContext, staff_id: int | None, pin: str | None, locker_id: int) -> bool:
    lockers.delete_locker(ctx, staff_id, pin, locker_id)
    return True


# ------------------------------------------------------------------------------------ working days

class WorkdaysPage(QWidget):
    """Days that differ from the calendar (for years the built-in holiday calendar does not know yet)."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("workdaysPage")
        lay = QVBoxLayout(self)
        lay.addWidget(_note(self.tr("Deadlines count working days (such as the 5 working days for a complaint's result). Public holidays "
                                    "and make-up working days come from the official calendar; enter them here "
                                    "for a year it does not know yet, or for a day the studio closes.")))
        self.model = RowTableModel([
            Column(self.tr("Date"), lambda r: r[0].isoformat(), sort=lambda r: r[0]),
            Column(self.tr("Weekday"), lambda r: self._weekday(r[0])),
            Column(self.tr("Counts as"), lambda r: self.tr("Working day") if r[1] else self.tr("Day off"),
                   foreground=lambda r: "#2e7d32" if r[1] else "#c62828"),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "workdaysTable")
        lay.addWidget(self.view, 1)
        general = _error_label()
        self.errors = FieldErrors(general)
        row = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setObjectName("workdayDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = acting.ctx.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.workday = QRadioButton(self.tr("Working day"))
        self.workday.setObjectName("workdayYes")
        self.dayoff = QRadioButton(self.tr("Day off"))
        self.dayoff.setObjectName("workdayNo")
        self.dayoff.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.workday)
        group.addButton(self.dayoff)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("workdayAdd")
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.setObjectName("workdayRemove")
        for w in (self.date, self.workday, self.dayoff, add):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.remove_btn)
        lay.addLayout(row)
        lay.addWidget(self.errors.label("date"))
        lay.addWidget(general)
        add.clicked.connect(self.add)
        self.remove_btn.clicked.connect(self.remove)
        self.refresh()

    def _weekday(self, d: dt.date) -> str:
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        return names[d.weekday()]

    def refresh(self) -> None:
        self.model.set_rows(sorted(settings_service.workday_overrides().items()))

    def add(self) -> None:
        d = self.date.date()
        day = dt.date(d.year(), d.month(), d.day())
        self.acting.call(self, settings_service.set_workday_override, day, self.workday.isChecked(), errors=self.errors)
        self.refresh()

    def remove(self) -> None:
        r = selected_row(self.view) if self.view.selectionModel().hasSelection() else None
        if r is not None:
            self.acting.call(self, settings_service.remove_workday_override, r[0])
            self.refresh()


# ------------------------------------------------------------------------------------ language

class LanguagePage(QWidget):
    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("languagePage")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings_service.ui_language())))
        form.addRow(self.tr("Language of the program"), self.combo)
        lay.addLayout(form)
        lay.addWidget(_note(self.tr("Applies to every counter PC the next time the program starts.")))
        self.errors = FieldErrors(_error_label())
        lay.addWidget(self.errors.label("language"))
        self.saved = QLabel()
        self.saved.hide()
        row = QHBoxLayout()
        save = QPushButton(self.tr("Save"))
        save.setObjectName("languageSave")
        save.clicked.connect(self.save)
        row.addWidget(self.saved)
        row.addStretch(1)
        row.addWidget(save)
        lay.addLayout(row)
        lay.addStretch(1)

    def save(self) -> None:
        self.saved.hide()
        if self.acting.call(self, _save_language, self.combo.currentData(), errors=self.errors):
            _done(self.saved, self.tr("Saved. Restart the program to switch."))


def _save_language(ctx: AppContext, staff_id: int | None, pin: str | None, language: str) -> bool:
    settings_service.save_ui_language(ctx, staff_id, pin, language)
    return True


# ------------------------------------------------------------------------------------ other areas' dialogs

class LauncherPage(QWidget):
    """A page that opens another area's own settings dialog (until that area registers real pages)."""

    def __init__(self, acting: Acting, text: str, button: str, opener: Callable[[AppContext, QWidget], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self._opener = opener
        lay = QVBoxLayout(self)
        lay.addWidget(_note(text))
        row = QHBoxLayout()
        self.button = QPushButton(button)
        self.button.setObjectName("launcherButton")
        self.button.clicked.connect(self.open)
        row.addWidget(self.button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def open(self) -> None:
        self._opener(self.acting.ctx, self)


def _open_flow_settings(ctx: AppContext, parent: QWidget) -> None:
    from ui.flow.settings_page import FlowSettingsDialog

    FlowSettingsDialog(ctx, parent).exec()


def _open_complaint_settings(ctx: AppContext, parent: QWidget) -> None:
    from ui.complaints.settings_page import ComplaintSettingsDialog

    ComplaintSettingsDialog(ctx, parent).exec()


def _flow_page(acting: Acting, parent: QWidget) -> QWidget:
    return LauncherPage(acting, QCoreApplication.translate(
        "SettingsDialog", "The flow templates (which stations a couple passes, in which order) and the handoff "
                          "alert limit are kept with the flow board. Each change asks for a supervisor's PIN."),
        QCoreApplication.translate("SettingsDialog", "Open the flow settings…"), _open_flow_settings, parent)


def _complaints_page(acting: Acting, parent: QWidget) -> QWidget:
    return LauncherPage(acting, QCoreApplication.translate(
        "SettingsDialog", "Complaint categories with their standard handling texts, causes, and the working-day "
                          "list for years the holiday calendar does not know. Each change asks for a supervisor's "
                          "PIN."),
        QCoreApplication.translate("SettingsDialog", "Open the complaint settings…"), _open_complaint_settings,
        parent)


# ------------------------------------------------------------------------------------ the dialog

def _builtin_pages() -> list[SettingsPage]:
    return [
        SettingsPage("studio", lambda: QCoreApplication.translate("SettingsDialog", "Studio"), StudioPage, 10),
        SettingsPage("staff", lambda: QCoreApplication.translate("SettingsDialog", "Staff"), StaffPage, 20),
        SettingsPage("stations", lambda: QCoreApplication.translate("SettingsDialog", "Stations & alert limits"), StationsPage, 30),
        SettingsPage("lockers", lambda: QCoreApplication.translate("SettingsDialog", "Lockers"), LockersPage, 40),
        SettingsPage("flows", lambda: QCoreApplication.translate("SettingsDialog", "Flows"), _flow_page, 50),
        SettingsPage("complaints", lambda: QCoreApplication.translate("SettingsDialog", "Complaints"),
                     _complaints_page, 60),
        SettingsPage("workdays", lambda: QCoreApplication.translate("SettingsDialog", "Working days"), WorkdaysPage, 80),
        SettingsPage("language", lambda: QCoreApplication.translate("SettingsDialog", "Language"), LanguagePage, 90),
        SettingsPage("backups", lambda: QCoreApplication.translate("SettingsDialog", "Backups"), lambda a, p: importlib.import_module("ui.settings.backup_page").BackupsPage(a, p), 95),
    ]


class SettingsDialog(QDialog):
    """Desk ▸ Settings…: every page acts as the supervisor who opened the dialog."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(900, 640)
        lay = QVBoxLayout(self)
        from app.staff.service import display_name

        who = QLabel(self.tr("Changes are saved for every counter PC and recorded under {name}.").format(
            name=display_name(acting.staff_id)))
        who.setObjectName("settingsWho")
        who.setStyleSheet("color: #607d8b;")
        lay.addWidget(who)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        lay.addWidget(self.tabs, 1)
        _load_page_modules()
        pages = {p.key: p for p in _builtin_pages()}
        pages.update(_PAGES)
        self.pages: dict[str, QWidget] = {}
        for page in sorted(pages.values(), key=lambda p: (p.order, p.key)):
            w = page.factory(acting, self)
            self.pages[page.key] = w
            self.tabs.addTab(w, page.title())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def show_page(self, key: str) -> QWidget:
        w = self.pages[key]
        self.tabs.setCurrentWidget(w)
        return w
