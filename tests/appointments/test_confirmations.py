"""Tomorrow's confirmations (明日确认) on a real database: the next opening day's list, each outcome with its
audit entries, bad input refused with nothing saved, the reminder text, the scorecards' count and the
daily review's no-show rates."""

from __future__ import annotations

import datetime as dt

import pytest

from app import settings_service
from app.appointments import confirmations as conf
from app.appointments import service as appts
from app.appointments.models import Appointment, AppointmentChange, ConfirmationCall
from app.checkin import commands as checkin
from app.core.errors import ValidationError
from app.core.models import AuditLog
from app.handover.review import daily_review
from app.staff import service as staff

PIN = "739153"
FRIDAY = dt.date(2026, 11, 20)  # the fixtures' clock: Friday 09:00
SATURDAY = FRIDAY + dt.timedelta(days=1)


def at(day: dt.date, h: int, m: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m))


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)


def make_couple(ctx, n: int):
    return checkin.create_couple(ctx, order_no=f"C-{n:02d}", bride_name=f"新娘{n}", groom_name=f"新郎{n}",
                                 bride_phone=f"1390000{n:04d}")


@pytest.fixture
def booked(ctx):
    """Saturday: a shoot at 10:00, a selection at 14:00, a pickup at 16:00; one on Sunday."""
    cs = [make_couple(ctx, n) for n in range(1, 5)]
    return [appts.create_appointment(ctx, at(SATURDAY, 10), "shoot", couple_id=cs[0].id),
            appts.create_appointment(ctx, at(SATURDAY, 14), "selection", couple_id=cs[1].id),
            appts.create_appointment(ctx, at(SATURDAY, 16), "pickup", couple_id=cs[2].id),
            appts.create_appointment(ctx, at(SATURDAY + dt.timedelta(days=1), 10), "proof", couple_id=cs[3].id)]


def audits() -> list[str]:
    return [a.action for a in AuditLog.select().order_by(AuditLog.id)]


# ------------------------------------------------------------------------------------ the day

def test_the_list_is_the_next_opening_day_a_weekend_counts(ctx, booked):
    lst = conf.confirmations(ctx)
    assert lst.day == SATURDAY  # a Saturday is an opening day (the busiest)
    assert [r.id for r in lst.rows] == [a.id for a in booked[:3]]
    assert (lst.expected, lst.confirmed, lst.not_called) == (3, 0, 3)
    r = lst.rows[0]
    assert r.who == "新娘1 & 新郎1" and r.phone == "13900000001" and r.phone_masked != r.phone
    assert r.outcome == "" and r.attempts == 0 and r.open


def test_a_closed_day_is_skipped(ctx, booked, boss):
    settings_service.set_studio_closed_day(ctx, boss.id, PIN, SATURDAY, "盘点")
    lst = conf.confirmations(ctx)
    assert lst.day == SATURDAY + dt.timedelta(days=1)
    assert [r.id for r in lst.rows] == [booked[3].id]


def test_a_public_holiday_is_not_skipped(ctx, clock):
    clock.set(at(dt.date(2026, 12, 31), 18))
    new_year = dt.date(2027, 1, 1)  # 元旦: a public holiday, the studio is open
    c = make_couple(ctx, 9)
    a = appts.create_appointment(ctx, at(new_year, 11), "shoot", couple_id=c.id)
    lst = conf.confirmations(ctx)
    assert lst.day == new_year and [r.id for r in lst.rows] == [a.id]


# ------------------------------------------------------------------------------------ outcomes

