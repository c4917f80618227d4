from PySide6.QtCore import QCoreApplication


def test_five_tabs_in_chinese(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["签到", "流程", "客怨", "打印", "交接班"]
    assert window.operator_label.text() == "当班：王丽"
    assert QCoreApplication.translate("Errors", "Database problem") == "数据库问题"


def test_about_shows_schema_version(window):
    assert "0001_core" in window.about_text() or "00" in window.about_text()


def test_screenshot_writes_one_png_per_tab(window, tmp_path):
    paths = window.screenshot_all(tmp_path)
    assert len(paths) == 5 and all(p.stat().st_size > 1000 for p in paths)


def test_complaint_print_button_opens_the_register_preview(window, ctx, monkeypatch):
    calls = []
    monkeypatch.setattr("ui.printing.preview.preview_complaint", lambda parent, c, cid: calls.append(cid))
    window.complaints_tab.print_requested.emit(7)
    assert calls == [7]


def test_status_counters_shown_from_the_start(qtbot, ctx, couple, clock):
    from PySide6.QtWidgets import QApplication

    from app.checkin import commands as checkin
    from ui.application import setup_look
    from ui.main_window import MainWindow

    setup_look(QApplication.instance())
    checkin.check_in_couple(ctx, couple.id)
    clock.advance(minutes=20)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.timer.stop()
    # Computed off the UI thread as soon as the window runs, for tabs that were never built too.
    qtbot.waitUntil(lambda: w.status_text("checkin_waiting") == "无人接待 1 组", timeout=10_000)
    assert set(w.built_tabs()) == {"checkin"}
