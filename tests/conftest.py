"""Shared fixtures: a real SQLite file under tmp_path (or PostgreSQL, see ``database``), an injected clock,
an operator on shift."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.core import db as dbmod
from app.core.clock import FixedClock
from app.core.context import AppContext

START = dt.datetime(2026, 11, 20, 9, 0)  # a Friday morning


@pytest.fixture(scope="session", autouse=True)
def connected_areas():
    """The areas connected as the app and the CLI connect them (app.wiring)."""
    from app.wiring import connect_areas

    connect_areas()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "studio.db"


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the session (see tests/pg_cluster.py); skips when impossible."""
    from tests.pg_cluster import Unavailable, cluster

    try:
        with cluster() as url:
            yield url
    except Unavailable as exc:
        if os.environ.get("STUDIO_TEST_PG_REQUIRED") == "1":
            pytest.fail(f"no PostgreSQL server (STUDIO_TEST_PG_REQUIRED=1): {exc}", pytrace=False)
        pytest.skip(f"no PostgreSQL server: {exc}")


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory):
    """One SQLite file migrated once for the session; each test's ``database`` starts from a copy of it
    (migrating a fresh file costs ~0.2 s, a copy ~1 ms). Opening the copy still runs ``open_database`` in
    full: pending migrations (none) and the settings upgrade."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    d = dbmod.open_database(str(path))
    d.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close_database()
    return path


@pytest.fixture(scope="session")
def _pg_template(pg_server):
    """A database on the throwaway server migrated once; each test's database is CREATE DATABASE … TEMPLATE
    of it (a copy, no migration per test). Only for the cluster's default collation."""
    from tests.pg_cluster import create_database

    url = create_database(pg_server, "t_template")
    dbmod.open_database(url)
    dbmod.close_database()
    return "t_template"


@pytest.fixture
def database(request, db_path):
    """The store every service test runs on: an SQLite file, or with STUDIO_TEST_DB=postgresql a fresh
    database on a throwaway PostgreSQL server (``STUDIO_TEST_DB=postgresql uv run pytest``;
    STUDIO_TEST_PG_LOCALE=zh_CN.UTF-8 or STUDIO_TEST_PG_ICU=zh-CN gives it that collation). The
    databases go with the server at the end of the session."""
    if os.environ.get("STUDIO_TEST_DB", "sqlite") == "postgresql":
        from tests.pg_cluster import create_database

        server = request.getfixturevalue("pg_server")
        name = f"t_{next(_PG_DB_NUMBERS)}"
        icu, locale = os.environ.get("STUDIO_TEST_PG_ICU"), os.environ.get("STUDIO_TEST_PG_LOCALE")
        template = None if (icu or locale) else request.getfixturevalue("_pg_template")
        d = dbmod.open_database(create_database(server, name, icu_locale=icu, locale=locale, template=template))
    else:
        shutil.copyfile(request.getfixturevalue("_migrated_sqlite"), db_path)
        d = dbmod.open_database(str(db_path))
    yield d
    dbmod.close_database()


_PG_DB_NUMBERS = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """Where a test opens its own store, once on each backend: an SQLite file path, then a fresh database URL
    on the throwaway PostgreSQL server (skipped when none can start). For tests that migrate from an old
    schema or start several processes on one store."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    from tests.pg_cluster import create_database

    return create_database(request.getfixturevalue("pg_server"), f"s_{next(_PG_DB_NUMBERS)}")


@pytest.fixture
def clock():
    return FixedClock(START)


@pytest.fixture
def ctx(database, clock):
    from app.staff import service as staff

    c = AppContext(clock=clock)
    r = staff.add_staff(c, "王丽", ["receptionist"])
    staff.start_shift(c, r.id)
    return c


@pytest.fixture
def couple(ctx):
    from app.checkin import commands as checkin

    return checkin.create_couple(ctx, order_no="YL20261120-01", bride_name="张伟", groom_name="李明",
                                 bride_phone="13812345678", groom_phone="13987654321", package="韩式经典套系",
                                 shoot_date=START.date(), special_requests="新娘对睫毛胶过敏，请用无胶款。")


@pytest.fixture
def window(qtbot, ctx):
    """The real main window on the test database, with the bundled font and Chinese translations."""
    from PySide6.QtWidgets import QApplication

    from ui.application import setup_look
    from ui.main_window import MainWindow

    setup_look(QApplication.instance())
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.timer.stop()
    yield w
    _stop_window(w)


def _stop_window(w) -> None:
    """No timer or background job of a finished test's window keeps working on the next test's store."""
    import shiboken6

    from ui.common.worker import wait_for_background

    if shiboken6.isValid(w):
        w.stop_live()
    wait_for_background()


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path_factory):
    """Each test's remembered window state (ui.common.remember) lives in its own folder: nothing from the
    developer's own settings, nothing from the previous test."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _app_language(request):
    """The language each test sees, whatever ran before it: a test that drives widgets sees the app's default
    UI (Simplified Chinese, as a counter PC starts); every other test sees the source strings. Nothing is left
    installed afterwards, and the default locale is put back."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.core.i18n import remove_translators

    locale = QLocale()
    names = request.fixturenames
    if "qtbot" in names or "window" in names or "qapp" in names:
        from PySide6.QtWidgets import QApplication

        from app.core.i18n import install_translators

        install_translators(QApplication.instance() or request.getfixturevalue("qapp"))
    yield
    app = QCoreApplication.instance()
    if app is not None:
        remove_translators(app)
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _delete_widgets_after_each_test():
    """Widgets a test leaves behind (main windows with 30 s and 60 s timers, tabs listening to the process-wide
    privacy signal) are deleted before the next test, so none of them keeps working on a closed database."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for w in QApplication.topLevelWidgets():
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_collection_modifyitems(config, items):
    """With STUDIO_TEST_DB=postgresql only the tests that run on the ``database`` store and drive no widgets run
    (the app's services on PostgreSQL): the UI tests, the pure ones and the ones that start their own stores
    (both backends already, see ``store_target``) have run in the SQLite pass."""
    if os.environ.get("STUDIO_TEST_DB", "sqlite") != "postgresql":
        return
    keep, drop = [], []
    for item in items:
        names = getattr(item, "fixturenames", ())
        ui = "qtbot" in names or "window" in names or "qapp" in names
        sqlite_only = item.get_closest_marker("sqlite_only") is not None
        (keep if "database" in names and not ui and not sqlite_only else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
