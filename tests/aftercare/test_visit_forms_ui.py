"""The selection and pickup forms at the counter, on real widgets (offscreen): typed into, saved, read back
through the services; bad input shown next to its field with what was typed kept and nothing saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.aftercare import pickup as pk
from app.aftercare import selection as sel
from app.aftercare.models import Payment, Pickup, Selection
from app.appointments.models import Appointment
from app.checkin import commands as checkin
from tests.print_util import page_texts, squash
from ui.aftercare.visit_forms import PickupDialog, SelectionDialog

PRODUCTS = [("30页相册", 1), ("24寸装框放大", 1), ("全部底片U盘", 1)]


@pytest.fixture
def order(ctx, couple):
    pkg = sel.store_package(ctx, "韩式经典套系", 30, 8000, 699900, PRODUCTS)
    sel.set_order(ctx, couple.id, pkg.id, "6999", "2000")
    return couple


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    (widget.lineEdit() if hasattr(widget, "lineEdit") else widget).selectAll()
    qtbot.keyClicks(widget, text)


def _pdf_text(dlg) -> str:
    assert dlg is not None
    return squash(page_texts(dlg.preview.pdf_bytes())[0])


def test_selection_form_refuses_bad_input_keeps_it_then_saves_prints_and_signs(qtbot, ctx, order):
    v = checkin.check_in_couple(ctx, order.id, "selection")
    dlg = SelectionDialog(ctx, order.id, v.id)
    qtbot.addWidget(dlg)
    assert dlg.photos_included.value() == 30  # from the package
    _type(qtbot, dlg.photos_chosen, "36")
    dlg.save()  # more chosen than included, no extras recorded
    assert dlg.errors.text("photos_chosen") and not dlg.result()
    assert Selection.select().count() == 0  # not even an empty session
    _type(qtbot, dlg.extras_offered, "10")
    dlg.decision.setCurrentIndex(dlg.decision.findData("accepted"))
    assert "¥480.00" in dlg.amount.placeholderText()
    _type(qtbot, dlg.amount, "abc")
    dlg.save()
    assert dlg.errors.text("amount") and not dlg.errors.text("photos_chosen")
    assert dlg.amount.text() == "abc" and dlg.photos_chosen.value() == 36 and Selection.select().count() == 0
    dlg.amount.clear()
    dlg.notes.setPlainText("加选 6 张外景")
    dlg.save_and_print()  # saved, the sheet shown, the form still open for the signature
    s = sel.selection_of(order.id)
    assert (s.photos_chosen, s.extras_offered, s.extras_decision, s.extras_accepted, s.amount_fen) == (
        36, 10, "accepted", 6, 48000)
    assert s.status == "open" and s.notes == "加选 6 张外景" and not dlg.result()
    text = _pdf_text(dlg.preview)
    assert order.order_no in text and "¥480.00" in text and "138****5678" in text and "13812345678" not in text
    dlg.signed.setChecked(True)
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert dlg.result() and sel.selection_of(order.id).status == "signed"
    assert Selection.select().count() == 1
    assert sel.balance(order.id).extras_fen == 48000


def test_declined_offer_is_saved_as_declined(qtbot, ctx, order):
    dlg = SelectionDialog(ctx, order.id)
    qtbot.addWidget(dlg)
    _type(qtbot, dlg.photos_chosen, "30")
    _type(qtbot, dlg.extras_offered, "8")
    dlg.decision.setCurrentIndex(dlg.decision.findData("declined"))
    _type(qtbot, dlg.amount, "100")
    dlg.save()  # declined: nothing may be added
    assert dlg.errors.text("amount") and Selection.select().count() == 0
    dlg.amount.clear()
    dlg.save()
    s = sel.selection_of(order.id)
    assert dlg.result() and s.extras_decision == "declined" and s.amount_fen == 0 and s.extras_accepted == 0


def test_pickup_form_checks_items_and_money_then_signs_off_and_prints(qtbot, ctx, order):
    s = sel.record_selection(ctx, order.id, 30, 0, "", signed=True)
    assert s.status == "signed"
    v = checkin.check_in_couple(ctx, order.id, "pickup")
    dlg = PickupDialog(ctx, order.id, v.id)
    qtbot.addWidget(dlg)
    assert [r.product for r in dlg.rows] == [n for n, _ in PRODUCTS]
    assert "¥4,999.00" in dlg.balance_label.text() and dlg.collect.text() == "4999.00"
    assert not dlg.follow_up.isEnabled()
    frame = dlg.rows[1]
    frame.status.setCurrentIndex(frame.status.findData(True))
    assert frame.reason.isEnabled() and dlg.follow_up.isEnabled()
    _type(qtbot, dlg.collect, "5000")
    dlg.save()  # a missing item without its reason, more than the balance, no method, no receipt
    assert dlg.errors.text("item:1") and not dlg.errors.text("items") and dlg.errors.text("collect")
    assert dlg.errors.text("method")
    assert dlg.errors.text("receipt_no") and not dlg.result()
    assert dlg.collect.text() == "5000"
    assert Pickup.select().count() == 0 and Payment.select().count() == 0 and Appointment.select().count() == 0
    frame.reason.insert("相框破损，重新制作")
    _type(qtbot, dlg.collect, "4999")
    dlg.method.setCurrentIndex(dlg.method.findData("wechat"))
    _type(qtbot, dlg.receipt_no, "R-1")
    dlg.save()
    assert dlg.result()
    p = pk.last_pickup(order.id)
    assert [h.product for h in p.handed] == ["30页相册", "全部底片U盘"]
    assert [m.product for m in p.missing] == ["24寸装框放大"] and p.follow_up_at is not None
    assert p.balance.due_fen == 0 and [x.receipt_no for x in p.payments] == ["R-1"]
    text = _pdf_text(dlg.preview)
    assert "相框破损" in text and "R-1" in text and "¥4,999.00" in text and "13812345678" not in text
    again = PickupDialog(ctx, order.id)  # only what is still owed, nothing more to collect
    qtbot.addWidget(again)
    assert [r.product for r in again.rows] == ["24寸装框放大"] and again.collect.text() == ""


def test_card_button_opens_the_forms_for_the_selected_couple(qtbot, ctx, order, window):
    tab = window.checkin_tab
    tab.search.setText(order.order_no)
    tab.search.flush()
    tab.results.selectRow(0)
    tab.show_card()
    assert tab.visit_forms_btn.isEnabled()
    dlg = tab.visit_forms_btn.open_selection(exec_=False)
    qtbot.addWidget(dlg)
    assert dlg.couple_id == order.id and dlg.photos_included.value() == 30
    pick = tab.visit_forms_btn.open_pickup(exec_=False)
    qtbot.addWidget(pick)
    assert len(pick.rows) == 3
    assert "¥4,999.00" in tab.card_info.text()  # money open on the card
