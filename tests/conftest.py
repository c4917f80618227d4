"""Shared fixtures: a real SQLite file under tmp_path, an injected clock, an operator on shift."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app import db as dbmod  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.context import AppContext  # noqa: E402

START = dt.datetime(2026, 11, 20, 9, 0)  # a Friday morning


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "studio.db"


@pytest.fixture
def database(db_path):
    d = dbmod.open_database(str(db_path))
    yield d
    dbmod.close_database()


@pytest.fixture
def clock():
    return FixedClock(START)


@pytest.fixture
def ctx(database, clock):
    from app import staff

    c = AppContext(clock=clock)
    r = staff.add_staff(c, "王丽", ["receptionist"])
    staff.start_shift(c, r.id)
    return c


@pytest.fixture
def couple(ctx):
    from app import checkin

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
    return w
