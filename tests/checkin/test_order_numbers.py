"""New order numbers from the studio's pattern: proposed in the new-order form, set in Settings ▸ Studio."""

from __future__ import annotations

import datetime as dt

import pytest

from app.checkin import commands as checkin
from app.checkin import order_numbers
from app.checkin.models import Couple
from app.checkin.options import ORDER_PATTERN
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.staff import service as staff
from ui.checkin.dialogs import CoupleDialog

PIN = "2468"
DAY = dt.date(2026, 11, 20)


def _couple(ctx, order_no):
    return checkin.create_couple(ctx, order_no=order_no, bride_name="林小雨", groom_name="陈浩",
                                 bride_phone="13800001111")


def test_default_pattern_counts_the_day(ctx):
    assert order_numbers.next_order_no(DAY) == "YL20261120-01"
    _couple(ctx, "YL20261120-01")
    _couple(ctx, "YL20261120-03")  # typed by hand: the gap is used, the typed one skipped
    assert order_numbers.next_order_no(DAY) == "YL20261120-02"
    _couple(ctx, "YL20261120-02")
    assert order_numbers.next_order_no(DAY) == "YL20261120-04"
    assert order_numbers.next_order_no(DAY + dt.timedelta(days=1)) == "YL20261121-01"


def test_counter_grows_past_its_digits(ctx):
    for n in range(1, 100):
        _couple(ctx, f"YL20261120-{n:02d}")
    assert order_numbers.next_order_no(DAY) == "YL20261120-100"


@pytest.mark.parametrize("bad", ["", "YL-yyyymmdd", "A-NN-NN", "影楼yyyymmdd-NN", "YL yyyy NN",
                                 "STUDIOyyyymmddyyyymmddyyyymmdd-NN"])
def test_bad_patterns_refused_with_the_field_named(ctx, bad):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    with pytest.raises(ValidationError) as e:
        order_numbers.set_order_pattern(ctx, boss.id, PIN, bad)
    assert "order_pattern" in e.value.errors
    assert ORDER_PATTERN.get() == "YLyyyymmdd-NN"


def test_supervisor_sets_the_pattern_audited(ctx):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    clerk = staff.add_staff(ctx, "小张", ["receptionist"], pin="1357")
    with pytest.raises(PermissionDenied):
        order_numbers.set_order_pattern(ctx, clerk.id, "1357", "HS-yyyymmdd-NNN")
    order_numbers.set_order_pattern(ctx, boss.id, PIN, " HS-yymm-NNN ".replace("yymm", "yyyymm"))
    assert order_numbers.next_order_no(DAY) == "HS-202611-001"
    assert AuditLog.select().where(AuditLog.operator_name == "黄蓉").count() >= 1


def test_new_order_form_proposes_the_number_and_typing_replaces_it(qtbot, ctx, clock):
    dlg = CoupleDialog(ctx)
    qtbot.addWidget(dlg)
    proposed = dlg.order_no.text()
    assert proposed == f"YL{ctx.today():%Y%m%d}-01" and dlg.order_no.selectedText() == proposed
    dlg.bride_name.setText("A")
    dlg.groom_name.setText("B")
    dlg.bride_phone.setText("13800001111")
    dlg.save()
    assert Couple.get().order_no == proposed
    again = CoupleDialog(ctx)
    qtbot.addWidget(again)
    assert again.order_no.text().endswith("-02")
    again.order_no.setFocus()
    qtbot.keyClicks(again.order_no, "X-77")  # the proposal is selected: typing replaces it
    assert again.order_no.text() == "X-77"


def test_studio_page_checks_the_pattern_before_saving_anything(qtbot, ctx):
    from ui.common.pin_dialog import Acting
    from ui.settings.dialog import SettingsDialog

    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    dlg = SettingsDialog(Acting(ctx, boss.id, PIN))
    qtbot.addWidget(dlg)
    page = dlg.show_page("studio")
    assert page.order_pattern.text() == "YLyyyymmdd-NN" and page.order_example.text().endswith("-01")
    page.name.setText("新名字影楼")
    page.order_pattern.setText("YL-yyyy")
    page.save()
    assert page.errors.text("order_pattern") and page.order_pattern.text() == "YL-yyyy"
    from app import settings_service

    assert settings_service.studio_info().name != "新名字影楼"  # nothing half-saved
    page.order_pattern.setText("SH-yyyymmdd-NNN")
    page.save()
    assert settings_service.studio_info().name == "新名字影楼"
    assert order_numbers.next_order_no(DAY) == "SH-20261120-001"
