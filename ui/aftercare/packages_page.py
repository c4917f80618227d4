"""Settings ▸ Packages: the packages the studio sells (photos included, price per extra photo, products),
the one list the new-order form, the selection session and the pickup sign-off use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.aftercare import selection
from app.aftercare.money import fen_plain, fen_text
from app.core.context import AppContext
from ui.common.errors import FieldErrors
from ui.common.palette import INACTIVE
from ui.common.pin_dialog import Acting
from ui.common.settings_parts import error_label, note_label, show_done
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, select_row_by_id, selected_row


class PackagesPage(QWidget):
    """One row per package; the form below edits the selected one (or a new one)."""

    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acting = acting
        self.setObjectName("packagesPage")
        self._new = False
        lay = QVBoxLayout(self)
        lay.addWidget(note_label(self.tr("Offered in the new-order form; the selection counts the included photos "
                                         "and the pickup checks the products off. A package no longer sold is "
                                         "switched off: orders that have it keep it.")))
        right = Qt.AlignmentFlag.AlignRight
        self.model = RowTableModel([
            Column(self.tr("Package"), lambda p: p.name),
            Column(self.tr("Photos"), lambda p: p.photos_included, sort=lambda p: p.photos_included, align=right),
            Column(self.tr("Extra photo"), lambda p: fen_text(p.extra_photo_fen), sort=lambda p: p.extra_photo_fen,
                   align=right),
            Column(self.tr("Price"), lambda p: fen_text(p.price_fen), sort=lambda p: p.price_fen, align=right),
            Column(self.tr("Products"), lambda p: "、".join(f"{x.name}×{x.quantity}" for x in p.products)),
            Column(self.tr("Status"), lambda p: self.tr("On") if p.active else self.tr("Off"),
                   foreground=lambda p: None if p.active else INACTIVE),
        ], self)
        self.proxy = make_proxy(self.model, self)
        self.view = make_table(self.proxy, self, "packagesTable")
        self.view.setColumnWidth(0, 150)
        lay.addWidget(self.view, 1)
        general = error_label()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.name = QLineEdit(objectName="packageName")
        self.name.setMaxLength(80)
        self.photos = QSpinBox(objectName="packagePhotos")
        self.photos.setRange(0, selection.PHOTOS_MAX)
        self.photos.setSuffix(self.tr(" photos"))
        self.extra = QLineEdit(objectName="packageExtra")
        self.extra.setPlaceholderText(self.tr("yuan, e.g. 50"))
        self.price = QLineEdit(objectName="packagePrice")
        self.price.setPlaceholderText(self.tr("yuan, e.g. 6999"))
        self.products = QPlainTextEdit(objectName="packageProducts")
        self.products.setTabChangesFocus(True)
        self.products.setFixedHeight(72)
        self.products.setPlaceholderText(self.tr("One product per line, with its count: 相册 30P × 1"))
        self.active = QCheckBox(self.tr("Sold (offered for new orders)"), objectName="packageActive")
        for key, label, w in (("name", self.tr("Name"), self.name),
                              ("photos_included", self.tr("Photos included"), self.photos),
                              ("extra_photo_price", self.tr("Price per extra photo"), self.extra),
                              ("price", self.tr("Price"), self.price),
                              ("products", self.tr("Products"), self.products)):
            form.addRow(label, w)
            form.addRow("", self.errors.label(key))
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(general)
        self.saved = error_label()
        lay.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New package"), objectName="packageNew")
        self.save_btn = QPushButton(self.tr("Save"), objectName="packageSave")
        buttons.addWidget(self.new_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay.addLayout(buttons)
        self.new_btn.clicked.connect(self.start_new)
        self.save_btn.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.load_selected())
        self.refresh()
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(selection.packages(include_inactive=True))
        if select_id is not None:
            select_row_by_id(self.view, select_id)
        self.load_selected()

    def current(self) -> selection.PackageView | None:
        return selected_row(self.view) if self.view.selectionModel().hasSelection() else None

    def load_selected(self) -> None:
        p = self.current()
        self._new = False
        self.errors.clear()
        self.save_btn.setEnabled(p is not None)
        if p is None:
            return
        self.name.setText(p.name)
        self.photos.setValue(p.photos_included)
        self.extra.setText(fen_plain(p.extra_photo_fen))
        self.price.setText(fen_plain(p.price_fen))
        self.products.setPlainText(selection.product_text(p.products))
        self.active.setChecked(p.active)

    def start_new(self) -> None:
        self.view.clearSelection()
        self._new = True
        self.errors.clear()
        for w in (self.name, self.extra, self.price):
            w.clear()
        self.photos.setValue(30)
        self.products.clear()
        self.active.setChecked(True)
        self.save_btn.setEnabled(True)
        self.name.setFocus()

    def save(self) -> None:
        cur = None if self._new else self.current()
        if not self._new and cur is None:
            return
        saved = self.acting.call(self, _save_package, self.name.text(), self.photos.value(), self.extra.text(),
                                 self.price.text(), self.products.toPlainText(), cur.id if cur else None,
                                 self.active.isChecked(), errors=self.errors)
        if saved is not None:
            self.refresh(saved.id)
            show_done(self.saved, self.tr("Saved."))


def _save_package(ctx: AppContext, staff_id: int | None, pin: str | None, name: str, photos: int, extra: str,
                  price: str, products: str, package_id: int | None, active: bool) -> selection.PackageView:
    return selection.save_package(ctx, staff_id, pin, name, photos, extra, price, selection.product_lines(products),
                                  package_id, active)
