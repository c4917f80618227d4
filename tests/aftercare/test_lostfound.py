"""Lost and found and loans to guests, on a real database: the log, claims, disposal, the handover."""

from __future__ import annotations

import json

import pytest

from app.aftercare import lostfound as lf
from app.aftercare.models import FoundItem, GuestLoan
from app.aftercare.money import fen_text, parse_fen
from app.checkin import commands as checkin
from app.core.errors import Conflict, ValidationError
from app.core.models import AuditLog
from app.handover import service as ho


def test_money_is_parsed_to_exact_fen_and_refused_when_bad():
    assert parse_fen("199.5") == (19950, None)
    assert parse_fen("¥1,200") == (120000, None)
    assert parse_fen("0.1")[0] == 10  # never a float's 9.999…
    assert parse_fen("")[0] == 0
    for bad in ("-5", "abc", "1.234", "1e3"):
        fen, err = parse_fen(bad)
        assert fen is None and err, bad
    assert fen_text(19950) == "¥199.50" and fen_text(-300) == "-¥3.00"


def test_found_item_stays_in_the_handover_until_claimed(ctx, couple):
    item = lf.record_found(ctx, "黑色折叠伞", found_where="休息区", found_by="李娜", kept_where="前台抽屉 2")
    snap = ho.build_snapshot(ctx)
    found = snap.section("found_items")
    assert [r.ref for r in found.rows] == [f"found:{item.id}"]
    assert found.rows[0].cells[0] == "黑色折叠伞" and found.rows[0].cells[3] == "前台抽屉 2"

    with pytest.raises(ValidationError) as exc:
        lf.claim_found(ctx, item.id, claimant="", proof="身份证")
    assert "claimant" in exc.value.errors
    assert FoundItem.get_by_id(item.id).status == "kept"  # nothing saved

    claimed = lf.claim_found(ctx, item.id, claimant="张伟", proof="", order_no=couple.order_no)
    assert claimed.status == "claimed" and claimed.claim_proof == couple.order_no
    assert f"found:{item.id}" not in ho.build_snapshot(ctx).refs()
    with pytest.raises(Conflict):
        lf.claim_found(ctx, item.id, claimant="别人", proof="身份证")
    actions = [a.action for a in AuditLog.select().where(AuditLog.table_name == "found_item")]
    assert actions == ["found.record", "found.claim"]


def test_found_item_is_disposed_of_only_after_the_keeping_time(ctx, clock):
    item = lf.record_found(ctx, "手机充电线", kept_where="前台")
    with pytest.raises(Conflict):
        lf.dispose_found(ctx, item.id, "捐赠")
    clock.advance(days=lf.FOUND_KEEP_DAYS_DEFAULT)
    [row] = lf.found_items(ctx)
    assert row.disposable and row.days_kept == lf.FOUND_KEEP_DAYS_DEFAULT
    with pytest.raises(ValidationError) as exc:
        lf.dispose_found(ctx, item.id, "  ")
    assert "note" in exc.value.errors
    done = lf.dispose_found(ctx, item.id, "捐赠")
    assert done.status == "disposed" and lf.found_items(ctx) == []
    assert len(lf.found_items(ctx, include_closed=True)) == 1


def test_found_item_needs_what_and_where_it_is_kept(ctx):
    with pytest.raises(ValidationError) as exc:
        lf.record_found(ctx, "", kept_where="")
    assert set(exc.value.errors) == {"what", "kept_where"}
    assert FoundItem.select().count() == 0


def test_umbrella_lent_with_deposit_until_returned(ctx, couple):
    visit = checkin.check_in_couple(ctx, couple.id, "selection")
    with pytest.raises(ValidationError) as exc:
        lf.lend(ctx, "umbrella", deposit="-20", visit_id=visit.id)
    assert "deposit" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        lf.lend(ctx, "umbrella", deposit="二十", visit_id=visit.id)
    assert "deposit" in exc.value.errors
    assert GuestLoan.select().count() == 0

    loan = lf.lend(ctx, "umbrella", deposit="20", visit_id=visit.id)
    assert loan.deposit_fen == 2000 and loan.guest == "张伟 & 李明"
    [out] = lf.loans_out(ctx)
    assert out.id == loan.id
    sec = ho.build_snapshot(ctx).section("loans_out")
    assert sec.rows[0].cells[:3] == [lf.loan_item_label("umbrella"), "张伟 & 李明", "¥20.00"]
    assert not sec.rows[0].alert
    checkin.check_out(ctx, visit.id)  # left with the umbrella: the handover says chase it
    assert ho.build_snapshot(ctx).section("loans_out").rows[0].alert

    back = lf.return_loan(ctx, loan.id)
    assert back.deposit_refunded_fen == 2000 and lf.loans_out(ctx) == []
    with pytest.raises(Conflict):
        lf.return_loan(ctx, loan.id)
    entry = AuditLog.select().where(AuditLog.action == "loan.return").get()
    assert json.loads(entry.after)["deposit_refunded_fen"] == 2000


def test_lost_loan_keeps_the_deposit_and_needs_a_note(ctx):
    loan = lf.lend(ctx, "charger", deposit="50", guest="王女士")
    with pytest.raises(ValidationError):
        lf.return_loan(ctx, loan.id, lost=True)
    gone = lf.return_loan(ctx, loan.id, lost=True, note="客人带走未归还")
    assert gone.lost and gone.deposit_refunded_fen == 0
    with pytest.raises(ValidationError) as exc:
        lf.lend(ctx, "other", guest="王女士")
    assert "description" in exc.value.errors
