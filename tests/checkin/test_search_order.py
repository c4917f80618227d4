"""The search's result order (newest shoot date first, couples without a date last, newest order first) and
its limit, by both plans the service chooses between (see ``app.checkin.queries._ranked_ids``), on the real
store; a changed shoot date moves the couple; the migration's backfill gives existing terms their rank."""

from __future__ import annotations

import datetime as dt
from importlib import import_module

import pytest

from app.checkin import commands as checkin
from app.checkin import queries
from app.checkin.models import SearchTerm

DAYS = [dt.date(2026, 11, 20), None, dt.date(2025, 3, 1), dt.date(2026, 11, 20), None, dt.date(2027, 1, 5),
        dt.date(2024, 6, 30), dt.date(2026, 2, 14)]


def _couples(ctx) -> list:
    made = []
    for i, day in enumerate(DAYS):
        made.append(checkin.create_couple(ctx, order_no=f"SO-{i}", bride_name=f"王{'小丽芳娜'[i % 4]}",
                                          groom_name="李明" if i % 2 else "王强", bride_phone=f"1381234{i:04d}",
                                          shoot_date=day))
    checkin.create_couple(ctx, order_no="SO-X", bride_name="张伟", groom_name="赵磊", bride_phone="13900000000")
    return made


def _display_order(couples) -> list[int]:
    dated = sorted((c for c in couples if c.shoot_date), key=lambda c: (c.shoot_date, c.id), reverse=True)
    undated = sorted((c for c in couples if not c.shoot_date), key=lambda c: c.id, reverse=True)
    return [c.id for c in dated + undated]


@pytest.mark.parametrize("walk_from", [1, 10**9], ids=["walk the couples", "read the matches"])
def test_results_newest_first_undated_last_each_once(ctx, monkeypatch, walk_from):
    monkeypatch.setattr(queries, "WALK_FROM", walk_from)
    couples = _couples(ctx)
    want = _display_order(couples)
    assert [r.id for r in queries.search_couples("王")] == want  # bride and groom both 王: still once each
    assert [r.id for r in queries.search_couples("wang")] == want
    assert [r.id for r in queries.search_couples("王", limit=3)] == want[:3]
    assert [r.id for r in queries.search_couples("1381234")] == want  # digits: always reads the matches
    assert [r.bride_name for r in queries.search_couples("zw")] == ["张伟"]
    assert queries.search_couples("王小丽芳") == []


def test_a_new_shoot_date_moves_the_couple(ctx):
    couples = _couples(ctx)
    last = _display_order(couples)[-1]
    checkin.update_couple(ctx, last, shoot_date=dt.date(2030, 1, 1))
    assert queries.search_couples("王")[0].id == last


def test_migration_gives_existing_terms_their_rank(ctx, database):
    couples = _couples(ctx)
    SearchTerm.update(display_rank=0).execute()  # terms as an older version wrote them
    database.execute_sql("DROP INDEX IF EXISTS search_term_term_rank")
    database.execute_sql("DROP INDEX IF EXISTS search_term_couple_term")
    database.execute_sql("DROP INDEX IF EXISTS couple_display_order")
    database.execute_sql("ALTER TABLE search_term DROP COLUMN display_rank")
    import_module("app.migrations.0024_search_display_order").up(None, database)
    assert [r.id for r in queries.search_couples("王")] == _display_order(couples)
