"""The app on PostgreSQL: a throwaway server (tests/pg_cluster.py), all migrations, a day at the counter
through the services, and the errors of a server that cannot be used. Skips when no server can start."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time

import peewee as pw
import pytest

from app.core import db as dbmod
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.errors import DatabaseUnavailable
from tests.pg_cluster import create_database, free_port, locale_collation

START = dt.datetime(2026, 11, 20, 9, 0)  # a Friday morning
def _last_migration() -> str:
    from app.core.db import MIGRATIONS_DIR

    return max((p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py")), key=lambda n: (int(n.split("_")[0]), n))


LAST_MIGRATION = _last_migration()
_names = itertools.count(1)


@pytest.fixture(scope="module")
def collation(pg_server):
    """The collation the test databases get: the server's glibc zh_CN/en_US (what initdb takes from a
    Chinese or English server) when it has one, else ICU zh-CN, else the cluster's C.UTF-8."""
    return locale_collation(pg_server)


@pytest.fixture
def pg_url(pg_server, collation):
    libc, icu = collation
    return create_database(pg_server, f"studio_{next(_names)}", icu_locale=icu, locale=libc)


@pytest.fixture
def pg(pg_url):
    database = dbmod.open_database(pg_url)
    yield database
    dbmod.close_database()


@pytest.fixture
def clock():
    return FixedClock(START)


@pytest.fixture
def ctx(pg, clock):
    from app.staff import service as staff

    c = AppContext(clock=clock)
    r = staff.add_staff(c, "王丽", ["receptionist"])
    staff.start_shift(c, r.id)
    return c


