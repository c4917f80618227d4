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
