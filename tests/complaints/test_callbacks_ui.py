"""The call-back list on the complaints tab and its dialog, on real widgets and a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app.complaints import callbacks, cases, config
from app.complaints.models import Complaint, ComplaintCallback
from app.staff import service as staff
from ui.complaints.callbacks import CallbackDialog
from ui.complaints.case import ComplaintCaseDialog
from ui.complaints.tab import ComplaintsTab


@pytest.fixture(autouse=True)
def chinese(qapp):
    from app.core.i18n import install_translators

    install_translators(qapp, "zh_CN")


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def people(ctx):
    return {"boss": staff.add_staff(ctx, "黄蓉", ["store_supervisor"]),
            "other": staff.add_staff(ctx, "刘芳", ["receptionist"])}


def resolved(ctx, people, name="张伟"):
    c = cases.create_complaint(ctx, complainant=name, contact="13812345678", channel="phone",
                               category_id=config.categories()[0].id, description="等了很久",
                               reported_to_id=people["boss"].id, reported_at=ctx.now(),
                               promised_reply_at=ctx.now() + dt.timedelta(hours=2))
    cases.resolve(ctx, c.id, "confirmed", corrective_action="道歉并说明", apology=True)
    return c


def test_closing_in_the_case_dialog_names_the_call_back_owner(qtbot, ctx, people):
    c = resolved(ctx, people)
    dlg = ComplaintCaseDialog(ctx, c.id)
    qtbot.addWidget(dlg)
    assert dlg.callback_owner.staff_id() == ctx.operator_id  # the handler by default
    dlg.callback_owner.set_staff_id(people["other"].id)
    dlg.response_text.insertPlainText("客人接受")
    dlg.do_close()
    [cb] = callbacks.open_callbacks(ctx)
    assert cb.owner == "刘芳" and cb.due_on == dt.date(2026, 11, 21)


def test_call_back_list_and_dialog(qtbot, ctx, people, clock):
    happy, unhappy = resolved(ctx, people), resolved(ctx, people, "李娜")
    cases.close(ctx, happy.id, "满意")
    cases.close(ctx, unhappy.id, "勉强接受")
    clock.advance(days=1)
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    panel = tab.callbacks
    assert panel.proxy.rowCount() == 2 and "2" in panel.title.text()
    assert panel.proxy.index(0, 0).data() == "今天"
    assert panel.proxy.index(0, 3).data() == "138****5678"  # never the full number on screen
    rows = callbacks.open_callbacks(ctx)

    # Reached, but satisfaction not chosen: the field says so, nothing saved.
    dlg = CallbackDialog(ctx, rows[0])
    qtbot.addWidget(dlg)
    dlg.comment.insert("很满意")
    dlg.save()
    assert dlg.result() == 0 and dlg.errors.text("satisfaction")
    assert ComplaintCallback.get_by_id(rows[0].id).status == "due"
    dlg.satisfaction.setCurrentIndex(dlg.satisfaction.findData(5))
    dlg.save()
    assert dlg.result() == 1 and ComplaintCallback.get_by_id(rows[0].id).satisfaction == 5

    # Not reached: satisfaction is not asked; comes back tomorrow (an opening day).
    dlg = CallbackDialog(ctx, rows[1])
    qtbot.addWidget(dlg)
    dlg.not_reached.setChecked(True)
    assert not dlg.satisfaction.isEnabled()
    dlg.save()
    assert ComplaintCallback.get_by_id(rows[1].id).due_on == dt.date(2026, 11, 22)
    panel.refresh()
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 5).data() == "1"

    # Reached the next day, unhappy: the case reopens and shows on the open list again.
    clock.advance(days=1)
    dlg = CallbackDialog(ctx, callbacks.open_callbacks(ctx)[0])
    qtbot.addWidget(dlg)
    dlg.satisfaction.setCurrentIndex(dlg.satisfaction.findData(1))
    dlg.comment.insert("还是不满意")
    dlg.save()
    assert Complaint.get_by_id(unhappy.id).status == "investigating"
    tab.refresh()
    assert panel.proxy.rowCount() == 0
    assert any(tab.proxy.index(r, 0).data() == unhappy.case_no for r in range(tab.proxy.rowCount()))


def test_give_up_needs_a_reason_in_the_dialog(qtbot, ctx, people):
    c = resolved(ctx, people)
    cases.close(ctx, c.id, "满意")
    dlg = CallbackDialog(ctx, callbacks.open_callbacks(ctx)[0])
    qtbot.addWidget(dlg)
    dlg.give_up.setChecked(True)
    dlg.save()
    assert dlg.result() == 0 and dlg.errors.text("reason")
    dlg.comment.insert("客人说不要再打电话")
    dlg.save()
    assert dlg.result() == 1 and callbacks.open_callbacks(ctx) == []
