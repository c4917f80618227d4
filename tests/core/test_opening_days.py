"""The studio's own opening calendar: open every day unless a supervisor marked the date closed; apart from
the legal working days (weekends and public holidays stay open, a closed day moves no deadline)."""

from __future__ import annotations

import datetime as dt

import pytest

from app import settings_service
from app.core import calendar as workdays
from app.core import opening
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.core.options import STUDIO_CLOSED_DAYS, WORKDAY_OVERRIDES
from app.staff import service as staff

PIN = "739153"
NEW_YEARS_EVE_2027 = dt.date(2027, 2, 5)  # 除夕, a Friday


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)


def test_open_every_day_by_default_weekends_and_holidays_included(database):
    assert opening.closed_days() == {}
    # Friday → Saturday → Sunday: the studio's busiest days are opening days.
    assert opening.next_opening_day(dt.date(2026, 11, 20)) == dt.date(2026, 11, 21)
    assert opening.next_opening_day(dt.date(2026, 11, 21)) == dt.date(2026, 11, 22)
    # 30 Sep 2025 → 1 Oct 2025, a public holiday (no working day until 9 Oct), is an opening day.
    assert not workdays.is_workday(dt.date(2025, 10, 1))[0]
    assert opening.next_opening_day(dt.date(2025, 9, 30)) == dt.date(2025, 10, 1)


def test_a_closed_day_is_skipped(ctx, boss):
    settings_service.set_studio_closed_day(ctx, boss.id, PIN, NEW_YEARS_EVE_2027, " 除夕 ")
    assert settings_service.studio_closed_days() == {NEW_YEARS_EVE_2027: "除夕"}
    assert not opening.is_open(NEW_YEARS_EVE_2027)
    assert opening.next_opening_day(dt.date(2027, 2, 4)) == dt.date(2027, 2, 6)
    assert opening.opening_day_on_or_after(NEW_YEARS_EVE_2027) == dt.date(2027, 2, 6)
    assert opening.opening_day_on_or_after(dt.date(2027, 2, 4)) == dt.date(2027, 2, 4)
    settings_service.set_studio_closed_day(ctx, boss.id, PIN, dt.date(2027, 2, 6), "春节")
    assert opening.next_opening_day(dt.date(2027, 2, 4)) == dt.date(2027, 2, 7)  # a Sunday: open
    entry = AuditLog.select().where(AuditLog.action == "setting.change").order_by(AuditLog.id.desc()).get()
    assert entry.operator_id == boss.id and "studio.closed_days" in entry.after
    settings_service.reopen_studio_day(ctx, boss.id, PIN, dt.date(2027, 2, 6))
    assert opening.next_opening_day(dt.date(2027, 2, 4)) == dt.date(2027, 2, 6)


def test_kept_apart_from_the_working_days(ctx, boss):
    settings_service.set_studio_closed_day(ctx, boss.id, PIN, dt.date(2026, 11, 23), "装修")
    # The closed Monday is still a working day: the complaint deadlines do not move.
    assert workdays.load_overrides() == workdays.Overrides()
    assert not WORKDAY_OVERRIDES.is_set()
    assert workdays.add_workdays(dt.date(2026, 11, 20), 1, workdays.load_overrides()).day == dt.date(2026, 11, 23)
    # A day off in the working-day list does not close the studio.
    settings_service.set_workday_override(ctx, boss.id, PIN, dt.date(2026, 11, 25), False)
    assert opening.is_open(dt.date(2026, 11, 25))
    assert opening.next_opening_day(dt.date(2026, 11, 22)) == dt.date(2026, 11, 24)


def test_bad_input_saves_nothing(ctx, boss):
    with pytest.raises(ValidationError) as e:
        settings_service.set_studio_closed_day(ctx, boss.id, PIN, None, "除夕")
    assert set(e.value.errors) == {"date"}
    with pytest.raises(ValidationError) as e:
        settings_service.set_studio_closed_day(ctx, boss.id, PIN, NEW_YEARS_EVE_2027, "很" * 41)
    assert set(e.value.errors) == {"reason"}
    rec = staff.add_staff(ctx, "小张", ["receptionist"], pin="246813")
    with pytest.raises(PermissionDenied):
        settings_service.set_studio_closed_day(ctx, rec.id, "246813", NEW_YEARS_EVE_2027, "除夕")
    assert not STUDIO_CLOSED_DAYS.is_set()
    # A hand-edited bad value is ignored on reading (open every day), refused on writing.
    assert not STUDIO_CLOSED_DAYS.valid({"not a date": ""})
    assert not STUDIO_CLOSED_DAYS.valid({"2027-02-05": 3})
