"""选片 · 取件 at the counter: the selection session form and the pickup sign-off form, opened from the
couple's card on the check-in tab (the button :class:`VisitFormsButton`), each printing its sheet through
the shared print preview. Bad input is shown next to its field, what was typed stays, nothing is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.aftercare import pickup as pk
from app.aftercare import selection as sel
from app.aftercare.money import fen_plain, fen_text
from app.checkin import queries as checkin_queries
from app.core.context import AppContext
from app.core.errors import ValidationError
from app.core.opening import opening_day_on_or_after
from app.staff.service import staff_choices
from ui.common.errors import FieldErrors, call_service
from ui.common.forms import form_keys
from ui.common.palette import DANGER, ERROR

ERROR_STYLE = f"color: {ERROR};"


def _count() -> QSpinBox:
    s = QSpinBox()
    s.setRange(0, sel.PHOTOS_MAX)
    s.setMinimumWidth(90)
    return s


def _notes() -> QPlainTextEdit:
    e = QPlainTextEdit()
    e.setTabChangesFocus(True)
    e.setFixedHeight(58)
    return e


class _VisitForm(QDialog):
    """Fields in a form layout, each with its error label under it; a general error label at the bottom."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._lay = QVBoxLayout(self)
        self.head = QLabel()
        self.head.setObjectName("formHead")
        self.head.setWordWrap(True)
        self.head.setStyleSheet("font-size: 14px; font-weight: 600;")
        self._lay.addWidget(self.head)
        self.form = QFormLayout()
        self._lay.addLayout(self.form)
        self._general = QLabel()
        self._general.setObjectName("error_general")
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.setWordWrap(True)
        self._general.hide()
        self.errors = FieldErrors(self._general)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        self.form.addRow(label, widget)
        self.form.addRow("", self.errors.label(key))
        return widget

    def finish(self, ok_text: str) -> QDialogButtonBox:
        self._lay.addWidget(self._general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay.addWidget(self.buttons)
        form_keys(self, self.save, self.ok_button)
        return self.buttons

    def save(self) -> None:  # pragma: no cover - each form defines it
        raise NotImplementedError


# ------------------------------------------------------------------------------------- selection

class SelectionDialog(_VisitForm):
    """The selection session (选片): photos included and chosen, the extras offered and the couple's answer
    (accepted or declined, once — there is no second offer), the amount added, notes; Save, Save and
    print the 选片单, and once the couple has signed it, tick it and save: the session closes."""

    def __init__(self, ctx: AppContext, couple_id: int, visit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selection session"), "selectionDialog", parent)
        self.ctx = ctx
        self.couple_id = couple_id
        self.visit_id = visit_id
        self.result_value: sel.SelectionView | None = None
        self.preview: QDialog | None = None
        couple = checkin_queries.get_couple(couple_id)
        self.order_no = couple.order_no
        latest = sel.selection_of(couple_id)
        self.current = latest if latest is not None and latest.status == "open" else None
        pkg = sel.order_package(couple_id)
        self.extra_fen = pkg.extra_photo_fen if pkg else 0
        self.head.setText(self.tr("{order} · {names} · package {package}").format(
            order=couple.order_no, names=couple.names, package=pkg.name if pkg else (couple.package or "—")))

        self.seller = QComboBox()
        choices = staff_choices("selection") or staff_choices()
        for sid, name in choices:
            self.seller.addItem(name, sid)
        self.add_field("seller", self.tr("Seller"), self.seller)
        self.photos_included = self.add_field("photos_included", self.tr("Photos in the package"), _count())
        self.photos_chosen = self.add_field("photos_chosen", self.tr("Photos chosen"), _count())
        self.extras_offered = self.add_field("extras_offered", self.tr("Extra photos offered"), _count())
        self.decision = QComboBox()
        for code in sel.DECISIONS:
            self.decision.addItem(sel.decision_label(code), code)
        self.add_field("decision", self.tr("The couple's answer"), self.decision)
        self.amount = QLineEdit()
        self.amount.setMaxLength(14)
        self.add_field("amount", self.tr("Amount added (yuan)"), self.amount)
        self.notes = self.add_field("notes", self.tr("Notes"), _notes())
        self.signed = QCheckBox(self.tr("The couple has signed the printed selection sheet (closes the session)"))
        self.signed.setObjectName("signedCheck")
        self.form.addRow("", self.signed)
        buttons = self.finish(self.tr("Save"))
        self.print_button = QPushButton(self.tr("Save and print…"))
        self.print_button.setObjectName("savePrintButton")
        self.print_button.setToolTip(self.tr("Save, then show the selection sheet for the couple to sign"))
        self.print_button.clicked.connect(self.save_and_print)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)

        s = self.current
        if s is not None:
            self._select(self.seller, s.seller_id)
            self.photos_included.setValue(s.photos_included)
            self.photos_chosen.setValue(s.photos_chosen)
            self.extras_offered.setValue(s.extras_offered)
            self._select(self.decision, s.extras_decision)
            if s.amount_fen:
                self.amount.setText(fen_plain(s.amount_fen))
            self.notes.setPlainText(s.notes)
        else:
            self._select(self.seller, ctx.operator_id)
            self.photos_included.setValue(pkg.photos_included if pkg else 0)
        for w in (self.photos_included, self.photos_chosen):
            w.valueChanged.connect(self._update_hint)
        self.decision.currentIndexChanged.connect(self._update_hint)
        self._update_hint()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        i = combo.findData(data)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _update_hint(self) -> None:
        """The amount's placeholder says what an empty field means: the extras × the price per extra photo."""
        over = self.photos_chosen.value() - self.photos_included.value()
        if self.decision.currentData() == "accepted" and over > 0 and self.extra_fen:
            self.amount.setPlaceholderText(self.tr("empty: {n} × {price} = {amount}").format(
                n=over, price=fen_text(self.extra_fen), amount=fen_text(over * self.extra_fen)))
        else:
            self.amount.setPlaceholderText("0")

    def submit(self) -> Callable[[], sel.SelectionView]:
        return lambda: sel.record_selection(
            self.ctx, self.couple_id, self.photos_chosen.value(), self.extras_offered.value(),
            self.decision.currentData(), self.amount.text(), self.notes.toPlainText(),
            photos_included=self.photos_included.value(), seller_id=self.seller.currentData(),
            visit_id=self.visit_id, expected_version=self.current.version if self.current else None,
            signed=self.signed.isChecked())

    def _store(self) -> sel.SelectionView | None:
        value = call_service(self, self.submit(), errors=self.errors)
        if value is not None:
            self.result_value = value
            self.current = value if value.status == "open" else None
        return value

    def save(self) -> None:
        if self._store() is not None:
            self.accept()

    def save_and_print(self) -> None:
        """Save (the dialog stays open: once the couple has signed, tick it and save) and show the sheet."""
        if self._store() is None:
            return
        self.preview = preview_selection_sheet(self, self.ctx, self.order_no)


def preview_selection_sheet(parent: QWidget | None, ctx: AppContext, order_no: str) -> QDialog | None:
    from ui.printing.preview import show_pdf_preview

    def build() -> bytes:
        from app.aftercare.sheets import selection_sheet_pdf

        return selection_sheet_pdf(ctx, order_no)

    title = QCoreApplication.translate("VisitForms", "Selection sheet {no}").format(no=order_no)
    return show_pdf_preview(parent, title, build, f"selection-{_safe(order_no)}.pdf")


def preview_pickup_receipt(parent: QWidget | None, ctx: AppContext, order_no: str) -> QDialog | None:
    from ui.printing.preview import show_pdf_preview

    def build() -> bytes:
        from app.aftercare.sheets import pickup_receipt_pdf

        return pickup_receipt_pdf(ctx, order_no)

    title = QCoreApplication.translate("VisitForms", "Pickup receipt {no}").format(no=order_no)
    return show_pdf_preview(parent, title, build, f"pickup-{_safe(order_no)}.pdf")


def _safe(order_no: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in order_no)


# ---------------------------------------------------------------------------------------- pickup

class _ItemRow:
    """One product still owed: handed over now, or missing with the reason."""

    def __init__(self, state: pk.ProductState, index: int, form: PickupDialog) -> None:
        self.product = state.product
        self.name = QLabel(f"{state.product} × {state.quantity}")
        self.status = QComboBox()
        self.status.setObjectName(f"itemStatus{index}")
        self.status.addItem(QCoreApplication.translate("PickupDialog", "Handed over"), False)
        self.status.addItem(QCoreApplication.translate("PickupDialog", "Missing"), True)
        self.reason = QLineEdit()
        self.reason.setObjectName(f"itemReason{index}")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(QCoreApplication.translate("PickupDialog", "Why it is missing"))
        self.reason.setEnabled(False)
        if state.reason:  # still owed from an earlier pickup
            self.reason.setToolTip(QCoreApplication.translate("PickupDialog", "Last time: {reason}").format(reason=state.reason))
        self.status.currentIndexChanged.connect(lambda _i: self.reason.setEnabled(self.missing))
        self.status.currentIndexChanged.connect(lambda _i: form.update_follow_up())

    @property
    def missing(self) -> bool:
        return bool(self.status.currentData())

    def check(self) -> pk.ItemCheck:
        return pk.ItemCheck(self.product, self.missing, self.reason.text() if self.missing else "")


class PickupDialog(_VisitForm):
    """The pickup sign-off (取件): each product still owed checked off as handed over or missing with its
    reason (a follow-up pickup is then booked), the balance shown and the payment collected (amount, method,
    receipt number); signing off prints the 取件签收单."""

    def __init__(self, ctx: AppContext, couple_id: int, visit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pickup sign-off"), "pickupDialog", parent)
        self.ctx = ctx
        self.couple_id = couple_id
        self.visit_id = visit_id
        self.result_value: pk.PickupView | None = None
        self.preview: QDialog | None = None
        couple = checkin_queries.get_couple(couple_id)
        self.order_no = couple.order_no
        pkg = sel.order_package(couple_id)
        self.head.setText(self.tr("{order} · {names} · package {package}").format(
            order=couple.order_no, names=couple.names, package=pkg.name if pkg else (couple.package or "—")))

        owed = [s for s in pk.product_states(couple_id) if s.handed_at is None]
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.rows: list[_ItemRow] = []
        for i, state in enumerate(owed):
            row = _ItemRow(state, i, self)
            self.rows.append(row)
            grid.addWidget(row.name, 2 * i, 0)
            grid.addWidget(row.status, 2 * i, 1)
            grid.addWidget(row.reason, 2 * i, 2)
            grid.addWidget(self.errors.label(f"item:{i}"), 2 * i + 1, 0, 1, 3)
        holder = QWidget()
        holder.setObjectName("pickupItems")
        holder.setLayout(grid)
        if not owed:
            grid.addWidget(QLabel(self.tr("Nothing is owed on this order: every product has been handed over.")
                                  if pkg else self.tr("The order has no package with products.")), 0, 0)
        self.form.addRow(self.tr("Products"), holder)
        self.form.addRow("", self.errors.label("items"))

        self.follow_up = QDateTimeEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd HH:mm")
        day = opening_day_on_or_after(ctx.today() + dt.timedelta(days=7))
        self.follow_up.setDateTime(QDateTime(dt.datetime.combine(day, dt.time(14, 0))))
        self.add_field("follow_up_at", self.tr("Follow-up pickup"), self.follow_up)

        b = sel.balance(couple_id)
        self.balance_label = QLabel(self.tr(
            "Total {total} + extras {extras} − deposit {deposit} − paid {paid} = due {due}").format(
            total=fen_text(b.total_fen), extras=fen_text(b.extras_fen), deposit=fen_text(b.deposit_fen),
            paid=fen_text(b.paid_fen), due=fen_text(b.due_fen)))
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setWordWrap(True)
        if b.due_fen > 0:
            self.balance_label.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
        self.form.addRow(self.tr("Balance"), self.balance_label)
        self.collect = QLineEdit(fen_plain(b.due_fen) if b.due_fen > 0 else "")
        self.collect.setMaxLength(14)
        self.collect.setPlaceholderText("0")
        self.add_field("collect", self.tr("Collected now (yuan)"), self.collect)
        self.method = QComboBox()
        self.method.addItem(self.tr("— pick —"), "")
        for code in pk.METHODS:
            self.method.addItem(pk.method_label(code), code)
        self.add_field("method", self.tr("Paid by"), self.method)
        self.receipt_no = QLineEdit()
        self.receipt_no.setMaxLength(40)
        self.add_field("receipt_no", self.tr("Receipt number"), self.receipt_no)
        self.notes = self.add_field("notes", self.tr("Notes"), _notes())
        self.finish(self.tr("Sign off and print…"))
        self.ok_button.setEnabled(bool(owed))
        self.update_follow_up()

    def update_follow_up(self) -> None:
        self.follow_up.setEnabled(any(r.missing for r in self.rows))

    def submit(self) -> Callable[[], pk.PickupView]:
        missing = any(r.missing for r in self.rows)
        follow = self.follow_up.dateTime().toPython() if missing else None

        def run() -> pk.PickupView:
            try:
                return pk.record_pickup(
                    self.ctx, self.couple_id, [r.check() for r in self.rows], visit_id=self.visit_id,
                    follow_up_at=follow.replace(second=0, microsecond=0) if follow else None,
                    collect=self.collect.text(), method=self.method.currentData(),
                    receipt_no=self.receipt_no.text(), notes=self.notes.toPlainText())
            except ValidationError as exc:  # an item's problem is shown on its row, not twice
                if any(k.startswith("item:") for k in exc.errors):
                    raise ValidationError({k: v for k, v in exc.errors.items() if k != "items"}) from exc
                raise

        return run

    def save(self) -> None:
        if not self.rows:
            return
        value = call_service(self, self.submit(), errors=self.errors)
        if value is None:
            return
        self.result_value = value
        self.preview = preview_pickup_receipt(self.parentWidget(), self.ctx, self.order_no)
        self.accept()


# ------------------------------------------------------------------------------- the card's button

class VisitFormsButton(QPushButton):
    """On the couple's card: 选片… / 取件… (and reprinting the last sheets). ``changed`` after a save."""

    changed = Signal()

    def __init__(self, ctx: AppContext, couple: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._couple = couple
        self.setObjectName("visitFormsButton")
        self.setText(self.tr("Selection / pickup"))
        self.setToolTip(self.tr("Record the selection session or the pickup sign-off, and print the sheet to sign"))
        menu = QMenu(self)
        self.selection_action = menu.addAction(self.tr("Selection session…"))
        self.selection_action.triggered.connect(lambda: self.open_selection())
        self.pickup_action = menu.addAction(self.tr("Pickup sign-off…"))
        self.pickup_action.triggered.connect(lambda: self.open_pickup())
        menu.addSeparator()
        reprint_sel = menu.addAction(self.tr("Print the selection sheet again"))
        reprint_sel.triggered.connect(lambda: self._reprint(preview_selection_sheet))
        reprint_pick = menu.addAction(self.tr("Print the pickup receipt again"))
        reprint_pick.triggered.connect(lambda: self._reprint(preview_pickup_receipt))
        self.setMenu(menu)

    def _ids(self) -> tuple[int, int | None] | None:
        c = self._couple()
        if c is None:
            return None
        cid = c.id  # type: ignore[attr-defined]
        visit = checkin_queries.open_visit_of(cid)
        return cid, visit.id if visit is not None else None

    def open_selection(self, exec_: bool = True) -> SelectionDialog | None:
        ids = self._ids()
        if ids is None:
            return None
        dlg = SelectionDialog(self.ctx, ids[0], ids[1], self.window())
        if exec_:
            dlg.exec()
            if dlg.result_value is not None:
                self.changed.emit()
        return dlg

    def open_pickup(self, exec_: bool = True) -> PickupDialog | None:
        ids = self._ids()
        if ids is None:
            return None
        dlg = PickupDialog(self.ctx, ids[0], ids[1], self.window())
        if exec_:
            dlg.exec()
            if dlg.result_value is not None:
                self.changed.emit()
        return dlg

    def _reprint(self, preview: Callable[[QWidget | None, AppContext, str], QDialog | None]) -> None:
        c = self._couple()
        if c is not None:
            preview(self.window(), self.ctx, c.order_no)  # type: ignore[attr-defined]
