"""Property tests at the service boundary: whatever a user can type or paste (any Unicode, lone surrogates,
NUL and other control characters, 100,000 characters) and whatever date a form can hold (year 1 to 9999),
every service that takes text or dates either saves clean text or refuses with the project's own error
(ValidationError / DomainError): never another exception, never a partial row. Runs on SQLite and, in the
PostgreSQL pass, on the server (the NUL and surrogate cases are where the drivers differ)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.aftercare import lostfound
from app.appointments import phonelog
from app.appointments import service as appointments
from app.checkin import commands as checkin
from app.checkin import queries as checkin_queries
from app.complaints import callbacks, cases, config, queries
from app.core.db import db
from app.core.errors import DomainError
from app.core.validation import char_error
from app.staff import service as staff

PIN = "739153"

# Any code point, surrogates and controls included (hypothesis leaves out Cs unless told).
ANY_CHAR = st.characters(codec=None, categories=None, exclude_categories=())
NASTY = ["\x00", "\ud800", "a\udfffb", "张\x00伟", "\x1b[31m", "\u202e", "\ufeff", "\r\n", " ", "",
         "' OR 1=1 --", "😀" * 50]
HUGE = st.sampled_from(["a", "张", "\x00", "\ud800", "1"]).map(lambda ch: ch * 100_000)
TEXT = st.one_of(st.text(ANY_CHAR, max_size=60), st.sampled_from(NASTY), HUGE,
                 st.text(st.characters(categories=["Lo", "Nd", "Zs"]), min_size=1, max_size=3000))
FAR = st.one_of(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59)),
                st.sampled_from([dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59), dt.datetime(1970, 1, 1)]))

PROPERTY = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def row_counts() -> dict[str, int]:
    database = db.obj
    return {t: database.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in database.get_tables()}


def holds(call: Callable[[], object]) -> object | None:
    """Run one service call: its own error leaves every table as it was; success leaves clean text."""
    before = row_counts()
    try:
        result = call()
    except DomainError as exc:
        assert str(exc), "a refusal says why"
        assert row_counts() == before, "a refused call saved part of its rows"
        return None
    return result


def saved_clean(*values: object) -> None:
    for v in values:
        if isinstance(v, str):
            assert char_error(v) is None and len(v) <= 100_000


@pytest.fixture
def people(ctx):
    return {"boss": staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN),
            "other": staff.add_staff(ctx, "刘芳", ["receptionist"])}


def _complaint(ctx, people, **over):
    cat = next(c for c in config.categories() if c.name == "化妆")
    data = dict(complainant="张伟", contact="13812345678", channel="phone", category_id=cat.id,
                description="睫毛胶过敏，眼睛红", reported_to_id=people["boss"].id, reported_at=ctx.now(),
                promised_reply_at=ctx.now() + dt.timedelta(hours=2))
    data.update(over)
    return cases.create_complaint(ctx, **data)


@PROPERTY
@given(field=st.sampled_from(["bride_name", "groom_name", "bride_phone", "package", "special_requests", "notes",
                              "order_no"]), text=TEXT)
def test_create_couple(ctx, field, text):
    n = len(checkin_queries.search_couples(""))
    data = dict(order_no=f"P-{n}", bride_name="张伟", groom_name="李明", bride_phone="13812345678",
                package="韩式经典套系", shoot_date=dt.date(2026, 11, 20))
    data[field] = text
    c = holds(lambda: checkin.create_couple(ctx, **data))
    if c is not None:
        saved_clean(c.bride_name, c.groom_name, c.notes, c.special_requests, c.package, c.order_no)
    assert isinstance(checkin_queries.search_couples(text), list)


@PROPERTY
@given(day=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_create_couple_far_shoot_date(ctx, day):
    holds(lambda: checkin.create_couple(ctx, order_no=f"D-{day.toordinal()}", bride_name="张伟", groom_name="李明",
                                        bride_phone="13812345678", shoot_date=day))
    assert isinstance(checkin_queries.in_store(ctx), list)


@PROPERTY
@given(name=TEXT, phone=TEXT, interest=TEXT, note=TEXT)
def test_consultation_walk_in(ctx, name, phone, interest, note):
    v = holds(lambda: checkin.check_in_consult(ctx, name, phone, interest=interest, note=note))
    if v is not None:
        holds(lambda: checkin.close_lead(ctx, v.lead_id, note=note) if getattr(v, "lead_id", None) else None)
    assert isinstance(checkin_queries.in_store(ctx), list)


@PROPERTY
@given(note=TEXT, guest=TEXT)
def test_visits_and_keys(ctx, couple, note, guest):
    holds(lambda: checkin.check_in_visitor(ctx, couple.id, guest_name=guest, note=note))
    assert isinstance(checkin_queries.in_store(ctx), list)


@PROPERTY
@given(field=st.sampled_from(["complainant", "contact", "description", "wants"]), text=TEXT)
def test_complaint_intake(ctx, people, field, text):
    c = holds(lambda: _complaint(ctx, people, **{field: text}))
    if c is not None:
        saved_clean(c.complainant, c.description)
    assert isinstance(queries.list_cases(ctx, text=text), list)


@PROPERTY
@given(when=FAR, which=st.sampled_from(["reported_at", "occurred_at", "promised_reply_at"]))
def test_complaint_far_dates(ctx, people, when, which):
    holds(lambda: _complaint(ctx, people, **{which: when}))
    assert isinstance(queries.list_cases(ctx), list)
    assert isinstance(queries.overdue_count(ctx), int)


@PROPERTY
@given(step=st.sampled_from(["follow_up", "investigation", "resolve", "close", "call", "give_up"]), text=TEXT)
def test_complaint_lifecycle_texts(ctx, people, step, text):
    c = _complaint(ctx, people)
    if step == "follow_up":
        holds(lambda: cases.add_follow_up(ctx, c.id, text, customer_told=True))
    elif step == "investigation":
        holds(lambda: cases.record_investigation(ctx, c.id, text))
    elif step == "resolve":
        holds(lambda: cases.resolve(ctx, c.id, "confirmed", corrective_action=text, explanation=text,
                                    compensation=text))
    else:
        cases.resolve(ctx, c.id, "confirmed", corrective_action="换无胶款重化", apology=True)
        if step == "close":
            holds(lambda: cases.close(ctx, c.id, text))
            return
        cases.close(ctx, c.id, "客人表示满意")
        cb = next(r for r in callbacks.open_callbacks(ctx) if r.complaint_id == c.id)
        if step == "call":
            holds(lambda: callbacks.record_call(ctx, cb.id, reached=True, satisfaction=4, comment=text))
        else:
            holds(lambda: callbacks.give_up(ctx, cb.id, text))
    assert isinstance(queries.get_case(ctx, c.id), object)


@PROPERTY
@given(asked=TEXT, name=TEXT, phone=TEXT, when=st.one_of(st.none(), FAR))
def test_phone_log(ctx, asked, name, phone, when):
    holds(lambda: phonelog.log_call(ctx, asked, caller_name=name, phone=phone, callback_by=when))
    assert isinstance(phonelog.calls_on(ctx, ctx.now().date()), list)


@PROPERTY
@given(when=FAR, note=TEXT, lead_name=TEXT, lead_phone=TEXT)
def test_appointments(ctx, when, note, lead_name, lead_phone):
    a = holds(lambda: appointments.create_appointment(ctx, when, "consult", note=note, lead_name=lead_name or "王芳",
                                                      lead_phone=lead_phone))
    if a is not None:
        holds(lambda: appointments.reschedule(ctx, a.id, when + dt.timedelta(minutes=1) if when.year < 9999
                                              else when, None, reason=note))
        holds(lambda: appointments.cancel_appointment(ctx, a.id, note))
    assert isinstance(appointments.appointments_on(ctx, ctx.now().date()), list)
    assert isinstance(appointments.search_people(lead_name), list)


@PROPERTY
@given(what=TEXT, where=TEXT, note=TEXT, found_at=st.one_of(st.none(), FAR))
def test_lost_and_found(ctx, what, where, note, found_at):
    item = holds(lambda: lostfound.record_found(ctx, what, found_where=where, kept_where=where or "前台",
                                                found_at=found_at, note=note))
    if item is not None:
        saved_clean(item.what)
    holds(lambda: lostfound.lend(ctx, what or "伞", deposit=note[:10], guest=where, note=note))
    assert isinstance(lostfound.found_items(ctx), list)


@PROPERTY
@given(name=TEXT)
def test_staff_names(ctx, name):
    holds(lambda: staff.add_staff(ctx, name, ["receptionist"]))


@PROPERTY
@given(field=st.sampled_from(["bride_name", "groom_phone", "special_requests", "notes"]), text=TEXT)
def test_update_couple(ctx, couple, field, text):
    c = holds(lambda: checkin.update_couple(ctx, couple.id, **{field: text}))
    if c is not None:
        saved_clean(getattr(c, field))


@PROPERTY
@given(remark=TEXT, line=TEXT, due=st.one_of(st.none(), FAR))
def test_handover_notes(ctx, remark, line, due):
    from app.handover import service as handover

    item = handover.ActionItem(text=line, owner_id=ctx.operator_id, due_at=due)
    if holds(lambda: handover.check_item(ctx, item)) is None:
        item = handover.ActionItem(text="补打流程单", owner_id=ctx.operator_id, due_at=None)
    holds(lambda: handover.save_draft(ctx, [item], remark=remark))
    h = holds(lambda: handover.submit(ctx, [item], remark=remark))
    if h is not None:
        handover.withdraw(ctx, h.id)


@PROPERTY
@given(text=TEXT)
def test_flow_notes_and_skip_reasons(ctx, couple, people, text):
    from app.flow import machine
    from app.flow.models import Flow

    if not Flow.select().where(Flow.couple == couple.id).exists():
        checkin.check_in_couple(ctx, couple.id)
    flow = Flow.get(Flow.couple == couple.id)
    open_steps = [s for s in machine.load_steps(flow.id) if not s.finished]
    if not open_steps:
        return
    step = open_steps[-1]
    holds(lambda: machine.add_note(ctx, step.id, text, staff_id=ctx.operator_id))
    holds(lambda: machine.skip_step(ctx, step.id, people["boss"].id, PIN, text))
