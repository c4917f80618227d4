"""A working day at the counter in a few minutes: the real main window on the demo, its clocks accelerated.

    uv run python bench/soak.py                  # 10 simulated hours (1,200 ticks of 30 s), about 2-4 minutes
    uv run python bench/soak.py --hours 2        # a shorter day
    uv run python bench/soak.py --smoke          # one simulated hour: what CI's test runs

Why: with PySide6 6.12 on Python 3.11 every emit and void Qt call dropped a reference to True/None, and a
counter PC left running all day died mid-shift ("Fatal Python error: none_dealloc" after about 100 full
refreshes). Python 3.12 makes those objects immortal; this run keeps checking that a day of refreshes leaves
the window alive, responsive and with flat memory, whatever else changes.

One process, the real ``MainWindow`` (offscreen) on a fresh demo database, on a clock the run moves itself.
Every tick is 30 simulated seconds, as the window's own live timer: the demo floor works on (steps signed,
couples taken on, so the board changes as on a real morning), the shown tab refreshes as its timer would
(in its worker when the tab has one), the changed topics go out as the change watcher would send them, the
status-bar counters are computed every simulated minute, and every 20 ticks the next tab is shown. Measured:
the longest time the UI thread was held by one step (the refresh call or the processing of events), the
resident memory after warm-up and at the end, and at the end whether a queued event is still served at once.
Exits 1 when the window died, stopped answering, a refresh failed, or memory grew more than ``--max-growth``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TICK_SECONDS = 30


def rss_mib() -> float:
    """Resident memory of this process (Linux /proc), MiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run(hours: float, folder: Path, max_growth: float, quiet: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.core.db import open_database
    from app.demo import start_demo
    from app.flow.demo import keep_floor_moving
    from app.staff.service import current_shift
    from app.wiring import connect_areas
    from ui.application import make_application

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    connect_areas()
    app = make_application(language="zh_CN")
    open_database(str(folder / "soak.db"))
    ctx = AppContext(terminal="soak")
    clock = start_demo(ctx, running=False)
    assert isinstance(clock, FixedClock)
    shift = current_shift(ctx.terminal)
    if shift is not None:
        ctx.operator_id = shift.operator_id

    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    failures: list[str] = []

    def pump(limit_s: float = 20.0) -> float:
        """Serve events until the workers' results are applied; the longest single pass, in ms."""
        longest = 0.0
        deadline = time.monotonic() + limit_s
        while True:
            t = time.perf_counter()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            longest = max(longest, (time.perf_counter() - t) * 1000)
            if not window.refreshing() and not window.status_feed.running:
                return longest
            if time.monotonic() > deadline:
                failures.append("a refresh never came back from its worker")
                return longest
            time.sleep(0.002)

    keys = list(window.TAB_TOPICS) if hasattr(window, "TAB_TOPICS") else []
    pump()
    ticks = int(hours * 3600 / TICK_SECONDS)
    warm = max(1, ticks // 20)
    stalls: list[float] = []
    worst: tuple[float, int, str, bool] = (0.0, -1, "", False)  # ms, tick, shown tab, tab switched on that tick
    base_rss = rss_mib()
    peak = base_rss
    floor_moves = 0
    t0 = time.monotonic()
    for i in range(ticks):
        clock.advance(seconds=TICK_SECONDS)
        try:
            moved = keep_floor_moving(ctx)
        except Exception as exc:  # the demo floor is not what is measured; note it and go on
            failures.append(f"floor: {exc!r}")
            moved = 0
        floor_moves += moved
        t = time.perf_counter()
        switched = bool(i % 20 == 19 and keys)
        if switched:
            window.tabs.setCurrentIndex((window.tabs.currentIndex() + 1) % window.tabs.count())
        if moved:
            window.topics_changed({"flow", "visit"})
        window.refresh_current()
        if i % 2 == 1:
            window.status_feed.refresh()
        call_ms = (time.perf_counter() - t) * 1000
        stalls.append(max(call_ms, pump()))
        if stalls[-1] > worst[0]:
            worst = (stalls[-1], i, window.current_key(), switched)
        if i == warm:
            base_rss = rss_mib()
        peak = max(peak, rss_mib())
        if not quiet and i and i % 200 == 0:
            print(f"  tick {i}/{ticks}  sim {clock.now():%H:%M}  rss {rss_mib():.0f} MiB", flush=True)
    end_rss = rss_mib()
    # Still answering? A queued event must be served within a second.
    served: list[float] = []
    asked = time.perf_counter()
    QTimer.singleShot(0, lambda: served.append(time.perf_counter() - asked))
    deadline = time.monotonic() + 1.0
    while not served and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    alive = bool(served) and window.isVisible()
    if not alive:
        failures.append("the window stopped answering")
    growth = end_rss - base_rss
    if growth > max_growth:
        failures.append(f"memory grew {growth:.1f} MiB after warm-up (limit {max_growth:.0f})")
    window.stop_live()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, 0)
    return {
        "ticks": ticks, "simulated_hours": hours, "wall_s": time.monotonic() - t0, "floor_moves": floor_moves,
        "stall_p50_ms": statistics.median(stalls) if stalls else 0.0,
        "stall_p95_ms": sorted(stalls)[int(len(stalls) * 0.95) - 1] if stalls else 0.0,
        "stall_max_ms": max(stalls, default=0.0),
        "worst_tick": worst,
        "rss_after_warmup": base_rss, "rss_end": end_rss, "rss_peak": peak, "growth": growth,
        "alive": alive, "failures": failures, "sim_end": clock.now(),
    }


def report(r: dict) -> str:
    lines = [
        f"soak: {r['simulated_hours']:g} simulated hours, {r['ticks']} ticks of {TICK_SECONDS} s "
        f"in {r['wall_s']:.0f} s wall; demo floor actions {r['floor_moves']}; clock ended {r['sim_end']:%H:%M}",
        f"  UI thread held per tick: median {r['stall_p50_ms']:.1f} ms, p95 {r['stall_p95_ms']:.1f} ms, "
        f"max {r['stall_max_ms']:.1f} ms (tick {r['worst_tick'][1]}, tab {r['worst_tick'][2]}"
        f"{', just switched to' if r['worst_tick'][3] else ''})",
        f"  resident memory: {r['rss_after_warmup']:.0f} MiB after warm-up, {r['rss_end']:.0f} MiB at the end "
        f"({r['growth']:+.1f} MiB), peak {r['rss_peak']:.0f} MiB",
        f"  alive and answering: {'yes' if r['alive'] else 'NO'}",
    ]
    lines += [f"  FAILED: {f}" for f in dict.fromkeys(r["failures"])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hours", type=float, default=10.0, help="simulated hours (default 10: a working day)")
    p.add_argument("--smoke", action="store_true", help="one simulated hour (CI)")
    p.add_argument("--max-growth", type=float, default=40.0, help="MiB of growth after warm-up that fails")
    p.add_argument("--keep", action="store_true", help="keep the database folder")
    a = p.parse_args(argv)
    hours = 1.0 if a.smoke else a.hours
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    try:
        r = run(hours, folder, a.max_growth, quiet=a.smoke)
    finally:
        if not a.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(report(r), flush=True)
    return 1 if r["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())  # a normal interpreter shutdown: a fatal error there fails the run too
