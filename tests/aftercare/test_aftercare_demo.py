"""The demo's after-the-shoot part: what the issue's 'Done when' asks for."""

from __future__ import annotations

import datetime as dt

from app.aftercare import lostfound
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.demo import fill_demo
from app.handover import service as hs


def test_demo_has_two_found_items_and_a_loan_in_the_handover(database):
    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 21, 10, 30)))
    fill_demo(ctx)
    assert len(lostfound.found_items(ctx)) == 2
    assert [r.item for r in lostfound.loans_out(ctx)] == ["umbrella"]
    snap = hs.build_snapshot(ctx)
    assert snap.section("found_items").count == 2 and snap.section("loans_out").count == 1


def test_demo_has_a_selection_in_progress_and_a_pickup_with_a_missing_item(database):
    from app.aftercare import pickup as pk
    from app.aftercare import selection as sel
    from app.checkin.models import Couple

    ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 21, 10, 30)))
    fill_demo(ctx)
    chooser = Couple.get(Couple.bride_name == "林晓月")
    s = sel.selection_of(chooser.id)
    assert s.status == "open" and s.photos_chosen > s.photos_included and s.amount_fen > 0
    picker = Couple.get(Couple.bride_name == "何佳音")
    p = pk.last_pickup(picker.id)
    assert [m.product for m in p.missing] == ["24寸装框放大"] and p.follow_up_at is not None
    assert p.balance.due_fen == 0 and pk.open_order(picker.id).items_owed == ("24寸装框放大",)
