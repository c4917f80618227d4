"""“Merge into…”: pick the open case a duplicate belongs to (search by case number or name), then merge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.complaints import cases, queries
from app.core.context import AppContext
from ui.common.errors import FieldErrors, call_service
from ui.common.widgets import Column, RowTableModel, SearchBox, make_proxy, make_table, selected_row
from ui.complaints.common import when_text


class MergeCaseDialog(QDialog):
    """Choose the surviving case for ``complaint_id`` and merge it there. ``merged`` is set once done."""

    def __init__(self, ctx: AppContext, complaint_id: int, expected_version: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.expected_version = expected_version
        self.merged = False
        self.setObjectName("mergeCaseDialog")
        self.resize(760, 460)
        me = call_service(self, queries.get_case, ctx, complaint_id)
        self.case_no = me.case_no if me else ""
        self.setWindowTitle(self.tr("Merge {no} into another case").format(no=self.case_no))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("The same complaint was recorded twice (e.g. the bride and the groom both called)? "
                               "Choose the case to keep. {no} is then marked merged: its deadlines stop, and its "
                               "contact, log and evidence are shown on the chosen case.").format(no=self.case_no))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.search = SearchBox()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Search open cases: case number, name, couple, order"))
        self.search.searchChanged.connect(lambda _t: self.refresh())
        lay.addWidget(self.search)
        self.model = RowTableModel([
            Column(self.tr("Case"), lambda r: r.case_no),
            Column(self.tr("Status"), lambda r: r.status_text),
            Column(self.tr("Complainant"), lambda r: r.complainant),
            Column(self.tr("Couple"), lambda r: r.couple_names),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Received"), lambda r: when_text(r.received_at)),
        ], self)
        self.table = make_table(make_proxy(self.model, self), self, "mergeTargets")
        self.table.doubleClicked.connect(lambda _i: self.do_merge())
        lay.addWidget(self.table, 1)
        general = QLabel()
        general.setStyleSheet("color: #c62828;")
        general.setWordWrap(True)
        general.hide()
        self.errors = FieldErrors(general)
        lay.addWidget(self.errors.label("merge_into"))
        self.note = QLineEdit()
        self.note.setObjectName("mergeNote")
        self.note.setPlaceholderText(self.tr("Note (optional): why these are the same complaint"))
        lay.addWidget(self.note)
        lay.addWidget(self.errors.label("text"))
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge into the chosen case"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        buttons.accepted.connect(self.do_merge)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = call_service(self, queries.list_cases, self.ctx, "open", None, self.search.text(), 200)
        if rows is None:
            return
        self.model.set_rows([r for r in rows if r.id != self.complaint_id])
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def do_merge(self) -> None:
        target = selected_row(self.table)
        done = call_service(self, cases.merge_into, self.ctx, self.complaint_id, target.id if target else None,
                            self.note.text(), expected_version=self.expected_version, errors=self.errors)
        if done is not None:
            self.merged = True
            self.accept()
