"""Every printout uses only the embedded font: the daily review with its charts too (no Helvetica)."""

from __future__ import annotations

import datetime as dt

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.handover.report_pdf import handover_pdf, review_pdf
from tests.print_util import embedded_fonts

SATURDAY = dt.datetime(2026, 11, 21, 10, 30)


def test_daily_review_and_handover_pdfs_embed_every_font(database):
    from app.demo import fill_demo

    ctx = AppContext(clock=FixedClock(SATURDAY))
    fill_demo(ctx)
    for data in (review_pdf(ctx, SATURDAY.date() - dt.timedelta(days=1)), review_pdf(ctx, SATURDAY.date()),
                 handover_pdf(ctx)):
        fonts = embedded_fonts(data)
        assert fonts, "no font at all?"
        for name, keys in fonts.items():
            assert "Helvetica" not in name, name
            assert keys & {"/FontFile", "/FontFile2", "/FontFile3"}, f"{name} is not embedded"
