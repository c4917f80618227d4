"""打印 — the print tab: a couple's flow sheet or all sheets of a day, previewed from the real PDF,
printed through the system dialog or saved as PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.checkin import queries as checkin_queries
from app.checkin.queries import CoupleView
from app.core.context import AppContext
from app.printing import complaints_installed, queries
from app.printing.paper import choose_paper
from ui.common.errors import call_service
from ui.common.palette import MUTED
from ui.common.privacy import Privacy
from ui.common.widgets import Column, RowTableModel, SearchBox, make_proxy, make_table, selected_row
from ui.printing.preview import PdfPreview, current_paper, flow_sheet_file_name


def _date_text(d: dt.date | None) -> str:
    return f"{d:%Y-%m-%d}" if d else "—"


class PrintTab(QWidget):
    """Left: what to print (a couple found by search, or a date). Right: the preview of the real PDF."""

    statusChanged = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("printTab")
        self._couple_id: int | None = None
        self._shown: tuple[str, object] | None = None  # what the preview shows: ("couple"|"day"|"complaint", …)

        # --- one couple
        self.search = SearchBox(self)
        self.search.setObjectName("printSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, last 4 phone digits or order no. (scan)"))
        self.search.searchChanged.connect(self._search)
        self.search.submitted.connect(self._submitted)
        self.model = RowTableModel([
            Column(self.tr("Order no."), lambda c: c.order_no),
            Column(self.tr("Couple"), lambda c: c.names),
            Column(self.tr("Shoot date"), lambda c: _date_text(c.shoot_date),
                   sort=lambda c: c.shoot_date.isoformat() if c.shoot_date else ""),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "printCouples")
        self.table.setSortingEnabled(False)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 140)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._couple_selected())
        self.hint = QLabel()
        self.hint.setObjectName("printSearchHint")
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.hint.setWordWrap(True)
        couple_box = QGroupBox(self.tr("Flow sheet of one couple"))
        cl = QVBoxLayout(couple_box)
        cl.addWidget(self.search)
        cl.addWidget(self.table, 1)
        cl.addWidget(self.hint)

        # --- one day
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("printDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(ctx.today()))
        self.date_edit.dateChanged.connect(lambda _d: self._update_day_count())
        self.day_count = QLabel()
        self.day_count.setObjectName("printDayCount")
        self.day_button = QPushButton(self.tr("Show all sheets of the day"))
        self.day_button.setObjectName("printDayButton")
        self.day_button.clicked.connect(self.show_day)
        day_box = QGroupBox(self.tr("All shooting couples of a day"))
        dl = QFormLayout(day_box)
        dl.addRow(self.tr("Shoot date"), self.date_edit)
        dl.addRow("", self.day_count)
        dl.addRow("", self.day_button)

        # --- paper
        self.paper = QComboBox(self)
        self.paper.setObjectName("printPaper")
        self.paper.addItem(self.tr("A4 portrait"), "A4")
        self.paper.addItem(self.tr("A5 portrait"), "A5")
        self.paper.setCurrentIndex(max(self.paper.findData(current_paper()), 0))
        self.paper.currentIndexChanged.connect(self._paper_changed)
        paper_box = QGroupBox(self.tr("Paper"))
        pl = QHBoxLayout(paper_box)
        pl.addWidget(self.paper, 1)

        sheets_page = QWidget(self)
        sl = QVBoxLayout(sheets_page)
        sl.setContentsMargins(4, 4, 4, 4)
        sl.addWidget(couple_box, 1)
        sl.addWidget(day_box)
        self.kinds = QTabWidget(self)
        self.kinds.setObjectName("printKinds")
        self.kinds.addTab(sheets_page, self.tr("Flow sheets"))
        self.complaint_model: RowTableModel | None = None
        if complaints_installed():
            self.kinds.addTab(self._build_complaints_page(), self.tr("Complaint register"))
            self.kinds.currentChanged.connect(self._kind_changed)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.kinds, 1)
        ll.addWidget(paper_box)

        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 960])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)
        self._update_day_count()
        self._show_hint()
        Privacy.instance().changed.connect(self._privacy_changed)

    def _build_complaints_page(self) -> QWidget:
        page = QWidget(self)
        self.case_search = SearchBox(page)
        self.case_search.setObjectName("printCaseSearch")
        self.case_search.setPlaceholderText(self.tr("Case no., complainant, couple or order no."))
        self.case_search.searchChanged.connect(self._search_cases)
        self.case_search.submitted.connect(lambda _t: self._select_first(self.case_table, self.complaint_model))
        self.complaint_model = RowTableModel([
            Column(self.tr("Case no."), lambda r: r.case_no),
            Column(self.tr("Complainant"), lambda r: r.complainant),
            Column(self.tr("Status"), lambda r: r.status_text),
        ], self)
        self.case_proxy = make_proxy(self.complaint_model, self)
        self.case_table = make_table(self.case_proxy, page, "printCases")
        self.case_table.setColumnWidth(0, 140)
        self.case_table.selectionModel().currentRowChanged.connect(lambda *_: self._case_selected())
        self.case_hint = QLabel(self.tr("The latest cases are listed; type to search all of them."))
        self.case_hint.setObjectName("printCaseHint")
        self.case_hint.setStyleSheet(f"color: {MUTED};")
        self.case_hint.setWordWrap(True)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.case_search)
        lay.addWidget(self.case_table, 1)
        lay.addWidget(self.case_hint)
        self._search_cases("")
        return page

    def _kind_changed(self, index: int) -> None:
        self.paper.setEnabled(index == 0)  # the complaint register is always A4 (it is filed)
        if index == 1:
            self._search_cases(self.case_search.text())

    def _private_message(self) -> str:
        return self.tr("Complaint details are hidden while the screen is in client-safe mode.")

    def _privacy_changed(self, client_safe: bool) -> None:
        if self._shown is not None and self._shown[0] == "complaint":
            if client_safe:
                self.preview.clear(self._private_message())
            else:
                self.show_complaint(int(self._shown[1]))  # type: ignore[arg-type]

    def _search_cases(self, text: str) -> None:
        from app.complaints.queries import list_cases

        rows = call_service(self, list_cases, self.ctx, "all", None, text, 200)
        if rows is None or self.complaint_model is None:
            return
        self.complaint_model.set_rows(rows)
        if text.strip() and len(rows) == 1:
            self.case_table.selectRow(0)

    def _select_first(self, table, model) -> None:  # type: ignore[no-untyped-def]
        if model is not None and model.rowCount() and not selected_row(table):
            table.selectRow(0)

    def _case_selected(self) -> None:
        row = selected_row(self.case_table)
        if row is not None and self._shown != ("complaint", row.id):
            self.show_complaint(row.id)

    def show_complaint(self, complaint_id: int) -> bool:
        """Build the complaint register of one case and show it (always A4: it is filed)."""
        from app.printing.complaint_form import case_number, complaint_pdf

        if Privacy.instance().client_safe:
            self._shown = ("complaint", complaint_id)
            self.preview.clear(self._private_message())
            return False
        number = call_service(self, case_number, complaint_id)
        data = call_service(self, complaint_pdf, self.ctx, complaint_id) if number else None
        if data is None:
            return False
        self._shown = ("complaint", complaint_id)
        self.preview.set_pdf(data, f"complaint-{number}.pdf",
                             self.tr("Complaint register: {case_no}").format(case_no=number))
        return True

    # ------------------------------------------------------------------ search
    def _search(self, text: str) -> None:
        rows = checkin_queries.search_couples(text) if text.strip() else []
        self.model.set_rows(rows)
        self._show_hint(text)
        if len(rows) == 1:
            self.table.selectRow(0)

    def _submitted(self, text: str) -> None:
        """Enter (or a scanned code): the first match is previewed at once."""
        if self.model.rowCount() and not selected_row(self.table):
            self.table.selectRow(0)

    def _show_hint(self, text: str = "") -> None:
        if not text.strip():
            self.hint.setText(self.tr("Type to find a couple; scanning the code on a sheet finds it too."))
        elif not self.model.rowCount():
            self.hint.setText(self.tr("No couple matches “{text}”.").format(text=text.strip()))
        else:
            self.hint.setText(self.tr("Couples found: {n}").format(n=self.model.rowCount()))

    def _couple_selected(self) -> None:
        c: CoupleView | None = selected_row(self.table)
        if c is not None and self._shown != ("couple", c.id):
            self.show_couple(c.id)

    # ------------------------------------------------------------------ previews
    def show_couple(self, couple_id: int) -> bool:
        """Build the couple's flow sheet and show it."""
        from app.printing.flow_sheet import flow_sheet_pdf

        couple = call_service(self, checkin_queries.get_couple, couple_id)
        if couple is None:
            return False
        data = call_service(self, flow_sheet_pdf, self.ctx, couple_id, self.paper_code())
        if data is None:
            return False
        self._shown = ("couple", couple_id)
        self.preview.set_pdf(data, flow_sheet_file_name(couple.order_no),
                             self.tr("Flow sheet: {order_no}  {names}").format(order_no=couple.order_no,
                                                                                names=couple.names))
        return True

    def selected_day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def show_day(self) -> bool:
        """All sheets of the chosen date, with a progress dialog (cancellable) while they are laid out."""
        from app.printing.day_sheets import day_sheets_pdf

        day = self.selected_day()
        total = queries.count_shooting(day)
        dlg = QProgressDialog(self.tr("Laying out the flow sheets…"), self.tr("Cancel"), 0, max(total, 1), self)
        dlg.setObjectName("printProgress")
        dlg.setWindowTitle(self.tr("Day sheets"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(400)

        def progress(done: int, n: int) -> bool:
            dlg.setMaximum(n)
            dlg.setValue(done)
            QApplication.processEvents()
            return not dlg.wasCanceled()

        try:
            data = call_service(self, day_sheets_pdf, self.ctx, day, self.paper_code(), progress)
        except queries.Cancelled:
            data = None
        finally:
            dlg.reset()
            dlg.deleteLater()
        if data is None:
            return False
        self._shown = ("day", day)
        self.preview.set_pdf(data, f"flow-sheets-{day:%Y-%m-%d}.pdf",
                             self.tr("Flow sheets of {date} ({n} couples)").format(date=f"{day:%Y-%m-%d}", n=total))
        return True

    def _update_day_count(self) -> None:
        self._show_day_count(queries.count_shooting(self.selected_day()))

    def _show_day_count(self, n: int) -> None:
        self.day_count.setText(self.tr("Couples shooting this day: {n}").format(n=n) if n else
                               self.tr("No couples shoot on this day."))
        self.day_button.setEnabled(n > 0)

    # ------------------------------------------------------------------ paper
    def paper_code(self) -> str:
        return str(self.paper.currentData())

    def _paper_changed(self) -> None:
        paper = self.paper_code()
        if paper != current_paper():
            call_service(self, choose_paper, self.ctx, paper)
        self._rebuild()

    def _rebuild(self) -> None:
        if self._shown is None:
            return
        kind, value = self._shown
        if kind == "couple":
            self.show_couple(int(value))  # type: ignore[arg-type]
        elif kind == "day":
            self.show_day()

    # ------------------------------------------------------------------ tab API
    def refresh(self) -> None:
        """New couples appear in the search; the day count follows new bookings. The preview stays."""
        data = call_service(self, print_data, self.ctx, *self._job_args())
        if data is not None:
            self.apply_refresh(data)

    def _job_args(self) -> tuple:
        cases = (self.complaint_model is not None and not self.case_search.text().strip()
                 and self.kinds.currentIndex() == 1)
        return self.search.text(), self.selected_day(), cases

    def refresh_job(self) -> tuple:
        """The tab's queries as a plain function for a worker (the main window's periodic refresh)."""
        return print_data, (self.ctx, *self._job_args())

    applied = 0  # how many refreshes were applied (the window drops a worker's result older than the last)

    def apply_refresh(self, data: PrintData) -> None:
        """Show what ``print_data`` read, unless she typed or picked something else meanwhile."""
        self.applied += 1
        text, day, cases = self._job_args()
        if data.couples is not None and data.text == text:
            current = selected_row(self.table)
            self.model.set_rows(data.couples)
            if current is not None:
                for row in range(self.model.rowCount()):
                    if self.model.row_at(row).id == current.id:
                        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                        break
        if data.day == day:
            self._show_day_count(data.day_count)
        if data.cases is not None and cases and self.complaint_model is not None:
            current = selected_row(self.case_table)
            self.complaint_model.set_rows(data.cases)
            if current is not None:
                for row in range(self.complaint_model.rowCount()):
                    if self.complaint_model.row_at(row).id == current.id:
                        self.case_table.selectRow(self.case_proxy.mapFromSource(
                            self.complaint_model.index(row, 0)).row())
                        break

    def prepare_screenshot(self) -> None:
        """Show a demo couple's sheet (one with special requests, shooting today) in the preview."""
        couples = queries.shooting_couples(self.ctx.today())
        pick = next((c for c in couples if c.special_requests), couples[0] if couples else None)
        if pick is None:
            return
        self.search.setText(pick.order_no)
        self.search.flush()
        self.preview.wait_rendered()


@dataclass(frozen=True)
class PrintData:
    """What the print tab refreshes (plain values: a worker may read them); None: not asked for."""

    text: str  # the couple search it answers
    couples: list[CoupleView] | None
    day: dt.date
    day_count: int
    cases: list | None


def print_data(ctx: AppContext, text: str, day: dt.date, cases: bool) -> PrintData:
    """The couples matching the search (if any), the day's count of shootings, the recent complaint cases."""
    couples = checkin_queries.search_couples(text) if text.strip() else None
    found = None
    if cases:
        from app.complaints.queries import list_cases

        found = list_cases(ctx, "all", None, "", 200)
    return PrintData(text, couples, day, queries.count_shooting(day), found)
