"""Command-line printing: ``main.py --db PATH print KIND ARG -o FILE.pdf`` (no window is opened)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.core.context import AppContext

PRINT_KINDS: dict[str, tuple[bool, str, Callable[[AppContext, str | None, str], None]]]
try:
    # The printing area's registry of printouts (kind -> needs an argument, help, function(ctx, arg, output)),
    # filled by each area's register() when app.wiring.connect_areas runs.
    from app.printing import PRINT_KINDS
except ImportError:  # a build without the printing area: nothing to print
    PRINT_KINDS = {}


def add_print_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print", help="write a printout as PDF")
    p.add_argument("kind", help="flow-sheet ORDER_NO | day-sheets YYYY-MM-DD | complaint CASE_NO | handover | "
                                "daily-review YYYY-MM-DD | monthly-review YYYY-MM | selection-sheet ORDER_NO | pickup-receipt ORDER_NO")
    p.add_argument("arg", nargs="?", help="order number, date or case number")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")


def open_for_cli(args: argparse.Namespace) -> AppContext:
    from app.wiring import connect_areas

    connect_areas()
    from app.core.db import open_database
    from app.core.paths import default_db_target

    open_database(args.db or default_db_target())
    from app.staff.service import current_shift

    ctx = AppContext(terminal=args.terminal)
    shift = current_shift(args.terminal)
    if shift is not None:
        ctx.operator_id = shift.operator_id
    return ctx


def run_print(args: argparse.Namespace) -> int:
    from app.core.errors import DatabaseUnavailable, DomainError
    from app.wiring import connect_areas

    connect_areas()  # every area registers its printouts here (app.printing.register_kind)
    entry = PRINT_KINDS.get(args.kind)
    if entry is None:
        known = ", ".join(sorted(PRINT_KINDS)) or "-"
        print(f"error: unknown printout '{args.kind}' (known: {known})", file=sys.stderr)
        return 2
    needs_arg, _help, fn = entry
    if needs_arg and not args.arg:
        print(f"error: print {args.kind} needs an argument", file=sys.stderr)
        return 2
    try:
        ctx = open_for_cli(args)
        fn(ctx, args.arg, args.output)
    except DatabaseUnavailable as exc:
        print(f"error: database cannot be used: {exc}", file=sys.stderr)
        return 3
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(args.output)
    return 0


def add_backup_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write a checked backup of the database (SQLite: backups/ beside it; "
                                      "PostgreSQL: pg_dump)")
    p.add_argument("-o", "--output", help="file to write instead of the backups folder")
    r = sub.add_parser("restore", help="replace the SQLite database by a backup (the current file is kept aside)")
    r.add_argument("file", help="the backup file")


def run_backup(args: argparse.Namespace) -> int:
    from app.core import backup
    from app.core.db import is_url
    from app.core.paths import default_db_target

    target = args.db or default_db_target()
    try:
        if is_url(target):
            out = backup.backup_postgresql(target, args.output)
            print(out)
            return 0
        if not Path(target).exists():
            print(f"error: no database at {target}", file=sys.stderr)
            return 2
        info = backup.backup_sqlite(target, "manual", output=args.output)
    except backup.BackupError as exc:
        print(f"error: backup failed: {exc}", file=sys.stderr)
        return 3
    print(f"{info.path}  {info.size} bytes  integrity_check: {info.check}")
    return 0 if info.good else 1


def run_restore(args: argparse.Namespace) -> int:
    from app.core import backup
    from app.core.db import is_url
    from app.core.paths import default_db_target

    target = args.db or default_db_target()
    if is_url(target):
        print("error: restore works on an SQLite file; restore a PostgreSQL server with pg_restore",
              file=sys.stderr)
        return 2
    try:
        aside = backup.restore_sqlite(target, args.file)
    except backup.BackupError as exc:
        print(f"error: restore failed: {exc}", file=sys.stderr)
        return 3
    print(f"restored {target} from {args.file}; the previous file was kept as {aside}")
    return 0
