"""Day sheets: the flow sheets of every couple shooting on one date, one sheet each, in one PDF.

Order: couples that have arrived, by arrival time; then the others in booking order (when the order
was entered).
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak

from app.core.context import AppContext
from app.core.errors import NotFound
from app.core.i18n import translate
from app.printing import template as tpl
from app.printing.flow_sheet import flow_sheet_story
from app.printing.queries import Cancelled, parse_day, sheet_data, shooting_couples

__all__ = ["Cancelled", "day_sheets_pdf", "parse_day", "print_day_sheets", "shooting_couples"]


class _Progress(Flowable):
    """Zero-size marker laid out after each sheet: reports progress, and lets the user cancel."""

    def __init__(self, done: int, total: int, progress: tpl.ProgressFn) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.progress(self.done, self.total) is False:
            raise Cancelled()


def day_sheets_pdf(ctx: AppContext, day: dt.date, paper: str = "A4",
                   progress: tpl.ProgressFn | None = None) -> bytes:
    """All shooting couples of ``day``, one flow sheet each. ``progress(done, total)`` is called as the
    sheets are laid out; returning False cancels (raises Cancelled). No couples → NotFound."""
    couples = shooting_couples(day)
    if not couples:
        raise NotFound(translate("Printing", "No couples shoot on {date}: nothing to print.").format(
            date=f"{day:%Y-%m-%d}"))
    total = len(couples)
    if progress is not None and progress(0, total) is False:
        raise Cancelled()
    styles = tpl.make_styles(paper)
    studio = tpl.studio_info()
    story: list[Flowable] = []
    for i, data in enumerate(sheet_data(couples, day)):
        if i:
            story.append(PageBreak())
        story += flow_sheet_story(data, studio, styles, paper)
        if progress is not None:
            story.append(_Progress(i + 1, total, progress))
    title = translate("Printing", "Flow sheets of {date}").format(date=f"{day:%Y-%m-%d}")
    return tpl.build_pdf(ctx, story, title, paper)


def print_day_sheets(ctx: AppContext, day_text: str | None, output: str, paper: str | None = None) -> None:
    """CLI: ``print day-sheets YYYY-MM-DD -o FILE.pdf``."""
    from app.printing.options import PAPER

    day = parse_day(day_text)
    tpl.write_pdf(output, day_sheets_pdf(ctx, day, paper or PAPER.get()))
