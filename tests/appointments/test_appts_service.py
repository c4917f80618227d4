"""Appointments, phone log, departure and personal notice — through the services on a real SQLite file."""

import datetime as dt

import pytest

from app.appointments import departure, personal, phonelog
from app.appointments import service as appts
from app.appointments.models import Appointment, AppointmentChange, PersonalNotice, PhoneCall, Satisfaction
from app.checkin import commands as checkin
from app.checkin.models import Lead, Visit
from app.core.errors import Conflict, ValidationError
from app.core.models import AuditLog

TODAY = dt.date(2026, 11, 20)


def at(h: int, m: int = 0, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m))


def make_couple(ctx, n: int, **extra):
    return checkin.create_couple(ctx, order_no=f"T-{n:02d}", bride_name=f"新娘{n}", groom_name=f"新郎{n}",
                                 bride_phone=f"1380000{n:04d}", **extra)


# ------------------------------------------------------------------------------------ appointments

def test_expected_list_states_under_injected_clock(ctx, clock, couple):
    c2, c3, c4 = make_couple(ctx, 2), make_couple(ctx, 3), make_couple(ctx, 4)
    a1 = appts.create_appointment(ctx, at(9, 30), "shoot", couple_id=couple.id)
    a2 = appts.create_appointment(ctx, at(10, 0), "selection", couple_id=c2.id)
    a3 = appts.create_appointment(ctx, at(11, 0), "proof", couple_id=c3.id)
    a4 = appts.create_appointment(ctx, at(12, 0), "pickup", couple_id=c4.id)
    clock.set(at(9, 25))
    checkin.check_in_couple(ctx, couple.id, "shoot")  # checked in through the ordinary path: linked by hook
    clock.set(at(11, 15))
    rows = appts.expected_today(ctx)
    assert [r.id for r in rows] == [a1.id, a2.id, a3.id, a4.id]
    assert [r.status for r in rows] == ["arrived", "no_show", "late", "expected"]
    assert rows[1].minutes_late == 75 and rows[2].minutes_late == 15
    assert Appointment.get_by_id(a1.id).visit_id is not None
    assert [r.id for r in appts.no_shows(ctx, TODAY)] == [a2.id]
    clock.set(at(9, 0, TODAY + dt.timedelta(days=1)))
    assert {r.id for r in appts.no_shows(ctx, TODAY)} == {a2.id, a3.id, a4.id}


def test_one_interaction_check_in_links_the_visit(ctx, clock, couple):
    a = appts.create_appointment(ctx, at(10, 0), "selection", couple_id=couple.id)
    clock.set(at(9, 55))
    v = appts.check_in_appointment(ctx, a.id)
    assert v.kind == "selection" and v.couple_id == couple.id and v.party_size == 2
    assert Appointment.get_by_id(a.id).visit_id == v.id
    assert [c.action for c in AppointmentChange.select().where(AppointmentChange.appointment == a.id)] == [
        "booked", "arrived"]
    with pytest.raises(Conflict):
        appts.check_in_appointment(ctx, a.id)
    assert Visit.select().count() == 1


def test_fitting_and_consultation_are_not_production_visits(ctx, clock, couple):
    fit = appts.create_appointment(ctx, at(10, 0), "dress_fitting", couple_id=couple.id)
    cons = appts.create_appointment(ctx, at(10, 0), "consultation", lead_name="钱女士", lead_phone="13712345678",
                                    note="旅拍套系")
    lead = Lead.get()
    assert cons.lead_id == lead.id and lead.callback_date == TODAY + dt.timedelta(days=1)
    v1 = appts.check_in_appointment(ctx, fit.id)
    v2 = appts.check_in_appointment(ctx, cons.id)
    assert (v1.kind, v1.couple_id) == ("consult", couple.id)
    assert (v2.kind, v2.lead_id, v2.guest_name) == ("consult", lead.id, "钱女士")
    assert Lead.select().count() == 1  # no second lead for a known one


def test_scanned_order_finds_todays_appointment(ctx, clock, couple):
    assert appts.expected_for_order(ctx, couple.order_no) is None
    a = appts.create_appointment(ctx, at(9, 30), "shoot", couple_id=couple.id)
    assert appts.expected_for_order(ctx, couple.order_no.lower()).id == a.id
    assert appts.expected_for_order(ctx, "NOPE-1") is None


