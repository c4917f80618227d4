"""The deadline arithmetic is pure: plain values in, plain values out; no database, no clock."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from app.complaints import deadlines
from app.core.calendar import Overrides

SOURCE = Path(deadlines.__file__)
ALLOWED_IMPORTS = {"__future__", "datetime", "dataclasses", "typing", "app.core.calendar", "app.core.i18n"}
CLOCK_CALLS = {"now", "today", "utcnow", "monotonic", "perf_counter", "time_ns"}


def impurities(source: str) -> list[str]:
    """What makes a module impure: imports beyond the stdlib values, the calendar and translations (so no
    models, no database, no settings, no clock), and calls that read the time."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [f"import {a.name}" for a in node.names if a.name not in ALLOWED_IMPORTS]
        elif isinstance(node, ast.ImportFrom):
            mod = "." * node.level + (node.module or "")
            if mod not in ALLOWED_IMPORTS and any(f"{mod}.{a.name}" not in ALLOWED_IMPORTS for a in node.names):
                out.append(f"from {mod} import …")
        elif isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
            on_time_module = isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) and fn.value.id == "time"
            if name in CLOCK_CALLS or on_time_module:  # (a datetime's .time() is its time of day: allowed)
                out.append(f"call {name}()")
    return out


def test_deadlines_module_is_pure():
    assert impurities(SOURCE.read_text(encoding="utf-8")) == []


def test_the_purity_check_catches_planted_violations():
    clean = SOURCE.read_text(encoding="utf-8")
    planted = {
        "from app.core.db import db\n": "from app.core.db import …",
        "from .models import Complaint\n": "from .models import …",
        "import peewee\n": "import peewee",
        "def f(ctx):\n    return ctx.now()\n": "call now()",
        "def g():\n    return dt.datetime.now()\n": "call now()",
        "def h():\n    return dt.date.today()\n": "call today()",
        "import time\ndef k():\n    return time.time()\n": "call time()",
        "from app.core import settings\n": "from app.core import …",
    }
    for code, report in planted.items():
        assert report in impurities(clean + "\n" + code), code


def case(**kw) -> SimpleNamespace:
    """A case's deadline fields as a plain object (no database row)."""
    start = dt.datetime(2026, 11, 20, 9, 0)
    data = dict(status="investigating", due_investigation=start + dt.timedelta(hours=24), investigated_at=None,
                due_reply=None, replied_at=None, due_feedback=start + dt.timedelta(hours=24),
                last_feedback_at=None, due_result=dt.datetime(2026, 11, 27, 9, 0), result_at=None,
                result_estimated=False, paused_at=None)
    data.update(kw)
    return SimpleNamespace(**data)


def test_states_and_misses_from_plain_values():
    c = case()
    now = dt.datetime(2026, 11, 21, 10, 0)
    states = {d.kind: d.state for d in deadlines.deadlines_of(c, now)}
    assert states == {"investigation": "overdue", "reply": "none", "feedback": "overdue", "result": "pending"}
    assert deadlines.next_due(c) == c.due_investigation
    assert deadlines.miss_dues(c, now) == [("investigation", c.due_investigation), ("feedback", c.due_feedback)]
    paused = case(status="waiting_customer", paused_at=now)
    assert deadlines.next_due(paused) is None and deadlines.miss_dues(paused, now) == []
    assert {d.state for d in deadlines.deadlines_of(paused, now) if d.kind != "reply"} == {"paused"}


def test_intake_dues():
    dues = deadlines.intake_dues(dt.datetime(2026, 11, 20, 9, 0), Overrides())
    assert dues.due_investigation == dt.datetime(2026, 11, 21, 9, 0)
    assert dues.due_result == dt.datetime(2026, 11, 27, 9, 0) and not dues.result_estimated


# ------------------------------------------------------------------ pauses in working time (#15)

