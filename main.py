"""影楼前台 — Studio Front Desk. Argument parsing and composition only."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py", description="Studio front desk (影楼前台)")
    p.add_argument("--db", help="SQLite file path or database URL (postgresql://user:pw@host/db)")
    p.add_argument("--demo", action="store_true", help="fill an empty database with demo data for today")
    p.add_argument("--screenshot", metavar="DIR", help="render every tab to DIR/*.png and exit")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="UI language (default: the saved setting, zh_CN)")
    p.add_argument("--terminal", default="counter-1", help="name of this counter PC")
    sub = p.add_subparsers(dest="command")
    from app.cli import add_backup_parsers, add_print_parser

    add_print_parser(sub)
    add_backup_parsers(sub)
    return p


MIN_PYTHON = (3, 12)


def check_interpreter() -> str | None:
    """Refuse an interpreter on which PySide6 6.12 loses references to True/None.

    On Python 3.11 every Python-side ``Signal.emit()`` and every void Qt call drops
    a reference it never took; a counter PC left running all day dies with
    "Fatal Python error: none_dealloc". Python 3.12 makes those objects immortal.
    """
    if sys.version_info < MIN_PYTHON:
        found = ".".join(map(str, sys.version_info[:3]))
        return (
            f"影楼前台需要 Python 3.12 或更高版本（当前为 {found}）。\n"
            f"Studio Front Desk needs Python 3.12 or later (this is {found}): "
            "on older versions the Qt bindings leak and the app would crash mid-shift."
        )
    return None


def main(argv: list[str] | None = None) -> int:
    problem = check_interpreter()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    args = build_parser().parse_args(argv)
    if args.command == "print":
        from app.cli import run_print

        return run_print(args)
    if args.command in ("backup", "restore"):
        from app.cli import run_backup, run_restore

        return run_backup(args) if args.command == "backup" else run_restore(args)
    from ui.run import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
