"""Demo step of the staff area: every demo staff member gets the PIN 1234 (set at first use, through the
service, so it is hashed and audited like a real one), the studio details for printouts are filled in (unless another step did) and
one former employee is deactivated. Runs after the other demo steps (steps that sign may pass either "" or
"1234": both work before, and "1234" after, the PINs are set)."""

from __future__ import annotations

import datetime as dt

from app import settings_service
from app.checkin.models import Couple, Visit
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.staff import service as staff
from app.staff.models import Staff

DEMO_PIN = "1234"


def demo_step(ctx: AppContext, couples: list[Couple], visits: list[Visit], clock: FixedClock,
              end: dt.datetime) -> None:
    for s in Staff.select().where(Staff.active == True).order_by(Staff.id):  # noqa: E712
        if not staff.has_pin(s.id):
            staff.authenticate(ctx, s.id, DEMO_PIN)
    boss = Staff.get(Staff.name == "杨总")
    if not settings_service.studio_info().name:
        settings_service.save_studio_info(ctx, boss.id, DEMO_PIN, "纽约婚纱摄影 · 西湖店", "杭州市西湖区文三路 398 号 2 楼",
                            "0571-88001234", "")
    former = staff.create_staff(ctx, boss.id, DEMO_PIN, "钱多多", ["dresser"])
    staff.set_staff_active(ctx, boss.id, DEMO_PIN, former.id, False)

