"""Python 3.12+ only: PySide6 6.12 on 3.11 drops references to True/None and the app dies mid-shift."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import main

ROOT = Path(__file__).resolve().parent.parent


def test_this_interpreter_is_accepted() -> None:
    assert sys.version_info >= (3, 12)
    assert main.check_interpreter() is None


def test_old_interpreter_is_refused_with_a_clear_message(monkeypatch) -> None:
    monkeypatch.setattr(main.sys, "version_info", (3, 11, 7, "final", 0))
    message = main.check_interpreter()
    assert message is not None
    assert "3.12" in message and "3.11.7" in message
    assert main.main(["--help"]) == 3


def test_many_emits_and_void_calls_then_a_clean_exit() -> None:
    """Tens of thousands of emits and void Qt calls, then interpreter shutdown: exit 0, no fatal error."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject, QTimer, Signal
        from PySide6.QtWidgets import QApplication, QPushButton

        class Source(QObject):
            changed = Signal(int)

        app = QApplication([])
        src = Source()
        seen = []
        src.changed.connect(seen.append)
        button = QPushButton()
        before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
        for i in range(30000):
            src.changed.emit(i)
            button.setEnabled(i % 2 == 0)
            button.update()
        QTimer.singleShot(0, app.quit)
        app.exec()
        assert len(seen) == 30000
        del button
        print("ok", before_true, sys.getrefcount(True), before_none, sys.getrefcount(None))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr
    assert done.stdout.startswith("ok")
