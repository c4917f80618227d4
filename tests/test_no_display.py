"""Without a display the app says so in Chinese and English and exits with a code, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.common.display import NO_DISPLAY_EXIT, display_problem

ROOT = Path(__file__).resolve().parent.parent


def _env_without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


def test_main_without_a_display_prints_a_clear_message_and_exits(tmp_path) -> None:
    proc = subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "s.db")], cwd=ROOT,
                          env=_env_without_display(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == NO_DISPLAY_EXIT, proc.stderr
    assert "显示器" in proc.stderr and "needs a display" in proc.stderr
    assert "could not load" not in proc.stderr and "core dumped" not in proc.stderr
    assert not (tmp_path / "s.db").exists()  # refused before anything was opened


def test_screenshots_and_printing_still_work_headless(tmp_path) -> None:
    proc = subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "s.db"), "--screenshot",
                           str(tmp_path / "shots")], cwd=ROOT, env=_env_without_display(),
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert list((tmp_path / "shots").glob("*.png"))


def test_which_environments_have_a_display() -> None:
    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux", find_library=lambda _n: "lib.so") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux") is not None
    assert display_problem({}, "win32") is None
    missing = display_problem({"DISPLAY": ":0"}, "linux", find_library=lambda _n: None)
    assert missing is not None and "libxcb-cursor0" in missing
