"""The shift's checklist (交接班检查项): the recurring checks every shift does — locker keys counted, lounge
and counter tidy, the glass and sample albums, the weather notice at the door matching the weather …

- Supervisors edit the list (Settings ▸ Shift checklist): each check has its text, the shifts it belongs
  to (``SHIFT_KINDS``: a shift started before ``EVENING_FROM`` is the morning shift, else the evening one),
  its order and whether it is in use. A check is never deleted (past ticks keep their text): it is
  switched off. Every change is audited and needs a supervisor's PIN.
- The receptionist on shift ticks a check when done (``tick``): who and when, with an optional note. Ticks
  belong to the shift (``app.staff.models.Shift``): the next shift starts with every box empty. A check is
  ticked at most once a shift: a second tick is refused with who ticked it and when (also between two
  processes: a unique index on item and shift). A tick made by mistake can be taken back (``untick``,
  audited) until the handover is submitted; after that the checklist is frozen with the handover.
- The handover shows the checks NOT done in the shift being handed over (``handover_sections``, connected
  in ``app.wiring``), on the tab and in the PDF.

Every write is one transaction with its audit entry; bad input raises ValidationError naming the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import char_error, clean_text, text_error
from app.handover.models import ChecklistItem, ChecklistTick
from app.handover.options import EVENING_FROM
from app.handover.service import SnapshotRow, SnapshotSection, open_handover
from app.staff import service as staff_service
from app.staff.models import Staff

SHIFT_KINDS = ("morning", "evening")
ITEM_TEXT_MAX = 80
NOTE_MAX = 200
ITEMS_MAX = 40


def shift_kind_label(kind: str) -> str:
    return {"morning": translate("Checklist", "Morning shift"),
            "evening": translate("Checklist", "Evening shift")}.get(kind, kind)


def shifts_label(kinds: Iterable[str]) -> str:
    kinds = tuple(kinds)
    if set(SHIFT_KINDS) <= set(kinds):
        return translate("Checklist", "Every shift")
    return "、".join(shift_kind_label(k) for k in SHIFT_KINDS if k in kinds)


def shift_kind(started_at: dt.datetime) -> str:
    """The kind of a shift from when it started: before ``EVENING_FROM`` o'clock the morning shift."""
    return "evening" if started_at.hour >= EVENING_FROM.get() else "morning"


def evening_from() -> int:
    """The hour from which a shift that starts is the evening shift."""
    return EVENING_FROM.get()


def set_evening_from(ctx: AppContext, staff_id: int | None, pin: str | None, hour: int) -> None:
    """A supervisor (PIN checked here) sets the hour the evening shift starts from; audited."""
    if not isinstance(hour, int) or isinstance(hour, bool) or not EVENING_FROM.valid(hour):
        raise ValidationError({"evening_from": translate("Checklist", "An hour from 1 to 23.")})
    member = staff_service.authenticate_supervisor(ctx, staff_id, pin)
    EVENING_FROM.set(staff_service.acting(ctx, member), hour, by_supervisor=True)


# ------------------------------------------------------------------------------------ views

@dataclass(frozen=True)
class ItemView:
    """One check of the supervisor's list."""

    id: int
    text: str
    shifts: tuple[str, ...]
    position: int
    active: bool

    @property
    def shifts_text(self) -> str:
        return shifts_label(self.shifts)


@dataclass(frozen=True)
class CheckRow:
    """One check of the current shift with its tick (or none yet)."""

    item_id: int
    text: str
    done: bool
    ticked_at: dt.datetime | None = None
    ticked_by: str = ""
    ticked_by_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ChecklistState:
    """The checklist of this counter's open shift (no shift: ``shift_id`` None and no rows)."""

    shift_id: int | None
    shift_kind: str | None
    operator: str
    started_at: dt.datetime | None
    rows: tuple[CheckRow, ...]
    frozen: bool = False  # a handover was submitted: the checklist went with it

    @property
    def done_count(self) -> int:
        return sum(1 for r in self.rows if r.done)

    @property
    def missing(self) -> tuple[CheckRow, ...]:
        return tuple(r for r in self.rows if not r.done)


def _kinds(value: str) -> tuple[str, ...]:
    got = {k for k in value.split(",") if k}
    return tuple(k for k in SHIFT_KINDS if k in got)


def _item_view(i: ChecklistItem) -> ItemView:
    return ItemView(i.id, i.text, _kinds(i.shifts), i.position, i.active)


def items(include_inactive: bool = False) -> list[ItemView]:
    """The supervisor's list in its order (the checks switched off too with ``include_inactive``)."""
    q = ChecklistItem.select().order_by(ChecklistItem.position, ChecklistItem.id)
    if not include_inactive:
        q = q.where(ChecklistItem.active)
    return [_item_view(i) for i in q]


