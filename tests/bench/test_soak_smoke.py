"""bench/soak.py at its smoke size (one simulated hour of the real main window, offscreen), in its own
process: it must end with exit code 0 after a normal interpreter shutdown, the window alive and answering,
and no fatal error. Not a timed test: the stall and memory figures are printed, not asserted on time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.sqlite_only
def test_an_hour_at_the_counter_leaves_the_window_alive():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "soak.py"), "--smoke"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=600)
    out = p.stdout + p.stderr
    assert "Fatal Python error" not in out, out
    assert p.returncode == 0, out
    assert "alive and answering: yes" in out, out
    assert "120 ticks" in out, out
