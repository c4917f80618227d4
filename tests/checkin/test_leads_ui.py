"""Lead source and outcome on real widgets: the walk-in form's source, the call-back result dialog, the
supervisor's lists in Settings ▸ Leads."""

import pytest
from PySide6.QtCore import Qt

from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.checkin.models import Lead
from app.checkin.options import LEAD_SOURCES
from app.staff import service as staff
from ui.checkin.dialogs import ConsultDialog
from ui.checkin.leads import LeadOutcomeDialog
from ui.checkin.leads_page import LeadsPage
from ui.common.pin_dialog import Acting

PIN = "739153"


@pytest.fixture(autouse=True)
def chinese(qapp):
    from app.core.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def test_walk_in_form_records_the_source(qtbot, ctx):
    dlg = ConsultDialog(ctx)
    qtbot.addWidget(dlg)
    labels = [dlg.source.itemText(i) for i in range(dlg.source.count())]
    assert labels[:3] == ["路过进店", "老客介绍", "大众点评"] and labels[-1] == "未询问"
    dlg.name.insert("陈女士")
    dlg.phone.insert("13700001111")
    dlg.source.setCurrentIndex(dlg.source.findData("xiaohongshu"))
    qtbot.keyClick(dlg.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.visit is not None
    assert Lead.get_by_id(dlg.visit.lead_id).source == "xiaohongshu"


def _lead(ctx):
    checkin.check_in_consult(ctx, "陈女士", "13700001111", "旅拍", ctx.today(), source="dianping")
    return checkin_queries.leads_due(ctx)[0]


def test_outcome_dialog_shows_the_fields_of_the_outcome_and_refuses_a_booking_without_order(qtbot, ctx, couple):
    lead = _lead(ctx)
    dlg = LeadOutcomeDialog(ctx, lead)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "大众点评" in dlg.about.text()
    assert dlg.order_no.isVisible() and not dlg.reason.isVisible() and not dlg.next_call.isVisible()
    dlg.save()
    assert dlg.errors.text("order_no") and dlg.result() == 0
    assert Lead.get_by_id(lead.id).outcome == "open"
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("lost"))
    assert dlg.reason.isVisible() and not dlg.order_no.isVisible()
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("booked"))
    dlg.order_no.insert(couple.order_no)
    qtbot.keyClick(dlg.order_no, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.result_value is not None and dlg.result_value.booked_order_no == couple.order_no
    assert Lead.get_by_id(lead.id).outcome == "booked"


def test_the_tab_opens_the_outcome_dialog_and_the_lead_leaves_the_list(qtbot, window, ctx, monkeypatch):
    lead = _lead(ctx)
    tab = window.checkin_tab
    tab.refresh()
    assert tab.leads_model.rowCount() == 1

    def answer(self):
        self.outcome.setCurrentIndex(self.outcome.findData("lost"))
        self.reason.setCurrentIndex(self.reason.findData("price"))
        self.save()
        return self.result()

    monkeypatch.setattr(LeadOutcomeDialog, "exec", answer)
    tab.leads.selectRow(0)
    tab.lead_done_btn.click()
    assert tab.leads_model.rowCount() == 0
    assert (Lead.get_by_id(lead.id).outcome, Lead.get_by_id(lead.id).lost_reason) == ("lost", "price")


def test_supervisor_adds_a_source_and_the_counter_offers_it(qtbot, ctx):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    page = LeadsPage(Acting(ctx, boss.id, PIN))
    qtbot.addWidget(page)
    assert page.sources.list.item(3).text() == "小红书"
    page.sources.new.insert("抖音")
    qtbot.keyClick(page.sources.new, Qt.Key.Key_Return)
    assert LEAD_SOURCES.get()[-1] == "抖音"
    assert page.sources.list.item(page.sources.list.count() - 1).text() == "抖音"
    page.sources.list.setCurrentRow(0)
    page.sources.move(1)
    assert LEAD_SOURCES.get()[:2] == ["referral", "walk_by"]
    # a duplicate is refused with the reason shown, nothing saved
    page.sources.new.insert("抖音")
    page.sources.add()
    assert LEAD_SOURCES.get().count("抖音") == 1
    assert "已在列表中" in page.sources.errors._general.text()
    dlg = ConsultDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.source.findData("抖音") >= 0
