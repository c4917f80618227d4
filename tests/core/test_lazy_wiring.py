"""Connecting the areas at start-up imports no area the first screen does not use (issue #12): the handover
snapshot's and the daily review's extra sections are connected by name and imported at their first call."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_connect_areas_leaves_the_handover_unimported_and_a_later_listener_imports_at_its_call():
    code = """
import sys
from app.wiring import connect_areas
connect_areas(); connect_areas()
from app.core import hooks
for name in ("app.handover.service", "app.handover.review", "app.aftercare.handover_part", "app.flow.reports"):
    assert name not in sys.modules, name
assert len(hooks.handover_sections) == 4 and len(hooks.daily_review) == 3  # connected once
names = [f.__module__ + "." + f.__name__ for f in hooks.handover_sections]
assert names == ["app.aftercare.handover_part.handover_sections",
                 "app.handover.complaint_callbacks.handover_sections",
                 "app.handover.checklist.handover_sections", "app.handover.guest_rounds.handover_sections"], names
for name in ("app.handover.checklist", "app.handover.guest_rounds", "app.appointments.confirmations",
             "app.flow.rounds", "app.handover.confirmation_review"):
    assert name not in sys.modules, name
assert hooks.later("app.flow.reports", "complaint_staff") is hooks.later("app.flow.reports", "complaint_staff")
calls = []
sys.modules["fake_area"] = type(sys)("fake_area")
sys.modules["fake_area"].listen = lambda *a: calls.append(a) or "done"
listener = hooks.later("fake_area", "listen")
assert listener(1, 2) == "done" and calls == [(1, 2)]
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
