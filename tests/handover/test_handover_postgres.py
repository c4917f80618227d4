"""The handover and the daily review on PostgreSQL (a throwaway server; skipped when none can start):
the same scenario, snapshot, submit/accept, review counts, printouts."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from pypdf import PdfReader

from app.core import db as dbmod
from app.core.clock import FixedClock
from app.core.context import AppContext
from tests.handover_scenario import build
from tests.pg_cluster import create_database

_names = itertools.count(1)


@pytest.fixture
def pg_ctx(pg_server):
    url = create_database(pg_server, f"handover_{next(_names)}")
    dbmod.open_database(url)
    from app.staff import service as staff

    clock = FixedClock(dt.datetime(2026, 11, 20, 9, 0))
    ctx = AppContext(clock=clock)
    staff.start_shift(ctx, staff.add_staff(ctx, "王丽", ["receptionist"]).id)
    yield ctx, clock
    dbmod.close_database()


def test_handover_and_review_on_postgres(pg_ctx):
    from app.handover import report_pdf, review
    from app.handover import service as ho
    from app.staff.models import Shift

    ctx, clock = pg_ctx
    scen = build(ctx, clock)
    snap = ho.build_snapshot(ctx)
    for ref in (f"visit:{scen.waiting.id}", f"key:{scen.loan.id}", f"lead:{scen.lead.id}",
                f"complaint:{scen.extra['complaint'].id}", f"post:{scen.extra['post'].id}"):
        assert snap.refs().count(ref) == 1, ref
    h = ho.submit(ctx, [ho.ActionItem("回电话", scen.incoming.id, dt.datetime(2026, 11, 20, 14, 0))], "备注")
    outgoing = ctx.operator_id
    ho.accept(ctx, h.id, scen.incoming.id, "")
    assert Shift.get(Shift.operator == outgoing).ended_at == clock.now()
    assert [r.status for r in ho.past_handovers()] == ["accepted"]
    rv = review.daily_review(ctx, dt.date(2026, 11, 19), dt.date(2026, 11, 20))
    assert rv.chart("checkins_by_kind").values() == {"shoot": 2, "consult": 1, "visitor": 1}
    assert rv.figure("complaints") == 1 and rv.figure("deadlines_failed") == 2
    assert review.daily_review(ctx, dt.date(2026, 11, 8)).figure("couples_completed") == 1
    text = PdfReader(io.BytesIO(report_pdf.handover_pdf(ctx, h.id))).pages[0].extract_text()
    assert "刘芳" in text and "张雨桐 & 王浩然" in text