def test_confirmed_records_who_and_when_audited(ctx, clock, booked):
    clock.set(at(FRIDAY, 15, 10))
    before = len(audits())
    res = conf.record_outcome(ctx, booked[0].id, "confirmed", note="新娘说会提前十分钟到")
    assert res.call.outcome == "confirmed" and res.call.by == "王丽" and res.call.at == at(FRIDAY, 15, 10)
    assert res.row.confirmed and res.row.outcome_by == "王丽" and res.row.outcome_at == at(FRIDAY, 15, 10)
    assert audits()[before:] == ["appointment.confirmation_confirmed"]
    lst = conf.confirmations(ctx)
    assert (lst.confirmed, lst.expected) == (1, 3)
    # once confirmed, neither "confirmed" again nor "no answer"
    for outcome in ("confirmed", "no_answer"):
        with pytest.raises(ValidationError) as e:
            conf.record_outcome(ctx, booked[0].id, outcome)
        assert set(e.value.errors) == {"outcome"}
    assert ConfirmationCall.select().count() == 1


def test_no_answer_then_confirmed_keeps_both_attempts(ctx, clock, booked):
    clock.set(at(FRIDAY, 14))
    conf.record_outcome(ctx, booked[1].id, "no_answer")
    row = next(r for r in conf.confirmations(ctx).rows if r.id == booked[1].id)
    assert row.outcome == "no_answer" and row.open and row.attempts == 1
    clock.set(at(FRIDAY, 17, 30))
    conf.record_outcome(ctx, booked[1].id, "confirmed")
    history = conf.call_history(booked[1].id)
    assert [h.outcome for h in history] == ["no_answer", "confirmed"]
    assert [h.at for h in history] == [at(FRIDAY, 14), at(FRIDAY, 17, 30)]
    row = next(r for r in conf.confirmations(ctx).rows if r.id == booked[1].id)
    assert row.outcome == "confirmed" and row.attempts == 2 and not row.open


def test_rescheduled_goes_through_the_reschedule_service_in_one_transaction(ctx, clock, booked):
    clock.set(at(FRIDAY, 16))
    new = at(SATURDAY + dt.timedelta(days=3), 11)
    before = len(audits())
    res = conf.record_outcome(ctx, booked[2].id, "rescheduled", new_starts_at=new, reason="周六加班")
    a = Appointment.get_by_id(booked[2].id)
    assert a.starts_at == new and res.call.new_starts_at == new
    change = AppointmentChange.select().where(AppointmentChange.appointment == a.id).order_by(
        AppointmentChange.id.desc()).first()
    assert change.action == "rescheduled" and change.reason == "周六加班"
    assert audits()[before:] == ["appointment.reschedule", "appointment.confirmation_rescheduled"]
    lst = conf.confirmations(ctx)
    moved = lst.rows[-1]  # still listed for the day it was called for, last, moved away
    assert moved.id == a.id and moved.moved_away and moved.outcome == "rescheduled" and not moved.open
    assert (lst.expected, lst.confirmed, lst.moved_or_cancelled) == (2, 0, 1)


def test_rescheduled_within_the_day_counts_as_confirmed(ctx, booked):
    conf.record_outcome(ctx, booked[0].id, "rescheduled", new_starts_at=at(SATURDAY, 15))
    lst = conf.confirmations(ctx)
    row = next(r for r in lst.rows if r.id == booked[0].id)
    assert row.confirmed and not row.moved_away and lst.confirmed == 1


def test_cancelled_goes_through_the_cancel_service(ctx, booked):
    before = len(audits())
    conf.record_outcome(ctx, booked[0].id, "cancelled", reason="新郎出差")
    a = Appointment.get_by_id(booked[0].id)
    assert a.status == "cancelled"
    assert audits()[before:] == ["appointment.cancel", "appointment.confirmation_cancelled"]
    lst = conf.confirmations(ctx)
    assert lst.expected == 2 and lst.rows[-1].id == a.id and lst.rows[-1].reminder == ""
    with pytest.raises(ValidationError) as e:  # cancelled: no further outcome
        conf.record_outcome(ctx, a.id, "confirmed")
    assert set(e.value.errors) == {"appointment"}


# ------------------------------------------------------------------------------------ refused

