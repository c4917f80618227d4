"""Demo step of the staff area: every demo staff member gets the PIN 1234 (set at first use, through the
service, so it is hashed and audited like a real one) and one former employee is deactivated (the studio's
letterhead is the printing area's demo step, ``app.printing.demo``). Runs after the other demo steps (steps that sign may pass either "" or
"1234": both work before, and "1234" after, the PINs are set)."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.staff import service as staff
from app.staff.models import Staff

DEMO_PIN = "1234"


def demo_step(ctx: AppContext, couples: list, visits: list, clock: FixedClock, end: dt.datetime) -> None:
    for s in Staff.select().where(Staff.active == True).order_by(Staff.id):  # noqa: E712
        if not staff.has_pin(s.id):
            staff.authenticate(ctx, s.id, DEMO_PIN)
    boss = Staff.get(Staff.name == "杨总")
    former = staff.create_staff(ctx, boss.id, DEMO_PIN, "钱多多", ["dresser"])
    staff.set_staff_active(ctx, boss.id, DEMO_PIN, former.id, False)

