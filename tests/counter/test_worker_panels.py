"""The periodic refresh keeps the UI thread free (issue #12): the check-in tab's panels, the complaints tab and
the print tab read in the window's worker and show what it read; the handover blocks size their rows from
the font's metrics and leave an unchanged block alone."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

WITHIN_MS = 5_000


def spy(monkeypatch, module, name: str) -> list[int]:
    """Record the thread each call of ``module.name`` runs on (the call itself unchanged)."""
    threads: list[int] = []
    real = getattr(module, name)

    def recorded(*a, **k):
        threads.append(threading.get_ident())
        return real(*a, **k)

    monkeypatch.setattr(module, name, recorded)
    return threads


def periodic(qtbot, window, tab) -> None:
    """The window's timer path for the shown tab: returns at once, the result applied when it arrives."""
    applied = tab.applied
    window.refresh_current()
    assert window.refreshing()
    qtbot.waitUntil(lambda: not window.refreshing() and tab.applied == applied + 1, timeout=WITHIN_MS)


def test_the_check_in_panels_read_in_the_worker_and_show_it(qtbot, window, ctx, couple, monkeypatch):
    import ui.aftercare.lostfound_panel as lostfound_module
    import ui.appointments.panel as panel_module
    import ui.appointments.phone_log as phone_module
    from app.appointments import service as appts

    tab = window.checkin_tab
    window.stop_live()
    panel = tab.expected_panel
    assert panel is not None and panel.rows() == []
    appts.create_appointment(ctx, dt.datetime(2026, 11, 20, 15, 0), "selection", couple_id=couple.id)
    reads = [spy(monkeypatch, panel_module, "expected_data"), spy(monkeypatch, lostfound_module, "lost_found_data"),
             spy(monkeypatch, phone_module, "phone_log_data")]
    periodic(qtbot, window, tab)
    ui_thread = threading.get_ident()
    for threads in reads:
        assert threads and all(t != ui_thread for t in threads)
    assert [r.id for r in panel.rows()] == [r.id for r in appts.expected_today(ctx)] and len(panel.rows()) == 1


def test_a_day_picked_meanwhile_is_not_overwritten_by_todays_read(qtbot, window, ctx, couple):
    from app.appointments import service as appts

    tab = window.checkin_tab
    window.stop_live()
    panel = tab.expected_panel
    appts.create_appointment(ctx, dt.datetime(2026, 11, 20, 15, 0), "selection", couple_id=couple.id)
    job = tab.refresh_job()  # read while today is shown
    panel.show_day(1)  # then she looks at tomorrow
    assert panel.rows() == []
    tab.apply_refresh(job[0](*job[1]))
    assert panel.rows() == [] and panel.offset == 1  # today's result is not shown under tomorrow's title


@pytest.fixture
def boss(ctx):
    from app.staff import service as staff

    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"])


def test_the_complaints_tab_reads_in_the_worker_and_shows_a_new_case(qtbot, window, ctx, boss, monkeypatch):
    import ui.complaints.tab as complaints_module
    from app.complaints import cases, config

    tab = window.complaints_tab
    window.tabs.setCurrentWidget(tab)
    window.stop_live()
    assert tab.model.rowCount() == 0
    c = cases.create_complaint(ctx, complainant="张伟", channel="counter", category_id=config.categories()[0].id,
                               description="等了很久", reported_to_id=boss.id, reported_at=ctx.now())
    threads = spy(monkeypatch, complaints_module, "complaints_data")
    status: dict[str, str] = {}
    tab.statusChanged.connect(lambda k, t: status.__setitem__(k, t))
    periodic(qtbot, window, tab)
    assert threads and threads[0] != threading.get_ident()
    assert [r.id for r in tab.model.rows()] == [c.id]
    assert "1" in tab.summary.text()
    assert "complaints_overdue" in status


def test_the_print_tab_reads_in_the_worker_and_keeps_what_she_typed_since(qtbot, window, ctx, couple, monkeypatch):
    import ui.printing.tab as print_module
    from app.checkin import commands as checkin

    tab = window.print_tab
    window.tabs.setCurrentWidget(tab)
    window.stop_live()
    tab.search.setText("YL2026")
    tab.search.flush()
    assert tab.model.rowCount() == 1
    checkin.create_couple(ctx, order_no="YL20261120-02", bride_name="赵敏", groom_name="周强",
                          bride_phone="13800000009", shoot_date=ctx.today())
    threads = spy(monkeypatch, print_module, "print_data")
    periodic(qtbot, window, tab)
    assert threads and threads[0] != threading.get_ident()
    assert tab.model.rowCount() == 2
    assert "2" in tab.day_count.text()
    job = tab.refresh_job()
    tab.search.setText("YL20261120-01")
    tab.search.flush()
    tab.apply_refresh(job[0](*job[1]))  # read for "YL2026": older than what she typed since
    assert tab.model.rowCount() == 1


def test_a_handover_block_fits_wrapped_rows_and_leaves_an_unchanged_block_alone(qtbot):
    from ui.handover.report_blocks import BlockRow, ReportBlock

    block = ReportBlock("testBlock")
    qtbot.addWidget(block)
    block.resize(420, 400)
    block.show()
    long_text = "新娘对睫毛胶过敏，请用无胶款；" * 8
    rows = [BlockRow(["09:00", "张伟", "短"]), BlockRow(["10:00", "李明", long_text], alert=True)]
    block.set_content("Title", ["When", "Who", "What"], rows)
    qtbot.waitUntil(lambda: block.view.columnWidth(2) > 0)
    vh = block.view.verticalHeader()
    assert vh.sectionSize(0) == vh.defaultSectionSize()
    assert vh.sectionSize(1) > 2 * vh.defaultSectionSize() - 10  # the long text wraps over several lines
    fm = block.view.fontMetrics()
    for c in (0, 1):  # the short columns show their whole text
        assert block.view.columnWidth(c) >= max(fm.horizontalAdvance(r.cells[c]) for r in rows)
    assert block.view.height() >= vh.length()  # every row shown, no scroll bar of its own
    resets: list[int] = []
    block.model.modelReset.connect(lambda: resets.append(1))
    block.set_content("Title", ["When", "Who", "What"], list(rows))
    assert resets == []
    block.set_content("Title", ["When", "Who", "What"], rows[:1])
    assert resets == [1] and block.model.rowCount() == 1 and vh.sectionSize(0) == vh.defaultSectionSize()
