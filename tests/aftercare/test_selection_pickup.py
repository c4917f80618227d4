"""Packages, the selection session and the pickup sign-off on a real database; both printouts parsed back."""

from __future__ import annotations

import datetime as dt

import pytest

import main
from app.aftercare import pickup as pk
from app.aftercare import selection as sel
from app.aftercare.models import Payment, Pickup, Selection
from app.aftercare.sheets import pickup_receipt_pdf, selection_sheet_pdf
from app.appointments.models import Appointment
from app.core.errors import Conflict, ValidationError
from app.core.models import AuditLog
from tests.print_util import page_texts, squash

PRODUCTS = [("30页相册", 1), ("24寸装框放大", 1), ("全部底片U盘", 1)]


@pytest.fixture
def order(ctx, couple, monkeypatch):
    from app.staff import service as st

    boss = st.add_staff(ctx, "黄蓉", ["store_supervisor"])
    monkeypatch.setattr(st, "authenticate_supervisor", lambda c, sid, pin: st.get_staff(sid))
    pkg = sel.save_package(ctx, boss.id, "1234", "韩式经典套系", 30, "80", "6999", PRODUCTS)
    sel.set_order(ctx, couple.id, pkg.id, "6999", "2000")
    return couple, pkg


def test_package_keeps_its_products_and_prices_in_fen(order):
    _couple, pkg = order
    assert pkg.extra_photo_fen == 8000 and pkg.price_fen == 699900
    assert [p.name for p in pkg.products] == [n for n, _ in PRODUCTS]


def test_more_chosen_than_included_without_extras_is_refused_and_nothing_saved(ctx, order):
    couple, _pkg = order
    s = sel.start_selection(ctx, couple.id)
    assert s.photos_included == 30
    with pytest.raises(ValidationError) as exc:
        sel.save_selection(ctx, s.id, photos_chosen=36, extras_offered=0, decision="")
    assert "photos_chosen" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        sel.save_selection(ctx, s.id, photos_chosen=36, extras_offered=6, decision="accepted", amount="-1")
    assert "amount" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        sel.save_selection(ctx, s.id, photos_chosen=36, extras_offered=6, decision="accepted", amount="abc")
    assert "amount" in exc.value.errors
    with pytest.raises(ValidationError) as exc:  # declined, but still more than the package
        sel.save_selection(ctx, s.id, photos_chosen=36, extras_offered=6, decision="declined")
    assert "photos_chosen" in exc.value.errors
    row = Selection.get_by_id(s.id)
    assert row.photos_chosen == 0 and row.version == 1


def test_selection_counts_and_extras_reach_the_selection_sheet(ctx, order):
    couple, _pkg = order
    s = sel.start_selection(ctx, couple.id)
    s = sel.save_selection(ctx, s.id, photos_chosen=36, extras_offered=10, decision="accepted", notes="加选 6 张")
    assert s.extras_accepted == 6 and s.amount_fen == 6 * 8000  # default: extras × price per extra photo
    s = sel.sign_selection(ctx, s.id)
    with pytest.raises(Conflict):
        sel.save_selection(ctx, s.id, photos_chosen=40, extras_offered=10, decision="accepted")
    assert sel.balance(couple.id).due_fen == 699900 + 48000 - 200000
    text = squash(page_texts(selection_sheet_pdf(ctx, couple.order_no))[0])
    assert couple.order_no in text and "张伟" in text and "李明" in text
    assert "36" in text and "30" in text and "¥480.00" in text and "王丽" in text
    assert "13812345678" not in text and "138****5678" in text and "139****4321" in text
    assert [a.action for a in AuditLog.select().where(AuditLog.table_name == "selection")] == [
        "selection.start", "selection.save", "selection.sign"]


def test_declined_extras_are_recorded_as_declined(ctx, order):
    couple, _pkg = order
    s = sel.start_selection(ctx, couple.id)
    s = sel.save_selection(ctx, s.id, photos_chosen=30, extras_offered=8, decision="declined")
    assert s.extras_decision == "declined" and s.amount_fen == 0 and s.extras_accepted == 0
    text = squash(page_texts(selection_sheet_pdf(ctx, couple.order_no))[0])
    assert sel.decision_label("declined") in text


