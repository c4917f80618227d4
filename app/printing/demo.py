"""Demo step of printing: a studio letterhead for the sheets (only where none is set), through the
settings service."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.settings import get_setting, set_setting

DEMO_LETTERHEAD = {
    "studio.name": "金夫人婚纱摄影（总府店）",
    "studio.address": "成都市锦江区总府路 28 号 2 楼",
    "studio.phone": "028-8666 1234",
}


def demo_letterhead(ctx: AppContext, couples: list, visits: list, clock: FixedClock, end: dt.datetime) -> None:
    for key, value in DEMO_LETTERHEAD.items():
        if not get_setting(key):
            set_setting(ctx, key, value)


def _register() -> None:
    from app.demo import DEMO_STEPS

    if demo_letterhead not in DEMO_STEPS:
        DEMO_STEPS.append(demo_letterhead)


_register()