def test_working_time_counts_working_days_only():
    ov = Overrides()
    fri_evening, mon_noon = dt.datetime(2026, 11, 20, 18, 0), dt.datetime(2026, 11, 23, 12, 0)
    assert deadlines.working_time_between(fri_evening, mon_noon, ov) == (dt.timedelta(hours=6 + 12), False)
    sat, sun = dt.datetime(2026, 11, 21, 10, 0), dt.datetime(2026, 11, 22, 10, 0)
    assert deadlines.working_time_between(sat, sun, ov) == (dt.timedelta(), False)
    # National Day 2025: 1–8 October off; 30 Sep noon to 9 Oct noon is one working day.
    assert deadlines.working_time_between(dt.datetime(2025, 9, 30, 12), dt.datetime(2025, 10, 9, 12), ov)[0] \
        == dt.timedelta(hours=24)
    # Friday 18:00 plus 10 working hours: 6 on Friday, the weekend skipped, 4 on Monday.
    assert deadlines.add_working_time(fri_evening, dt.timedelta(hours=10), ov) == (dt.datetime(2026, 11, 23, 4), False)
    assert deadlines.add_working_time(sat, dt.timedelta(), ov) == (sat, False)
    # A day the calendar does not know (2027) is guessed, and the result says so.
    _, estimated = deadlines.add_working_time(dt.datetime(2026, 12, 31, 9), dt.timedelta(days=2), ov)
    assert estimated


def paused_case(paused_at: dt.datetime, **kw) -> SimpleNamespace:
    return case(status="waiting_customer", paused_at=paused_at, **kw)


def test_a_two_day_pause_keeps_the_working_days_left():
    """The issue's case: due Fri 2026-11-27 09:00, paused Wed 09:00 with two working days left, resumed Fri
    09:00: two working days after Friday is Tuesday 09:00 (the calendar shift gave Sunday 29th)."""
    c = paused_case(dt.datetime(2026, 11, 25, 9, 0), investigated_at=dt.datetime(2026, 11, 20, 11, 0),
                    due_feedback=dt.datetime(2026, 11, 26, 9, 0))  # the customer was told when it paused
    moved = deadlines.resumed(c, dt.datetime(2026, 11, 27, 9, 0), Overrides())
    assert moved.due_result == dt.datetime(2026, 12, 1, 9, 0) and moved.due_result.weekday() == 1
    assert moved.paused_minutes == 2 * 24 * 60 and not moved.result_estimated
    # The hour clocks still move by the calendar time paused.
    assert moved.due_feedback == c.due_feedback + dt.timedelta(days=2)


def test_a_pause_over_a_weekend_resumes_with_the_working_time_left():
    ov = Overrides()
    # Paused Friday 18:00, the customer answers on Sunday: only Friday's last 6 hours were working time.
    c = paused_case(dt.datetime(2026, 11, 20, 18, 0))
    assert deadlines.resumed(c, dt.datetime(2026, 11, 22, 10, 0), ov).due_result == dt.datetime(2026, 11, 27, 15, 0)
    # Paused and resumed within the weekend: the working-day clock never ran, the result is unchanged.
    c = paused_case(dt.datetime(2026, 11, 21, 10, 0))
    assert deadlines.resumed(c, dt.datetime(2026, 11, 22, 20, 0), ov).due_result == dt.datetime(2026, 11, 27, 9, 0)
    # Paused at intake with all 5 working days left, resumed Wednesday 14:00: 5 working days from then.
    c = paused_case(dt.datetime(2026, 11, 20, 9, 0))
    assert deadlines.resumed(c, dt.datetime(2026, 11, 25, 14, 0), ov).due_result == dt.datetime(2026, 12, 2, 14, 0)


def test_a_result_missed_before_the_pause_stays_missed():
    c = paused_case(dt.datetime(2026, 11, 30, 9, 0))  # the result was due on the 27th
    assert deadlines.resumed(c, dt.datetime(2026, 12, 2, 9, 0), Overrides()).due_result == c.due_result
