"""The complaint register (投诉登记表) of one case (when the complaints area is installed)."""

from __future__ import annotations

import datetime as dt

import pytest

import main
from app.staff import service as staff
from tests.print_util import embedded_fonts, page_texts, squash

pytest.importorskip("app.complaints")
from app.complaints import cases, config, queries

START = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def case(ctx, couple, clock):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    cat = config.categories()[0]
    c = cases.create_complaint(ctx, complainant="张伟", channel="phone", contact="138 1234 5678", category_id=cat.id,
                            description="睫毛胶过敏，眼睛红肿，" * 20, reported_to_id=boss.id, reported_at=START,
                            couple_id=couple.id, wants="重新化妆并道歉", promised_reply_at=START + dt.timedelta(hours=3))
    clock.set(START + dt.timedelta(hours=1))
    cases.record_investigation(ctx, c.id, "化妆师确认用了普通睫毛胶", customer_told=True)
    clock.set(START + dt.timedelta(hours=30))  # the daily feedback is now overdue
    return c


def test_register_has_intake_deadlines_log_and_signatures(ctx, case, qapp):
    from app.printing.complaint_form import complaint_pdf

    data = complaint_pdf(ctx, case.id)
    text = squash("".join(page_texts(data)))
    for needle in (case.case_no, "张伟", "138****5678", "睫毛胶过敏，眼睛红肿，", "重新化妆并道歉", "YL20261120-01",
                   "化妆师确认用了普通睫毛胶", "黄蓉", "王丽"):
        assert squash(needle) in text, needle
    assert "13812345678" not in text
    for d in queries.get_case(ctx, case.id).deadlines:
        assert squash(d.label) in text
    assert "OVERDUE" in text or "已逾期" in text
    fonts = embedded_fonts(data)
    assert any("WenQuanYi" in n and "/FontFile2" in fonts[n] for n in fonts)


def test_cli_complaint(ctx, case, db_path, tmp_path, qapp, capsys):
    out = tmp_path / "case.pdf"
    assert main.main(["--db", str(db_path), "print", "complaint", case.case_no.lower(), "-o", str(out)]) == 0
    assert case.case_no in squash(page_texts(out.read_bytes())[0])
    assert main.main(["--db", str(db_path), "print", "complaint", "KS-1999", "-o", str(tmp_path / "n.pdf")]) == 1
    err = capsys.readouterr().err
    assert "KS-1999" in err and not (tmp_path / "n.pdf").exists()


def test_print_tab_and_preview_dialog(window, ctx, case, qtbot, qtmodeltester):
    from ui.printing.preview import preview_complaint

    tab = window.print_tab
    assert tab.complaint_model is not None
    tab.kinds.setCurrentIndex(1)
    assert not tab.paper.isEnabled()  # the register is always A4
    qtmodeltester.check(tab.complaint_model)
    assert tab.complaint_model.rowCount() == 1  # the latest cases are listed before any search
    tab.case_search.insert(case.case_no)
    tab.case_search.flush()
    assert tab.complaint_model.rowCount() == 1
    assert tab.preview.page_count() >= 1 and case.case_no in tab.preview.title_label.text()
    dlg = preview_complaint(window, ctx, case.id)
    qtbot.addWidget(dlg)
    assert dlg.preview.page_count() >= 1
    dlg.close()


def test_client_safe_mode_hides_the_register(window, ctx, case, qtbot):
    from ui.common.privacy import Privacy

    tab = window.print_tab
    tab.case_search.insert(case.case_no)
    tab.case_search.flush()
    assert tab.preview.page_count() >= 1
    privacy = Privacy.instance()
    try:
        privacy.set_client_safe(True)
        assert tab.preview.page_count() == 0 and not tab.preview.print_button.isEnabled()
        assert tab.preview.stack.currentWidget() is tab.preview.placeholder
    finally:
        privacy.set_client_safe(False)
    assert tab.preview.page_count() >= 1
