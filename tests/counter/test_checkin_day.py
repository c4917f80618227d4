"""Check-in does what the day says: today's appointment's kind, otherwise the likeliest kind first; the party
size asked; a mistaken check-in undone (15 minutes by the receptionist, later by a supervisor)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.appointments import arrival
from app.appointments import service as appts
from app.appointments.models import Appointment, AppointmentChange
from app.checkin import commands as checkin
from app.checkin import undo
from app.checkin.models import Visit
from app.core.errors import PermissionDenied
from app.core.models import AuditLog
from app.flow.models import Flow, FlowStep
from app.staff import service as staff
from tests.counter.driver import Counter, focused, on_modal


@pytest.fixture
def tab(window):
    window.show()
    return window.checkin_tab


def book(ctx, clock, couple, kind, at=None):
    back = clock.now()
    clock.set(back - dt.timedelta(days=1))
    a = appts.create_appointment(ctx, at or back + dt.timedelta(minutes=10), kind, couple_id=couple.id)
    clock.set(back)
    return a


def test_enter_on_a_selection_appointment_records_a_selection_visit(qtbot, tab, ctx, clock, couple):
    a = book(ctx, clock, couple, "selection")
    tab.search.insert("zw")
    tab.search.flush()
    seen = {}

    def answer(dlg):
        seen["kind"] = dlg.chosen_kind()
        seen["text"] = dlg.appointment_label.text()
        qtbot.keyClick(focused(dlg), Qt.Key.Key_Return)

    on_modal(answer)
    qtbot.keyClick(tab.results, Qt.Key.Key_Return)
    v = Visit.get(Visit.couple == couple.id)
    assert seen["kind"] == "selection" and "09:10" in seen["text"]
    assert v.kind == "selection" and v.party_size == 2
    assert Appointment.get_by_id(a.id).visit_id == v.id
    assert Flow.get(Flow.visit == v.id).template.visit_kind == "selection"  # not on the shooting board


def test_fitting_appointment_is_no_shoot(ctx, clock, couple):
    a = book(ctx, clock, couple, "dress_fitting")
    plan = arrival.arrival_plan(ctx, couple.id)
    assert plan.kind == "fitting" and plan.appointment_id == a.id
    v = arrival.check_in_arrival(ctx, couple.id, plan.kind, 3, plan.appointment_id)
    assert v.kind == "consult" and v.party_size == 3
    assert type(v).__name__ == "VisitView"  # a plain value whichever path checked them in, never a live row
    assert not Flow.select().where(Flow.visit == v.id).exists()
    assert Appointment.get_by_id(a.id).visit_id == v.id


def test_without_appointment_it_asks_likeliest_first(ctx, clock, couple):
    plan = arrival.arrival_plan(ctx, couple.id)
    assert plan.appointment_id is None and plan.kinds[0] == "shoot"
    assert set(plan.kinds) == {"shoot", "selection", "proof", "pickup", "fitting"}
    v = checkin.check_in_couple(ctx, couple.id, "shoot", party_size=4)
    clock.advance(hours=8)
    checkin.check_out(ctx, v.id)
    clock.advance(days=7)
    plan = arrival.arrival_plan(ctx, couple.id)
    assert plan.kinds[0] == "selection" and plan.party_size == 4  # shot already: selection next; last party


def test_party_size_is_asked(qtbot, tab, ctx, couple):
    tab.search.insert("zw")
    tab.search.flush()

    def answer(dlg):
        assert dlg.chosen_kind() == "shoot"
        dlg.party.setValue(5)
        qtbot.keyClick(focused(dlg), Qt.Key.Key_Return)

    on_modal(answer)
    tab.check_in_selected()
    assert Visit.get(Visit.couple == couple.id).party_size == 5


def test_undo_puts_everything_back(qtbot, tab, ctx, clock, couple, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    a = book(ctx, clock, couple, "shoot")
    before_changes = AppointmentChange.select().where(AppointmentChange.appointment == a.id).count()
    v = arrival.check_in_arrival(ctx, couple.id, "shoot", 2, a.id)
    assert type(v).__name__ == "VisitView"
    assert Flow.select().count() == 1 and FlowStep.select().count() > 0
    checkin.receive_visit(ctx, v.id)
    clock.advance(minutes=10)
    tab.refresh()
    tab.in_store.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert tab.undo_selected_check_in()
    assert Visit.select().count() == 0
    assert Flow.select().count() == 0 and FlowStep.select().count() == 0
    appt = Appointment.get_by_id(a.id)
    assert appt.visit_id is None
    assert appts.expected_today(ctx)[0].status == "expected"
    assert AppointmentChange.select().where(AppointmentChange.appointment == a.id).count() == before_changes + 2
    entry = AuditLog.get(AuditLog.action == "visit.undo_check_in")
    assert entry.record_id == v.id and entry.operator_id == ctx.operator_id
    assert tab.in_store_model.rowCount() == 0
    # checked in again, correctly this time
    v2 = arrival.check_in_arrival(ctx, couple.id, "shoot", 2, a.id)
    assert Appointment.get_by_id(a.id).visit_id == v2.id


def test_pickup_undo_reopens_ready_for_pickup(ctx, clock, couple):
    from app.flow import board, machine

    v = checkin.check_in_couple(ctx, couple.id, "shoot")
    flow = Flow.get(Flow.visit == v.id)
    for st in FlowStep.select().where(FlowStep.flow == flow.id):
        st.state = "done" if st.station.code == "studio" else st.state
        st.save()
    checkin.check_out(ctx, v.id)
    post = Flow.get((Flow.couple == couple.id) & (Flow.kind == "post"))
    # walk post-production up to "ready for pickup"
    retoucher = staff.add_staff(ctx, "许超", ["retoucher", "finished_goods_checker", "selection"]).id
    for _ in range(10):
        cur = machine.person_current(machine.load_steps(post.id), "bride")
        if cur is None or cur.station.code == "ready":
            break
        board.advance(ctx, post.id, "bride", staff_id=retoucher if cur.station.role != "receptionist"
                   else ctx.operator_id)
    cur = machine.person_current(machine.load_steps(post.id), "bride")
    if cur is None or cur.station.code != "ready":
        pytest.skip("template without a ready-for-pickup step")
    state = cur.state
    clock.advance(days=1)
    pv = checkin.check_in_couple(ctx, couple.id, "pickup")
    assert FlowStep.get_by_id(cur.id).state == "done"
    undo.undo_check_in(ctx, pv.id)
    assert FlowStep.get_by_id(cur.id).state == state
    assert Flow.get_by_id(post.id).finished_at is None


def test_after_15_minutes_only_a_supervisor(ctx, clock, couple):
    v = checkin.check_in_couple(ctx, couple.id, "shoot")
    clock.advance(minutes=16)
    assert undo.undo_info(ctx, v.id).needs_supervisor
    with pytest.raises(PermissionDenied):
        undo.undo_check_in(ctx, v.id)
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin="8642") if _takes_pin() else None
    if boss is None:
        boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"])
        staff.authenticate(ctx, boss.id, "8642")
    with pytest.raises(PermissionDenied):
        undo.undo_check_in(ctx, v.id, supervisor_id=ctx.operator_id, pin="")
    undo.undo_check_in(ctx, v.id, "wrong couple", supervisor_id=boss.id, pin="8642")
    assert Visit.select().count() == 0
    entry = AuditLog.get(AuditLog.action == "visit.undo_check_in")
    assert entry.operator_id == boss.id


def _takes_pin() -> bool:
    import inspect

    return "pin" in inspect.signature(staff.add_staff).parameters


def test_expected_couple_checked_in_with_at_most_2(qtbot, tab, ctx, clock, couple):
    """Scripted: the couple expected at 09:10 walks in; she types the bride's name."""
    book(ctx, clock, couple, "selection")
    tab.focus_search()
    c = Counter(qtbot)
    c.type(tab.search, "张伟")
    on_modal(lambda dlg: c.key(focused(dlg), Qt.Key.Key_Return))
    tab.search.flush()
    c.key(tab.search, Qt.Key.Key_Return)
    assert Visit.get(Visit.couple == couple.id).kind == "selection"
    print(f"\nCOUNTER TASK expected couple: {c.events} events ({c.log})")
    assert c.events <= 2