@pytest.mark.parametrize("kwargs, field", [
    ({"outcome": "maybe"}, "outcome"),
    ({"outcome": "rescheduled"}, "new_starts_at"),
    ({"outcome": "rescheduled", "new_starts_at": "明天下午"}, "new_starts_at"),
    ({"outcome": "rescheduled", "new_starts_at": at(FRIDAY, 8)}, "new_starts_at"),  # in the past
    ({"outcome": "cancelled"}, "reason"),
    ({"outcome": "cancelled", "reason": "   "}, "reason"),
])
def test_bad_input_is_refused_nothing_saved(ctx, booked, kwargs, field):
    before_audit, before_changes = len(audits()), AppointmentChange.select().count()
    outcome = kwargs.pop("outcome")
    with pytest.raises(ValidationError) as e:
        conf.record_outcome(ctx, booked[0].id, outcome, **kwargs)
    assert field in e.value.errors
    assert ConfirmationCall.select().count() == 0 and len(audits()) == before_audit
    assert AppointmentChange.select().count() == before_changes
    a = Appointment.get_by_id(booked[0].id)
    assert a.status == "booked" and a.starts_at == at(SATURDAY, 10)


def test_an_appointment_of_another_day_or_arrived_is_refused(ctx, clock, booked):
    with pytest.raises(ValidationError) as e:
        conf.record_outcome(ctx, booked[3].id, "confirmed")  # Sunday's, not the next opening day's
    assert set(e.value.errors) == {"appointment"}
    with pytest.raises(ValidationError) as e:
        conf.record_outcome(ctx, 99999, "confirmed")
    assert set(e.value.errors) == {"appointment"}
    # today's appointment, already arrived: confirming it for today is refused too
    c = make_couple(ctx, 7)
    today = appts.create_appointment(ctx, at(FRIDAY, 9, 30), "selection", couple_id=c.id)
    clock.set(at(FRIDAY, 9, 25))
    appts.check_in_appointment(ctx, today.id)
    with pytest.raises(ValidationError) as e:
        conf.record_outcome(ctx, today.id, "confirmed", day=FRIDAY)
    assert set(e.value.errors) == {"appointment"} and "arrived" in e.value.errors["appointment"]
    assert ConfirmationCall.select().count() == 0


def test_a_clash_on_reschedule_saves_nothing(ctx, booked):
    from app.appointments.clashes import Clash

    seller = staff.add_staff(ctx, "何雪", ["receptionist"])
    c = make_couple(ctx, 8)
    appts.create_appointment(ctx, at(SATURDAY, 11), "selection", couple_id=c.id, staff_id=seller.id)
    Appointment.update(staff=seller.id).where(Appointment.id == booked[1].id).execute()
    with pytest.raises(Clash):
        conf.record_outcome(ctx, booked[1].id, "rescheduled", new_starts_at=at(SATURDAY, 11))
    assert ConfirmationCall.select().count() == 0
    assert Appointment.get_by_id(booked[1].id).starts_at == at(SATURDAY, 14)
    other = Appointment.select().where(Appointment.couple == c.id).get()
    res = conf.record_outcome(ctx, booked[1].id, "rescheduled", new_starts_at=at(SATURDAY, 11),
                              override_reason="客人只有这个时间", accepted_clashes=[other.id])
    assert res.row.starts_at == at(SATURDAY, 11)


def test_without_an_operator_nothing_is_recorded(ctx, booked):
    from app.core.context import AppContext

    anon = AppContext(clock=ctx.clock)
    with pytest.raises(ValidationError) as e:
        conf.record_outcome(anon, booked[0].id, "confirmed")
    assert "operator" in e.value.errors and ConfirmationCall.select().count() == 0


# ------------------------------------------------------------------------------------ reminder