def test_pickup_with_a_missing_item_books_the_follow_up_and_the_receipt_lists_it(ctx, order, clock):
    couple, _pkg = order
    s = sel.start_selection(ctx, couple.id)
    sel.save_selection(ctx, s.id, photos_chosen=30, extras_offered=0, decision="")
    sel.sign_selection(ctx, s.id)
    due = sel.balance(couple.id).due_fen
    assert due == 499900
    later = clock.now() + dt.timedelta(days=7)
    items = [pk.ItemCheck("30页相册"), pk.ItemCheck("全部底片U盘"),
             pk.ItemCheck("24寸装框放大", missing=True, reason="相框破损，重新制作")]
    # bad input: ticked twice, a missing item without its reason, more than the balance: nothing saved
    with pytest.raises(ValidationError) as exc:
        pk.record_pickup(ctx, couple.id, [*items, pk.ItemCheck("30页相册")], follow_up_at=later)
    assert "items" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        pk.record_pickup(ctx, couple.id, [pk.ItemCheck("24寸装框放大", missing=True)], follow_up_at=later)
    assert "items" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        pk.record_pickup(ctx, couple.id, items, follow_up_at=later, collect="5000", method="wechat",
                         receipt_no="R-1")
    assert "collect" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        pk.record_pickup(ctx, couple.id, items)
    assert "follow_up_at" in exc.value.errors
    assert Pickup.select().count() == 0 and Payment.select().count() == 0 and Appointment.select().count() == 0

    p = pk.record_pickup(ctx, couple.id, items, follow_up_at=later, collect="4999", method="wechat",
                         receipt_no="R-20261120-1")
    assert [m.product for m in p.missing] == ["24寸装框放大"]
    appt = Appointment.get_by_id(Pickup.get_by_id(p.id).follow_up_appointment_id)
    assert appt.kind == "pickup" and appt.starts_at == later and appt.couple_id == couple.id
    assert p.balance.due_fen == 0
    assert pk.open_order(couple.id).items_owed == ("24寸装框放大",)
    with pytest.raises(ValidationError) as exc:  # not below zero
        pk.record_pickup(ctx, couple.id, [pk.ItemCheck("24寸装框放大")], collect="0.01", method="cash",
                         receipt_no="R-2")
    assert "collect" in exc.value.errors
    text = squash(page_texts(pickup_receipt_pdf(ctx, couple.order_no))[0])
    assert "30页相册" in text and "24寸装框放大" in text and "相框破损" in text and "R-20261120-1" in text
    assert "¥4,999.00" in text and "王丽" in text and "138****5678" in text and "13812345678" not in text

    done = pk.record_pickup(ctx, couple.id, [pk.ItemCheck("24寸装框放大")])
    assert done.missing == () and not pk.open_order(couple.id).anything_open


def test_command_line_prints_both(ctx, order, db_path, tmp_path, qapp):
    couple, _pkg = order
    s = sel.start_selection(ctx, couple.id)
    sel.save_selection(ctx, s.id, photos_chosen=32, extras_offered=2, decision="accepted", amount="150")
    out = tmp_path / "sel.pdf"
    assert main.main(["--db", str(db_path), "print", "selection-sheet", couple.order_no, "-o", str(out)]) == 0
    assert "¥150.00" in squash(page_texts(out.read_bytes())[0])
    bad = tmp_path / "pick.pdf"
    assert main.main(["--db", str(db_path), "print", "pickup-receipt", couple.order_no, "-o", str(bad)]) == 1
    assert not bad.exists()


def test_product_lines_typed_one_per_line():
    from app.aftercare.selection import ProductLine, product_lines, product_text

    typed = "30页精修相册 × 1\n6寸摆台 x2\n\n  24寸装框放大  \n底片U盘＊３\n×2"
    assert product_lines(typed) == [("30页精修相册", 1), ("6寸摆台", 2), ("24寸装框放大", 1), ("底片U盘", 3),
                                    ("×2", 1)]
    assert product_lines(product_text([ProductLine("相册", 1), ProductLine("摆台", 2)])) == [("相册", 1),
                                                                                          ("摆台", 2)]