def _state(terminal: str) -> ChecklistState:
    shift = staff_service.current_shift(terminal)
    if shift is None:
        return ChecklistState(None, None, "", None, ())
    kind = shift_kind(shift.started_at)
    ticks = {t.item_id: t for t in (ChecklistTick.select(ChecklistTick, Staff)
                                    .join(Staff)
                                    .where(ChecklistTick.shift == shift.id))}
    rows = []
    q = ChecklistItem.select().order_by(ChecklistItem.position, ChecklistItem.id)
    for i in q:
        t = ticks.get(i.id)
        # A check ticked this shift stays on it even if the supervisor has switched it off since.
        if t is None and not (i.active and kind in _kinds(i.shifts)):
            continue
        rows.append(CheckRow(i.id, i.text, t is not None, t.ticked_at if t else None,
                             t.ticked_by.name if t else "", t.ticked_by_id if t else None, t.note if t else ""))
    operator = Staff.get_by_id(shift.operator_id).name
    return ChecklistState(shift.id, kind, operator, shift.started_at, tuple(rows),
                          frozen=open_handover(terminal) is not None)


def current_checklist(ctx: AppContext) -> ChecklistState:
    """The checks of this counter's open shift, each with who ticked it and when."""
    return _state(ctx.terminal)


# ------------------------------------------------------------------------------------ ticking

def _row(state: ChecklistState, item_id: int) -> CheckRow:
    return next(r for r in state.rows if r.item_id == item_id)


def _already_ticked(t: ChecklistTick) -> Conflict:
    return Conflict(translate("Checklist", "\"{text}\" was already ticked by {name} at {time} in this shift.").format(
        text=t.item.text, name=t.ticked_by.name, time=t.ticked_at.strftime("%H:%M")))


def _open_shift(ctx: AppContext) -> staff_service.ShiftInfo:
    """This counter's open shift, refused (ValidationError ``shift``) when none, or frozen with a handover."""
    shift = staff_service.current_shift(ctx.terminal)
    if shift is None or ctx.operator_id is None:
        raise ValidationError({"shift": translate("Checklist", "Nobody is on shift: start a shift first.")})
    pending = open_handover(ctx.terminal)
    if pending is not None:
        raise Conflict(translate("Checklist", "The handover was submitted at {time}: the checklist went with it. "
                                              "Withdraw the handover to change it.").format(
            time=pending.submitted_at.strftime("%H:%M")))
    return shift


def tick(ctx: AppContext, item_id: int | None, note: str = "") -> CheckRow:
    """The receptionist on shift has done one check: who and when are recorded (audited).

    Refused: an unknown, switched-off or other shift's check, or a note too long (ValidationError
    ``item`` / ``note`` / ``shift``); a check already ticked in this shift (Conflict naming who and when)."""
    if err := text_error(note, NOTE_MAX):
        raise ValidationError({"note": err})
    try:
        with db.atomic():
            shift = _open_shift(ctx)
            item = ChecklistItem.get_or_none(ChecklistItem.id == item_id) if isinstance(item_id, int) else None
            if item is None:
                raise ValidationError({"item": translate("Checklist", "No such check on the list.")})
            if not item.active:
                raise ValidationError({"item": translate("Checklist", "\"{text}\" is no longer on the checklist.")
                                      .format(text=item.text)})
            kind = shift_kind(shift.started_at)
            if kind not in _kinds(item.shifts):
                raise ValidationError({"item": translate("Checklist", "\"{text}\" is not a check of the {shift}.")
                                      .format(text=item.text, shift=shift_kind_label(kind))})
            done = ChecklistTick.get_or_none((ChecklistTick.item == item.id)
                                             & (ChecklistTick.shift == shift.id))
            if done is not None:
                raise _already_ticked(done)
            t = ChecklistTick.create(item=item.id, shift=shift.id, ticked_at=ctx.now(),
                                     ticked_by=ctx.operator_id, note=clean_text(note))
            record(ctx, "checklist.tick", t, after={**(snapshot(t) or {}), "text": item.text})
    except pw.IntegrityError as exc:
        # Ticked a moment ago from another process of this counter (unique index item + shift).
        now_shift = staff_service.current_shift(ctx.terminal)
        done = ChecklistTick.get_or_none((ChecklistTick.item == item_id)
                                         & (ChecklistTick.shift == now_shift.id)) if now_shift else None
        if done is None:
            raise
        raise _already_ticked(done) from exc
    return _row(_state(ctx.terminal), t.item_id)


def untick(ctx: AppContext, item_id: int | None) -> CheckRow:
    """Take back a tick made by mistake in this shift (audited: the tick, who and when, is kept in the
    audit log). Refused once the handover is submitted, or when the check is not ticked."""
    with db.atomic():
        shift = _open_shift(ctx)
        t = (ChecklistTick.get_or_none((ChecklistTick.item == item_id) & (ChecklistTick.shift == shift.id))
             if isinstance(item_id, int) else None)
        if t is None:
            raise ValidationError({"item": translate("Checklist", "This check is not ticked in this shift.")})
        before = {**(snapshot(t) or {}), "text": t.item.text}
        t.delete_instance()
        record(ctx, "checklist.untick", table="checklist_tick", record_id=t.id, before=before,
               after={"untick_by": ctx.operator_id})
    return _row(_state(ctx.terminal), t.item_id)


# ------------------------------------------------------------------------------------ the list

