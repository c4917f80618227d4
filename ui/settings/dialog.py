"""Desk ▸ Settings (supervisors only; saved in the database so every counter PC shares them).

One explicit list of pages, :func:`settings_pages`: each page is a widget from the ui package of the area
that owns the setting (stations in ``ui.flow``, lockers in ``ui.checkin``, packages in ``ui.aftercare``, …);
this module holds the studio-wide ones (letterhead, working days, language) and launchers for the areas
whose settings are still a dialog of their own. Each concept has one editor.

``acting`` (ui.common.pin_dialog.Acting) carries the supervisor who opened the dialog: a page saves through
``acting.call(self, service_fn, *args, errors=...)`` — the service gets (ctx, staff_id, pin, *args) and
checks her role and PIN itself (e.g. app.settings_service.change_option).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings_service
from app.checkin import order_numbers
from app.core.context import AppContext
from app.core.i18n import LANGUAGES
from ui.common.errors import FieldErrors
from ui.common.palette import ERROR, MUTED, OK
from ui.common.pin_dialog import Acting
from ui.common.settings_parts import error_label, note_label, show_done
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, selected_row
from ui.staff.dialog import StaffPage


@dataclass
class SettingsPage:
    key: str
    title: Callable[[], str]
    factory: Callable[[Acting, QWidget], QWidget]




# ------------------------------------------------------------------------------------ studio

class StudioPage(QWidget):
    """Studio name, address, phone and logo for the top of every printout."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("studioPage")
        lay = QVBoxLayout(self)
        lay.addWidget(note_label(self.tr("Shown at the top of flow sheets, complaint forms and handover printouts.")))
        general = error_label()
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
        self.order_pattern = QLineEdit(order_numbers.ORDER_PATTERN.get())
        self.order_pattern.setObjectName("orderPattern")
        self.order_pattern.setMaxLength(32)
        self.order_pattern.setToolTip(self.tr("yyyy, mm, dd: the order's date; NN: the day's counter (01, 02, …)."))
        self.order_example = QLabel()
        self.order_example.setObjectName("orderExample")
        self.order_example.setStyleSheet(f"color: {MUTED};")
        self.order_pattern.textChanged.connect(lambda _t: self._show_example())
        pattern_row = QHBoxLayout()
        pattern_row.addWidget(self.order_pattern, 1)
        pattern_row.addWidget(self.order_example, 1)
        form.addRow(self.tr("New order numbers"), pattern_row)
        form.addRow("", self.errors.label("order_pattern"))
        self._show_example()
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

    def _show_example(self) -> None:
        err = order_numbers.pattern_error(self.order_pattern.text())
        self.order_example.setText(err or self.tr("e.g. {number}").format(
            number=order_numbers.example(self.order_pattern.text(), self.acting.ctx.today())))

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
        pattern = self.order_pattern.text().strip()
        changed = pattern != order_numbers.ORDER_PATTERN.get()
        if changed and (err := order_numbers.pattern_error(pattern)):  # nothing saved while one part is wrong
            self.errors.show({"order_pattern": err})
            return
        if self.acting.call(self, settings_service.save_studio_info, self.name.text(), self.address.text(),
                            self.phone.text(), self.logo.text(), errors=self.errors) is None:
            return
        if changed and self.acting.call(self, order_numbers.set_order_pattern, pattern, errors=self.errors) is None:
            return
        show_done(self.saved, self.tr("Saved."))


# ------------------------------------------------------------------------------------ working days