def test_bad_appointments_save_nothing(ctx, clock, couple):
    n_audit = AuditLog.select().count()
    with pytest.raises(ValidationError) as e:
        appts.create_appointment(ctx, at(8, 0), "shoot", couple_id=couple.id)
    assert "starts_at" in e.value.errors
    with pytest.raises(ValidationError) as e:
        appts.create_appointment(ctx, at(10, 0), "party", note="x" * 3000)
    assert {"kind", "who", "note"} <= set(e.value.errors)
    with pytest.raises(ValidationError) as e:
        appts.create_appointment(ctx, at(10, 0), "shoot", lead_name="钱女士", lead_phone="13712345678")
    assert "who" in e.value.errors
    appts.create_appointment(ctx, at(10, 0), "shoot", couple_id=couple.id)
    for t in (at(10, 0), at(10, 20)):
        with pytest.raises(ValidationError) as e:
            appts.create_appointment(ctx, t, "selection", couple_id=couple.id)
        assert "10:00" in e.value.errors["starts_at"]
    assert Appointment.select().count() == 1 and Lead.select().count() == 0
    assert AuditLog.select().count() == n_audit + 1


def test_reschedule_keeps_history_and_refuses_clash(ctx, clock, couple):
    a = appts.create_appointment(ctx, at(10, 0), "shoot", couple_id=couple.id)
    b = appts.create_appointment(ctx, at(15, 0), "selection", couple_id=couple.id)
    with pytest.raises(ValidationError):
        appts.reschedule(ctx, a.id, at(15, 10), None)
    with pytest.raises(ValidationError):
        appts.reschedule(ctx, a.id, at(8, 30), None)
    with pytest.raises(ValidationError):
        appts.reschedule(ctx, a.id, at(10, 0), None)  # nothing changed
    moved = appts.reschedule(ctx, a.id, at(13, 0), ctx.operator_id, reason="客人改时间")
    assert moved.starts_at == at(13, 0) and moved.version == 2
    hist = appts.appointment_history(a.id)
    assert [h.action for h in hist] == ["booked", "rescheduled"]
    assert (hist[1].old_starts_at, hist[1].new_starts_at, hist[1].reason) == (at(10, 0), at(13, 0), "客人改时间")
    appts.cancel_appointment(ctx, b.id, "客人来电取消")
    assert [r.id for r in appts.expected_today(ctx)] == [a.id]
    with pytest.raises(Conflict):
        appts.reschedule(ctx, b.id, at(16, 0), None)
    with pytest.raises(Conflict):
        appts.reschedule(ctx, a.id, at(14, 0), None, expected_version=1)  # changed at another counter


# -------------------------------------------------------------------------------------- phone log

def test_callbacks_listed_until_done(ctx, clock, couple):
    c1 = phonelog.log_call(ctx, "问选片时间", "明天上午可以", couple_id=couple.id, callback_by=at(16, 0))
    phonelog.log_call(ctx, "问套系价格", "已介绍", caller_name="孙先生", phone="13698765432")
    assert c1.caller_name == couple.names and c1.phone == couple.bride_phone and c1.taken_by_id == ctx.operator_id
    assert [r.id for r in phonelog.callbacks_owed(ctx)] == [c1.id]
    clock.set(at(9, 0, TODAY + dt.timedelta(days=2)))
    owed = phonelog.callbacks_owed(ctx)
    assert [r.id for r in owed] == [c1.id] and owed[0].overdue
    assert len(phonelog.calls_on(ctx, TODAY)) == 2 and phonelog.calls_on(ctx, clock.today()) == []
    phonelog.mark_callback_done(ctx, c1.id, "已回电")
    assert phonelog.callbacks_owed(ctx) == []
    with pytest.raises(Conflict):
        phonelog.mark_callback_done(ctx, c1.id)


def test_bad_calls_save_nothing(ctx, clock):
    with pytest.raises(ValidationError) as e:
        phonelog.log_call(ctx, "", caller_name="", phone="123", callback_by=at(8, 0))
    assert {"asked", "caller_name", "phone", "callback_by"} <= set(e.value.errors)
    with pytest.raises(ValidationError) as e:
        phonelog.log_call(ctx, "问价", caller_name="孙先生", callback_by=at(8, 59))
    assert "before the call" in e.value.errors["callback_by"] or "回电" in e.value.errors["callback_by"]
    assert PhoneCall.select().count() == 0


