"""Editable pick-lists (categories with their standard handling, causes) and the working-day list for
years the holiday calendar does not cover. A supervisor confirms each change with her PIN."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.complaints import config
from app.core import calendar as workdays
from app.core.context import AppContext
from app.core.errors import ValidationError
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR
from ui.common.pin_dialog import PinDialog

DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def _errors() -> FieldErrors:
    general = QLabel()
    general.setStyleSheet(f"color: {ERROR};")
    general.setWordWrap(True)
    general.hide()
    return FieldErrors(general)


def parse_dates(text: str) -> list[dt.date]:
    """Dates written as 2027-01-01, separated by spaces, commas or new lines."""
    out = []
    bad = []
    for token in re.split(r"[\s,，;；、]+", text.strip()):
        if not token:
            continue
        try:
            if not DATE_RE.fullmatch(token):
                raise ValueError(token)
            y, m, d = (int(p) for p in token.split("-"))
            out.append(dt.date(y, m, d))
        except ValueError:
            bad.append(token)
    if bad:
        raise ValueError(", ".join(bad))
    return out


class ComplaintSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaintSettings")
        self.setWindowTitle(self.tr("Complaint lists and working days"))
        self.resize(820, 560)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("Changes need a supervisor (store supervisor, department supervisor or executive "
                              "manager) and her PIN."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._category_page(), self.tr("Categories and standard handling"))
        self.tabs.addTab(self._cause_page(), self.tr("Causes"))
        self.tabs.addTab(self._workday_page(), self.tr("Working days"))
        lay.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._load_categories()
        self._load_causes()

    def ask_pin(self) -> tuple[int | None, str] | None:
        """Who acts, with PIN (tests replace this)."""
        dlg = PinDialog(self.tr("Supervisor confirms"), None, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.values()

    # ------------------------------------------------------------------ categories
    def _category_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.category_list = QListWidget()
        self.category_list.setObjectName("categoryList")
        self.category_list.currentItemChanged.connect(lambda _a, _b: self._category_picked())
        row.addWidget(self.category_list, 1)
        form = QFormLayout()
        self.category_errors = _errors()
        self.category_name = QLineEdit()
        self.category_name.setObjectName("categoryName")
        form.addRow(self.tr("Name"), self.category_name)
        form.addRow("", self.category_errors.label("name"))
        self.category_handling = QPlainTextEdit()
        self.category_handling.setObjectName("categoryHandling")
        self.category_handling.setTabChangesFocus(True)
        form.addRow(self.tr("Standard handling"), self.category_handling)
        form.addRow("", self.category_errors.label("handling"))
        self.category_active = QCheckBox(self.tr("In use"))
        self.category_active.setChecked(True)
        form.addRow("", self.category_active)
        buttons = QHBoxLayout()
        new = QPushButton(self.tr("New"))
        new.clicked.connect(self._new_category)
        buttons.addWidget(new)
        self.category_save = QPushButton(self.tr("Save"))
        self.category_save.setObjectName("categorySave")
        self.category_save.clicked.connect(self.save_category)
        buttons.addWidget(self.category_save)
        form.addRow("", buttons)
        form.addRow("", self.category_errors._general)
        row.addLayout(form, 2)
        return page

    def _load_categories(self, select_id: int | None = None) -> None:
        self.category_list.clear()
        for c in config.categories(active_only=False):
            item = QListWidgetItem(c.name if c.active else self.tr("{name} (not in use)").format(name=c.name))
            item.setData(256, (c.id, c.name, c.handling, c.active))
            self.category_list.addItem(item)
            if c.id == select_id:
                self.category_list.setCurrentItem(item)

    def _category_picked(self) -> None:
        item = self.category_list.currentItem()
        if item is None:
            return
        _id, name, handling, active = item.data(256)
        self.category_name.setText(name)
        self.category_handling.setPlainText(handling)
        self.category_active.setChecked(active)

    def _new_category(self) -> None:
        self.category_list.setCurrentItem(None)
        self.category_list.clearSelection()
        self.category_name.clear()
        self.category_handling.clear()
        self.category_active.setChecked(True)
        self.category_name.setFocus()

    def save_category(self) -> None:
        item = self.category_list.currentItem()
        category_id = item.data(256)[0] if item is not None else None
        who = self.ask_pin()
        if who is None:
            return
        cat = call_service(self, config.save_category, self.ctx, who[0], who[1], category_id, self.category_name.text(),
                           self.category_handling.toPlainText(), self.category_active.isChecked(),
                           errors=self.category_errors)
        if cat is not None:
            self._load_categories(cat.id)

    # ------------------------------------------------------------------ causes
    def _cause_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.cause_list = QListWidget()
        self.cause_list.setObjectName("causeList")
        self.cause_list.currentItemChanged.connect(lambda _a, _b: self._cause_picked())
        row.addWidget(self.cause_list, 1)
        form = QFormLayout()
        self.cause_errors = _errors()
        self.cause_name = QLineEdit()
        self.cause_name.setObjectName("causeName")
        form.addRow(self.tr("Name"), self.cause_name)
        form.addRow("", self.cause_errors.label("name"))
        self.cause_active = QCheckBox(self.tr("In use"))
        self.cause_active.setChecked(True)
        form.addRow("", self.cause_active)
        buttons = QHBoxLayout()
        new = QPushButton(self.tr("New"))
        new.clicked.connect(self._new_cause)
        buttons.addWidget(new)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("causeSave")
        save.clicked.connect(self.save_cause)
        buttons.addWidget(save)
        form.addRow("", buttons)
        form.addRow("", self.cause_errors._general)
        row.addLayout(form, 2)
        return page

    def _load_causes(self, select_id: int | None = None) -> None:
        self.cause_list.clear()
        for c in config.causes(active_only=False):
            item = QListWidgetItem(c.name if c.active else self.tr("{name} (not in use)").format(name=c.name))
            item.setData(256, (c.id, c.name, c.active))
            self.cause_list.addItem(item)
            if c.id == select_id:
                self.cause_list.setCurrentItem(item)

    def _cause_picked(self) -> None:
        item = self.cause_list.currentItem()
        if item is None:
            return
        _id, name, active = item.data(256)
        self.cause_name.setText(name)
        self.cause_active.setChecked(active)

    def _new_cause(self) -> None:
        self.cause_list.setCurrentItem(None)
        self.cause_list.clearSelection()
        self.cause_name.clear()
        self.cause_active.setChecked(True)
        self.cause_name.setFocus()

    def save_cause(self) -> None:
        item = self.cause_list.currentItem()
        cause_id = item.data(256)[0] if item is not None else None
        who = self.ask_pin()
        if who is None:
            return
        cause = call_service(self, config.save_cause, self.ctx, who[0], who[1], cause_id, self.cause_name.text(),
                             self.cause_active.isChecked(), errors=self.cause_errors)
        if cause is not None:
            self._load_causes(cause.id)

    # ------------------------------------------------------------------ working days
    def _workday_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        info = QLabel(self.tr("The built-in holiday calendar covers mainland China up to {year}. For later years "
                              "enter the official holidays and the make-up working days (调休) here, as "
                              "2027-01-01, one or more per line, and list the year as complete.").format(
            year=self._last_covered_year()))
        info.setWordWrap(True)
        form.addRow(info)
        ov = workdays.load_overrides()
        self.wd_errors = _errors()
        self.years_edit = QLineEdit(" ".join(str(y) for y in sorted(ov.years)))
        self.years_edit.setObjectName("overrideYears")
        self.years_edit.setPlaceholderText("2027")
        form.addRow(self.tr("Complete years"), self.years_edit)
        form.addRow("", self.wd_errors.label("years"))
        self.holidays_edit = QPlainTextEdit("\n".join(d.isoformat() for d in sorted(ov.holidays)))
        self.holidays_edit.setObjectName("overrideHolidays")
        self.holidays_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Holidays (days off)"), self.holidays_edit)
        form.addRow("", self.wd_errors.label("holidays"))
        self.workdays_edit = QPlainTextEdit("\n".join(d.isoformat() for d in sorted(ov.workdays)))
        self.workdays_edit.setObjectName("overrideWorkdays")
        self.workdays_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Make-up working days (调休)"), self.workdays_edit)
        form.addRow("", self.wd_errors.label("workdays"))
        save = QPushButton(self.tr("Save working days"))
        save.setObjectName("workdaySave")
        save.clicked.connect(self.save_workdays)
        form.addRow("", save)
        form.addRow("", self.wd_errors._general)
        return page

    @staticmethod
    def _last_covered_year() -> int:
        last = 2000
        for y in range(2000, 2101):
            if workdays.package_covers(dt.date(y, 6, 1)):
                last = y
        return last

    def save_workdays(self) -> None:
        errors: dict[str, str] = {}
        years: list[int] = []
        for token in re.split(r"[\s,，]+", self.years_edit.text().strip()):
            if token:
                if token.isdigit():
                    years.append(int(token))
                else:
                    errors["years"] = self.tr("Not a year: {y}").format(y=token)
        values: dict[str, list[dt.date]] = {}
        for key, box in (("holidays", self.holidays_edit), ("workdays", self.workdays_edit)):
            try:
                values[key] = parse_dates(box.toPlainText())
            except ValueError as exc:
                errors[key] = self.tr("Not a date (write 2027-01-01): {t}").format(t=str(exc))
        if errors:
            self.wd_errors.show(ValidationError(errors).errors)
            return
        who = self.ask_pin()
        if who is None:
            return
        done = call_service(self, self._save_workdays, who, years, values["holidays"], values["workdays"],
                            errors=self.wd_errors)
        if done:
            self.wd_errors.clear()

    def _save_workdays(self, who: tuple[int | None, str], years: list[int], holidays: list[dt.date],
                       make_up: list[dt.date]) -> bool:
        config.set_workday_overrides(self.ctx, who[0], who[1], years, holidays, make_up)
        return True
