"""Complaint intake is right by default: reported to the supervisor on duty, asked before the long texts."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from app.core.context import AppContext
from app.staff import service as staff
from ui.complaints.intake import ComplaintIntakeDialog


def test_reported_to_defaults_to_the_supervisor_on_duty(qtbot, ctx):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    staff.add_staff(ctx, "杨总", ["executive_manager"])
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.reported_to.currentData() is None  # two supervisors, neither on shift: she chooses
    # the store supervisor starts her shift at the back office
    staff.start_shift(AppContext(clock=ctx.clock, terminal="office"), boss.id)
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.reported_to.currentData() == boss.id


def test_reported_to_comes_before_the_long_texts(qtbot, ctx):
    staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
    dlg = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.reported_to.currentData() is not None  # the only supervisor
    order = []
    w = dlg.couple_search
    for _ in range(400):
        order.append(w)
        w = w.nextInFocusChain()
        if w is dlg.couple_search:
            break
    assert order.index(dlg.reported_to) < order.index(dlg.description)
    assert all(order.index(dlg.reported_to) < order.index(t) for t in dlg.findChildren(QPlainTextEdit))
