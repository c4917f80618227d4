"""What the staff services and the complaint case reads hand to the UI are plain frozen values: reading an
attribute never runs a query, and nothing can be changed on them by mistake."""

from __future__ import annotations

import dataclasses

import peewee as pw
import pytest

from app.complaints import cases, config, queries
from app.staff import service as staff

PIN = "739153"


def _plain(value: object) -> None:
    """A frozen dataclass whose fields hold no model row (also inside tuples and lists)."""
    assert dataclasses.is_dataclass(value) and not isinstance(value, type), value
    assert value.__dataclass_params__.frozen, type(value)  # type: ignore[attr-defined]
    for f in dataclasses.fields(value):
        v = getattr(value, f.name)
        for item in v if isinstance(v, list | tuple) else [v]:
            assert not isinstance(item, pw.Model), f"{type(value).__name__}.{f.name} is a live row"
            if dataclasses.is_dataclass(item):
                _plain(item)


def test_staff_services_return_frozen_values(ctx):
    boss = staff.add_staff(ctx, "杨总", ["executive_manager"], pin=PIN)
    made = staff.create_staff(ctx, boss.id, PIN, "周婷", ["dresser"])
    edited = staff.update_staff(ctx, boss.id, PIN, made.id, "周婷", ["dresser", "makeup_artist"])
    off = staff.set_staff_active(ctx, boss.id, PIN, made.id, False)
    shift = staff.start_shift(ctx, boss.id, PIN)
    values = [boss, made, edited, off, staff.get_staff(made.id), *staff.active_staff(), shift,
              staff.current_shift(ctx.terminal)]
    for v in values:
        _plain(v)
    assert edited.has_role("makeup_artist") and edited.roles == ("dresser", "makeup_artist")
    assert off.active is False and staff.get_staff(made.id).active is False
    assert shift.operator_id == boss.id and staff.current_shift(ctx.terminal) == shift
    assert staff.check_supervisor(ctx, boss.id, PIN) == boss.id
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "x"  # type: ignore[misc]


def test_a_case_row_carries_a_snapshot_of_the_complaint(ctx, couple):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    category = config.categories()[0]
    c = cases.create_complaint(ctx, complainant="张伟", channel="counter", category_id=category.id,
                               description="睫毛胶过敏", reported_to_id=boss.id, reported_at=ctx.now(),
                               couple_id=couple.id)
    row = queries.get_case(ctx, c.id)
    _plain(row)
    assert row.id == c.id and row.complaint.case_no == c.case_no and row.complaint.couple_id == couple.id
    assert row.complaint.version == c.version and row.complaint.reported_to_id == boss.id
    for r in queries.list_cases(ctx, "all") + queries.open_cases_with_deadlines(ctx):
        _plain(r)
    for member, _station in config.responsible_candidates(ctx, couple.id):
        _plain(member)
    for v in config.stations() + config.supervisors():
        _plain(v)
