"""The screens added after the main window's tabs fit the counter's 1366×768 too, in Chinese and in English, on
the demo: every settings page, the day book, tomorrow's confirmations and their reschedule dialog, the complaint
case with its evidence strip, the monthly review, the rounds dialog, the lost-and-found dialogs, and the
lost-and-found and to-look-after pages of the check-in tab. Nothing cut, no dialog larger than the screen, no
tab behind scroll arrows, no field hint cut."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.i18n import install_translators
from tests.fit_util import dialog_fit_problems, each_page
from tests.test_fits_and_remembers import COUNTER_SCREEN, SATURDAY

DEMO_PIN = "1234"  # app/staff/demo.py


@pytest.fixture
def demo_ctx(database) -> AppContext:
    from app.demo import fill_demo
    from app.staff.service import current_shift

    ctx = AppContext(clock=FixedClock(SATURDAY))
    fill_demo(ctx)
    shift = current_shift(ctx.terminal)
    if shift is not None:
        ctx.operator_id = shift.operator_id
    return ctx


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _problems(qtbot, w: QWidget, name: str) -> list[str]:
    """Show ``w`` at the size it opens at; every page of its tab widgets in turn; what does not fit."""
    qtbot.addWidget(w)
    w.show()
    _settle()
    out: list[str] = []
    for _ in each_page(w):
        _settle()
        out += [f"{name}: {p}" for p in dialog_fit_problems(w, COUNTER_SCREEN) if f"{name}: {p}" not in out]
    return out


@pytest.fixture
def language(request) -> Iterator[str]:
    from ui.application import setup_look

    app = QApplication.instance()
    setup_look(app, request.param)
    yield request.param
    install_translators(app, "zh_CN")


def _acting(ctx):
    from app.staff.models import Staff
    from ui.common.pin_dialog import Acting

    boss = Staff.get(Staff.name == "杨总")
    return Acting(ctx, boss.id, DEMO_PIN)


def _settings(ctx) -> QWidget:
    from ui.settings.dialog import SettingsDialog

    return SettingsDialog(_acting(ctx))


def _day_book(ctx) -> QWidget:
    from ui.appointments.day_view import DayViewDialog

    return DayViewDialog(ctx, ctx.today())


def _confirmations(ctx) -> QWidget:
    from ui.appointments.confirmations import ConfirmationsDialog

    return ConfirmationsDialog(ctx)


def _rounds(ctx) -> QWidget:
    from app.flow import rounds
    from ui.flow.rounds_panel import RoundDialog

    guests = rounds.waiting_guests(ctx)
    assert guests, "the demo has guests waiting for a round"
    return RoundDialog(ctx, guests[0])


def _reschedule(ctx) -> QWidget:
    from ui.appointments.confirmations import ConfirmationsPage, OutcomeDialog

    page = ConfirmationsPage(ctx)
    rows = page.rows()
    assert rows, "the demo has appointments to confirm tomorrow"
    return OutcomeDialog(ctx, rows[0], "rescheduled", rows[0].starts_at.date(), "")


def _lend(ctx) -> QWidget:
    from ui.aftercare.lostfound_panel import LendDialog

    return LendDialog(ctx, None, "")


def _found(ctx) -> QWidget:
    from ui.aftercare.lostfound_panel import FoundDialog

    return FoundDialog(ctx)


def _claim(ctx) -> QWidget:
    from app.aftercare import lostfound
    from ui.aftercare.lostfound_panel import ClaimDialog

    items = lostfound.found_items(ctx)
    assert items, "the demo has found items waiting"
    return ClaimDialog(ctx, items[0])


SCREENS: dict[str, Callable] = {
    "settings": _settings,
    "day book": _day_book,
    "confirmations": _confirmations,
    "reschedule": _reschedule,
    "round": _rounds,
    "lend": _lend,
    "found": _found,
    "claim": _claim,
}


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_dialogs_fit(qtbot, demo_ctx, language):
    problems: list[str] = []
    for name, build in SCREENS.items():  # one demo for all (filling it is the slow part)
        dlg = build(demo_ctx)
        problems += _problems(qtbot, dlg, name)
        dlg.close()
    assert problems == []


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_complaint_cases_fit_with_their_evidence(qtbot, demo_ctx, language):
    from app.complaints.models import Complaint
    from ui.complaints.case import ComplaintCaseDialog

    problems: list[str] = []
    ids = [c.id for c in Complaint.select(Complaint.id).order_by(Complaint.id)]
    assert ids
    with_evidence = 0
    for cid in ids:
        dlg = ComplaintCaseDialog(demo_ctx, cid)
        problems += _problems(qtbot, dlg, f"case {cid}")
        with_evidence += dlg.evidence.list.isVisible() and dlg.evidence.list.count() > 0
        dlg.close()
    assert with_evidence, "a case with its evidence strip filled was looked at"
    assert problems == []


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_monthly_review_fits(qtbot, demo_ctx, language):
    from ui.handover.monthly_review import MonthlyReviewDialog

    dlg = MonthlyReviewDialog(_acting(demo_ctx))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.view.load()
    qtbot.waitUntil(lambda: dlg.view.current is not None, timeout=10_000)
    assert _problems(qtbot, dlg, "monthly review") == []


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_checkin_pages_fit(qtbot, demo_ctx, language):
    """Lost & found and to-look-after, pages of the check-in tab's lower tabs, in the counter's window."""
    from ui.main_window import MainWindow

    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.timer.stop()
    w.resize(*COUNTER_SCREEN)
    w.show()
    qtbot.waitUntil(lambda: w.filled("checkin") and not w.refreshing(), timeout=10_000)
    w.tabs.setCurrentIndex(0)
    tab = w.checkin_tab
    problems: list[str] = []
    for page in (tab.lost_found, tab.rounds_panel):
        tab.lower.setCurrentWidget(page)
        _settle()
        assert page.isVisible()
        problems += [f"{page.objectName()}: {p}" for p in dialog_fit_problems(page, COUNTER_SCREEN)]
    assert problems == []


def test_the_checks_can_fail(qtbot, demo_ctx):
    """Each of the added checks reports what it is for (a planted long text, a dialog made too tall)."""
    from ui.settings.dialog import SettingsDialog

    dlg = SettingsDialog(_acting(demo_ctx))
    assert _problems(qtbot, dlg, "settings") == []
    dlg.tabs.setTabText(0, "影楼信息" * 30)  # a title too long for the bar: the last tabs go out of sight
    _settle()
    assert any("out of sight" in p for p in dialog_fit_problems(dlg, COUNTER_SCREEN))
    dlg.tabs.setTabText(0, "影楼信息")
    leads = dlg.show_page("leads")
    _settle()
    field = leads.findChild(QLineEdit, "newEntry")
    field.setPlaceholderText("一个新的来源，例如抖音、快手、视频号、朋友圈广告、美团、高德地图" * 3)
    assert any("hint" in p for p in dialog_fit_problems(dlg, COUNTER_SCREEN))
    field.setPlaceholderText("")
    dlg.resize(dlg.width(), 800)  # the complaint case used to open at 1180×800
    _settle()
    assert any("the screen has" in p for p in dialog_fit_problems(dlg, COUNTER_SCREEN))
