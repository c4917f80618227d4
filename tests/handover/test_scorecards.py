"""Scorecards of the counter and the monthly review on a real database, every record made through the
services: satisfaction (departures and complaint call-backs), complaint rate, 带客成功率, information
accuracy from real audited couple corrections, rounds/confirmations through ACTIVITY_COUNTS; the monthly
review PDF read back and rendered; the command line; the supervisor-only screen."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.appointments.departure import depart
from app.checkin import commands as checkin
from app.checkin import leads
from app.complaints import callbacks, cases, config
from app.core.errors import DomainError, ValidationError
from app.core.i18n import translate
from app.handover import monthly_pdf, review
from app.handover import scorecards as sc
from app.staff import service as staff
from app.staff.models import Staff
from app.staff.service import acting
from tests.print_util import embedded_fonts, ink_box, page_texts, render_page, squash

PIN = "739153"
DAY = dt.date(2026, 11, 20)  # the fixtures' clock: Friday 2026-11-20 09:00
NEXT = DAY + dt.timedelta(days=1)
ROOT = Path(__file__).resolve().parents[2]


def _couple(c, no: str, bride: str, phone: str):
    return checkin.create_couple(c, order_no=no, bride_name=bride, groom_name="新郎" + no[-1], bride_phone=phone,
                                 package="韩式唯美套系", shoot_date=DAY)


@pytest.fixture
def scene(ctx, clock):
    """王丽 (on shift) and 刘芳 at the counter, 黄蓉 the supervisor; one day of records."""
    wang = Staff.get(Staff.name == "王丽")
    liu = staff.add_staff(ctx, "刘芳", ["receptionist"])
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    w, f = ctx, acting(ctx, liu)
    # Couples: 王丽 enters three, 刘芳 one. One of 王丽's bride phones was typed wrong and is corrected
    # later (by 刘芳: the mistake still counts for whoever entered it); a note added to another is no correction.
    c1 = _couple(w, "YL20261120-01", "张伟", "13812345678")
    c2 = _couple(w, "YL20261120-02", "陈静", "13912345678")
    c3 = _couple(w, "YL20261120-03", "赵敏", "13712345678")
    c4 = _couple(f, "YL20261120-04", "孙丽", "13612345678")
    clock.advance(minutes=30)
    checkin.update_couple(f, c1.id, bride_phone="13812345679")
    checkin.update_couple(w, c2.id, notes="喜欢复古风")
    # Visits: three couples and two consultations at 王丽's counter, one couple and one consultation at 刘芳's.
    v1 = checkin.check_in_couple(w, c1.id, "shoot", party_size=2)
    v2 = checkin.check_in_couple(w, c2.id, "shoot", party_size=2)
    v3 = checkin.check_in_couple(w, c3.id, "shoot", party_size=2)
    v4 = checkin.check_in_couple(f, c4.id, "shoot", party_size=2)
    for v, who in ((v1, w), (v2, w), (v3, w), (v4, f)):
        checkin.receive_visit(who, v.id)
    k1 = checkin.check_in_consult(w, "欧阳女士", "13599887766", "婚纱照", DAY + dt.timedelta(days=2))
    k2 = checkin.check_in_consult(w, "钱女士", "13599887755", "婚礼跟拍", DAY + dt.timedelta(days=2))
    k3 = checkin.check_in_consult(f, "周先生", "13599887744", "中式", DAY + dt.timedelta(days=2))
    assert k3.lead_id
    clock.advance(minutes=60)
    leads.record_outcome(w, k1.lead_id, "booked_other")
    leads.record_outcome(w, k2.lead_id, "lost", lost_reason=leads.lost_reason_values()[0])
    # Departures: 5 and 3 at 王丽's counter, 4 at 刘芳's, one guest who did not want to say.
    depart(w, v1.id, 5)
    depart(w, v2.id, 3)
    depart(w, v3.id, None)
    depart(f, v4.id, 4)
    # Complaints: one that 刘芳 is responsible for, one with nobody responsible; the first is closed and
    # 刘芳 calls back: satisfied 4.
    cat = next(c for c in config.categories() if c.name == "化妆")
    cp1 = cases.create_complaint(w, complainant="张伟", contact="13812345678", channel="phone", category_id=cat.id,
                                 description="等了很久没人接待", reported_to_id=boss.id, reported_at=clock.now(),
                                 responsible_id=liu.id, promised_reply_at=clock.now() + dt.timedelta(hours=2))
    cases.create_complaint(w, complainant="陈静", contact="13912345678", channel="phone", category_id=cat.id,
                           description="睫毛胶过敏", reported_to_id=boss.id, reported_at=clock.now(),
                           promised_reply_at=clock.now() + dt.timedelta(hours=2))
    cases.resolve(w, cp1.id, "confirmed", corrective_action="前台每 10 分钟巡视", apology=True)
    cases.close(w, cp1.id, "客人接受道歉", callback_owner_id=liu.id)
    [cb] = callbacks.open_callbacks(w)
    clock.advance(minutes=30)
    callbacks.record_call(f, cb.id, reached=True, satisfaction=4, comment="满意")
    return {"wang": wang, "liu": liu, "boss": boss}


def test_studio_and_staff_figures(ctx, scene):
    data = sc.scorecards(DAY, NEXT)
    s = data.studio
    assert s.staff_id is None and s.visits == 7
    assert (s.visit_satisfaction.count, s.visit_satisfaction.average) == (3, 4.0)  # 5, 3, 4; one declined
    assert (s.callback_satisfaction.count, s.callback_satisfaction.average) == (1, 4.0)
    assert s.complaints == 2 and s.complaint_rate == pytest.approx(28.57)  # 2 per 7 visits
    assert (s.leads, s.booked, s.conversion) == (3, 1, pytest.approx(33.33))
    assert (s.couples_entered, s.couples_corrected, s.accuracy) == (4, 1, 75.0)
    cards = {c.label: c for c in data.staff}
    assert set(cards) == {"王丽", "刘芳"}  # the supervisor has no record: not listed
    w, f = cards["王丽"], cards["刘芳"]
    assert (w.visits, w.visit_satisfaction.average, w.visit_satisfaction.count) == (5, 4.0, 2)
    assert (f.visits, f.visit_satisfaction.average, f.visit_satisfaction.count) == (2, 4.0, 1)
    assert w.callback_satisfaction.count == 0 and f.callback_satisfaction.text == "4.0 (1)"
    assert (w.complaints, w.complaint_rate) == (0, 0.0)
    assert (f.complaints, f.complaint_rate) == (1, 50.0)
    assert (w.leads, w.booked, w.conversion) == (2, 1, 50.0) and (f.leads, f.booked, f.conversion) == (1, 0, 0.0)
    assert (w.couples_entered, w.couples_corrected, w.accuracy_text) == (3, 1, "67% (1/3)")
    assert (f.couples_entered, f.couples_corrected, f.accuracy) == (1, 0, 100.0)
    assert sc.scorecard_for(scene["liu"].id, DAY, NEXT) == f
    # Another day: nothing at all, honestly empty ("—", not 0%).
    other = sc.scorecards(NEXT, NEXT + dt.timedelta(days=1))
    assert other.staff == () and other.studio.empty
    assert (other.studio.conversion_text, other.studio.accuracy_text, other.studio.complaint_rate_text) == \
        ("—", "—", "—")


def test_a_correction_of_the_name_counts_too_but_a_same_value_save_does_not(ctx, scene):
    c = checkin.create_couple(ctx, order_no="YL20261120-05", bride_name="李娜", groom_name="王强",
                              bride_phone="13512345678")
    checkin.update_couple(ctx, c.id, bride_name="李娜")  # saved unchanged: no correction
    assert sc.studio_scorecard(DAY, NEXT).couples_corrected == 1
    checkin.update_couple(ctx, c.id, groom_name="王刚")
    s = sc.studio_scorecard(DAY, NEXT)
    assert (s.couples_entered, s.couples_corrected) == (5, 2)


def test_rounds_and_confirmations_come_from_their_areas(ctx, scene, monkeypatch):
    # app.wiring connects the areas that count them (imported at their first call)
    wired = {k: f"{f.__module__}.{f.__name__}" for k, f in sc.ACTIVITY_COUNTS.items()}
    assert wired == {"confirmations": "app.appointments.confirmations.confirmations_by_staff",
                     "rounds": "app.flow.rounds.rounds_by_staff"}
    wang, liu = scene["wang"].id, scene["liu"].id
    for key in ("rounds", "confirmations"):  # a build without those areas
        monkeypatch.delitem(sc.ACTIVITY_COUNTS, key, raising=False)
    assert sc.studio_scorecard(DAY, NEXT).rounds is None
    assert sc.row(sc.studio_scorecard(DAY, NEXT))[-2:] == ["—", "—"]  # not counted in this build: not 0
    asked = []

    def rounds_by_staff(start: dt.date, end: dt.date) -> dict[int, int]:
        asked.append((start, end))
        return {wang: 3, liu: 1}

    monkeypatch.setitem(sc.ACTIVITY_COUNTS, "rounds", rounds_by_staff)
    data = sc.scorecards(DAY, NEXT)
    assert asked == [(DAY, NEXT)]
    assert data.studio.rounds == 4 and data.studio.confirmations is None
    cards = {c.label: c for c in data.staff}
    assert (cards["王丽"].rounds, cards["刘芳"].rounds) == (3, 1)
    assert sc.row(cards["王丽"])[-2:] == ["3", "—"]


def test_the_daily_review_has_the_scorecard_block(ctx, scene):
    rv = review.daily_review(ctx, DAY)
    t = rv.table("scorecard")
    assert t is not None and t.headers == sc.headers()
    assert [r[0] for r in t.rows] == ["Studio", "刘芳", "王丽"]
    assert t.rows[0][1:7] == ["7", "4.0 (3)", "4.0 (1)", "28.6 (2)", "33% (1/3)", "75% (1/4)"]
    assert 2 in t.alert_rows  # 王丽: 67% accuracy, below the line
    empty = review.daily_review(ctx, NEXT).table("scorecard")
    assert empty.rows == [] and empty.empty_text


def test_month_input_is_checked(ctx):
    for bad in ("2026-13", "11/2026", "", None, "2026-1"):
        with pytest.raises(ValidationError) as e:
            sc.parse_month(ctx, bad)
        assert set(e.value.errors) == {"month"}
    with pytest.raises(ValidationError, match="2026-12"):
        sc.parse_month(ctx, "2026-12")  # has not started yet on 2026-11-20
    assert sc.parse_month(ctx, "2026-11") == dt.date(2026, 11, 1)


def test_monthly_review_weeks_and_six_months(ctx, scene):
    m = sc.monthly_review(ctx, "2026-11")
    assert m.partial and m.end == NEXT  # the month counts up to today
    assert m.studio.visits == 7 and [c.label for c in m.staff] == ["刘芳", "王丽"]
    assert [p.key for p in m.weeks] == ["2026-11-W1", "2026-11-W2", "2026-11-W3"]
    assert [p.card.visits for p in m.weeks] == [0, 0, 7]
    liu = scene["liu"].id
    assert [p.card_of(liu) for p in m.weeks[:2]] == [None, None]  # each staff member week by week too
    assert m.weeks[2].card_of(liu).visits == 2 and [c.label for c in m.weeks[2].staff] == ["刘芳", "王丽"]
    assert [p.key for p in m.months] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    assert [p.card.visits for p in m.months] == [0, 0, 0, 0, 0, 7]
    # Supervisors only.
    with pytest.raises(DomainError):
        sc.open_monthly_review(ctx, scene["wang"].id, "", "2026-11")
    assert sc.open_monthly_review(ctx, scene["boss"].id, PIN, "2026-11").studio == m.studio


def test_monthly_review_pdf_reads_back_and_renders(ctx, scene, qapp):
    data = monthly_pdf.monthly_review_pdf(ctx, "2026-11")
    text = squash("".join(page_texts(data)))
    m = sc.monthly_review(ctx, "2026-11")
    assert squash(monthly_pdf.title_of(m)) in text
    assert squash(m.weeks[2].label) in text  # the table of each staff member week by week
    for figure in ("4.0(3)", "28.6(2)", "33%(1/3)", "75%(1/4)", "67%(1/3)", "50.0(1)", "50%(1/2)", "王丽", "刘芳"):
        assert figure in text, figure
    week3 = squash(translate("MonthlyPrint", "W{n}").format(n=3))
    assert "2026-06" in text and "2026-11" in text and week3 in text  # both trends' axes
    fonts = embedded_fonts(data)
    assert fonts
    for name, keys in fonts.items():  # the CJK font, embedded; no Helvetica pulled in by a chart
        assert "Helvetica" not in name, name
        assert keys & {"/FontFile", "/FontFile2", "/FontFile3"}, f"{name} is not embedded"
    img = render_page(data, 0)
    assert ink_box(img) is not None


@pytest.mark.sqlite_only
def test_command_line(ctx, scene, db_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "monthly.pdf"

    def run(month: str, target: Path) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", "--db", str(db_path), "print", "monthly-review", month,
                               "-o", str(target)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)

    ok = run("2026-11", out)
    assert ok.returncode == 0, ok.stderr
    assert "28.6(2)" in squash("".join(page_texts(out.read_bytes())))
    for bad, word in (("2026-1x", "2026-1x"), ("2999-01", "2999-01")):
        r = run(bad, tmp_path / "bad.pdf")
        assert r.returncode != 0 and word in r.stderr and "Traceback" not in r.stderr
        assert not (tmp_path / "bad.pdf").exists()


def test_monthly_review_screen_is_for_supervisors(qtbot, ctx, scene, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import ui.common.pin_dialog
    from ui.handover.monthly_review import MonthlyReviewDialog
    from ui.handover.review import ReviewView
    from ui.printing.preview import PrintPreviewDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok)
    view = ReviewView(ctx)
    qtbot.addWidget(view)
    # A receptionist's PIN: refused, nothing opens.
    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (scene["wang"].id, ""))
    view.monthly_btn.click()
    assert view.monthly_dialog is None and len(warnings) == 1
    assert not [w for w in view.findChildren(MonthlyReviewDialog)]
    # The supervisor: this month's review, studio first, then each staff member.
    monkeypatch.setattr(ui.common.pin_dialog, "ask_pin", lambda *a, **k: (scene["boss"].id, PIN))
    view.monthly_btn.click()
    dlg = view.monthly_dialog
    assert isinstance(dlg, MonthlyReviewDialog) and dlg.isVisible()
    mv = dlg.view
    assert mv.month_edit.date().toString("yyyy-MM") == "2026-11"
    qtbot.waitUntil(lambda: mv.current is not None, timeout=10_000)  # gathered off the UI thread
    assert mv.loading.isHidden()
    assert mv.model.rowCount() == 3
    assert [mv.model.index(r, 1).data() for r in range(3)] == ["7", "2", "5"]
    assert mv.model.index(0, 4).data() == "28.6 (2)" and mv.model.index(0, 6).data() == "75% (1/4)"
    assert mv.model.index(0, 7).data() == "0"  # rounds: counted by the flow area, none in this scene
    assert any("4.0 (3)" in t for t in mv.figures.texts())
    weekly = mv.charts["week_satisfaction"]
    assert [(i.label, i.value) for i in weekly.items()] == [(mv.tr("Week {n}").format(n=3), 4.0)]
    assert [i.value for i in mv.charts["month_complaint_rate"].items()] == [pytest.approx(28.57)]
    assert {i.label for i in mv.charts["staff_conversion"].items()} == {"王丽", "刘芳"}
    # Week by week for one staff member: 王丽's conversion 50%, then 刘芳's 0%.
    assert [mv.who.itemData(i) for i in range(mv.who.count())] == [None, scene["liu"].id, scene["wang"].id]
    mv.who.setCurrentIndex(2)
    assert [i.value for i in mv.charts["week_conversion"].items()] == [50.0]
    assert "王丽" in mv.charts["week_conversion"].title()
    mv.who.setCurrentIndex(1)
    assert [i.value for i in mv.charts["week_conversion"].items()] == [0.0]
    # A month not begun yet: said next to the picker, the figures shown stay.
    mv.set_month(dt.date(2026, 12, 1))
    mv.show_btn.click()
    assert "2026-12" in mv.errors.text("month") and mv.current.month_text == "2026-11"
    # Print / PDF: the shared preview with the month's PDF.
    mv.set_month(dt.date(2026, 11, 1))
    mv.print_btn.click()
    [pre] = [w for w in mv.window().findChildren(PrintPreviewDialog)]
    assert pre.preview.pdf_bytes().startswith(b"%PDF") and pre.preview.page_count() >= 2
    pre.close()
    dlg.close()