def item_errors(text: str, shifts: Iterable[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    t = clean_text(text)
    if err := char_error(text):
        errors["text"] = err
    elif not t:
        errors["text"] = translate("Checklist", "Say what is to be checked.")
    elif len(t) > ITEM_TEXT_MAX:
        errors["text"] = translate("Checklist", "Too long: at most {n} characters.").format(n=ITEM_TEXT_MAX)
    kinds = list(shifts)
    if not kinds or any(k not in SHIFT_KINDS for k in kinds):
        errors["shifts"] = translate("Checklist", "Tick the shifts that do this check.")
    return errors


def save_item(ctx: AppContext, staff_id: int | None, pin: str | None, text: str, shifts: Iterable[str],
              item_id: int | None = None, active: bool = True) -> ItemView:
    """A supervisor adds or changes a check (its text, shifts, in use or not). Her PIN is checked here."""
    shifts = list(shifts)
    if errors := item_errors(text, shifts):
        raise ValidationError(errors)
    member = staff_service.authenticate_supervisor(ctx, staff_id, pin)
    return store_item(staff_service.acting(ctx, member), text, shifts, item_id, active)


def store_item(actx: AppContext, text: str, shifts: Iterable[str], item_id: int | None = None,
               active: bool = True) -> ItemView:
    """Write a check (already allowed by :func:`save_item`, or the demo's list); audited."""
    shifts = list(shifts)
    if errors := item_errors(text, shifts):
        raise ValidationError(errors)
    t = clean_text(text)
    codes = ",".join(k for k in SHIFT_KINDS if k in shifts)
    with db.atomic():
        same = ChecklistItem.get_or_none(ChecklistItem.text == t)
        if same is not None and same.id != item_id:
            raise ValidationError({"text": translate("Checklist", "This check is already on the list.")})
        if item_id is None:
            if ChecklistItem.select().count() >= ITEMS_MAX:
                raise ValidationError({"text": translate("Checklist", "At most {n} checks: switch one off or "
                                                                      "change it instead.").format(n=ITEMS_MAX)})
            position = (ChecklistItem.select(pw.fn.MAX(ChecklistItem.position)).scalar() or 0) + 1
            i = ChecklistItem.create(text=t, shifts=codes, position=position, active=active, created_at=actx.now())
            before = None
        else:
            found = ChecklistItem.get_or_none(ChecklistItem.id == item_id)
            if found is None:
                raise NotFound(translate("Checklist", "No check #{id}.").format(id=item_id))
            i = found
            before = snapshot(i)
            i.text, i.shifts, i.active = t, codes, bool(active)
            i.save()
        record(actx, "checklist.item_save", i, before=before)
    return _item_view(i)


def move_item(ctx: AppContext, staff_id: int | None, pin: str | None, item_id: int, step: int) -> list[ItemView]:
    """A supervisor moves a check up (``step`` -1) or down (+1) the list; audited. Returns the new order."""
    if step not in (-1, 1):
        raise ValidationError({"step": translate("Checklist", "Move one place up or down.")})
    member = staff_service.authenticate_supervisor(ctx, staff_id, pin)
    actx = staff_service.acting(ctx, member)
    with db.atomic():
        rows = list(ChecklistItem.select().order_by(ChecklistItem.position, ChecklistItem.id))
        at = next((n for n, r in enumerate(rows) if r.id == item_id), None)
        if at is None:
            raise NotFound(translate("Checklist", "No check #{id}.").format(id=item_id))
        to = at + step
        if 0 <= to < len(rows):
            rows[at], rows[to] = rows[to], rows[at]
            before = [r.id for r in sorted(rows, key=lambda r: (r.position, r.id))]
            for n, r in enumerate(rows, start=1):
                if r.position != n:
                    ChecklistItem.update(position=n).where(ChecklistItem.id == r.id).execute()
            record(actx, "checklist.item_move", table="checklist_item", record_id=item_id,
                   before={"order": before}, after={"order": [r.id for r in rows]})
    return items(include_inactive=True)


# ------------------------------------------------------------------------------------ handover

def _section(state: ChecklistState) -> SnapshotSection:
    kind = shift_kind_label(state.shift_kind) if state.shift_kind else ""
    sec = SnapshotSection(
        key="checklist",
        title=translate("Checklist", "Shift checks not done ({kind}: {done} of {total} done)").format(
            kind=kind, done=state.done_count, total=len(state.rows)),
        headers=[translate("Checklist", "Check"), translate("Checklist", "Status")],
        empty_text=translate("Checklist", "Every check of the shift is done."))
    for r in state.missing:
        sec.rows.append(SnapshotRow(cells=[r.text, translate("Checklist", "Not done")], alert=True,
                                    ref=f"check:{r.item_id}"))
    return sec


def handover_sections(ctx: AppContext) -> list[SnapshotSection]:
    """The checks not done in the shift being handed over (connected in ``app.wiring``); nothing when the
    shift has no checklist (none set up, or nobody on shift)."""
    state = _state(ctx.terminal)
    return [_section(state)] if state.rows else []
