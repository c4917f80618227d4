"""巡查 — the rounds list on the check-in tab: guests waiting between stations or in the lounge with nobody
looking in (``app.flow.rounds``), and the small dialog that logs a round (a note, with quick picks).

The list's rows are read with the check-in tab's own data (``ui.checkin.tab_data.checkin_data``, off the UI
thread on the periodic refresh); the panel only shows them and calls ``record_round``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.context import AppContext
from app.flow import rounds
from ui.common.errors import FieldErrors, call_service
from ui.common.widgets import Column, RowTableModel, make_proxy, make_table, minutes_text, selected_row


class RoundDialog(QDialog):
    """Log a round for one waiting guest: what was done, in a few words (one click on a quick pick)."""

    def __init__(self, ctx: AppContext, row: rounds.RoundRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.result_value: rounds.RoundView | None = None
        self.setObjectName("roundDialog")
        self.setWindowTitle(self.tr("Round"))
        self.setMinimumWidth(400)
        lay = QVBoxLayout(self)
        head = QLabel(f"<b>{row.names}</b> · {row.who}<br>{row.where} · "
                      + self.tr("waiting {m}").format(m=minutes_text(row.minutes_waiting)))
        head.setObjectName("roundHead")
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        lay.addWidget(head)
        if row.last_round is not None:
            last = QLabel(self.tr("Last round {time} by {who}: {note}").format(
                time=row.last_round.at.strftime("%H:%M"), who=row.last_round.staff or "—", note=row.last_round.note))
            last.setStyleSheet("color: #607d8b;")
            last.setWordWrap(True)
            lay.addWidget(last)
        picks = QGridLayout()
        self.pick_buttons: list[QPushButton] = []
        for i, text in enumerate(rounds.quick_notes()):
            b = QPushButton(text)
            b.setObjectName(f"roundPick{i}")
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, t=text: self.pick(t))
            picks.addWidget(b, i // 2, i % 2)
            self.pick_buttons.append(b)
        lay.addLayout(picks)
        self.note = QLineEdit()
        self.note.setObjectName("roundNote")
        self.note.setMaxLength(rounds.NOTE_MAX)
        self.note.setPlaceholderText(self.tr("What was done (a quick pick above, or type it)"))
        lay.addWidget(self.note)
        general = QLabel()
        general.setObjectName("error_general")
        general.setStyleSheet("color: #c62828;")
        general.setWordWrap(True)
        general.hide()
        self.errors = FieldErrors(general)
        lay.addWidget(self.errors.label("note"))
        lay.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log round"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.note.setFocus()

    def pick(self, text: str) -> None:
        """A quick pick fills the note (she may add to it before saving)."""
        self.note.setText(text)
        self.note.setFocus()

    def save(self) -> None:
        done = call_service(self, rounds.record_round, self.ctx, self.row.visit_id, self.row.person, self.note.text(),
                            errors=self.errors)
        if done is not None:
            self.result_value = done
            self.accept()


class RoundsPanel(QWidget):
    """The to-look-after list (longest unattended first) and its 巡查 action; a page of ``tabs`` (the check-in
    tab's lower tabs), whose title carries the count, red while someone waits."""

    changed = Signal()

    def __init__(self, ctx: AppContext, tabs: QTabWidget, parent: QWidget | None = None,
                 on_changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        if on_changed is not None:
            self.changed.connect(on_changed)
        self.ctx = ctx
        self.tabs = tabs
        self.setObjectName("roundsPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.round_btn = QPushButton(self.tr("Round…"))
        self.round_btn.setObjectName("roundButton")
        self.round_btn.setToolTip(self.tr("You looked in on the selected guest: log what was done (restarts their "
                                          "clock)"))
        self.round_btn.clicked.connect(self.round_selected)
        bar.addWidget(self.round_btn)
        self.hint = QLabel()
        self.hint.setObjectName("roundsHint")
        self.hint.setStyleSheet("color: #78909c;")
        bar.addWidget(self.hint, 1)
        lay.addLayout(bar)
        self.model = RowTableModel([
            Column(self.tr("Guest"), lambda r: r.names),
            Column(self.tr("Who"), lambda r: r.who),
            Column(self.tr("Where / waiting for"), lambda r: r.where, free_text=True),
            Column(self.tr("Unattended"), lambda r: minutes_text(r.minutes_unattended),
                   sort=lambda r: r.minutes_unattended, foreground=lambda r: "#b71c1c"),
            Column(self.tr("Waiting"), lambda r: minutes_text(r.minutes_waiting), sort=lambda r: r.minutes_waiting),
            Column(self.tr("Last round"), self._last_text, free_text=True),
        ], self, key=lambda r: (r.visit_id, r.person))
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, "roundsTable")
        self.table.setMinimumHeight(60)
        self.table.activated.connect(lambda _i: self.round_selected())
        lay.addWidget(self.table, 1)
        tabs.addTab(self, "")
        self.set_rows([])

    def _last_text(self, r: rounds.RoundRow) -> str:
        lr = r.last_round
        if lr is None:
            return self.tr("none yet")
        return f"{lr.at:%H:%M} {lr.staff} · {lr.note}"

    def set_rows(self, rows: list[rounds.RoundRow]) -> None:
        sel = selected_row(self.table)
        grew = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if sel is not None:
            for i, r in enumerate(rows):
                if (r.visit_id, r.person) == (sel.visit_id, sel.person):
                    self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
        if grew and rows:
            self.table.resizeColumnsToContents()
        i = self.tabs.indexOf(self)
        self.tabs.setTabText(i, self.tr("To look after ({n})").format(n=len(rows)))
        self.tabs.tabBar().setTabTextColor(i, QColor("#b71c1c") if rows else QColor())
        self.hint.setText(self.tr("Waiting {m} minutes or more with nobody looking in: go to them.").format(
            m=rounds.round_minutes()) if rows else self.tr("Nobody is waiting unattended."))

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def round_selected(self) -> rounds.RoundView | None:
        r = selected_row(self.table)
        if r is None:
            QMessageBox.information(self, self.tr("Round"), self.tr("Select a waiting guest first."))
            return None
        dlg = RoundDialog(self.ctx, r, self)
        if dlg.exec() and dlg.result_value is not None:
            self.changed.emit()
            return dlg.result_value
        return None
