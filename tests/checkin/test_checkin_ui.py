"""The check-in tab through qtbot on the real main window."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.checkin import commands as checkin
from app.checkin.models import Couple, KeyLoan, Lead, Visit
from app.core.db import db
from app.core.errors import Conflict
from ui.checkin.dialogs import ConsultDialog, CoupleDialog, IssueKeyDialog


@pytest.fixture
def tab(window):
    return window.checkin_tab


@pytest.fixture
def confirm_arrival(monkeypatch):
    """The check-in question is answered with its defaults (Enter), instead of waiting modally."""
    from ui.checkin.dialogs import ArrivalDialog

    def _exec(self):
        self.save()
        return self.result()

    monkeypatch.setattr(ArrivalDialog, "exec", _exec)


@pytest.fixture
def boxes(monkeypatch):
    """Record message boxes instead of showing them (modal dialogs would block a test)."""
    seen = []

    def fake(kind):
        def _f(parent, title, text, *a, **k):
            seen.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return _f

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return seen


def test_models_pass_qtmodeltester(qtmodeltester, tab, couple, ctx):
    checkin.check_in_couple(ctx, couple.id)
    tab.search.setText("zw")
    tab.search.flush()
    tab.refresh()
    for m in (tab.results_model, tab.in_store_model, tab.keys_model, tab.leads_model):
        qtmodeltester.check(m)


def test_search_pinyin_then_enter_checks_in(qtbot, tab, couple, window, confirm_arrival):
    qtbot.keyClicks(tab.search, "zw")
    tab.search.flush()
    assert tab.results_model.rowCount() == 1
    assert "138****5678" in tab.card_info.text()
    assert "13812345678" not in tab.card_info.text()
    assert "睫毛胶" in tab.card_requests.text()
    tab.results.setFocus()
    qtbot.keyClick(tab.results, Qt.Key.Key_Return)
    assert Visit.select().where(Visit.couple == couple.id).count() == 1
    assert tab.in_store_model.rowCount() == 1
    assert "张伟 & 李明" in tab.in_store_model.index(0, 1).data()
    assert not tab.shoot_btn.isEnabled()


def test_search_chinese_and_last4(qtbot, tab, couple):
    tab.search.insert("张")
    tab.search.flush()
    assert tab.results_model.rowCount() == 1
    tab.search.clear()
    tab.search.insert("4321")
    tab.search.flush()
    assert tab.results_model.rowCount() == 1


def test_waiting_party_is_flagged_and_counted(qtbot, tab, couple, ctx, clock, window):
    checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=12)
    tab.refresh()
    idx = tab.in_store_model.index(0, 4)
    assert idx.data() == "12分钟"
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert window.status_text("checkin_waiting") == "无人接待 1 组"
    tab.in_store.selectRow(0)
    tab.receive_btn.click()
    assert window.status_text("checkin_waiting") == ""
    assert tab.in_store_model.index(0, 4).data() == "已接待"


def test_new_couple_bad_input_shows_errors_and_keeps_text(qtbot, ctx):
    dlg = CoupleDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.order_no.setText("YL-9")
    dlg.bride_name.insert("小美🌸")
    dlg.groom_name.setText("")
    dlg.bride_phone.setText("12345")
    dlg.notes.setPlainText("x" * 10_000)
    dlg.save()
    assert dlg.result() == 0
    assert dlg.errors.text("groom_name") == "必填。"
    assert "手机号" in dlg.errors.text("bride_phone")
    assert "2000" in dlg.errors.text("notes")
    assert dlg.bride_name.text() == "小美🌸" and dlg.bride_phone.text() == "12345"
    assert Couple.select().count() == 0
    dlg.groom_name.insert("阿强")
    dlg.bride_phone.setText("13800001111")
    dlg.notes.setPlainText("'); DROP TABLE couple; --")
    dlg.save()
    assert Couple.select().count() == 1
    assert Couple.get().notes == "'); DROP TABLE couple; --"


def test_duplicate_order_number_in_form(qtbot, ctx, couple):
    dlg = CoupleDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.order_no.setText(couple.order_no.lower())
    dlg.bride_name.setText("A")
    dlg.groom_name.setText("B")
    dlg.bride_phone.setText("13800001111")
    dlg.save()
    assert "已被" in dlg.errors.text("order_no")
    assert Couple.select().count() == 1


def test_consult_walk_in_creates_lead(qtbot, ctx, tab):
    dlg = ConsultDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.name.insert("钱女士")
    dlg.phone.setText("abc")
    dlg.save()
    assert dlg.errors.text("phone")
    assert Lead.select().count() == 0
    dlg.phone.setText("137 1234 5678")
    dlg.save()
    assert Lead.get().phone == "13712345678"
    assert Visit.get().kind == "consult"


def test_issue_and_return_key(qtbot, ctx, couple, tab, boxes):
    v = checkin.check_in_couple(ctx, couple.id)
    dlg = IssueKeyDialog(ctx, v.id, couple.names)
    qtbot.addWidget(dlg)
    dlg.locker.setCurrentIndex(dlg.locker.findData("03"))
    dlg.save()
    assert KeyLoan.get().locker.number == "03"
    tab.refresh()
    assert tab.keys_model.rowCount() == 1 and tab.lower.tabText(0) == "未还钥匙 (1)"
    # check-out is refused while the key is out
    with pytest.raises(Conflict, match="03"):
        checkin.check_out(ctx, v.id)
    assert Visit.get_by_id(v.id).left_at is None
    tab.keys.selectRow(0)
    tab.return_bar_btn.click()
    assert KeyLoan.get().returned_to == "bar"
    assert tab.keys_model.rowCount() == 0


def test_visitor_sees_where_the_couple_is(qtbot, ctx, couple, tab, clock):
    from ui.checkin.whereabouts import whereabouts_text

    checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=25)
    _, w = checkin.check_in_visitor(ctx, couple.id, "伴娘")
    text = whereabouts_text(w, clock.now())
    assert "张伟 & 李明" in text and "25分钟" in text


def test_locked_database_gives_a_clear_dialog(qtbot, tab, couple, ctx, db_path, monkeypatch, confirm_arrival):
    shown = []
    monkeypatch.setattr("ui.common.errors.show_db_error", lambda parent, reason: shown.append(reason))
    other = sqlite3.connect(db_path)
    other.execute("BEGIN EXCLUSIVE")
    db.obj.execute_sql("PRAGMA busy_timeout = 50")
    try:
        tab.search.setText(couple.order_no)
        tab.search.flush()
        tab.check_in_selected("shoot")
    finally:
        other.rollback()
        other.close()
    assert shown == ["locked"]
    assert Visit.select().count() == 0


def test_read_only_database_gives_a_clear_dialog(qtbot, tab, couple, ctx, monkeypatch, confirm_arrival):
    shown = []
    monkeypatch.setattr("ui.common.errors.show_db_error", lambda parent, reason: shown.append(reason))
    db.obj.execute_sql("PRAGMA query_only = 1")
    try:
        tab.search.setText(couple.order_no)
        tab.search.flush()
        tab.check_in_selected("shoot")
    finally:
        db.obj.execute_sql("PRAGMA query_only = 0")
    assert shown == ["readonly"]
    assert Visit.select().count() == 0


def test_complaint_from_the_card_is_prefilled(qtbot, tab, couple, monkeypatch):
    from ui.complaints import intake as complaint_intake

    opened = []
    monkeypatch.setattr(complaint_intake.ComplaintIntakeDialog, "exec", lambda self: opened.append(self) or 0)
    tab.search.setText(couple.order_no)
    tab.search.flush()
    tab.complaint_btn.click()
    assert len(opened) == 1
    assert opened[0].couple_combo.currentData() == couple.id


def test_unattended_parties_come_first(qtbot, tab, couple, ctx, clock):
    other = checkin.create_couple(ctx, order_no="YL-2", bride_name="甲", groom_name="乙", bride_phone="13800000002")
    first = checkin.check_in_couple(ctx, couple.id)
    checkin.receive_visit(ctx, first.id)
    clock.advance(minutes=3)
    second = checkin.check_in_couple(ctx, other.id)
    tab.refresh()
    assert [tab.in_store_model.row_at(i).visit.id for i in range(2)] == [second.id, first.id]
