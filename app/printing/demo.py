"""Demo step of printing: a studio letterhead for the sheets (only where none is set), through the
settings service."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.printing.options import STUDIO_ADDRESS, STUDIO_NAME, STUDIO_PHONE

DEMO_LETTERHEAD = {
    STUDIO_NAME: "金夫人婚纱摄影（总府店）",
    STUDIO_ADDRESS: "成都市锦江区总府路 28 号 2 楼",
    STUDIO_PHONE: "028-8666 1234",
}


def demo_letterhead(ctx: AppContext, couples: list, visits: list, clock: FixedClock, end: dt.datetime) -> None:
    for option, value in DEMO_LETTERHEAD.items():
        if not option.get():
            option.set(ctx, value, by_supervisor=True)  # the demo's own database: no PIN to ask for

