"""What the flow's tables share: the alert colours, time and minute texts, the columns of a step table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from app.flow import machine, reports
from ui.common.palette import ALERT_BG, ERROR, INFO_BG
from ui.common.privacy import Privacy
from ui.common.widgets import Column, minutes_text

ALERT_BG = ALERT_BG
ALERT_BG_BLINK = "#ef9a9a"
FLAG_BG = "#ffe0b2"


def hm(t: dt.datetime | dt.date | None) -> str:
    if t is None:
        return ""
    if isinstance(t, dt.datetime):
        return t.strftime("%H:%M")
    return t.strftime("%m-%d")


def mins(m: int | None) -> str:
    return "" if m is None else minutes_text(m)


def dash(m: int | None) -> str:
    return "—" if m is None else minutes_text(m)


def tint(colour: str) -> str | None:
    return f"#40{colour[1:]}" if colour and colour.startswith("#") and len(colour) == 7 else None



def step_columns(parent: QObject) -> list[Column]:
    """The columns of a step table: the selected couple's steps on the board, the one-couple report."""
    return _StepColumns(parent).columns()


class _StepColumns(QObject):
    def columns(self) -> list[Column]:
        def bg(v: reports.StepView) -> str | None:
            if v.flagged:
                return FLAG_BG
            if v.state in ("handoff", "waiting", "in_progress"):
                return INFO_BG
            return None

        def over(flag_attr: str):  # type: ignore[no-untyped-def]
            return lambda v: ERROR if getattr(v, flag_attr) else None

        def state_text(v: reports.StepView) -> str:
            text = machine.state_label(v.state)
            return text + self.tr(" (corrected)") if v.corrected else text

        return [
            Column(self.tr("Who"), lambda v: machine.person_label(v.person), background=bg),
            Column(self.tr("Station"), lambda v: v.station + (self.tr(" (optional)") if v.optional else ""),
                   background=bg),
            Column(self.tr("State"), state_text, background=bg),
            Column(self.tr("Staff"), lambda v: v.staff, background=bg),
            Column(self.tr("On the way"), lambda v: mins(v.handoff_minutes), background=bg,
                   foreground=over("handoff_over")),
            Column(self.tr("Waited"), lambda v: mins(v.wait_minutes), background=bg, foreground=over("wait_over")),
            Column(self.tr("Start"), lambda v: hm(v.started_at), background=bg),
            Column(self.tr("Finish"), lambda v: hm(v.finished_at), background=bg),
            Column(self.tr("Took"), lambda v: mins(v.work_minutes), background=bg, foreground=over("work_over")),
            Column(self.tr("Reason / notes"), lambda v: Privacy.instance().private_text(
                "；".join([x for x in [v.reason, *v.notes] if x])), background=bg, free_text=True),
        ]
