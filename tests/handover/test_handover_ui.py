"""The 交接班 tab on real widgets: the snapshot read, notes, submit, accept with PIN, past handovers,
and the daily review page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QMessageBox

from app.handover import service as ho
from app.handover.models import Handover, ReviewDecision
from app.staff.models import Shift
from tests.handover_scenario import build
from ui.common.bar_chart import BarChart, BarItem


@pytest.fixture
def scen(ctx, clock):
    return build(ctx, clock)


@pytest.fixture
def tab(window, scen):
    window.tabs.setCurrentWidget(window.handover_tab)
    t = window.handover_tab
    t.refresh()
    return t


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]) or QMessageBox.StandardButton.Ok)
    return seen


def test_snapshot_is_rendered_with_alerts_first(tab, scen, qtmodeltester):
    page = tab.handover_page
    blocks = page.snapshot_view.blocks()
    waits = blocks["waits"]
    qtmodeltester.check(waits.model)
    assert waits.model.rowCount() == 1
    assert waits.proxy.index(0, 0).data() == "张雨桐 & 王浩然"
    assert waits.badge.text() == "1" and "#c62828" in waits.badge.styleSheet()  # red: needs action
    assert "#c62828" not in blocks["in_store"].badge.styleSheet()
    assert blocks["keys_out"].proxy.index(0, 0).data() == "05"
    assert blocks["leads_due"].proxy.index(0, 1).data() == "137****5678"
    assert blocks["in_store"].model.rowCount() == 1
    for b in blocks.values():
        qtmodeltester.check(b.model)
    assert "等候超时" in page.summary.text()
    assert page.submit_btn.isEnabled() and not page.accept_btn.isEnabled()


def test_notes_submit_and_accept_through_the_tab(tab, scen, ctx, window, qtmodeltester, warnings):
    page = tab.handover_page
    page.item_text.insert("给钱女士回电话")
    page.item_owner.set_staff_id(scen.incoming.id)
    page.item_due.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(14, 0)))
    page.add_item()
    assert len(page.items) == 1 and page.item_text.text() == ""
    qtmodeltester.check(page.items_model)
    # A line without an owner is refused next to the field, not added.
    page.item_text.insert("检查吧台钥匙")
    page.item_owner.setCurrentIndex(0)
    page.add_item()
    assert page.errors.text("owner") and len(page.items) == 1
    page.remark.setPlainText("吧台钥匙柜的锁有点卡")
    page.submit()
    assert Handover.select().count() == 1
    assert not page.submit_btn.isEnabled() and page.accept_btn.isEnabled()
    assert page.snapshot_view.notes_block.model.rowCount() == 1
    assert "王丽" in page.banner.text()
    assert window.status_text("handover")
    # Accepting one's own handover is refused with a clear message.
    assert not page.accept_as(ctx.operator_id, "")
    assert warnings and "自己" in warnings[-1]
    assert page.accept_as(scen.incoming.id, "")
    assert Handover.get().status == "accepted"
    assert Shift.select().where(Shift.ended_at.is_null()).get().operator_id == scen.incoming.id
    assert window.operator_label.text() == "当班：刘芳"
    assert page.submit_btn.isEnabled()
    assert not window.status_text("handover")
    qtmodeltester.check(page.past_model)
    assert page.past_model.rowCount() == 1


def test_submitting_twice_is_refused(tab, scen, warnings):
    page = tab.handover_page
    ho.submit(tab.ctx)  # e.g. from another window on the same counter
    page.submit()
    assert warnings and Handover.select().count() == 1


def test_past_handover_opens_read_only_as_it_was(tab, scen, ctx, clock):
    from app.checkin import commands as checkin
    from ui.handover.tab import HandoverDialog

    h = ho.submit(ctx, [ho.ActionItem("回电话", scen.incoming.id, dt.datetime(2026, 11, 20, 14, 0))])
    ho.accept(ctx, h.id, scen.incoming.id, "")
    clock.advance(minutes=10)
    checkin.check_out(ctx, scen.waiting.id)  # the waiting couple gave up and left
    tab.refresh()
    page = tab.handover_page
    assert page.snapshot_view.blocks()["waits"].model.rowCount() == 0  # live: they are gone
    page.past_view.selectRow(0)
    dlg = HandoverDialog(ho.load_handover(h.id), page)
    assert dlg.snapshot_view.blocks()["waits"].model.rowCount() == 1  # as it was handed over
    assert "刘芳" in dlg.header.text() and "王丽" in dlg.header.text()
    assert dlg.snapshot_view.notes_block.model.rowCount() == 1
    dlg.close()


def test_withdraw_brings_the_notes_back(tab, scen, ctx):
    page = tab.handover_page
    ho.submit(ctx, [ho.ActionItem("回电话", scen.incoming.id, dt.datetime(2026, 11, 20, 14, 0))], "备注")
    tab.refresh()
    assert page.withdraw_btn.isEnabled()
    page.withdraw()
    assert page.items[0].text == "回电话" and page.remark.toPlainText() == "备注"
    assert page.submit_btn.isEnabled()


def test_review_page_shows_counts_charts_and_decisions(tab, scen, qtmodeltester, warnings):
    tab.pages.setCurrentWidget(tab.review_page)
    rv = tab.review_page
    rv.set_range(dt.date(2026, 11, 19), dt.date(2026, 11, 20))
    rv.load()
    chart = rv.charts["checkins_by_kind"]
    from app.checkin.queries import visit_kind_label

    assert {i.label: i.value for i in chart.items()} == {
        visit_kind_label("shoot"): 2, visit_kind_label("consult"): 1, visit_kind_label("visitor"): 1}
    assert not rv.empty_label.isVisible()
    for blk in rv.blocks.values():
        qtmodeltester.check(blk.model)
    # A range ending before it starts: message next to the field, nothing shown changes.
    rv.set_range(dt.date(2026, 11, 20), dt.date(2026, 11, 19))
    rv.load()
    assert rv.errors.text("end")
    # An empty day says so.
    rv.set_range(dt.date(2026, 11, 10), dt.date(2026, 11, 10))
    rv.load()
    assert rv.empty_label.text() and "2026-11-10" in rv.empty_label.text()
    # Decisions.
    rv.dec_text.insert("接待区每 10 分钟巡视一次")
    rv.dec_owner.set_staff_id(scen.incoming.id)
    rv.add_decision()
    assert ReviewDecision.select().count() == 1
    qtmodeltester.check(rv.decisions_model)
    assert rv.decisions_model.rowCount() == 1
    rv.decisions_view.selectRow(0)
    rv.remove_decision()
    assert ReviewDecision.select().count() == 0


def test_bar_chart_draws_and_says_when_empty(qtbot):
    w = BarChart()
    qtbot.addWidget(w)
    w.resize(400, 200)
    w.set_data("按类别", [BarItem("服务态度", 3), BarItem("照片质量", 1.5, "#e53935")], "次")
    img = w.grab()
    assert img.width() == 400 and w.height() >= 2 * BarChart.ROW
    w.set_data("空", [])
    w.grab()
    assert w.items() == []


def test_client_safe_mode_hides_the_notes(tab, scen, ctx):
    from ui.common.privacy import Privacy

    ho.submit(ctx, [ho.ActionItem("孙小姐投诉化妆师迟到，下午回电", scen.incoming.id, dt.datetime(2026, 11, 20, 14, 0))],
              "吧台钥匙柜的锁有点卡")
    tab.refresh()
    page = tab.handover_page
    notes = page.snapshot_view.notes_block
    assert notes.proxy.index(0, 0).data().startswith("孙小姐")
    privacy = Privacy.instance()
    try:
        privacy.set_client_safe(True)
        assert notes.proxy.index(0, 0).data() == "•••"
        assert page.snapshot_view.remark_label.text() == "•••"
        # Phone numbers are masked whatever the mode.
        assert page.snapshot_view.blocks()["leads_due"].proxy.index(0, 1).data() == "137****5678"
    finally:
        privacy.set_client_safe(False)
    assert notes.proxy.index(0, 0).data().startswith("孙小姐")


def test_print_buttons_open_the_preview(tab, scen, ctx):
    from ui.printing.preview import PrintPreviewDialog

    page = tab.handover_page
    page.print_current()
    tab.pages.setCurrentWidget(tab.review_page)
    tab.review_page.set_range(dt.date(2026, 11, 19), dt.date(2026, 11, 20))
    tab.review_page.print_review()
    dialogs = [w for w in tab.window().findChildren(PrintPreviewDialog)]
    assert len(dialogs) == 2
    for d in dialogs:
        assert d.preview.page_count() >= 1 and d.preview.pdf_bytes().startswith(b"%PDF")
        d.close()


def test_accept_button_asks_the_incoming_receptionist(tab, scen, ctx, monkeypatch):
    import ui.handover.tab as mod

    asked = []

    def fake_ask_pin(parent, title, role=None, staff_id=None, message=""):
        asked.append((role, message))
        return scen.incoming.id, ""

    monkeypatch.setattr(mod, "ask_pin", fake_ask_pin)
    page = tab.handover_page
    page.submit()
    page.accept_dialog()
    assert asked and asked[0][0] == ho.INCOMING_ROLES and "王丽" in asked[0][1]
    assert Handover.get().status == "accepted" and ctx.operator_id == scen.incoming.id
