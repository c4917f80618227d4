"""The benchmark dataset at a small size: counts in proportion, references intact, believable values."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

from bench.make_dataset import IN_STORE_TODAY, TERMINAL, make_dataset

NOW = dt.datetime(2026, 11, 20, 11, 0)


def test_small_dataset_is_whole_and_believable(tmp_path):
    path = tmp_path / "five-years.db"
    counts = make_dataset(path, scale=0.02, now=NOW)  # 400 couples over five years
    con = sqlite3.connect(path)
    one = lambda sql, *a: con.execute(sql, a).fetchone()[0]  # noqa: E731

    assert one("SELECT count(*) FROM couple") == counts["couple"] == 400
    assert 1.6 <= one("SELECT count(*) FROM visit") / 400 <= 2.4  # ~40,000 visits for 20,000 couples
    assert 6 <= one("SELECT count(*) FROM flow_step") / 400 <= 9  # ~150,000 steps
    assert one("SELECT count(*) FROM complaint") == 60
    assert one("SELECT count(*) FROM complaint_log") >= 60
    assert 3_400 <= one("SELECT count(*) FROM handover") <= 3_650  # two a day for five years
    assert one("SELECT count(*) FROM appointment_change") >= one("SELECT count(*) FROM appointment")
    assert one("SELECT count(*) FROM audit_log") > 400
    assert set(r[0] for r in con.execute("SELECT DISTINCT kind FROM visit")) == {
        "shoot", "selection", "pickup", "proof", "consult", "visitor"}

    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert one("PRAGMA integrity_check") == "ok"
    assert one("SELECT count(*) FROM search_term WHERE couple_id NOT IN (SELECT id FROM couple)") == 0
    assert one("SELECT min(shoot_date) FROM couple") >= str(NOW.date() - dt.timedelta(days=5 * 365))

    names = [r[0] for r in con.execute("SELECT bride_name FROM couple UNION SELECT groom_name FROM couple")]
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) for n in names)
    phones = [r[0] for r in con.execute("SELECT bride_phone FROM couple")]
    assert all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert one("SELECT count(*) FROM couple WHERE bride_phone_last4 != substr(bride_phone, -4)") == 0

    # Today's morning: couples in the store with an open step, an operator on shift at the counter.
    in_store = one("SELECT count(DISTINCT f.couple_id) FROM flow f JOIN flow_step s ON s.flow_id = f.id "
                   "WHERE s.state IN ('waiting', 'in_progress') AND f.kind = 'visit' AND date(f.started_at) = ?",
                   str(NOW.date()))
    assert in_store == min(IN_STORE_TODAY, 400 // 4)
    assert one("SELECT count(*) FROM shift WHERE terminal = ? AND ended_at IS NULL", TERMINAL) == 1
    con.close()


def test_the_app_finds_a_generated_couple(tmp_path):
    from app.checkin.queries import search_couples
    from app.core.db import close_database, open_database

    path = tmp_path / "five-years.db"
    make_dataset(path, scale=0.01, now=NOW)
    con = sqlite3.connect(path)
    order_no, bride, last4 = con.execute("SELECT order_no, bride_name, bride_phone_last4 FROM couple "
                                         "ORDER BY id LIMIT 1 OFFSET 17").fetchone()
    con.close()
    open_database(str(path))
    try:
        assert [c.order_no for c in search_couples(order_no)] == [order_no]
        assert order_no in [c.order_no for c in search_couples(bride, limit=500)]
        assert order_no in [c.order_no for c in search_couples(last4, limit=500)]
    finally:
        close_database()
