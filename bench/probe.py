"""Child process for bench/run.py: start a window, print "painted" at its first paint event, exit at once.

    python bench/probe.py bare                 # QApplication + QMainWindow + QTabWidget (the baseline)
    python bench/probe.py app --db PATH ...    # main.py with these arguments

The parent measures the whole process from spawn to the "painted" line (wall time) and the peak resident
memory from ``os.wait4``. The app is started through ``main.main`` unchanged; the probe only adds an event
filter to the QApplication that ``ui.application.make_application`` returns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _peak_rss_line() -> str:
    """``peak-kib N``: this process's own peak resident set (``VmHWM``). ``ru_maxrss`` from ``wait4`` is not
    used for it: Linux keeps the larger of the parent's at fork and the child's across ``exec``, so a large
    parent (the dataset just generated) would show as the child's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return f"peak-kib {int(line.split()[1])}\n"
    except OSError:
        pass
    return ""


def _painted_filter():  # returns a QObject
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # Qt's name and signature
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow() \
                    and obj.inherits("QMainWindow"):
                sys.stdout.write(f"painted\n{_peak_rss_line()}")
                sys.stdout.flush()
                os._exit(0)
            return False

    return FirstPaint()


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

    app = QApplication(sys.argv[:1])
    keep = _painted_filter()
    app.installEventFilter(keep)
    w = QMainWindow()
    w.setCentralWidget(QTabWidget())
    w.resize(1366, 700)
    w.show()
    return app.exec()


def app(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    import ui.application
    import ui.run

    made = ui.application.make_application
    keep = []

    def make_application(*a, **k):
        qapp = made(*a, **k)
        keep.append(_painted_filter())
        qapp.installEventFilter(keep[-1])
        return qapp

    ui.run.make_application = make_application
    import main

    return main.main(argv)


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2:]))
