"""Lost and found and loans on the check-in tab, through qtbot on the real main window."""

from __future__ import annotations

import pytest

from app.aftercare.models import FoundItem, GuestLoan
from app.checkin import commands as checkin
from ui.aftercare.lostfound_panel import ClaimDialog, FoundDialog, LendDialog


@pytest.fixture
def tab(window):
    return window.checkin_tab


def test_lend_with_a_bad_deposit_says_so_next_to_the_field_and_saves_nothing(qtbot, ctx, couple, tab):
    v = checkin.check_in_couple(ctx, couple.id, "selection")
    dlg = LendDialog(ctx, v.id, couple.names)
    qtbot.addWidget(dlg)
    dlg.item.setCurrentIndex(dlg.item.findData("umbrella"))
    dlg.deposit.setText("-20")
    dlg.save()
    assert dlg.errors.text("deposit") and not dlg.result()
    assert GuestLoan.select().count() == 0
    dlg.deposit.setText("20")
    dlg.save()
    assert dlg.result() and GuestLoan.get().deposit_fen == 2000
    tab.refresh()
    panel = tab.lost_found
    assert panel.loans_model.rowCount() == 1
    assert tab.lower.tabText(2).endswith("(1)")
    panel.loans.selectRow(0)
    panel.loanBackButton.click()
    assert GuestLoan.get().returned_at is not None and panel.loans_model.rowCount() == 0


def test_found_item_logged_then_claim_needs_a_claimant(qtbot, ctx, tab):
    dlg = FoundDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.what.insert("白色充电宝")
    dlg.save()
    assert dlg.errors.text("kept_where") and FoundItem.select().count() == 0
    dlg.kept_where.insert("前台抽屉")
    dlg.save()
    assert dlg.result()
    tab.refresh()
    assert tab.lost_found.found_model.rowCount() == 1
    row = tab.lost_found.found_model.row_at(0)
    claim = ClaimDialog(ctx, row)
    qtbot.addWidget(claim)
    claim.proof.insert("身份证")
    claim.save()
    assert claim.errors.text("claimant") and FoundItem.get().status == "kept"
    claim.claimant.insert("王女士")
    claim.save()
    assert FoundItem.get().status == "claimed"
    tab.refresh()
    assert tab.lost_found.found_model.rowCount() == 0


def test_card_shows_items_and_money_still_open(qtbot, ctx, couple, tab):
    import datetime as dt

    from app.aftercare import pickup as pk
    from app.aftercare import selection as sel

    pkg = sel.store_package(ctx, "韩式经典套系", 30, 8000, 600000, [("30页相册", 1), ("24寸装框放大", 1)])
    sel.set_order(ctx, couple.id, pkg.id, "6000", "2000")
    pk.record_pickup(ctx, couple.id, [pk.ItemCheck("30页相册"), pk.ItemCheck("24寸装框放大", True, "未到货")],
                     follow_up_at=ctx.now() + dt.timedelta(days=3))
    tab.search.setText(couple.order_no)
    tab.search.flush()
    tab.results.selectRow(0)
    tab.show_card()
    assert "24寸装框放大" in tab.card_info.text() and "¥4,000.00" in tab.card_info.text()
