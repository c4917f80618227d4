"""Printing (打印): flow sheets, day sheets and forms as PDF — on paper through the preview, or as files.

This package stays light on purpose: reportlab (~90 ms to import) is loaded only when something is
actually printed, by the submodules below.

Reusable API for other printouts (e.g. the handover and the daily review)::

    from app.printing import template as tpl          # loads reportlab
    styles = tpl.make_styles("A4")                    # CJK paragraph styles (wordWrap='CJK')
    story = [tpl.SheetMark("handover:12", "交接班 2026-11-20"),   # pages numbered per sheet
             tpl.para(user_text, styles["body"]),     # user text: escaped, unprintable glyphs handled
             tpl.BoxedText(title, tpl.para(text, styles["box_body"]), styles)]  # framed, continues
    data = tpl.build_pdf(ctx, story, title="…", paper="A4")   # footer: print time · operator · page x of y
    tpl.write_pdf(path, data)                         # atomic: temp file in the directory + os.replace
    tpl.studio_info()                                 # letterhead from settings studio.name/.address/.phone
    from app.printing.fonts import printable           # what a text looks like once printed

Register a command-line kind with :func:`register_kind` from your area's ``register()`` (called by
``app.wiring.connect_areas``); show a PDF in the app with
``ui.printing.preview.PrintPreviewDialog`` / ``show_pdf_preview(parent, ctx, build, title)``.

Glyphs the bundled font lacks: emoji are dropped, other missing characters print as 〓 (see fonts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.util import find_spec

from app.core.context import AppContext

PrintFn = Callable[[AppContext, "str | None", str], None]

# kind -> (needs an argument, help, function(ctx, arg, output_path) -> None), read by ``app.cli``. Each area
# fills it from its own ``register()`` function, called by ``app.wiring.connect_areas`` (never at import).
PRINT_KINDS: dict[str, tuple[bool, str, PrintFn]] = {}


def register_kind(kind: str, needs_arg: bool, help_text: str, fn: PrintFn) -> None:
    """Make ``main.py --db PATH print KIND [ARG] -o FILE.pdf`` call ``fn(ctx, arg, output_path)``.

    Call it from your area's ``register()`` (see ``app/aftercare/print_kinds.py``), itself called by
    ``app.wiring.connect_areas``. Registering a kind again replaces it (so wiring twice is harmless)."""
    PRINT_KINDS[kind] = (needs_arg, help_text, fn)


def ensure_translations() -> None:
    """On the command line there is no QApplication: create a core one with the saved language so the
    printout is in the same language as the app."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        from app.core.i18n import install_translators
        from app.core.options import LANGUAGE

        app = QCoreApplication([])
        install_translators(app, LANGUAGE.get())
        globals()["_core_app"] = app  # keep it alive


def _cli_flow_sheet(ctx: AppContext, arg: str | None, output: str) -> None:
    ensure_translations()
    from app.printing.flow_sheet import print_flow_sheet

    print_flow_sheet(ctx, arg, output)


def _cli_day_sheets(ctx: AppContext, arg: str | None, output: str) -> None:
    ensure_translations()
    from app.printing.day_sheets import print_day_sheets

    print_day_sheets(ctx, arg, output)


def _cli_complaint(ctx: AppContext, arg: str | None, output: str) -> None:
    ensure_translations()
    from app.printing.complaint_form import print_complaint

    print_complaint(ctx, arg, output)


def complaints_installed() -> bool:
    """Whether the complaints area is part of this build (checked without importing it)."""
    return find_spec("app.complaints") is not None


def register() -> None:
    """Register this area's command-line printouts (called by ``app.wiring.connect_areas``)."""
    register_kind("flow-sheet", True, "flow sheet of one order: ORDER_NO", _cli_flow_sheet)
    register_kind("day-sheets", True, "flow sheets of every couple shooting on a date: YYYY-MM-DD", _cli_day_sheets)
    if complaints_installed():
        register_kind("complaint", True, "complaint register of one case: CASE_NO", _cli_complaint)