def test_migrations_apply_then_reapply_as_no_op(pg_url):
    database = dbmod.open_database(pg_url)
    try:
        assert isinstance(database, pw.PostgresqlDatabase)
        assert dbmod.schema_version() == LAST_MIGRATION
        assert dbmod.apply_migrations() == []
        indexes = dict(database.execute_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'key_loan'").fetchall())
        assert "WHERE (returned_at IS NULL)" in indexes["key_loan_open_locker"]
        assert "UNIQUE" in indexes["key_loan_open_locker"]
        collation = database.execute_sql(
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'search_term' AND column_name = 'term'").fetchone()[0]
        assert collation == "C"
        assert database.execute_sql("SELECT count(*) FROM station").fetchone()[0] == 15
        assert database.execute_sql("SELECT count(*) FROM complaint_category").fetchone()[0] == 12
    finally:
        dbmod.close_database()
    again = dbmod.open_database(pg_url)  # the next start-up of another counter PC
    try:
        assert dbmod.schema_version() == LAST_MIGRATION and dbmod.apply_migrations() == []
        assert again.execute_sql("SELECT count(*) FROM locker").fetchone()[0] == 30  # seeds not doubled
    finally:
        dbmod.close_database()


def test_a_day_at_the_counter(ctx, clock, pg):
    from app.checkin import commands as checkin
    from app.checkin import queries as checkin_queries
    from app.checkin.models import Couple, KeyLoan, Locker, SearchTerm
    from app.checkin.search import PREFIX_END, normalize_query
    from app.complaints import cases as complaint_cases
    from app.complaints import config as complaint_config
    from app.complaints import queries as complaint_queries
    from app.core.errors import Conflict
    from app.core.models import AuditLog
    from app.flow import board, machine
    from app.flow.models import Flow, FlowStep
    from app.staff import service as staff
    from app.staff.models import Shift

    # Staff and the shift.
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    artist = staff.add_staff(ctx, "赵敏", ["makeup_artist"])
    assert [s.name for s in staff.active_staff("makeup_artist")] == ["赵敏"]
    shift = staff.current_shift(ctx.terminal)
    assert shift is not None and shift.operator_id == ctx.operator_id and shift.started_at == START

    # Couples, including mixed Chinese/ASCII names and an emoji, and search by every kind of term.
    zw = checkin.create_couple(ctx, order_no="YL20261120-01", bride_name="张伟", groom_name="李明",
                               bride_phone="13812345678", groom_phone="13987654321", package="韩式经典套系",
                               shoot_date=START.date(), special_requests="新娘对睫毛胶过敏，请用无胶款。")
    anna = checkin.create_couple(ctx, order_no="YL20261121-02", bride_name="Anna张", groom_name="小美🌸",
                                 bride_phone="021-62345678", shoot_date=None)
    zwa = checkin.create_couple(ctx, order_no="YL20261119-03", bride_name="周文安", groom_name="Zwart",
                                bride_phone="13712340000", shoot_date=dt.date(2026, 11, 19))
    cases = {
        "张伟": [zw], "张": [zw], "伟": [zw], "zw": [zw, zwa], "ZW": [zw, zwa], "zwa": [zwa], "zhangwei": [zw],
        "z": [zw, zwa, anna], "13812345678": [zw], "138-1234-5678": [zw], "138": [zw], "5678": [zw, anna],
        "yl20261120-01": [zw], "YL2026112": [zw, anna], "yl202611": [zw, anna, zwa], "anna": [anna], "anna张": [anna],
        "小美": [anna], "xm": [anna], "xiaomei": [anna], "zz": [], "'; DROP TABLE couple; --": [],
    }
    terms = [t for (t,) in SearchTerm.select(SearchTerm.term).tuples()]
    for q, expected in cases.items():
        got = checkin_queries.search_couples(q)
        assert sorted(c.id for c in got) == sorted(c.id for c in expected), q
        # The range query returns exactly the terms a prefix test in Python finds.
        nq = normalize_query(q)
        in_range = sorted(t for (t,) in SearchTerm.select(SearchTerm.term).where(
            (SearchTerm.term >= nq) & (SearchTerm.term < nq + PREFIX_END)).tuples())
        assert in_range == sorted(t for t in terms if t.startswith(nq)), q
    # Newest shoot first, couples without a date last (NULLS LAST); an exact order number comes first.
    assert [c.id for c in checkin_queries.search_couples("z")] == [zw.id, zwa.id, anna.id]
    assert checkin_queries.search_couples("yl20261119-03")[0].id == zwa.id
    # The index serves the range (forbid the sequential scan to see the plan the index allows).
    with pg.atomic():
        pg.execute_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(r[0] for r in pg.execute_sql(
            "EXPLAIN SELECT couple_id FROM search_term WHERE term >= %s AND term < %s",
            ("zw", "zw" + PREFIX_END)).fetchall())
    assert "search_term_term" in plan, plan
    updated = checkin.update_couple(ctx, anna.id, groom_name="王强", expected_version=1)
    assert updated.version == 2 and checkin_queries.search_couples("xm") == [] and [c.id for c in checkin_queries.search_couples("wq")] == [anna.id]

    # Check-in starts the flow; the board shows the couple.
    clock.advance(minutes=5)
    visit = checkin.check_in_couple(ctx, zw.id, "shoot")
    flow = Flow.get(Flow.visit == visit.id)
    steps = machine.load_steps(flow.id)
    assert steps[0].station.code == "reception" and steps[0].state == "in_progress"
    assert steps[0].started_at == START + dt.timedelta(minutes=5)
    assert all(s.state == "planned" for s in steps[1:]) and any(s.optional for s in steps)
    assert checkin_queries.open_visit_of(zw.id).id == visit.id
    with pytest.raises(Conflict):
        checkin.check_in_couple(ctx, zw.id, "shoot")
    clock.advance(minutes=12)
    [row] = board.board_rows(ctx)
    assert row.couple_id == zw.id and row.total_minutes == 12 and row.special_requests.startswith("新娘")
    assert [r.visit.id for r in checkin_queries.in_store(ctx)] == [visit.id]
    makeup = next(s for s in steps if s.station.code == "makeup")
    assert FlowStep.get_by_id(makeup.id).due_date is None

    # Keys: one open loan per locker, refused by the service and by the store's partial unique index.
    loan = checkin.issue_key(ctx, visit.id, "07")
    assert [loan.id] == [k.loan_id for k in checkin_queries.keys_out(ctx)]
    assert "07" not in [lk.number for lk in checkin_queries.free_lockers()]
    with pytest.raises(Conflict):
        checkin.issue_key(ctx, visit.id, "07")
    locker = Locker.get(Locker.number == "07")
    with pytest.raises(pw.IntegrityError), pg.atomic():
        KeyLoan.create(locker=locker, visit=visit.id, issued_at=clock.now())
    assert KeyLoan.select().where(KeyLoan.returned_at.is_null()).count() == 1  # the store still works
    checkin.return_key(ctx, loan.id, "bar")
    again = checkin.issue_key(ctx, visit.id, "07")  # returned: the locker can be issued again
    assert again.id != loan.id and KeyLoan.get_by_id(loan.id).lost is False

    # A complaint: intake with its deadlines, then the listing.
    cat = next(c for c in complaint_config.categories() if c.name == "化妆")
    case = complaint_cases.create_complaint(
        ctx, complainant="张伟", channel="phone", contact="138 1234 5678", category_id=cat.id,
        description="睫毛胶过敏，眼睛红", reported_to_id=boss.id, reported_at=clock.now(), couple_id=zw.id,
        responsible_id=artist.id, promised_reply_at=clock.now() + dt.timedelta(hours=3), wants="重新化妆并道歉")
    assert case.case_no == "KS-20261120-001"
    assert complaint_cases.create_complaint(ctx, complainant="李女士", channel="counter", category_id=cat.id,
                               description="等太久", reported_to_id=boss.id,
                               reported_at=clock.now()).case_no == "KS-20261120-002"
    rows = complaint_queries.list_cases(ctx, "open")
    assert [r.case_no for r in rows] == ["KS-20261120-001", "KS-20261120-002"]  # by next deadline
    assert rows[0].couple_names == zw.names and rows[0].contact_masked == "138****5678"
    assert rows[0].deadline("reply").due == clock.now() + dt.timedelta(hours=3)
    assert [r.id for r in complaint_queries.list_cases(ctx, "open", text="张伟")] == [case.id]
    assert complaint_queries.get_case_by_number(ctx, "ks-20261120-001").id == case.id
    assert complaint_queries.overdue_count(ctx) == 0
    clock.advance(hours=4)
    assert complaint_queries.overdue_count(ctx) == 1

    # Check-out ends the day; the board is empty, the audit trail has every write.
    checkin.return_key(ctx, again.id, "counter")
    checkin.check_out(ctx, visit.id)
    assert board.board_rows(ctx) == []
    actions = [a for (a,) in AuditLog.select(AuditLog.action).order_by(AuditLog.id).tuples()]
    for action in ("staff.add", "shift.start", "couple.create", "couple.update", "visit.check_in", "flow.start",
                   "key.issue", "key.return", "complaint.create"):
        assert action in actions, action
    first = AuditLog.select().where(AuditLog.action == "couple.create").order_by(AuditLog.id).first()
    assert first.operator_name == "王丽" and first.at == START and json.loads(first.after)["order_no"] == zw.order_no
    assert Couple.select().count() == 3 and Shift.select().count() == 1


def test_locale_collation_is_why_the_column_is_c(pg, collation):
    """Without COLLATE "C" a glibc locale drops most prefix matches (ICU keeps them, C has no issue)."""
    libc, _icu = collation
    if libc is None:
        pytest.skip("the server has no glibc UTF-8 locale to compare with")
    q, bound = "zw", "zw" + "\U0010ffff"
    sql = "SELECT count(*) FROM (VALUES ('zwa'), ('zw-x'), ('zw1')) AS t(term) WHERE {t} >= %s AND {t} < %s"
    assert pg.execute_sql(sql.format(t="term"), (q, bound)).fetchone()[0] < 3
    assert pg.execute_sql(sql.format(t='term COLLATE "C"'), (q, bound)).fetchone()[0] == 3


def test_dropped_connection_is_reopened_at_the_next_action(ctx, pg_server, pg):
    """A server restart or network cut drops every counter's connection: the action that meets the
    broken connection fails with a plain reason, the next one works on a fresh connection."""
    import psycopg

    from app.checkin import commands as checkin
    from app.checkin import queries as checkin_queries
    from app.checkin.models import Couple

    def cut() -> None:
        with psycopg.connect(f"{pg_server}/postgres", autocommit=True, connect_timeout=5) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                          (pg.database,))

    cut()
    try:
        Couple.select().count()
    except pw.OperationalError as exc:
        assert dbmod.describe_db_error(exc) == "unreachable"
    assert Couple.select().count() == 0
    cut()
    with pytest.raises(pw.OperationalError), pg.atomic():  # a write meeting the cut fails whole
        Couple.select().count()
    c = checkin.create_couple(ctx, order_no="R-1", bride_name="林娜", groom_name="许超", bride_phone="13800000000")
    assert [x.id for x in checkin_queries.search_couples("ln")] == [c.id]


def test_unreachable_server_is_a_plain_reason():
    url = f"postgresql://studio:secret@127.0.0.1:{free_port()}/studio"  # nothing listens there
    t = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database(url)
    assert time.monotonic() - t < 10
    assert str(e.value) == "unreachable"
    assert "secret" not in str(e.value)


def test_url_problems_are_plain_reasons(pg_server):
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database(f"{pg_server}/no_such_database")
    assert str(e.value) == "no-database"
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database(pg_server.replace("postgres@", "nobody_here@") + "/postgres")
    assert str(e.value) == "login"
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database("postgresql://studio:secret@127.0.0.1:1/")  # no database name
    assert str(e.value) == "no-database"
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database("mssql://sa@127.0.0.1/studio")
    assert "\n" not in str(e.value) and "mssql" in str(e.value)


def test_reasons_have_their_own_texts():
    """Each reason has its own sentence (its Chinese is checked by test_i18n), not the generic fallback."""
    from ui.common.errors import db_problem_text

    generic = db_problem_text("some driver text")
    for reason in ("unreachable", "login", "no-database"):
        text = db_problem_text(reason)
        assert text != generic.replace("some driver text", reason) and reason not in text.split(), text
    refused = pw.OperationalError(
        'connection failed: connection to server at "10.0.0.9", port 5432 failed: Connection refused\n'
        '\tIs the server running on that host and accepting TCP/IP connections?')
    assert dbmod.describe_db_error(refused) == "unreachable"
    # what psycopg says when the server cut the connection, depending on where the cut meets it
    for cut in ("connection socket closed", "consuming input failed: server closed the connection unexpectedly",
                "terminating connection due to administrator command"):
        assert dbmod.describe_db_error(pw.OperationalError(cut)) == "unreachable", cut
    odd = dbmod.describe_db_error(pw.ProgrammingError('relation "role" does not exist\nLINE 1: SELECT'))
    assert odd == 'relation "role" does not exist LINE 1: SELECT'  # one line, not mistaken for a login
