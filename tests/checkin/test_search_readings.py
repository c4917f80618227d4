"""Search finds everyone: surnames by each of their readings, names with spaces, and couples saved before."""

from __future__ import annotations

import pytest

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import SearchTerm
from app.checkin.search import name_terms


def _couple(ctx, order_no: str, bride: str, groom: str = "李明"):
    return checkin.create_couple(ctx, order_no=order_no, bride_name=bride, groom_name=groom,
                                 bride_phone="13800000000")


@pytest.mark.parametrize(("bride", "queries"), [
    ("朴敏英", ["piaominying", "pmy", "puminying", "piao"]),
    ("盖丽丽", ["gelili", "gll", "gailili"]),
    ("单婷", ["shanting", "st", "danting"]),
    ("解晓雨", ["xiexiaoyu", "xxy", "jxy"]),
    ("仇玲", ["qiuling", "ql"]),
    ("区小燕", ["ouxiaoyan", "oxy", "qxy"]),
    ("查敏", ["zhamin", "zm", "chamin"]),
    ("曾静", ["zengjing", "zj", "cj"]),
    ("乐瑶", ["yueyao", "yy", "ly"]),
    ("尉迟兰", ["yuchilan", "ycl", "lan"]),
])
def test_a_surname_is_found_by_each_of_its_readings(ctx, bride, queries):
    c = _couple(ctx, "S-1", bride)
    for q in queries:
        assert c.id in [r.id for r in checkin_queries.search_couples(q)], (bride, q)


def test_a_name_with_spaces_is_found_with_or_without_them(ctx):
    c = _couple(ctx, "E-2", "Anna Smith", "John  Lee")
    for q in ("anna", "annasmith", "anna smith", "Anna Smith", "smith", "johnlee", "john lee", "lee"):
        assert [r.id for r in checkin_queries.search_couples(q)] == [c.id], q
    assert checkin_queries.search_couples("nna") == []  # the Chinese tail rule (伟 finds 张伟) is not for Latin names


def test_the_everyday_reading_still_works_and_nothing_unrelated_matches(ctx):
    c = _couple(ctx, "S-3", "张伟")
    assert [r.id for r in checkin_queries.search_couples("zw")] == [c.id]
    assert checkin_queries.search_couples("piao") == []
    assert "zhangwei" in name_terms("张伟") and "wei" in name_terms("张伟")


def test_couples_saved_before_get_their_terms_rebuilt_once(database, ctx):
    """A database from before the surname readings: the 0013 migration rebuilds every couple's terms, and
    the runner records it so it happens once."""
    from importlib import import_module

    from playhouse.migrations import Runner

    from app.core.db import MIGRATIONS_DIR

    c = _couple(ctx, "S-4", "朴敏英", "Anna Smith")
    # what a couple saved by the old code had: the everyday reading only, the spaced name as typed
    SearchTerm.delete().where(SearchTerm.couple == c.id).execute()
    SearchTerm.insert_many([{"term": t, "couple": c.id} for t in
                            ("s-4", "朴敏英", "敏英", "puminying", "pmy", "minying", "anna smith")]).execute()
    assert checkin_queries.search_couples("piao") == [] and checkin_queries.search_couples("annasmith") == []
    import_module("app.migrations.0013_setup").up(None, database)
    assert [r.id for r in checkin_queries.search_couples("piao")] == [c.id]
    assert [r.id for r in checkin_queries.search_couples("annasmith")] == [c.id]
    assert [r.id for r in checkin_queries.search_couples("13800000000")] == [c.id]
    applied = {m.name for m in Runner(database, directory=str(MIGRATIONS_DIR)).status() if m.applied}
    assert "0013_setup" in applied  # recorded: the next start does not rebuild again
