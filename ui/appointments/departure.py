"""The guest leaves: keys back (counter / bar / lost with a note), a word on how it went, check-out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.appointments import departure
from app.checkin import commands as checkin
from app.core.context import AppContext
from ui.common.errors import FieldErrors, call_service
from ui.common.palette import ERROR, SECONDARY
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, minutes_text, selected_row

DECLINED = 0  # button id of "did not want to say"


class DepartureDialog(QDialog):
    """Check a visit out. A locker key still out blocks the check-out until it is returned or recorded lost."""

    def __init__(self, ctx: AppContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.departed = False
        self.setObjectName("departureDialog")
        self.setWindowTitle(self.tr("Guest leaving"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        self.errors = FieldErrors(QLabel())
        self.errors._general.setStyleSheet(f"color: {ERROR};")

        self.party = QLabel()
        self.party.setObjectName("departureParty")
        self.party.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.party.setWordWrap(True)
        lay.addWidget(self.party)
        self.party_detail = QLabel()
        self.party_detail.setObjectName("departurePartyDetail")
        self.party_detail.setStyleSheet(f"color: {SECONDARY};")
        lay.addWidget(self.party_detail)

        keys_box = QGroupBox(self.tr("Locker keys still out"))
        keys_lay = QVBoxLayout(keys_box)
        self.keys_model = RowTableModel([
            Column(self.tr("Locker"), lambda k: k.locker),
            Column(self.tr("Where"), lambda k: k.location),
            Column(self.tr("Out since"), lambda k: f"{k.issued_at:%H:%M}"),
            Column(self.tr("For"), lambda k: minutes_text(k.minutes_out)),
        ], self)
        self.keys_view = make_table(make_proxy(self.keys_model, self), self, "departureKeys")
        self.keys_view.setMaximumHeight(110)
        keys_lay.addWidget(self.keys_view)
        row = QHBoxLayout()
        self.counter_btn = QPushButton(self.tr("Returned at the counter"))
        self.counter_btn.setObjectName("keyCounter")
        self.counter_btn.clicked.connect(lambda: self.return_key("counter"))
        self.bar_btn = QPushButton(self.tr("Returned at the bar"))
        self.bar_btn.setObjectName("keyBar")
        self.bar_btn.clicked.connect(lambda: self.return_key("bar"))
        row.addWidget(self.counter_btn)
        row.addWidget(self.bar_btn)
        keys_lay.addLayout(row)
        lost_row = QHBoxLayout()
        self.lost_note = QLineEdit()
        self.lost_note.setObjectName("keyLostNote")
        self.lost_note.setPlaceholderText(self.tr("What happened to the key (required when lost)"))
        self.lost_btn = QPushButton(self.tr("Record as lost"))
        self.lost_btn.setObjectName("keyLost")
        self.lost_btn.clicked.connect(self.record_lost)
        lost_row.addWidget(self.lost_note, 1)
        lost_row.addWidget(self.lost_btn)
        keys_lay.addLayout(lost_row)
        keys_lay.addWidget(self.errors.label("note"))
        self.keys_box = keys_box
        lay.addWidget(keys_box)
        self.key_warning = QLabel()
        self.key_warning.setObjectName("departureKeyWarning")
        self.key_warning.setWordWrap(True)
        self.key_warning.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
        lay.addWidget(self.key_warning)

        sat_box = QGroupBox(self.tr("How was it today? (ask the guest)"))
        sat_lay = QVBoxLayout(sat_box)
        scores = QHBoxLayout()
        self.score_group = QButtonGroup(self)
        labels = [self.tr("1 Very unhappy"), self.tr("2 Unhappy"), self.tr("3 OK"), self.tr("4 Happy"),
                  self.tr("5 Very happy")]
        for i, text in enumerate(labels, start=1):
            b = QRadioButton(text)
            b.setObjectName(f"score{i}")
            self.score_group.addButton(b, i)
            scores.addWidget(b)
        declined = QRadioButton(self.tr("Did not want to say"))
        declined.setObjectName("scoreDeclined")
        self.score_group.addButton(declined, DECLINED)
        scores.addWidget(declined)
        sat_lay.addLayout(scores)
        sat_lay.addWidget(self.errors.label("score"))
        self.comment = QLineEdit()
        self.comment.setObjectName("departureComment")
        self.comment.setMaxLength(departure.COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("What the guest said (optional)"))
        sat_lay.addWidget(self.comment)
        sat_lay.addWidget(self.errors.label("comment"))
        lay.addWidget(sat_box)
        lay.addWidget(self.errors._general)
        lay.addStretch(1)

        buttons = QDialogButtonBox()
        self.checkout_btn = buttons.addButton(self.tr("Check out — thank and see off"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.checkout_btn.setObjectName("departureCheckOut")
        cancel = buttons.addButton(self.tr("Not yet"), QDialogButtonBox.ButtonRole.RejectRole)
        self.checkout_btn.clicked.connect(self.check_out)
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.keys_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        info = departure.party_of(self.ctx, self.visit_id)
        self.party.setText(info.title)
        self.party_detail.setText(self.tr("{kind} · {n} people · arrived {arrived} · {stay} in the store").format(
            kind=info.kind, n=info.party_size, arrived=f"{info.arrived_at:%H:%M}",
            stay=minutes_text(info.minutes_in_store)))
        keys = departure.keys_out_of(self.ctx, self.visit_id)
        self.keys_model.set_rows(keys)
        self.keys_box.setVisible(bool(keys))
        if keys:
            self.keys_view.selectRow(0)
            self.key_warning.setText(self.tr("Key {lockers} is still out: take it back (or record it lost) before "
                                             "the guest leaves.").format(lockers=", ".join(k.locker for k in keys)))
        else:
            self.key_warning.setText("")
        self.key_warning.setVisible(bool(keys))
        if info.left_at is not None:
            self.key_warning.setText(self.tr("Already checked out at {time}.").format(time=f"{info.left_at:%H:%M}"))
            self.key_warning.setVisible(True)
            self.checkout_btn.setEnabled(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = selected_row(self.keys_view) is not None
        for b in (self.counter_btn, self.bar_btn, self.lost_btn):
            b.setEnabled(has)

    def return_key(self, place: str) -> bool:
        k = selected_row(self.keys_view)
        if k is None:
            return False
        ok = call_service(self, checkin.return_key, self.ctx, k.loan_id, place, errors=self.errors) is not None
        self.refresh()
        return ok

    def record_lost(self) -> bool:
        k = selected_row(self.keys_view)
        if k is None:
            return False
        ok = call_service(self, checkin.return_key, self.ctx, k.loan_id, "counter", lost=True,
                          note=self.lost_note.text(), errors=self.errors) is not None
        if ok:
            self.lost_note.clear()
        self.refresh()
        return ok

    def score(self) -> int | None:
        """The picked score, None for 'did not want to say'; -1 when nothing is picked yet."""
        bid = self.score_group.checkedId()
        if bid == -1:
            return -1
        return None if bid == DECLINED else bid

    def check_out(self) -> None:
        score = self.score()
        if score == -1:
            self.errors.show({"score": self.tr("Ask the guest how it went: pick 1 to 5, or 'did not want to say'.")})
            return
        if call_service(self, departure.depart, self.ctx, self.visit_id, score, self.comment.text(),
                        errors=self.errors) is None:
            self.refresh()
            return
        self.departed = True
        self.accept()
