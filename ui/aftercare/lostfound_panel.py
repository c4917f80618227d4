"""失物招领 · 借用 — on the check-in tab beside the keys: things lent to guests (umbrella, charger,
slippers, with a deposit) until they come back, and things found in the store until claimed or disposed of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.aftercare import lostfound as lf
from app.aftercare.models import LOAN_ITEMS
from app.aftercare.money import fen_text
from app.core.context import AppContext
from ui.aftercare.forms import FormDialog
from ui.common.errors import call_service
from ui.common.palette import DANGER
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, minutes_text, selected_row


def _line(max_len: int = 80) -> QLineEdit:
    e = QLineEdit()
    e.setMaxLength(max_len)
    return e


class LendDialog(FormDialog):
    """Lend something to a guest: what, (who, when no guest in the store is selected), the deposit."""

    def __init__(self, ctx: AppContext, visit_id: int | None, who: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lend to a guest"), "lendDialog", parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.item = QComboBox()
        for code in LOAN_ITEMS:
            self.item.addItem(lf.loan_item_label(code), code)
        self.add_field("item", self.tr("What"), self.item)
        self.description = self.add_field("description", self.tr("Description"), _line())
        self.guest = _line(40)
        if visit_id is None:
            self.add_field("guest", self.tr("Guest"), self.guest)
        else:
            self.add_text(self.tr("To: {who}").format(who=who))
            self.form.addRow("", self.errors.label("guest"))
        self.deposit = self.add_field("deposit", self.tr("Deposit (yuan)"), _line(14))
        self.deposit.setPlaceholderText("0")
        self.note = self.add_field("note", self.tr("Note"), _line(200))
        self.finish()

    def submit(self) -> Callable[[], lf.LoanRow]:
        return lambda: lf.lend(self.ctx, self.item.currentData(), self.deposit.text(), visit_id=self.visit_id,
                               guest=self.guest.text(), description=self.description.text(), note=self.note.text())


class FoundDialog(FormDialog):
    """Log something found in the store."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Found item"), "foundDialog", parent)
        self.ctx = ctx
        self.what = self.add_field("what", self.tr("What"), _line())
        self.found_where = self.add_field("found_where", self.tr("Found where"), _line())
        self.found_by = self.add_field("found_by", self.tr("Found by"), _line(40))
        self.kept_where = self.add_field("kept_where", self.tr("Kept where"), _line())
        self.note = self.add_field("note", self.tr("Note"), _line(200))
        self.finish()

    def submit(self) -> Callable[[], lf.FoundRow]:
        return lambda: lf.record_found(self.ctx, self.what.text(), self.found_where.text(), self.found_by.text(),
                                       self.kept_where.text(), note=self.note.text())