def test_reminder_text_depends_on_the_kind(ctx, booked):
    settings_service.write_studio_info(ctx, settings_service.StudioInfo(
        name="纽约婚纱摄影", address="杭州市西湖区文三路1号", phone="0571-88001234"))
    shoot = conf.reminder_text(booked[0].id)
    assert "新娘1" in shoot and "新郎1" in shoot and "纽约婚纱摄影" in shoot
    assert "11/21 (Saturday)" in shoot and "10:00" in shoot
    assert "ID cards" in shoot and "strapless" in shoot
    assert "文三路1号" in shoot and "0571-88001234" in shoot
    selection = conf.reminder_text(booked[1].id)
    assert "bring" not in selection and "14:00" in selection
    assert "order receipt" in conf.reminder_text(booked[2].id)


def test_reminder_text_in_chinese(ctx, booked, qapp):
    from app.core.i18n import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    try:
        text = conf.reminder_text(booked[0].id)
        assert "11月21日" in text and "周六" in text and "身份证" in text and "隐形文胸" in text
        assert "Hello" not in text
    finally:
        remove_translators(qapp)


# ------------------------------------------------------------------------------------ others

def test_confirmations_by_staff(ctx, clock, booked):
    other = staff.add_staff(ctx, "刘芳", ["receptionist"])
    conf.record_outcome(ctx, booked[0].id, "no_answer")
    conf.record_outcome(ctx, booked[0].id, "confirmed")
    from app.core.context import AppContext

    liu = AppContext(clock=clock, operator_id=other.id)
    conf.record_outcome(liu, booked[1].id, "confirmed")
    assert conf.confirmations_by_staff(FRIDAY, SATURDAY) == {ctx.operator_id: 2, other.id: 1}
    assert conf.confirmations_by_staff(SATURDAY, SATURDAY + dt.timedelta(days=7)) == {}
    assert conf.confirmations_by_staff(FRIDAY - dt.timedelta(days=1), FRIDAY) == {}


def test_review_no_show_rate_confirmed_vs_not(ctx, clock, booked):
    conf.record_outcome(ctx, booked[0].id, "confirmed")
    conf.record_outcome(ctx, booked[1].id, "confirmed")
    conf.record_outcome(ctx, booked[2].id, "no_answer")
    clock.set(at(SATURDAY, 9, 55))
    appts.check_in_appointment(ctx, booked[0].id)  # the shoot came; the selection and the pickup did not
    clock.set(at(SATURDAY + dt.timedelta(days=1), 9))
    rates = conf.no_show_rates(ctx, SATURDAY, SATURDAY)
    assert (rates.confirmed, rates.confirmed_no_shows, rates.unconfirmed, rates.unconfirmed_no_shows) == (2, 1, 1, 1)
    assert rates.confirmed_rate == 50.0 and rates.unconfirmed_rate == 100.0
    rv = daily_review(ctx, SATURDAY)
    assert rv.figure("no_show_rate_confirmed") == 50.0 and rv.figure("no_show_rate_unconfirmed") == 100.0
    table = rv.table("confirmations")
    assert table is not None and table.rows[0][1:] == ["2", "1", "50.0%"]
    assert table.rows[1][1:] == ["1", "1", "100.0%"] and table.alert_rows == {1}
    empty = daily_review(ctx, FRIDAY - dt.timedelta(days=3))
    assert empty.table("confirmations") is None


def test_demo_has_tomorrows_confirmations_half_done(database):
    from app.core.clock import FixedClock
    from app.core.context import AppContext
    from app.demo import fill_demo

    demo = AppContext(clock=FixedClock(dt.datetime(2026, 11, 21, 10, 30)))  # a Saturday, as the demo starts
    fill_demo(demo)
    lst = conf.confirmations(demo)
    assert lst.day == dt.date(2026, 11, 22)
    outcomes = [r.outcome for r in lst.rows]
    assert outcomes.count("confirmed") == 3 and outcomes.count("no_answer") == 1
    assert outcomes.count("rescheduled") == 1 and outcomes.count("") >= 1
    assert (lst.confirmed, lst.expected, lst.moved_or_cancelled) == (3, 5, 1)
    assert all(r.reminder for r in lst.rows)
