"""Options of the handover (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

#: the notes being written for the next handover, kept per counter PC: ``DRAFT.per(terminal)``
DRAFT = Option("handover.draft", dict, {}, "anyone",
               "The action list and remark written so far for this counter's next handover")

#: a shift started at or after this hour is the evening shift (its checklist), before it the morning one
EVENING_FROM = Option("handover.checklist_evening_from", int, 14, "supervisor",
                      "Hour from which a shift that starts counts as the evening shift (the shift's checklist)",
                      check=lambda h: 1 <= h <= 23)

ALL = (DRAFT, EVENING_FROM)