class WorkdaysPage(QWidget):
    """Days that differ from the calendar (for years the built-in holiday calendar does not know yet)."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("workdaysPage")
        lay = QVBoxLayout(self)
        lay.addWidget(note_label(self.tr("Deadlines count working days (such as the 5 working days for a complaint's result). Public holidays "
                                    "and make-up working days come from the official calendar; enter them here "
                                    "for a year it does not know yet. The days the studio itself is closed are "
                                    "on the \"Opening days\" page: they do not change deadlines.")))
        self.model = RowTableModel([
            Column(self.tr("Date"), lambda r: r[0].isoformat(), sort=lambda r: r[0]),
            Column(self.tr("Weekday"), lambda r: self._weekday(r[0])),
            Column(self.tr("Counts as"), lambda r: self.tr("Working day") if r[1] else self.tr("Day off"),
                   foreground=lambda r: OK if r[1] else ERROR),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "workdaysTable")
        lay.addWidget(self.view, 1)
        general = error_label()
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
        lay.addWidget(note_label(self.tr("Applies to every counter PC the next time the program starts.")))
        self.errors = FieldErrors(error_label())
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
            show_done(self.saved, self.tr("Saved. Restart the program to switch."))


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
        lay.addWidget(note_label(text))
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


def _checklist_page(acting: Acting, parent: QWidget) -> QWidget:
    from ui.handover.checklist_page import ChecklistPage

    return ChecklistPage(acting, parent)


def _backups_page(acting: Acting, parent: QWidget) -> QWidget:
    from ui.settings.backup_page import BackupsPage

    return BackupsPage(acting, parent)


# ------------------------------------------------------------------------------------ the dialog

def _opening_days_page(acting: Acting, parent: QWidget) -> QWidget:
    from ui.settings.opening_days import OpeningDaysPage

    return OpeningDaysPage(acting, parent)


def settings_pages() -> list[SettingsPage]:
    """Every page of the dialog, in order."""
    from ui.aftercare.packages_page import PackagesPage
    from ui.appointments.rooms_page import RoomsPage
    from ui.checkin.leads_page import LeadsPage
    from ui.checkin.lockers_page import LockersPage
    from ui.flow.stations_page import StationsPage

    return [
        SettingsPage("studio", lambda: QCoreApplication.translate("SettingsDialog", "Studio"), StudioPage),
        SettingsPage("staff", lambda: QCoreApplication.translate("SettingsDialog", "Staff"), StaffPage),
        SettingsPage("stations", lambda: QCoreApplication.translate("SettingsDialog", "Stations & alert limits"), StationsPage),
        SettingsPage("lockers", lambda: QCoreApplication.translate("SettingsDialog", "Lockers"), LockersPage),
        SettingsPage("leads", lambda: QCoreApplication.translate("SettingsDialog", "Leads"), LeadsPage),
        SettingsPage("packages", lambda: QCoreApplication.translate("SettingsDialog", "Packages"), PackagesPage),
        SettingsPage("rooms", lambda: QCoreApplication.translate("SettingsDialog", "Rooms"), RoomsPage),
        SettingsPage("checklist", lambda: QCoreApplication.translate("SettingsDialog", "Shift checklist"),
                     _checklist_page),
        SettingsPage("flows", lambda: QCoreApplication.translate("SettingsDialog", "Flows"), _flow_page),
        SettingsPage("complaints", lambda: QCoreApplication.translate("SettingsDialog", "Complaints"),
                     _complaints_page),
        SettingsPage("opening", lambda: QCoreApplication.translate("SettingsDialog", "Opening days"),
                     _opening_days_page),
        SettingsPage("workdays", lambda: QCoreApplication.translate("SettingsDialog", "Working days"), WorkdaysPage),
        SettingsPage("language", lambda: QCoreApplication.translate("SettingsDialog", "Language"), LanguagePage),
        SettingsPage("backups", lambda: QCoreApplication.translate("SettingsDialog", "Backups"), _backups_page),
    ]


class SettingsDialog(QDialog):
    """Desk ▸ Settings…: every page acts as the supervisor who opened the dialog."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        lay = QVBoxLayout(self)
        from app.staff.service import display_name

        who = QLabel(self.tr("Changes are saved for every counter PC and recorded under {name}.").format(
            name=display_name(acting.staff_id)))
        who.setObjectName("settingsWho")
        who.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(who)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        lay.addWidget(self.tabs, 1)
        self.pages: dict[str, QWidget] = {}
        for page in settings_pages():
            w = page.factory(acting, self)
            self.pages[page.key] = w
            self.tabs.addTab(w, page.title().replace("&", "&&"))  # "Stations & alert limits": no mnemonic
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        # wide enough for every page's tab without scroll arrows (≈1240 px in English, within 1366)
        margins = lay.contentsMargins().left() + lay.contentsMargins().right() + 8
        self.resize(max(900, self.tabs.tabBar().sizeHint().width() + margins), 640)

    def show_page(self, key: str) -> QWidget:
        w = self.pages[key]
        self.tabs.setCurrentWidget(w)
        return w
