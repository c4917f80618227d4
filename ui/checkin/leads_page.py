"""Settings ▸ Leads: where walk-ins hear of the studio, and why a lead is lost (the lists the counter picks
from; ``app.checkin.leads``)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.checkin import leads
from ui.common.list_option import ListOptionEditor
from ui.common.palette import MUTED
from ui.common.pin_dialog import Acting


class LeadsPage(QWidget):
    def __init__(self, acting: Acting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsPage")
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("The counter records where each consultation walk-in heard of the studio and, after "
                              "the call-backs, what came of it. The review's conversion rate counts them by "
                              "receptionist and by source."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(note)
        row = QHBoxLayout()
        self.sources = ListOptionEditor(acting, "leadSources", leads.source_values, leads.set_sources,
                                        self.tr("Heard of us"), leads.source_label,
                                        self.tr("A new source, e.g. Douyin"), self)
        self.reasons = ListOptionEditor(acting, "lostReasons", leads.lost_reason_values, leads.set_lost_reasons,
                                        self.tr("Reasons a lead is lost"),
                                        leads.lost_reason_label, self.tr("A new reason"), self)
        row.addWidget(self.sources)
        row.addWidget(self.reasons)
        lay.addLayout(row, 1)
