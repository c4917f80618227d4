"""The paper the counter prints on (the service the print tab calls; the option is ``options.PAPER``)."""

from __future__ import annotations

from app.core.context import AppContext
from app.printing.options import PAPER


def current_paper() -> str:
    """The paper the counter chose last (A4 unless A5 was chosen)."""
    return PAPER.get()


def choose_paper(ctx: AppContext, paper: str) -> None:
    """Remember the paper for every later printout (anyone at the counter may choose it)."""
    if paper != PAPER.get():
        PAPER.set(ctx, paper)