def test_call_becomes_appointment_and_complaint_without_retyping(ctx, clock):
    call = phonelog.log_call(ctx, "想周末来咨询旅拍", "欢迎周六上午来", caller_name="钱女士", phone="137-1234-5678")
    pre = phonelog.call_to_appointment_prefill(call.id)
    assert (pre["lead_name"], pre["lead_phone"], pre["kind"], pre["note"]) == (
        "钱女士", "13712345678", "consultation", "想周末来咨询旅拍")
    a = appts.create_appointment(ctx, at(10, 0, TODAY + dt.timedelta(days=1)), pre["kind"],
                                 lead_name=pre["lead_name"], lead_phone=pre["lead_phone"], note=pre["note"],
                                 call_id=pre["call_id"])
    call = PhoneCall.get_by_id(call.id)
    assert call.appointment_id == a.id and call.lead_id == a.lead_id
    with pytest.raises(Conflict):
        appts.create_appointment(ctx, at(14, 0, TODAY + dt.timedelta(days=1)), "consultation", lead_id=a.lead_id,
                                 call_id=call.id)
    c = phonelog.call_to_complaint_prefill(call.id)
    assert c["channel"] == "phone" and c["customer_name"] == "钱女士" and c["contact"] == "13712345678"
    assert c["reported_at"] == at(9, 0) and "想周末来咨询旅拍" in c["details"] and "欢迎周六上午来" in c["details"]
    phonelog.link_complaint(ctx, call.id, 42)
    assert PhoneCall.get_by_id(call.id).complaint_id == 42


# -------------------------------------------------------------------------------------- departure

def test_key_rule_and_satisfaction_at_departure(ctx, clock, couple):
    v = checkin.check_in_couple(ctx, couple.id)
    loan = checkin.issue_key(ctx, v.id, "03")
    clock.advance(hours=3)
    with pytest.raises(Conflict) as e:
        departure.depart(ctx, v.id, 5, "很满意")
    assert "03" in str(e.value)
    assert Visit.get_by_id(v.id).left_at is None and Satisfaction.select().count() == 0
    assert [k.locker for k in departure.keys_out_of(ctx, v.id)] == ["03"]
    for bad in (0, 6, "5", True):
        with pytest.raises(ValidationError):
            departure.depart(ctx, v.id, bad)
    checkin.return_key(ctx, loan.id, "bar")
    departure.depart(ctx, v.id, 5, "很满意")
    assert Visit.get_by_id(v.id).left_at == clock.now()
    assert Satisfaction.get().score == 5
    with pytest.raises(Conflict):
        departure.depart(ctx, v.id, 4)
    assert Satisfaction.select().count() == 1


def test_satisfaction_summary_per_day_and_staff(ctx, clock, couple):
    from app.staff import service as staff

    photographer = staff.add_staff(ctx, "郑凯", ["photographer"])
    c2 = make_couple(ctx, 2)
    appts.create_appointment(ctx, at(10, 0), "shoot", couple_id=c2.id, staff_id=photographer.id)
    v1 = checkin.check_in_couple(ctx, couple.id)
    checkin.receive_visit(ctx, v1.id)
    clock.set(at(10, 0))
    v2 = checkin.check_in_couple(ctx, c2.id)
    departure.depart(ctx, v1.id, 5)
    departure.depart(ctx, v2.id, 2, "等太久")
    clock.set(at(10, 0, TODAY + dt.timedelta(days=1)))
    v3 = checkin.check_in_couple(ctx, couple.id, "selection")
    departure.depart(ctx, v3.id, None)
    s = departure.satisfaction_summary(ctx, TODAY, TODAY + dt.timedelta(days=1))
    assert (s.overall.count, s.overall.average, s.declined) == (2, 3.5, 1)
    assert [(d.key, d.count, d.average) for d in s.days] == [("2026-11-20", 2, 3.5)]
    by_name = {g.label: (g.count, g.average) for g in s.staff}
    assert by_name == {"王丽": (2, 3.5), "郑凯": (1, 2.0)}
    assert [(low.who, low.score, low.comment) for low in s.low_scores] == [(c2.names, 2, "等太久")]


# ------------------------------------------------------------------------------- personal notice

def test_birthday_notice_shown_once(ctx, clock):
    c = make_couple(ctx, 5, bride_birthday=dt.date(1996, 11, 23), wedding_date=dt.date(2024, 11, 26),
                    groom_birthday=dt.date(1995, 12, 30))
    text = personal.personal_notice(ctx, c.id)
    assert text is not None and "新娘5" in text and "11/23" in text and "11/26" in text and "新郎5" not in text
    assert personal.personal_notice(ctx, c.id) is None
    assert PersonalNotice.select().count() == 2
    assert personal.personal_notice(ctx, make_couple(ctx, 6).id) is None


