"""Migration 0016: the database itself refuses a second open visit of a couple, a second open loan of a locker
and a second handover waiting at one counter; a database that already holds such duplicates is upgraded (the
newest stays open, the older ones are closed and audited) instead of refusing to start. On SQLite, and on
PostgreSQL when a throwaway server can start."""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw
import pytest
from playhouse.migrations import Runner

from app.core import db as dbmod

T0 = dt.datetime(2026, 11, 20, 9, 0)


def _old_database_with_duplicates(target: str) -> pw.Database:
    """A store at 0013 (before the constraints) where two counters checked one couple in at the same moment
    and one counter submitted two handovers."""
    d = dbmod.make_database(target)
    d.connect()
    Runner(d, directory=str(dbmod.MIGRATIONS_DIR)).up(target="0013_setup")
    def insert(table: str, **values) -> int:
        """A row as the old code wrote it: the columns given, every other NOT NULL column empty."""
        for col in d.get_columns(table):
            if col.name not in values and not col.null and not col.primary_key:
                kind = col.data_type.lower()
                values[col.name] = 0 if "int" in kind else False if "bool" in kind else ""
        t = pw.Table(table, ("id", *values)).bind(d)
        if isinstance(d, pw.PostgresqlDatabase):
            return next(iter(t.insert(values).returning(t.id).tuples().execute()))[0]
        return t.insert(values).execute()

    sid = insert("staff", name="王丽", roles="receptionist", active=True, created_at=T0)
    c1 = insert("couple", order_no="A-1", bride_name="张伟", groom_name="李明", created_at=T0, updated_at=T0)
    c2 = insert("couple", order_no="A-2", bride_name="王芳", groom_name="赵强", created_at=T0, updated_at=T0)
    visits = {}
    for name, c, kind, minutes, left in [("dup_old", c1, "shoot", 0, None), ("dup_new", c1, "shoot", 1, None),
                                         ("visitor", c1, "visitor", 2, None), ("alone", c2, "shoot", 3, None),
                                         ("gone", c2, "shoot", -60, T0 - dt.timedelta(minutes=30))]:
        visits[name] = insert("visit", kind=kind, couple_id=c, party_size=2,
                              arrived_at=T0 + dt.timedelta(minutes=minutes), left_at=left,
                              note="过敏" if name == "dup_old" else "")
    hs = [insert("handover", outgoing_id=sid, terminal="counter-1", submitted_at=T0 + dt.timedelta(minutes=m),
                 status="open", snapshot="{}") for m in (0, 5)]
    insert("handover", outgoing_id=sid, terminal="counter-2", submitted_at=T0, status="open", snapshot="{}")
    d.close()
    return visits, hs