class ClaimDialog(FormDialog):
    """The owner takes a found item back: who, and the ID shown or the order number."""

    def __init__(self, ctx: AppContext, item: lf.FoundRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Claimed"), "claimDialog", parent)
        self.ctx = ctx
        self.item_id = item.id
        self.add_text(item.what)
        self.claimant = self.add_field("claimant", self.tr("Claimed by"), _line(40))
        self.proof = self.add_field("proof", self.tr("ID shown"), _line())
        self.order_no = self.add_field("order_no", self.tr("or order number"), _line(32))
        self.finish()

    def submit(self) -> Callable[[], lf.FoundRow]:
        return lambda: lf.claim_found(self.ctx, self.item_id, self.claimant.text(), self.proof.text(),
                                      self.order_no.text())


class LostFoundPanel(QWidget):
    """Lent out and found items, with their actions. ``selected_visit()`` gives the guest selected in the
    store list (``(visit_id, title)`` or None) for a loan."""

    changed = Signal()

    def __init__(self, ctx: AppContext, selected_visit: Callable[[], tuple[int, str] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lostFoundPanel")
        self._selected_visit = selected_visit
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        lay.addLayout(left, 1)
        lay.addLayout(right, 1)
        groups = ((left, (("lendButton", self.tr("Lend…"), self.lend),
                          ("loanBackButton", self.tr("Came back"), self.back),
                          ("loanLostButton", self.tr("Not returned…"), self.loan_lost))),
                  (right, (("foundButton", self.tr("Found item…"), self.found),
                           ("claimButton", self.tr("Claimed…"), self.claim),
                           ("disposeButton", self.tr("Dispose of…"), self.dispose))))
        for column, buttons in groups:
            bar = QHBoxLayout()
            for name, text, slot in buttons:
                b = QPushButton(text)
                b.setObjectName(name)
                b.clicked.connect(slot)
                bar.addWidget(b)
                setattr(self, name, b)
            bar.addStretch(1)
            column.addLayout(bar)
        self.loans_label = QLabel()
        left.addWidget(self.loans_label)
        self.loans_model = RowTableModel([
            Column(self.tr("Item"), lambda r: f"{r.item_label} {r.description}".strip(), free_text=True),
            Column(self.tr("Guest"), lambda r: r.guest,
                   foreground=lambda r: DANGER if r.guest_left else None),
            Column(self.tr("Deposit"), lambda r: fen_text(r.deposit_fen) if r.deposit_fen else "—",
                   sort=lambda r: r.deposit_fen),
            Column(self.tr("Lent"), lambda r: r.lent_at.strftime("%H:%M"), sort=lambda r: r.lent_at.isoformat()),
            Column(self.tr("Out for"), lambda r: minutes_text(r.minutes_out), sort=lambda r: r.minutes_out),
        ], self)
        self.loans = make_table(make_proxy(self.loans_model, self), self, "loansTable")
        left.addWidget(self.loans, 1)
        self.found_label = QLabel()
        right.addWidget(self.found_label)
        self.found_model = RowTableModel([
            Column(self.tr("What"), lambda r: r.what, free_text=True),
            Column(self.tr("Found where"), lambda r: r.found_where, free_text=True),
            Column(self.tr("Found"), lambda r: r.found_at.strftime("%m-%d %H:%M"),
                   sort=lambda r: r.found_at.isoformat()),
            Column(self.tr("Kept where"), lambda r: r.kept_where),
            Column(self.tr("Days"), lambda r: r.days_kept,
                   foreground=lambda r: DANGER if r.disposable else None),
        ], self)
        self.found_table = make_table(make_proxy(self.found_model, self), self, "foundTable")
        right.addWidget(self.found_table, 1)
        for t in (self.loans, self.found_table):
            t.setMinimumHeight(60)

    def count(self) -> int:
        return self.loans_model.rowCount() + self.found_model.rowCount()

    def refresh(self) -> None:
        self.apply_refresh(lost_found_data(self.ctx))

    def refresh_job(self) -> tuple:
        """The panel's queries as a plain function for the check-in tab's worker."""
        return lost_found_data, (self.ctx,)

    def apply_refresh(self, data: tuple[list, list]) -> None:
        loans, found = data
        self.loans_model.set_rows(loans)
        self.found_model.set_rows(found)
        self.loans_label.setText(self.tr("Lent out ({n})").format(n=len(loans)))
        self.found_label.setText(self.tr("Found, waiting to be claimed ({n})").format(n=len(found)))

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def lend(self) -> None:
        sel = self._selected_visit()
        dlg = LendDialog(self.ctx, sel[0] if sel else None, sel[1] if sel else "", self)
        if dlg.exec():
            self._done()

    def _loan(self) -> lf.LoanRow | None:
        r = selected_row(self.loans)
        if r is None:
            QMessageBox.information(self, self.tr("Lent out"), self.tr("Select a lent item first."))
        return r

    def back(self) -> None:
        r = self._loan()
        if r is not None and call_service(self, lf.return_loan, self.ctx, r.id) is not None:
            self._done()

    def loan_lost(self) -> None:
        r = self._loan()
        if r is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Not returned"),
                                        self.tr("What happened to it? (the deposit of {amount} is kept)")
                                        .format(amount=fen_text(r.deposit_fen)))
        if ok and call_service(self, lf.return_loan, self.ctx, r.id, True, note) is not None:
            self._done()

    def _found(self) -> lf.FoundRow | None:
        r = selected_row(self.found_table)
        if r is None:
            QMessageBox.information(self, self.tr("Lost and found"), self.tr("Select a found item first."))
        return r

    def found(self) -> None:
        if FoundDialog(self.ctx, self).exec():
            self._done()

    def claim(self) -> None:
        r = self._found()
        if r is not None and ClaimDialog(self.ctx, r, self).exec():
            self._done()

    def dispose(self) -> None:
        r = self._found()
        if r is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Dispose of"), self.tr("How was it disposed of?"))
        if ok and call_service(self, lf.dispose_found, self.ctx, r.id, note) is not None:
            self._done()


def lost_found_data(ctx: AppContext) -> tuple[list, list]:
    """What is lent out and what was found (plain values: a worker may read them)."""
    return lf.loans_out(ctx), lf.found_items(ctx)