def test_wedding_itself_and_leap_day(ctx, clock):
    c = make_couple(ctx, 7, wedding_date=dt.date(2026, 11, 22))  # the wedding, not an anniversary
    assert personal.personal_notice(ctx, c.id) is None
    clock.set(dt.datetime(2027, 2, 25, 9, 0))
    c2 = make_couple(ctx, 8, groom_birthday=dt.date(1996, 2, 29))
    assert "2/28" in personal.personal_notice(ctx, c2.id)


def test_satisfaction_per_station_of_the_days_flow(ctx, clock, couple):
    from app.flow import machine
    from app.flow.models import Flow, FlowStep
    from app.staff import service as staff

    seller = staff.add_staff(ctx, "何雪", ["selection"])
    v = checkin.check_in_couple(ctx, couple.id, "selection")  # the flow area starts its flow in the same check-in
    step = FlowStep.get(FlowStep.flow == Flow.get(Flow.visit == v.id).id)
    machine.start_step(ctx, step.id, seller.id)
    clock.advance(hours=1)
    departure.depart(ctx, v.id, 2, "被推销加片")
    s = departure.satisfaction_summary(ctx, TODAY, TODAY)
    assert [(g.key, g.count, g.average) for g in s.stations] == [("selection", 1, 2.0)]
    assert {g.label for g in s.staff} == {"何雪", "王丽"}
    assert departure.satisfaction_summary(ctx, TODAY - dt.timedelta(days=1), TODAY - dt.timedelta(days=1)).stations == []
    with pytest.raises(ValidationError):
        departure.satisfaction_summary(ctx, TODAY, TODAY - dt.timedelta(days=1))


def test_grace_periods_are_settings(ctx, clock, couple):
    from app.appointments.options import LATE_AFTER, NO_SHOW_AFTER

    appts.create_appointment(ctx, at(9, 30), "shoot", couple_id=couple.id)
    clock.set(at(10, 0))
    assert [r.status for r in appts.expected_today(ctx)] == ["late"]
    NO_SHOW_AFTER.set(ctx, 30, by_supervisor=True)
    assert [r.status for r in appts.expected_today(ctx)] == ["no_show"]
    NO_SHOW_AFTER.set(ctx, 120, by_supervisor=True)
    LATE_AFTER.set(ctx, 45, by_supervisor=True)
    assert [r.status for r in appts.expected_today(ctx)] == ["expected"]


def test_review_data_for_a_range(ctx, clock, couple):
    from app.appointments import review

    c2 = make_couple(ctx, 2)
    a1 = appts.create_appointment(ctx, at(10, 0), "shoot", couple_id=couple.id)
    a2 = appts.create_appointment(ctx, at(11, 0), "selection", couple_id=c2.id)
    a3 = appts.create_appointment(ctx, at(10, 0, TODAY + dt.timedelta(days=1)), "proof", couple_id=c2.id)
    appts.create_appointment(ctx, at(15, 0), "pickup", couple_id=couple.id)
    appts.reschedule(ctx, a3.id, at(14, 0, TODAY + dt.timedelta(days=1)), None)
    appts.cancel_appointment(ctx, appts.expected_today(ctx)[-1].id, "客人来电取消")
    phonelog.log_call(ctx, "问价", caller_name="孙先生", callback_by=at(9, 30))
    clock.set(at(10, 5))
    v = appts.check_in_appointment(ctx, a1.id)
    clock.set(at(17, 0))
    departure.depart(ctx, v.id, 4)
    clock.set(at(9, 0, TODAY + dt.timedelta(days=2)))
    data = review.review(ctx, TODAY, TODAY + dt.timedelta(days=1))
    assert (data.booked, data.arrived, data.cancelled, data.rescheduled, data.calls) == (3, 1, 1, 1, 1)
    assert [r.id for r in data.no_shows] == [a2.id, a3.id]
    assert data.callbacks_overdue == 1 and data.satisfaction.overall.average == 4.0
    assert [r.id for r in review.no_shows_between(ctx, TODAY, TODAY)] == [a2.id]
    with pytest.raises(ValidationError):
        review.review(ctx, TODAY, TODAY - dt.timedelta(days=1))


def test_a_visit_counts_as_arrival_for_one_appointment_only(ctx, clock, couple):
    fit = appts.create_appointment(ctx, at(9, 30), "dress_fitting", couple_id=couple.id)
    sel = appts.create_appointment(ctx, at(15, 0), "selection", couple_id=couple.id)
    clock.set(at(9, 35))
    appts.check_in_appointment(ctx, fit.id)
    assert {r.id: r.status for r in appts.expected_today(ctx)} == {fit.id: "arrived", sel.id: "expected"}