def test_upgrade_resolves_duplicates_and_adds_the_constraints(store_target):
    target = store_target
    visits, (h_old, h_new) = _old_database_with_duplicates(target)
    d = dbmod.open_database(target)
    try:
        assert dbmod.schema_version() >= "0016_one_open"
        rows = {vid: (left, note) for vid, left, note in
                d.execute_sql("SELECT id, left_at, note FROM visit").fetchall()}
        left, note = rows[visits["dup_old"]]
        assert left is not None and str(left)[:16] == "2026-11-20 09:01"  # closed when the newer one arrived
        assert note.startswith("过敏\n") and f"#{visits['dup_new']}" in note  # what was there is kept
        for kept in ("dup_new", "visitor", "alone"):
            assert rows[visits[kept]][0] is None
        status = dict(d.execute_sql("SELECT id, status FROM handover").fetchall())
        assert status[h_old] == "withdrawn" and status[h_new] == "open"
        assert sorted(status.values()) == ["open", "open", "withdrawn"]
        audit = d.execute_sql("SELECT action, record_id, after FROM audit_log WHERE operator_name = 'upgrade 0016' "
                              "ORDER BY action").fetchall()
        assert [(a, r) for a, r, _ in audit] == [("handover.upgrade_withdrew_duplicate", h_old),
                                                 ("visit.upgrade_closed_duplicate", visits["dup_old"])]
        assert json.loads(audit[1][2])["kept_open"] == visits["dup_new"]

        # from now on the database refuses what the services refuse
        with pytest.raises(pw.IntegrityError), d.atomic():
            d.execute_sql("INSERT INTO visit (kind, couple_id, party_size, arrived_at, note, guest_name) "
                          f"SELECT 'selection', couple_id, 2, arrived_at, '', '' FROM visit WHERE id = {visits['dup_new']}")
        with pytest.raises(pw.IntegrityError), d.atomic():
            d.execute_sql("INSERT INTO handover (outgoing_id, terminal, submitted_at, status, snapshot, remark) "
                          f"SELECT outgoing_id, terminal, submitted_at, 'open', '{{}}', '' FROM handover WHERE id = {h_new}")
        # a visitor looking for the couple, a consultation and a finished visit are not the couple's open visit
        with d.atomic():
            d.execute_sql("INSERT INTO visit (kind, couple_id, party_size, arrived_at, note, guest_name) "
                          "SELECT k, couple_id, 1, arrived_at, '', '' FROM visit, "
                          f"(SELECT 'visitor' AS k UNION ALL SELECT 'consult') AS kinds WHERE id = {visits['dup_new']}")
        assert dbmod.apply_migrations() == []
    finally:
        dbmod.close_database()


def test_a_clean_old_database_upgrades_without_touching_anything(tmp_path):
    d = dbmod.make_database(str(tmp_path / "clean.db"))
    d.connect()
    Runner(d, directory=str(dbmod.MIGRATIONS_DIR)).up(target="0013_setup")
    d.close()
    d = dbmod.open_database(str(tmp_path / "clean.db"))
    try:
        assert d.execute_sql("SELECT count(*) FROM audit_log").fetchone()[0] == 0
        names = {r[0] for r in d.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
        assert {"visit_open_couple", "handover_open_terminal", "key_loan_open_locker"} <= names
    finally:
        dbmod.close_database()


def test_a_write_refused_by_the_constraint_gets_the_checks_message(ctx, couple, monkeypatch):
    """What a counter sees when the other counter's visit or handover was committed between its check and
    its write (see tests/core/test_two_counters.py for the real race): the same message as the check gives,
    and nothing half-saved."""
    from app.checkin import commands as checkin
    from app.checkin import queries as checkin_queries
    from app.checkin.models import Visit
    from app.core.errors import Conflict
    from app.handover import service as handover

    checkin.check_in_couple(ctx, couple.id)
    with pytest.raises(Conflict) as by_check:
        checkin.check_in_couple(ctx, couple.id, kind="selection")
    real = checkin_queries.open_visit_of
    missed = []  # the first check misses the other counter's visit, as in a race

    def racing_check(cid, *a):
        if not missed:
            missed.append(cid)
            return None
        return real(cid, *a)

    monkeypatch.setattr(checkin, "open_visit_of", racing_check)
    with pytest.raises(Conflict) as by_constraint:
        checkin.check_in_couple(ctx, couple.id, kind="selection")
    assert str(by_constraint.value) == str(by_check.value)
    assert isinstance(by_constraint.value.__cause__, pw.IntegrityError)  # the database refused, not the check
    assert Visit.select().where(Visit.couple == couple.id).count() == 1

    first = handover.submit(ctx, remark="一")
    with pytest.raises(Conflict) as by_check:
        handover.submit(ctx, remark="二")
    real_h = handover.open_handover
    missed_h = []

    def racing_pending(terminal):
        if not missed_h:
            missed_h.append(terminal)
            return None
        return real_h(terminal)

    monkeypatch.setattr(handover, "open_handover", racing_pending)
    with pytest.raises(Conflict) as by_constraint:
        handover.submit(ctx, remark="二")
    assert str(by_constraint.value) == str(by_check.value)
    assert isinstance(by_constraint.value.__cause__, pw.IntegrityError)
    assert handover.open_handover(ctx.terminal).id == first.id
