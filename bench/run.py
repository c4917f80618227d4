"""Every figure of issue #12 on a five-year database, each against a baseline measured in the same run.

    uv run python bench/run.py [--scale 1] [--runs 5] [--growth 0.2,1] [--no-soffice]

- Whole-process figures (start-up to the first painted main window, peak memory, a cold print process) are
  fresh processes with compiled bytecode (PYTHONDONTWRITEBYTECODE unset for them, project compiled first),
  timed from spawn to the first paint event and measured with ``os.wait4`` (peak RSS, CPU time). The wall
  time on a shared 2-core machine moves with the load; the CPU time of the same process moves much less:
  both are printed, each as a ratio to its baseline.
- In-process figures (search, tab refreshes) run in this process on the same database, offscreen.
- Every figure is the median of ``--runs`` runs. Not a test: nothing here asserts a time.

The dataset comes from ``bench/make_dataset.py`` (cached under the temp directory by parameters).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.make_dataset import TERMINAL, cached_dataset, default_now  # noqa: E402

FRAME_MS = 1000 / 60


@dataclass
class Row:
    figure: str
    baseline: str
    value: str
    ratio: str
    goal: str


ROWS: list[Row] = []


def row(figure: str, baseline: str, value: str, ratio: str, goal: str) -> None:
    ROWS.append(Row(figure, baseline, value, ratio, goal))
    print(f"  {figure}: {value} vs {baseline} -> {ratio} (goal {goal})", file=sys.stderr, flush=True)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


# ---------------------------------------------------------------------------------------- processes

def child_env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config)  # remembered window state: not this PC's
    env["PYTHONPATH"] = str(ROOT)
    return env


def compile_bytecode() -> None:
    for d in ("app", "ui", "bench"):
        compileall.compile_dir(str(ROOT / d), quiet=1, workers=0)
    compileall.compile_file(str(ROOT / "main.py"), quiet=1)
    import sysconfig

    site = Path(sysconfig.get_paths()["purelib"])
    for pkg in ("peewee.py", "playhouse", "pypinyin", "reportlab", "psycopg", "chinese_calendar", "PySide6",
                "shiboken6"):
        p = site / pkg
        if p.is_dir():
            compileall.compile_dir(str(p), quiet=2, workers=0)
        elif p.exists():
            compileall.compile_file(str(p), quiet=1)


@dataclass
class Proc:
    wall: float  # seconds, spawn → marker line (or exit)
    cpu: float  # user + sys seconds of the whole process
    rss_mib: float  # peak resident set


def spawn(cmd: list[str], env: dict[str, str], marker: str | None = "painted") -> Proc:
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    assert p.stdout is not None
    if marker is not None:
        for line in p.stdout:
            if line.decode(errors="replace").strip() == marker:
                break
        wall = time.perf_counter() - t
    rest = p.stdout.read().decode(errors="replace").split()
    _pid, status, ru = os.wait4(p.pid, 0)
    if marker is None:
        wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{cmd} failed ({os.waitstatus_to_exitcode(status)})")
    p.returncode = 0
    peak_kib = int(rest[rest.index("peak-kib") + 1]) if "peak-kib" in rest else ru.ru_maxrss
    return Proc(wall, ru.ru_utime + ru.ru_stime, peak_kib / 1024)


def measure(cmd: list[str], env: dict[str, str], runs: int, marker: str | None = "painted") -> Proc:
    spawn(cmd, env, marker)  # warm-up: page cache, bytecode, migrations of a new file
    got = [spawn(cmd, env, marker) for _ in range(runs)]
    return Proc(median([g.wall for g in got]), median([g.cpu for g in got]), median([g.rss_mib for g in got]))


def startup(db: Path, runs: int, config: Path) -> None:
    env = child_env(config)
    py = sys.executable
    probe = str(ROOT / "bench" / "probe.py")
    bare = measure([py, probe, "bare"], env, runs)
    full = measure([py, probe, "app", "--db", str(db), "--terminal", TERMINAL], env, runs)
    row("start-up to first painted main window (wall)", f"bare QMainWindow+QTabWidget {bare.wall:.2f} s",
        f"{full.wall:.2f} s", f"{full.wall / bare.wall:.1f}×", "≤ 2×")
    row("start-up to first painted main window (CPU)", f"bare window {bare.cpu:.2f} s", f"{full.cpu:.2f} s",
        f"{full.cpu / bare.cpu:.1f}×", "≤ 2×")
    row("peak resident memory", f"bare window {bare.rss_mib:.0f} MiB", f"{full.rss_mib:.0f} MiB",
        f"{full.rss_mib / bare.rss_mib:.1f}×", "≤ 1.5×")


# ---------------------------------------------------------------------------------------- search

def search_queries() -> dict[str, str]:
    from app.checkin.models import Couple
    from app.checkin.search import pinyin_forms

    c = Couple.select().order_by(Couple.id).offset(Couple.select().count() // 3).first()
    initials = min((t for t in pinyin_forms(c.bride_name) if len(t) == len(c.bride_name)), key=len)
    return {"name": c.bride_name, "pinyin initials": initials, "last 4": c.bride_phone_last4,
            "order no.": c.order_no}


HAND_COUNT = ("SELECT COUNT(*) FROM (SELECT 1 FROM search_term WHERE term >= ? AND term < ? LIMIT 5000)")
HAND_RANKED = ("SELECT display_rank, couple_id FROM search_term WHERE term >= ? AND term < ? "
               "ORDER BY display_rank DESC LIMIT 200")
HAND_WALK = ("SELECT c.id FROM couple c WHERE EXISTS (SELECT 1 FROM search_term t WHERE t.couple_id = c.id AND "
             "t.term >= ? AND t.term < ?) ORDER BY (c.shoot_date IS NULL), c.shoot_date DESC, c.id DESC LIMIT 50")


def hand_search(con, q: str) -> list:
    """The same statements the service runs, written by hand on the bare sqlite3 connection: the plan chosen
    by the same count, the 50 ids, their rows (the service adds the exact order-number look-up)."""
    end = q + "\U0010ffff"
    if not any(ch.isdigit() for ch in q) and con.execute(HAND_COUNT, (q, end)).fetchone()[0] >= 5000:
        ids = [r[0] for r in con.execute(HAND_WALK, (q, end))]
    else:
        ids = list(dict.fromkeys(r[1] for r in con.execute(HAND_RANKED, (q, end))))[:50]
    if not ids:
        return []
    rows = {r[0]: r for r in con.execute(f"SELECT * FROM couple WHERE id IN ({', '.join('?' * len(ids))})", ids)}
    return [rows[i] for i in ids if i in rows]


def timed_ms(fn, runs: int) -> float:
    fn()
    xs = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        xs.append((time.perf_counter() - t) * 1000)
    return median(xs)


def search(runs: int) -> None:
    from app.checkin.queries import search_couples
    from app.checkin.search import normalize_query
    from app.core.db import db

    con = db.obj.connection()
    ratios = []
    detail = []
    for label, q in search_queries().items():
        ours = timed_ms(lambda q=q: search_couples(q), runs * 6)
        hand = timed_ms(lambda q=q: hand_search(con, normalize_query(q)), runs * 6)
        ratios.append(ours / hand)
        detail.append(f"{label} {ours:.2f}/{hand:.2f} ms")
    row("search service call (name, pinyin initials, last 4, order no.)",
        "hand-written sqlite3 query, same connection", "; ".join(detail), f"median {median(ratios):.1f}×", "≤ 3×")


def common_surname_ms(runs: int) -> float:
    from app.checkin.queries import search_couples

    return timed_ms(lambda: search_couples("王"), runs * 4)


# ---------------------------------------------------------------------------------------- UI refreshes

def tabs(runs: int, now: dt.datetime) -> None:
    from PySide6.QtWidgets import QApplication

    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.staff.service import current_shift
    from ui.application import make_application

    app = QApplication.instance() or make_application([])
    ctx = AppContext(clock=FixedClock(now), terminal=TERMINAL)
    shift = current_shift(TERMINAL)
    ctx.operator_id = shift.operator_id if shift else None
    from ui.main_window import MainWindow

    t = time.perf_counter()
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    built = (time.perf_counter() - t) * 1000
    row("main window built and shown (in process)", f"one frame {FRAME_MS:.1f} ms", f"{built:.0f} ms",
        f"{built / FRAME_MS:.1f} frames", "—")

    def refresh_and_paint(w) -> None:
        window.tabs.setCurrentWidget(w)
        w.refresh()
        w.repaint()

    window.stop_live()  # no change watcher or status counters in between: each figure is its refresh alone
    flow = window.flow_tab
    window.tabs.setCurrentWidget(flow)
    app.processEvents()
    board = timed_ms(lambda: refresh_and_paint(flow), runs)
    in_store = flow.board_model.rowCount()
    row(f"flow board refresh + repaint, all on the UI thread ({in_store} rows)", f"one 60 Hz frame {FRAME_MS:.1f} ms",
        f"{board:.1f} ms", f"{board / FRAME_MS:.1f} frames", "< 1 frame")
    for name, w in (("flow board", flow), ("handover", window.handover_tab), ("check-in", window.checkin_tab),
                    ("complaints", window.complaints_tab), ("print", window.print_tab)):
        window.tabs.setCurrentWidget(w)
        app.processEvents()
        worst = []
        for _ in range(runs + 1):
            ui_ms, total_ms = _periodic_refresh(app, window, w)
            worst.append(ui_ms)
        ms = median(worst[1:])
        row(f"periodic refresh, UI-thread time: {name} tab (worker time included: {total_ms:.0f} ms)",
            f"one frame {FRAME_MS:.1f} ms", f"{ms:.1f} ms", f"{ms / FRAME_MS:.1f} frames", "≤ 1 frame")
        if name == "handover":  # the same with every block's content new (nothing to skip)
            from ui.handover.report_blocks import ReportBlock

            worst = []
            for _ in range(runs + 1):
                for block in w.findChildren(ReportBlock):
                    block._content = None
                ui_ms, total_ms = _periodic_refresh(app, window, w)
                worst.append(ui_ms)
            ms = median(worst[1:])
            row("periodic refresh, UI-thread time: handover tab, every block changed",
                f"one frame {FRAME_MS:.1f} ms", f"{ms:.1f} ms", f"{ms / FRAME_MS:.1f} frames", "≤ 1 frame")
    window.close()


def _periodic_refresh(app, window, w) -> tuple[float, float]:
    """What the window's timer (or a change at another counter) costs the UI thread: handing the tab's queries
    to a worker, then applying the result (models, labels, the panels that still read on the UI thread) and
    repainting. The worker's time does not count (the UI thread is
    free meanwhile: she can type). A tab without a worker job refreshes on the UI thread, all of it counted."""
    busy = 0.0
    t0 = time.perf_counter()
    window.refresh_current()
    busy += time.perf_counter() - t0
    apply = getattr(w, "apply_refresh", None)
    spent: list[float] = []
    if apply is not None and window.refreshing():
        def timed(data, _apply=apply):
            t = time.perf_counter()
            _apply(data)
            spent.append(time.perf_counter() - t)
        w.apply_refresh = timed
        try:
            while window.refreshing():
                app.processEvents()
                time.sleep(0.0005)
        finally:
            del w.apply_refresh
        busy += sum(spent)
    t = time.perf_counter()
    app.processEvents()  # what the apply left for the event loop (column fitting after a model reset)
    w.repaint()
    busy += time.perf_counter() - t
    return busy * 1000, (time.perf_counter() - t0) * 1000


# ---------------------------------------------------------------------------------------- printing

def printing(db: Path, runs: int, config: Path, use_soffice: bool) -> None:
    from app.checkin.models import Couple
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.printing.day_sheets import day_sheets_pdf, shooting_couples
    from app.printing.flow_sheet import flow_sheet_pdf

    work = Path(tempfile.mkdtemp(prefix="bench-print-"))
    ctx = AppContext(clock=FixedClock(default_now()), terminal=TERMINAL)
    couple = Couple.select().order_by(Couple.id.desc()).first()
    warm = timed_ms(lambda: flow_sheet_pdf(ctx, couple.id), runs * 4)
    day = default_now().date()
    n = len(shooting_couples(day))
    sheets = timed_ms(lambda: day_sheets_pdf(ctx, day), runs)
    cold = measure([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--terminal", TERMINAL, "print",
                    "flow-sheet", couple.order_no, "-o", str(work / "cold.pdf")], child_env(config), runs, marker=None)
    lo = soffice_ms(work, runs) if use_soffice else None
    if lo is None:
        base = "LibreOffice not installed (apt install libreoffice-writer-nogui)"
        row("cold `print flow-sheet` process", base, f"{cold.wall * 1000:.0f} ms (CPU {cold.cpu * 1000:.0f} ms)", "—",
            "≥ 2× faster")
        row(f"day sheets, {n} couples", base, f"{sheets:.0f} ms", "—", "≥ 5× faster (40 couples)")
        row("one flow sheet, warm", base, f"{warm:.1f} ms", "—", "≥ 50× faster")
        return
    lo_wall, lo_cpu = lo
    row("cold `print flow-sheet` process", f"LibreOffice one sheet {lo_wall:.0f} ms (CPU {lo_cpu:.0f} ms)",
        f"{cold.wall * 1000:.0f} ms (CPU {cold.cpu * 1000:.0f} ms)",
        f"{lo_wall / (cold.wall * 1000):.1f}× faster (CPU {lo_cpu / (cold.cpu * 1000):.1f}×)", "≥ 2× faster")
    per40 = sheets * 40 / max(n, 1)
    row(f"day sheets, {n} couples (40-couple share)", f"LibreOffice one sheet {lo_wall:.0f} ms",
        f"{sheets:.0f} ms ({per40:.0f} ms per 40)", f"{lo_wall / per40:.1f}× faster", "≥ 5× faster")
    row("one flow sheet, warm", f"LibreOffice one sheet {lo_wall:.0f} ms", f"{warm:.1f} ms",
        f"{lo_wall / warm:.0f}× faster", "≥ 50× faster")


def soffice_ms(work: Path, runs: int) -> tuple[float, float] | None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None
    from bench.bench_print import writer_document

    doc = work / "sheet.fodt"
    writer_document(doc)
    cmd = [exe, f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless", "--convert-to", "pdf",
           "--outdir", str(work), str(doc)]
    p = measure(cmd, dict(os.environ), runs, marker=None)
    return p.wall * 1000, p.cpu * 1000


# ---------------------------------------------------------------------------------------- growth

def growth(scales: list[float], runs: int, now: dt.datetime) -> list[tuple[float, int, float, float, float]]:
    from app.checkin.models import Couple
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.core.db import close_database, open_database
    from app.handover import review
    from app.handover import service as handover

    out = []
    for scale in scales:
        close_database()
        open_database(str(cached_dataset(scale, now)))
        ctx = AppContext(clock=FixedClock(now), terminal=TERMINAL)
        wang = common_surname_ms(runs)
        snap = timed_ms(lambda ctx=ctx: handover.build_snapshot(ctx), runs)
        day = now.date() - dt.timedelta(days=1)
        rv = timed_ms(lambda ctx=ctx, day=day: review.daily_review(ctx, day), runs)
        out.append((scale, Couple.select().count(), wang, snap, rv))
    return out


def table(rows: list[Row]) -> str:
    lines = ["| figure | baseline in the same run | now | ratio | goal |", "|---|---|---|---|---|"]
    lines += [f"| {r.figure} | {r.baseline} | {r.value} | {r.ratio} | {r.goal} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="dataset size: 1 = 20,000 couples (five years)")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (the median is shown)")
    ap.add_argument("--growth", default="", help="comma-separated scales for the growth table, e.g. 0.2,1")
    ap.add_argument("--no-soffice", action="store_true", help="skip the LibreOffice baseline")
    ap.add_argument("--only", default="", help="comma-separated parts: startup,search,tabs,print,growth")
    args = ap.parse_args(argv)
    parts = set(args.only.split(",")) if args.only else {"startup", "search", "tabs", "print", "growth"}
    now = default_now()
    db = cached_dataset(args.scale, now)
    config = Path(tempfile.mkdtemp(prefix="bench-config-"))
    compile_bytecode()
    from app.core.db import close_database, open_database
    from app.wiring import connect_areas

    connect_areas()
    print(f"dataset: {db.name} (scale {args.scale:g}); {args.runs} runs per figure, medians", file=sys.stderr)
    if "startup" in parts:
        startup(db, args.runs, config)
    open_database(str(db))
    if "search" in parts:
        search(args.runs)
        ms = common_surname_ms(args.runs)
        row('common-surname search ("王")', "—", f"{ms:.1f} ms", "—", "flat (see growth)")
    if "tabs" in parts:
        tabs(args.runs, now)
    if "print" in parts:
        printing(db, args.runs, config, not args.no_soffice)
    close_database()
    print(table(ROWS))
    if "growth" in parts and args.growth:
        scales = [float(s) for s in args.growth.split(",")]
        print("\n| scale | couples | search \"王\" ms | handover snapshot ms | daily review (one day) ms |")
        print("|---|---|---|---|---|")
        for scale, couples, wang, snap, rv in growth(scales, args.runs, now):
            print(f"| {scale:g}× | {couples:,} | {wang:.1f} | {snap:.1f} | {rv:.1f} |")
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
