"""One set of counts: the status bar, the check-in tab and the handover say the same numbers in the same
words; the handover's two sections are disjoint and say so."""

from __future__ import annotations

from app.checkin import commands as checkin
from app.checkin import counts
from app.handover import service as ho


def make(ctx, n, **kw):
    return checkin.create_couple(ctx, order_no=f"YL20261120-{n:02d}", bride_name=f"新娘{n}", groom_name=f"新郎{n}",
                                 bride_phone=f"1381234{n:04d}", **kw)


def test_status_bar_checkin_and_handover_agree(qtbot, window, ctx, clock, couple):
    v1 = checkin.check_in_couple(ctx, couple.id, "shoot", party_size=3)  # unattended and, soon, over at reception
    clock.advance(minutes=2)
    v2 = checkin.check_in_couple(ctx, make(ctx, 2).id, "shoot", party_size=2)
    checkin.receive_visit(ctx, v2.id)  # received: at reception on the flow, over its limit later
    clock.advance(minutes=1)
    checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍", clock.now().date(), party_size=2)
    clock.advance(minutes=25)
    c4 = checkin.check_in_couple(ctx, make(ctx, 4).id, "selection", party_size=4)  # just arrived
    del v1, c4
    window.refresh_all()
    c = counts.store_counts(ctx)
    assert (c.parties, c.people) == (4, 11)
    assert c.unattended == 2 and c.flow_over == 2 and c.waiting_too_long == 3 and c.both == 1
    # status bar (the counters of tabs not shown come from the window's status feed, off the UI thread)
    qtbot.waitUntil(lambda: window.status_text("flow_alerts") == "流程超时 2 组", timeout=10_000)
    assert window.status_text("checkin_waiting") == counts.unattended_text(c) == "无人接待 2 组"
    assert window.status_text("flow_alerts") == counts.flow_over_text(c) == "流程超时 2 组"
    # check-in
    assert window.checkin_tab.in_store_label.text() == "在店：4 组，共 11 人"
    # the flow board counts the same couples
    window.flow_tab.refresh()
    assert sum(1 for r in window.flow_tab.board_model.rows() if r.alert) == c.flow_over
    # handover: the union first, then everyone else — disjoint, labelled
    snap = ho.build_snapshot(ctx)
    waits, store = snap.section("waits"), snap.section("in_store")
    assert waits.count == c.waiting_too_long and store.count == c.parties - c.waiting_too_long
    assert waits.title == "等候超时（无人接待 2 · 流程超时 2；其中 1 组两者都有，只计一次）"
    assert store.title == "其他在店客人（共在店 4 组）"
    assert not set(waits.refs() if hasattr(waits, "refs") else [r.ref for r in waits.rows]) & {r.ref for r in store.rows}
