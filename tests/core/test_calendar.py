import datetime as dt

from app.core import calendar as workdays
from app.core.calendar import Overrides, add_workdays, is_workday


def test_weekend_is_skipped():
    # Friday 2026-11-20 + 1 working day = Monday 23rd; + 5 = Friday 27th.
    assert add_workdays(dt.date(2026, 11, 20), 1).day == dt.date(2026, 11, 23)
    assert add_workdays(dt.date(2026, 11, 20), 5).day == dt.date(2026, 11, 27)
    # A Saturday start counts from Monday.
    assert add_workdays(dt.date(2026, 11, 21), 1).day == dt.date(2026, 11, 23)
    assert not add_workdays(dt.date(2026, 11, 20), 5).estimated


def test_national_day_2025_and_make_up_saturdays():
    # 调休: Sunday 28 Sep 2025 and Saturday 11 Oct 2025 are working days; 1–8 Oct are off.
    assert is_workday(dt.date(2025, 9, 28)) == (True, True)
    assert is_workday(dt.date(2025, 10, 11)) == (True, True)
    assert all(not is_workday(dt.date(2025, 10, d))[0] for d in range(1, 9))
    # Friday 26 Sep + 1 → Sunday 28 Sep (make-up day), + 2 → Monday 29 Sep.
    assert add_workdays(dt.date(2025, 9, 26), 1).day == dt.date(2025, 9, 28)
    # Tuesday 30 Sep + 1 → Thursday 9 Oct (holiday 1–8), + 3 → Saturday 11 Oct (调休).
    assert add_workdays(dt.date(2025, 9, 30), 1).day == dt.date(2025, 10, 9)
    assert add_workdays(dt.date(2025, 9, 30), 3).day == dt.date(2025, 10, 11)
    # Five working days from 29 Sep: 30 Sep, 9, 10, 11 (Sat), 13 Oct.
    assert add_workdays(dt.date(2025, 9, 29), 5).day == dt.date(2025, 10, 13)


def test_uncovered_year_falls_back_visibly():
    res = add_workdays(dt.date(2026, 12, 30), 5)
    # 31 Dec 2026 is known; January 2027 is guessed Mon–Fri and said so.
    assert res.day == dt.date(2027, 1, 6)  # 31 Dec, (guessed) Fri 1 Jan, 4, 5, 6 Jan
    assert res.estimated and dt.date(2027, 1, 1) in res.fallback_days
    assert workdays.uncovered_days(dt.date(2026, 12, 30), 4) == [dt.date(2027, 1, 1), dt.date(2027, 1, 2)]


def test_override_list_for_2027():
    ov = Overrides.from_value({"years": [2027], "holidays": ["2027-01-01"], "workdays": ["2027-01-09"]})
    assert is_workday(dt.date(2027, 1, 1), ov) == (False, True)
    assert is_workday(dt.date(2027, 1, 9), ov) == (True, True)  # a 调休 Saturday
    assert is_workday(dt.date(2027, 1, 10), ov) == (False, True)  # ordinary Sunday, year declared complete
    # Thursday 31 Dec 2026 + 1 → Monday 4 Jan 2027 (1 Jan off, weekend); + 5 → Saturday 9 Jan (make-up).
    assert add_workdays(dt.date(2026, 12, 31), 1, ov).day == dt.date(2027, 1, 4)
    res = add_workdays(dt.date(2026, 12, 31), 6, ov)
    assert res.day == dt.date(2027, 1, 9) and not res.estimated
    # Round trip of the stored value, bad entries ignored.
    assert Overrides.from_value(ov.to_value()) == ov
    assert Overrides.from_value({"holidays": ["nonsense"], "years": ["x"]}) == Overrides()
    assert Overrides.from_value(None) == Overrides()


def test_override_wins_in_covered_years():
    ov = Overrides.from_value({"holidays": ["2026-11-23"]})  # say the studio closes that Monday
    assert add_workdays(dt.date(2026, 11, 20), 1, ov).day == dt.date(2026, 11, 24)
