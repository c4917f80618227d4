"""Appointment clashes on a real database: a staff member booked twice at overlapping times and a full room
warn with the other appointment named; booking anyway needs the reason and is audited (who, why)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.appointments import clashes
from app.appointments import service as appts
from app.appointments.clashes import Clash
from app.appointments.models import Appointment
from app.checkin import commands as checkin
from app.core.errors import ValidationError
from app.core.models import AuditLog
from app.staff import service as staff

TOMORROW = dt.date(2026, 11, 21)


def at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime.combine(TOMORROW, dt.time(h, m))


@pytest.fixture
def couples(ctx, couple):
    others = [checkin.create_couple(ctx, order_no=f"YL20261101-0{i}", bride_name=b, groom_name=g,
                                    bride_phone=f"1361234567{i}", package="韩式经典套系")
              for i, (b, g) in enumerate([("王芳", "刘洋"), ("陈晨", "赵磊"), ("孙悦", "周杰")], start=1)]
    return [couple, *others]


@pytest.fixture
def seller(ctx):
    return staff.add_staff(ctx, "何雪", ["selection"]).id


@pytest.fixture
def room(ctx):
    return clashes.store_room(ctx, "选片室 1", 1, ["selection"])


def test_staff_booked_twice_warns_with_the_other_named_and_override_is_audited(ctx, couples, seller, room):
    first = appts.create_appointment(ctx, at(10), "selection", couple_id=couples[0].id, staff_id=seller,
                                     room_id=room.id)
    assert first.minutes == 90  # the kind's usual length
    with pytest.raises(Clash) as exc:  # 11:00 is inside 10:00–11:30
        appts.create_appointment(ctx, at(11), "proof", couple_id=couples[1].id, staff_id=seller)
    (c,) = exc.value.clashes
    assert c.kind == "staff" and c.appointment_id == first.id and "张伟" in c.message and "10:00" in c.message
    assert Appointment.select().count() == 1
    with pytest.raises(Clash):  # a reason alone is not enough: she must have seen the clash
        appts.create_appointment(ctx, at(11), "proof", couple_id=couples[1].id, staff_id=seller,
                                 override_reason="客人只有这个时间")
    with pytest.raises(Clash):  # the clash seen, but no reason
        appts.create_appointment(ctx, at(11), "proof", couple_id=couples[1].id, staff_id=seller,
                                 accepted_clashes=[first.id])
    second = appts.create_appointment(ctx, at(11), "proof", couple_id=couples[1].id, staff_id=seller,
                                      accepted_clashes=[first.id], override_reason="客人只有这个时间")
    entry = AuditLog.get(AuditLog.action == "appointment.clash_override")
    after = json.loads(entry.after)
    assert entry.record_id == second.id and entry.operator_id == ctx.operator_id
    assert after["reason"] == "客人只有这个时间" and after["clashes"][0]["appointment"] == first.id
    # back to back is no clash
    appts.create_appointment(ctx, at(11, 30) + dt.timedelta(minutes=15), "selection", couple_id=couples[2].id,
                             staff_id=seller, room_id=room.id)
    assert AuditLog.select().where(AuditLog.action == "appointment.clash_override").count() == 1


def test_full_room_warns_a_room_with_capacity_two_takes_two(ctx, couples, room):
    big = clashes.store_room(ctx, "大选片室", 2, ["selection"])
    appts.create_appointment(ctx, at(14), "selection", couple_id=couples[0].id, room_id=room.id)
    with pytest.raises(Clash) as exc:
        appts.create_appointment(ctx, at(15), "selection", couple_id=couples[1].id, room_id=room.id)
    assert exc.value.clashes[0].kind == "room" and "选片室 1" in exc.value.clashes[0].message
    appts.create_appointment(ctx, at(14), "selection", couple_id=couples[1].id, room_id=big.id)
    appts.create_appointment(ctx, at(14, 30), "selection", couple_id=couples[2].id, room_id=big.id)
    with pytest.raises(Clash):  # a third at 15:00 while two are still in the big room
        appts.create_appointment(ctx, at(15), "selection", couple_id=couples[3].id, room_id=big.id)
    ok = appts.create_appointment(ctx, at(16), "selection", couple_id=couples[3].id, room_id=big.id)
    assert ok.room_id == big.id  # 16:00: the first has left (14:00–15:30)


def test_room_booking_without_a_room_or_a_wrong_room_is_refused(ctx, couples, room):
    with pytest.raises(ValidationError) as exc:
        appts.create_appointment(ctx, at(10), "selection", couple_id=couples[0].id)
    assert "room" in exc.value.errors
    fitting = clashes.store_room(ctx, "礼服间", 3, ["dress_fitting"])
    with pytest.raises(ValidationError) as exc:
        appts.create_appointment(ctx, at(10), "selection", couple_id=couples[0].id, room_id=fitting.id)
    assert "room" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        appts.create_appointment(ctx, at(10), "selection", couple_id=couples[0].id, room_id=room.id, minutes=0)
    assert "minutes" in exc.value.errors
    assert Appointment.select().count() == 0
    appts.create_appointment(ctx, at(10), "pickup", couple_id=couples[0].id)  # no room is for pickups


def test_reschedule_into_a_clash_warns_and_moving_it_alone_does_not(ctx, clock, couples, seller, room):
    a = appts.create_appointment(ctx, at(10), "selection", couple_id=couples[0].id, staff_id=seller,
                                 room_id=room.id)
    b = appts.create_appointment(ctx, at(13), "selection", couple_id=couples[1].id, staff_id=seller,
                                 room_id=room.id)
    appts.reschedule(ctx, a.id, at(10, 30), seller, "晚到半小时")  # overlaps only itself
    with pytest.raises(Clash) as exc:
        appts.reschedule(ctx, b.id, at(11), seller, "提前")
    assert {c.kind for c in exc.value.clashes} == {"staff", "room"}
    moved = appts.reschedule(ctx, b.id, at(11), None, "提前", room_id=room.id,
                             accepted_clashes=[a.id], override_reason="店长同意两组同时")
    assert moved.starts_at == at(11) and moved.staff_id is None
    assert AuditLog.select().where(AuditLog.action == "appointment.clash_override").count() == 1


def test_rooms_are_edited_by_a_supervisor(ctx, monkeypatch):
    boss = staff.add_staff(ctx, "黄蓉", ["store_supervisor"]).id
    with pytest.raises(ValidationError) as exc:
        clashes.save_room(ctx, boss, "", "", 0, [])
    assert {"name", "capacity", "kinds"} <= set(exc.value.errors)
    r = clashes.save_room(ctx, boss, "", "选片室 2", 2, ["selection"])
    assert [x.name for x in clashes.rooms(kind="selection")] == ["选片室 2"] and clashes.rooms(kind="pickup") == []
    clashes.save_room(ctx, boss, "", "选片室 2", 2, ["selection"], room_id=r.id, active=False)
    assert clashes.rooms() == [] and not clashes.kind_needs_room("selection")


def test_two_counters_booking_the_same_person_at_once_one_is_warned(ctx, clock, couples, seller, monkeypatch):
    """The check and the write share one transaction: with a pause planted between them, the second counter
    waits for the first and then sees its booking (were the check made before the transaction, both would
    book)."""
    import threading
    import time

    from app.core.context import AppContext
    from app.core.db import db

    found = clashes.find_clashes

    def slow(*args, **kwargs):
        out = found(*args, **kwargs)
        time.sleep(0.3)
        return out

    monkeypatch.setattr(clashes, "find_clashes", slow)
    go = threading.Barrier(2)
    results: list[str] = []

    def counter(couple_id: int, terminal: str) -> None:
        c = AppContext(clock=clock, operator_id=ctx.operator_id, terminal=terminal)
        go.wait()
        try:
            appts.create_appointment(c, at(15), "pickup", couple_id=couple_id, staff_id=seller)
            results.append("booked")
        except Clash:
            results.append("clash")
        finally:
            db.close()

    threads = [threading.Thread(target=counter, args=(couples[i].id, f"counter-{i}")) for i in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(results) == ["booked", "clash"]
    assert Appointment.select().where(Appointment.staff == seller).count() == 1
