"""The print tab and the reusable preview, on real widgets (offscreen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.checkin import commands as checkin
from app.printing.options import PAPER
from tests.print_util import page_texts, reader, squash
from ui.printing.preview import PdfPreview, PrintPreviewDialog, preview_flow_sheet


def _tab(window):
    from ui.printing.tab import PrintTab

    tab = window.print_tab
    assert isinstance(tab, PrintTab)
    return tab


def _search(tab, text: str) -> None:
    tab.search.clear()
    tab.search.insert(text)
    tab.search.flush()


def test_find_a_couple_and_preview_its_sheet(window, couple, qtbot, qtmodeltester):
    tab = _tab(window)
    window.tabs.setCurrentWidget(tab)
    assert not tab.preview.print_button.isEnabled()
    _search(tab, "张")
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1
    assert tab.preview.page_count() == 1  # a single match is previewed at once
    assert tab.preview.print_button.isEnabled() and tab.preview.save_button.isEnabled()
    assert "YL20261120-01" in tab.preview.title_label.text()
    text = squash(page_texts(tab.preview.pdf_bytes())[0])
    assert "张伟" in text and "拍照流程表" in text  # the window runs in Chinese
    _search(tab, "nobody-here")
    assert tab.model.rowCount() == 0
    assert "nobody-here" in tab.hint.text()


def test_scanned_order_number_and_paper(window, couple, ctx, qtbot):
    other = checkin.create_couple(ctx, order_no="YL20261120-02", bride_name="王芳", groom_name="赵强",
                                  bride_phone="13700001111", shoot_date=dt.date(2026, 11, 20))
    tab = _tab(window)
    _search(tab, "YL20261120-02")
    tab.search.submitted.emit("YL20261120-02")
    assert tab.model.row_at(0).id == other.id
    assert tab.preview.page_count() == 1
    tab.paper.setCurrentIndex(tab.paper.findData("A5"))
    assert PAPER.get() == "A5"
    box = reader(tab.preview.pdf_bytes()).pages[0].mediabox
    assert round(float(box.width)) == 420  # A5 portrait, rebuilt at once
    tab.paper.setCurrentIndex(tab.paper.findData("A4"))


def test_day_sheets_with_progress(window, couple, ctx, qtbot):
    checkin.create_couple(ctx, order_no="YL20261120-02", bride_name="王芳", groom_name="赵强",
                          bride_phone="13700001111", shoot_date=dt.date(2026, 11, 20))
    tab = _tab(window)
    tab.date_edit.setDate(QDate(2026, 11, 20))
    tab.refresh()  # the couple was booked after the tab was built: the refresh timer picks it up
    assert "2" in tab.day_count.text() and tab.day_button.isEnabled()
    assert tab.show_day()
    assert tab.preview.page_count() == 2
    tab.date_edit.setDate(QDate(2026, 12, 25))
    assert not tab.day_button.isEnabled()


def test_save_as_pdf_and_unwritable_path(window, couple, qtbot, tmp_path, monkeypatch):
    tab = _tab(window)
    _search(tab, "YL20261120-01")
    target = tmp_path / "sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    assert tab.preview.save_as() == str(target) + ".pdf"
    assert (tmp_path / "sheet.pdf").read_bytes() == tab.preview.pdf_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "x.pdf"), "PDF"))
    assert tab.preview.save_as() == ""
    assert warnings and "x.pdf" in warnings[0]


def test_print_renders_the_same_pages_onto_the_printer(window, couple, qtbot, tmp_path, monkeypatch):
    tab = _tab(window)
    _search(tab, "YL20261120-01")
    out = tmp_path / "printed.pdf"

    def fake_printer(self):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        p.setFullPage(True)
        return p

    monkeypatch.setattr(PdfPreview, "ask_printer", fake_printer)
    with qtbot.waitSignal(tab.preview.printed) as sig:
        assert tab.preview.print_pdf() == 1
    assert sig.args == [1]
    assert len(reader(out.read_bytes()).pages) == 1
    monkeypatch.setattr(PdfPreview, "ask_printer", lambda self: None)  # cancelled in the dialog
    assert tab.preview.print_pdf() == 0


def test_preview_dialog_for_other_tabs(window, couple, ctx, qtbot):
    dlg = preview_flow_sheet(window, ctx, couple.id)
    assert isinstance(dlg, PrintPreviewDialog)
    qtbot.addWidget(dlg)
    assert dlg.preview.page_count() == 1
    assert "YL20261120-01" in dlg.windowTitle()
    dlg.close()


def test_screenshot_shows_a_preview(window, couple, qtbot, tmp_path):
    tab = _tab(window)
    window.tabs.setCurrentWidget(tab)
    tab.prepare_screenshot()
    assert tab.preview.page_count() == 1
    assert tab.preview._ink_on_screen(), "the preview shows the rendered page"
    assert tab.preview.stack.currentWidget() is tab.preview.view
    tab.refresh()  # the 30 s refresh keeps the preview (no rebuild, no reset)
    assert tab.preview.page_count() == 1


def test_day_sheets_cancel_leaves_the_preview_alone(window, couple, qtbot, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    tab = _tab(window)
    _search(tab, "YL20261120-01")
    before = tab.preview.pdf_bytes()
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    tab.date_edit.setDate(QDate(2026, 11, 20))
    assert tab.show_day() is False
    assert tab.preview.pdf_bytes() == before
