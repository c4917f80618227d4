import datetime as dt
import json

import peewee as pw
import pytest

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Couple, KeyLoan, Lead, SearchTerm, Visit
from app.core.db import schema_version
from app.core.errors import Conflict, ValidationError
from app.core.models import AuditLog


def test_schema_migrated(database):
    from playhouse.migrations import Runner

    from app.core.db import MIGRATIONS_DIR

    applied = {m.name for m in Runner(database, directory=str(MIGRATIONS_DIR)).status() if m.applied}
    assert "0001_core" in applied and schema_version() == max(applied)


def test_search_by_name_pinyin_phone_last4_order(ctx, couple):
    for q in ["张伟", "张", "伟", "zw", "ZW", "zhangwei", "lm", "13812345678", "138-1234-5678", "5678", "4321",
              "yl20261120-01", "YL20261120-01"]:
        assert [c.id for c in checkin_queries.search_couples(q)] == [couple.id], q
    assert checkin_queries.search_couples("zz") == []
    assert checkin_queries.search_couples("") == []


def test_search_sql_looking_text_is_harmless(ctx, couple):
    assert checkin_queries.search_couples("'; DROP TABLE couple; --") == []
    assert Couple.select().count() == 1


def test_create_couple_bad_input_saves_nothing(ctx):
    with pytest.raises(ValidationError) as e:
        checkin.create_couple(ctx, order_no="A1", bride_name="", groom_name="x" * 41, bride_phone="12345",
                              notes="n" * 10_000)
    assert set(e.value.errors) >= {"bride_name", "groom_name", "bride_phone", "notes"}
    assert Couple.select().count() == 0 and SearchTerm.select().count() == 0
    assert AuditLog.select().where(AuditLog.table_name == "couple").count() == 0


def test_duplicate_order_number(ctx, couple):
    with pytest.raises(ValidationError) as e:
        checkin.create_couple(ctx, order_no="yl20261120-01", bride_name="a", groom_name="b", bride_phone="13800000000")
    assert "order_no" in e.value.errors


def test_emoji_and_landline_accepted(ctx):
    c = checkin.create_couple(ctx, order_no="E-1", bride_name="小美🌸", groom_name="阿强", bride_phone="021-62345678")
    assert c.bride_name == "小美🌸" and c.bride_phone_last4 == "5678"
    assert checkin_queries.search_couples("xm")[0].id == c.id
    assert [r.id for r in checkin_queries.search_couples("小美")] == [c.id]  # the emoji right after the prefix


def test_check_in_shoot_is_audited(ctx, couple, clock):
    v = checkin.check_in_couple(ctx, couple.id)
    entry = AuditLog.select().where(AuditLog.action == "visit.check_in").get()
    assert entry.operator_name == "王丽" and entry.record_id == v.id
    assert json.loads(entry.after)["couple"] == couple.id
    with pytest.raises(Conflict):
        checkin.check_in_couple(ctx, couple.id)


def test_in_store_waiting_and_receive(ctx, couple, clock):
    v = checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=7)
    v2 = checkin.check_in_consult(ctx, "陈女士", "13700001111", "婚纱照", dt.date(2026, 11, 22))
    clock.advance(minutes=5)
    rows = checkin_queries.in_store(ctx)
    assert [r.visit.id for r in rows] == [v.id, v2.id]
    assert [r.waited_minutes for r in rows] == [12, 5]
    checkin.receive_visit(ctx, v.id)
    assert checkin_queries.in_store(ctx)[0].waited_minutes == 0
    assert Lead.select().count() == 1


def test_consult_requires_callback_and_phone(ctx):
    with pytest.raises(ValidationError) as e:
        checkin.check_in_consult(ctx, "陈女士", "", "", None)
    assert {"phone", "callback_date"} <= set(e.value.errors)
    with pytest.raises(ValidationError):
        checkin.check_in_consult(ctx, "陈女士", "13700001111", "", dt.date(2026, 11, 1))
    assert Visit.select().count() == 0 and Lead.select().count() == 0


def test_visitor_lookup(ctx, couple, clock):
    checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=40)
    v, where = checkin.check_in_visitor(ctx, couple.id, "伴娘小刘")
    assert where.in_store and where.minutes_in_store(clock.now()) == 40
    other = checkin.create_couple(ctx, order_no="X-2", bride_name="甲", groom_name="乙", bride_phone="13800000001")
    _, where2 = checkin.check_in_visitor(ctx, other.id)
    assert not where2.in_store


def test_locker_cannot_be_issued_twice(ctx, couple, clock):
    v = checkin.check_in_couple(ctx, couple.id)
    loan = checkin.issue_key(ctx, v.id, "05")
    with pytest.raises(Conflict):
        checkin.issue_key(ctx, v.id, "05")
    assert "05" not in [lk.number for lk in checkin_queries.free_lockers()]
    clock.advance(minutes=30)
    out = checkin_queries.keys_out(ctx)
    assert [(k.locker, k.minutes_out) for k in out] == [("05", 30)]
    with pytest.raises(Conflict):
        checkin.check_out(ctx, v.id)
    checkin.return_key(ctx, loan.id, "bar")
    assert checkin_queries.keys_out(ctx) == []
    assert KeyLoan.get_by_id(loan.id).returned_to == "bar"
    checkin.check_out(ctx, v.id)
    with pytest.raises(Conflict):
        checkin.check_out(ctx, v.id)


def test_store_refuses_second_open_loan_even_without_service(ctx, couple):
    v = checkin.check_in_couple(ctx, couple.id)
    checkin.issue_key(ctx, v.id, "01")
    loan = KeyLoan.get()
    with pytest.raises(pw.IntegrityError):
        KeyLoan.create(locker=loan.locker_id, visit=v.id, issued_at=loan.issued_at)


def test_update_couple_optimistic_lock(ctx, couple):
    checkin.update_couple(ctx, couple.id, expected_version=1, package="新套系")
    with pytest.raises(Conflict):
        checkin.update_couple(ctx, couple.id, expected_version=1, package="旧")
    entry = AuditLog.select().where(AuditLog.action == "couple.update").get()
    assert json.loads(entry.before)["package"] == "韩式经典套系"
    assert json.loads(entry.after)["package"] == "新套系" and "bride_name" not in json.loads(entry.after)


@pytest.mark.sqlite_only
def test_keys_out_is_one_query_whatever_the_number_of_keys(ctx, database):
    statements: list[str] = []
    for i in range(4):
        c = checkin.create_couple(ctx, order_no=f"K-{i}", bride_name="张伟", groom_name="李明",
                                  bride_phone=f"1381234{i:04d}")
        checkin.issue_key(ctx, checkin.check_in_couple(ctx, c.id).id, f"0{i + 1}")
    v, _ = checkin.check_in_visitor(ctx, c.id, guest_name="王阿姨")
    checkin.issue_key(ctx, v.id, "09")
    database.connection().set_trace_callback(statements.append)
    try:
        out = checkin_queries.keys_out(ctx)
    finally:
        database.connection().set_trace_callback(None)
    assert [k.who for k in out] == ["张伟 & 李明"] * 4 + ["王阿姨"]
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
