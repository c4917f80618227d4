"""Fixtures of the flow's service tests: the studio's team and a couple checked in for the shoot day."""

from __future__ import annotations

import pytest

from app.checkin import commands as checkin
from app.flow.models import Flow
from app.staff import service as staff


@pytest.fixture
def team(ctx):
    out = {}
    for name, roles in [("赵敏", ["makeup_artist"]), ("吴昊", ["stylist"]), ("周婷", ["dresser"]),
                        ("郑凯", ["photographer"]), ("陈静", ["floor_control"]), ("林娜", ["department_supervisor"]),
                        ("许超", ["retoucher"])]:
        out[name] = staff.add_staff(ctx, name, roles).id
    out["王丽"] = ctx.operator_id
    return out



@pytest.fixture
def shoot(ctx, couple, team):
    visit = checkin.check_in_couple(ctx, couple.id, "shoot")
    return Flow.get(Flow.visit == visit.id)
