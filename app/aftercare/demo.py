"""Demo: after the shoot — two found items waiting to be claimed and an umbrella lent to a couple
(selection, pickup and tomorrow's clash are added by their own steps below). Everything goes through services."""

from __future__ import annotations

import datetime as dt

from app.aftercare import lostfound
from app.core.clock import FixedClock
from app.core.context import AppContext


def demo_lost_and_found(ctx: AppContext, couples: list, visits: list, clock: FixedClock, end: dt.datetime) -> None:
    resume = clock.now()
    lostfound.record_found(ctx, "黑色折叠伞", found_where="二楼休息区", found_by="周婷", kept_where="前台失物柜",
                           found_at=end - dt.timedelta(days=3, hours=2))
    lostfound.record_found(ctx, "白色充电宝（小米）", found_where="化妆间 3 号位", found_by="赵敏",
                           kept_where="前台抽屉 2", found_at=end - dt.timedelta(minutes=50))
    if len(visits) > 2:
        clock.set(end - dt.timedelta(minutes=40))
        lostfound.lend(ctx, "umbrella", "20", visit_id=visits[2].id, note="外景下雨")
    clock.set(resume)


def _register() -> None:
    from app.demo import DEMO_STEPS

    if demo_lost_and_found not in DEMO_STEPS:
        DEMO_STEPS.append(demo_lost_and_found)


_register()
