"""The shift's checklist on a real database: ticking (who, when, audited), a second tick refused with who
and when, untick, a new shift starts empty, the supervisor's list, and the checks not done in the handover
snapshot and its PDF (parsed back)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.handover import checklist as ck
from app.handover import report_pdf
from app.handover import service as ho
from app.handover.models import ChecklistTick
from app.staff import service as staff
from tests.print_util import page_texts, squash

CHECKS = ["储物柜钥匙清点", "休息区和前台整洁", "玻璃和样册", "门口天气提示与天气相符"]


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin="2468")


@pytest.fixture
def items(ctx, boss):
    out = [ck.save_item(ctx, boss.id, "2468", text, ["morning", "evening"]) for text in CHECKS]
    out.append(ck.save_item(ctx, boss.id, "2468", "关门前关灯锁门", ["evening"]))
    return out


def _audit(action: str) -> list[AuditLog]:
    return list(AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id))


def test_the_morning_shift_sees_its_checks_in_order(ctx, items):
    state = ck.current_checklist(ctx)
    assert state.shift_kind == "morning" and state.operator == "王丽"
    assert [r.text for r in state.rows] == CHECKS  # the evening-only check is not on the morning's list
    assert not any(r.done for r in state.rows)


def test_tick_records_who_and_when_audited(ctx, clock, items):
    clock.advance(minutes=12)
    row = ck.tick(ctx, items[0].id, "  少一把 07 号，已登记  ")
    assert row.done and row.ticked_by == "王丽" and row.ticked_at == dt.datetime(2026, 11, 20, 9, 12)
    assert row.note == "少一把 07 号，已登记"
    [entry] = _audit("checklist.tick")
    assert entry.operator_id == ctx.operator_id and entry.at == dt.datetime(2026, 11, 20, 9, 12)
    assert "储物柜钥匙清点" in entry.after
    assert ck.current_checklist(ctx).done_count == 1


def test_second_tick_in_the_same_shift_is_refused_with_who_and_when(ctx, clock, items):
    clock.advance(minutes=5)
    ck.tick(ctx, items[1].id)
    clock.advance(minutes=30)
    with pytest.raises(Conflict) as exc:
        ck.tick(ctx, items[1].id)
    assert "王丽" in str(exc.value) and "09:05" in str(exc.value)
    assert ChecklistTick.select().count() == 1
    assert len(_audit("checklist.tick")) == 1


def test_untick_is_audited_and_allows_ticking_again(ctx, clock, items):
    ck.tick(ctx, items[2].id)
    row = ck.untick(ctx, items[2].id)
    assert not row.done
    [entry] = _audit("checklist.untick")
    assert "玻璃和样册" in entry.before
    with pytest.raises(ValidationError) as exc:
        ck.untick(ctx, items[2].id)
    assert "item" in exc.value.errors
    clock.advance(minutes=1)
    assert ck.tick(ctx, items[2].id).done


def test_a_new_shift_starts_with_every_box_empty(ctx, clock, items):
    ck.tick(ctx, items[0].id)
    ck.tick(ctx, items[3].id)
    other = staff.add_staff(ctx, "刘芳", ["receptionist"])
    clock.set(dt.datetime(2026, 11, 20, 14, 10))
    staff.start_shift(ctx, other.id)
    state = ck.current_checklist(ctx)
    assert state.shift_kind == "evening" and state.operator == "刘芳"
    assert [r.text for r in state.rows] == [*CHECKS, "关门前关灯锁门"]
    assert state.done_count == 0
    assert ck.tick(ctx, items[0].id).ticked_by == "刘芳"  # the morning's tick does not count for her


def test_bad_input_is_refused_with_the_field_named(ctx, boss, items):
    with pytest.raises(ValidationError) as exc:
        ck.tick(ctx, 9999)
    assert "item" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        ck.tick(ctx, None)
    assert "item" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        ck.tick(ctx, items[4].id)  # an evening check in the morning
    assert "item" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        ck.tick(ctx, items[0].id, "长" * (ck.NOTE_MAX + 1))
    assert "note" in exc.value.errors
    ck.save_item(ctx, boss.id, "2468", CHECKS[1], ["morning", "evening"], items[1].id, active=False)
    with pytest.raises(ValidationError) as exc:
        ck.tick(ctx, items[1].id)
    assert "item" in exc.value.errors and CHECKS[1] in exc.value.errors["item"]
    for text, shifts, field in [("   ", ["morning"], "text"), ("长" * (ck.ITEM_TEXT_MAX + 1), ["morning"], "text"),
                                ("新的检查", [], "shifts"), ("新的检查", ["night"], "shifts"),
                                (CHECKS[0], ["morning"], "text")]:
        with pytest.raises(ValidationError) as exc:
            ck.save_item(ctx, boss.id, "2468", text, shifts)
        assert field in exc.value.errors, (text, shifts)
    assert ChecklistTick.select().count() == 0
    assert len(ck.items(include_inactive=True)) == 5


def test_nobody_on_shift_cannot_tick(ctx, items):
    ctx.terminal = "counter-2"
    with pytest.raises(ValidationError) as exc:
        ck.tick(ctx, items[0].id)
    assert "shift" in exc.value.errors


def test_only_a_supervisor_with_her_pin_edits_the_list(ctx, boss, items):
    clerk = staff.add_staff(ctx, "周婷", ["receptionist"], pin="1357")
    with pytest.raises(PermissionDenied):
        ck.save_item(ctx, clerk.id, "1357", "擦前台玻璃", ["morning"])
    with pytest.raises(PermissionDenied):
        ck.save_item(ctx, boss.id, "0000", "擦前台玻璃", ["morning"])
    assert "擦前台玻璃" not in [i.text for i in ck.items(include_inactive=True)]
    changed = ck.save_item(ctx, boss.id, "2468", "玻璃门和样册擦净", ["morning"], items[2].id)
    assert changed.text == "玻璃门和样册擦净" and changed.shifts == ("morning",)
    saves = _audit("checklist.item_save")
    assert len(saves) == 6 and saves[-1].operator_id == boss.id and "玻璃和样册" in saves[-1].before
    order = ck.move_item(ctx, boss.id, "2468", items[3].id, -1)
    assert [i.text for i in order][:4] == ["储物柜钥匙清点", "休息区和前台整洁", "门口天气提示与天气相符", "玻璃门和样册擦净"]
    assert len(_audit("checklist.item_move")) == 1
    assert [r.text for r in ck.current_checklist(ctx).rows][2] == "门口天气提示与天气相符"


def test_the_handover_shows_the_checks_not_done_and_freezes_the_list(ctx, clock, items):
    ck.tick(ctx, items[0].id)
    ck.tick(ctx, items[3].id)
    snap = ho.build_snapshot(ctx)
    sec = snap.section("checklist")
    assert sec is not None
    assert [r.cells[0] for r in sec.rows] == ["休息区和前台整洁", "玻璃和样册"]
    assert all(r.alert for r in sec.rows)
    assert "2" in sec.title and "4" in sec.title
    clock.advance(minutes=30)
    h = ho.submit(ctx)
    view = ho.load_handover(h.id)
    assert [r.cells[0] for r in view.snapshot.section("checklist").rows] == ["休息区和前台整洁", "玻璃和样册"]
    with pytest.raises(Conflict):  # the checklist went with the handover
        ck.tick(ctx, items[1].id)
    assert ck.current_checklist(ctx).frozen
    text = squash("\n".join(page_texts(report_pdf.handover_pdf(ctx, h.id))))
    assert "休息区和前台整洁" in text and "玻璃和样册" in text
    assert "储物柜钥匙清点" not in text and "门口天气提示与天气相符" not in text


def test_every_check_done_says_so(ctx, items):
    for i in items[:4]:
        ck.tick(ctx, i.id)
    sec = ho.build_snapshot(ctx).section("checklist")
    assert sec.rows == [] and sec.empty_text
    text = squash("\n".join(page_texts(report_pdf.handover_pdf(ctx))))
    assert squash(sec.empty_text) in text


def test_the_database_itself_refuses_a_second_tick_of_a_shift(ctx, items):
    import peewee as pw

    from app.core.db import db
    from app.staff.service import current_shift

    row = ck.tick(ctx, items[0].id)
    shift = current_shift(ctx.terminal)
    with pytest.raises(pw.IntegrityError), db.atomic():
        ChecklistTick.create(item=row.item_id, shift=shift.id, ticked_at=row.ticked_at, ticked_by=ctx.operator_id)
    assert ChecklistTick.select().count() == 1


def test_no_checklist_set_up_no_section(ctx):
    assert ho.build_snapshot(ctx).section("checklist") is None


def test_the_evening_hour_is_a_supervisors_and_decides_the_shift(ctx, clock, boss, items):
    clerk = staff.add_staff(ctx, "周婷", ["receptionist"], pin="1357")
    with pytest.raises(PermissionDenied):
        ck.set_evening_from(ctx, clerk.id, "1357", 8)
    for bad in (0, 24, "8", True):
        with pytest.raises(ValidationError) as exc:
            ck.set_evening_from(ctx, boss.id, "2468", bad)
        assert "evening_from" in exc.value.errors
    assert ck.evening_from() == 14
    ck.set_evening_from(ctx, boss.id, "2468", 8)  # the 09:00 shift is now an evening shift
    assert ck.current_checklist(ctx).shift_kind == "evening"
    assert "关门前关灯锁门" in [r.text for r in ck.current_checklist(ctx).rows]
