"""Options of the handover (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

#: the notes being written for the next handover, kept per counter PC: ``DRAFT.per(terminal)``
DRAFT = Option("handover.draft", dict, {}, "anyone",
               "The action list and remark written so far for this counter's next handover")

ALL = (DRAFT,)
