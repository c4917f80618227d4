"""Rooms and appointment clashes: a staff member booked twice at overlapping times, or a room fuller than its
capacity, warns with the other appointment named; the receptionist may book anyway, with her reason, and
the override is audited (who, why, which appointments).

The check runs inside the booking's own transaction (``check_and_record`` is called by
``app.appointments.service``): on SQLite the transaction is IMMEDIATE, so a second counter waits; on
PostgreSQL the staff member's and the room's rows are locked (``SELECT … FOR UPDATE``) first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from app.checkin.models import Couple, Lead
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import DomainError, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, name_error, text_error
from app.staff.models import Staff

from .models import APPOINTMENT_KINDS, Appointment, Room

#: How long an appointment takes its staff member and room unless the booking says otherwise.
DEFAULT_MINUTES = {"shoot": 60, "selection": 90, "proof": 45, "pickup": 30, "dress_fitting": 60,
                   "consultation": 45}
MAX_MINUTES = 12 * 60


def default_minutes(kind: str) -> int:
    return DEFAULT_MINUTES.get(kind, 60)


# ------------------------------------------------------------------------------------------ rooms

@dataclass(frozen=True)
class RoomView:
    id: int
    name: str
    capacity: int
    kinds: tuple[str, ...]
    active: bool


def _room_view(r: Room) -> RoomView:
    return RoomView(r.id, r.name, r.capacity, tuple(k for k in r.kinds.split(",") if k), r.active)


def rooms(include_inactive: bool = False, kind: str | None = None) -> list[RoomView]:
    """The rooms (for ``kind``: those it may be booked in), in the supervisor's order."""
    q = Room.select().order_by(Room.position, Room.name)
    if not include_inactive:
        q = q.where(Room.active)
    out = [_room_view(r) for r in q]
    return [r for r in out if kind in r.kinds] if kind else out


def kind_needs_room(kind: str) -> bool:
    """A kind some active room is for must name its room."""
    return bool(rooms(kind=kind))


def save_room(ctx: AppContext, staff_id: int | None, pin: str | None, name: str, capacity: int,
              kinds: Sequence[str], room_id: int | None = None, active: bool = True) -> RoomView:
    """A supervisor adds or changes a room: its name, capacity and the appointment kinds it is for."""
    from app.staff.service import acting, authenticate_supervisor

    errors: dict[str, str] = {}
    if err := name_error(name, max_len=40):
        errors["name"] = err
    if not isinstance(capacity, int) or isinstance(capacity, bool) or not 1 <= capacity <= 50:
        errors["capacity"] = translate("Appointments", "A whole number from 1 to 50.")
    bad = [k for k in kinds if k not in APPOINTMENT_KINDS]
    if bad or not kinds:
        errors["kinds"] = translate("Appointments", "Tick what the room is booked for.")
    if "name" not in errors:
        same = Room.get_or_none(Room.name == clean_text(name))
        if same is not None and same.id != room_id:
            errors["name"] = translate("Appointments", "There is already a room of this name.")
    if errors:
        raise ValidationError(errors)
    member = authenticate_supervisor(ctx, staff_id, pin)
    return store_room(acting(ctx, member), clean_text(name), capacity, kinds, room_id, active)


def store_room(actx: AppContext, name: str, capacity: int, kinds: Iterable[str], room_id: int | None = None,
               active: bool = True) -> RoomView:
    """Write a room already checked (by :func:`save_room`, or the demo's own list)."""
    codes = ",".join(k for k in APPOINTMENT_KINDS if k in set(kinds))
    with db.atomic():
        if room_id is None:
            position = (Room.select(pw.fn.MAX(Room.position)).scalar() or 0) + 1
            r = Room.create(name=name, capacity=capacity, kinds=codes, active=active, position=position)
            before = None
        else:
            r = Room.get_or_none(Room.id == room_id)
            if r is None:
                raise NotFound(translate("Appointments", "No room #{id}.").format(id=room_id))
            before = snapshot(r)
            r.name, r.capacity, r.kinds, r.active = name, capacity, codes, active
            r.save()
        record(actx, "room.save", r, before=before)
    return _room_view(r)


# ----------------------------------------------------------------------------------------- clashes

@dataclass(frozen=True)
class ClashInfo:
    """One reason the booking clashes: the staff member's other appointment, or the room full then."""

    kind: str  # staff / room
    appointment_id: int  # the other appointment (for a full room: the first one overlapping)
    starts_at: dt.datetime
    minutes: int
    who: str
    appointment_kind: str
    staff: str
    room: str
    message: str


class Clash(DomainError):
    """The booking overlaps: ``clashes`` says with what. Book anyway with an override reason."""

    def __init__(self, clashes: Sequence[ClashInfo]) -> None:
        self.clashes = tuple(clashes)
        super().__init__("\n".join(c.message for c in self.clashes))


def _who(a: Appointment) -> str:
    if a.couple_id:
        c = Couple.get_or_none(Couple.id == a.couple_id)
        return c.names if c else ""
    if a.lead_id:
        ld = Lead.get_or_none(Lead.id == a.lead_id)
        return ld.name if ld else ""
    return ""


def _overlapping(starts_at: dt.datetime, minutes: int, exclude_id: int | None) -> pw.ModelSelect:
    ends = starts_at + dt.timedelta(minutes=minutes)
    # Candidates start before our end and at most MAX_MINUTES before our start; their own end is checked below.
    q = Appointment.select().where((Appointment.status == "booked") & (Appointment.starts_at < ends)
                                   & (Appointment.starts_at > starts_at - dt.timedelta(minutes=MAX_MINUTES)))
    if exclude_id is not None:
        q = q.where(Appointment.id != exclude_id)
    return q


def _overlaps(a: Appointment, starts_at: dt.datetime) -> bool:
    return a.starts_at + dt.timedelta(minutes=a.minutes) > starts_at


def _max_at_once(others: list[Appointment], starts_at: dt.datetime, minutes: int) -> int:
    """The most of ``others`` going on at one moment of [starts_at, starts_at + minutes)."""
    ends = starts_at + dt.timedelta(minutes=minutes)
    events: list[tuple[dt.datetime, int]] = []
    for a in others:
        events.append((max(a.starts_at, starts_at), 1))
        events.append((min(a.starts_at + dt.timedelta(minutes=a.minutes), ends), -1))
    best = now = 0
    for _t, step in sorted(events, key=lambda e: (e[0], e[1])):
        now += step
        best = max(best, now)
    return best


def find_clashes(starts_at: dt.datetime, minutes: int, staff_id: int | None, room_id: int | None,
                 exclude_id: int | None = None) -> list[ClashInfo]:
    """What a booking of ``staff_id`` / ``room_id`` at ``starts_at`` for ``minutes`` would clash with."""
    out: list[ClashInfo] = []
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    from app.appointments.service import kind_label

    if staff_id is not None:
        for a in _overlapping(starts_at, minutes, exclude_id).where(Appointment.staff == staff_id) \
                .order_by(Appointment.starts_at):
            if _overlaps(a, starts_at):
                who = _who(a)
                out.append(ClashInfo("staff", a.id, a.starts_at, a.minutes, who, a.kind, names.get(staff_id, ""), "",
                                     translate("Appointments", "{staff} is already booked {start}–{end}: {who} "
                                                               "({kind}).").format(
                                         staff=names.get(staff_id, ""), start=f"{a.starts_at:%m-%d %H:%M}",
                                         end=f"{a.starts_at + dt.timedelta(minutes=a.minutes):%H:%M}", who=who,
                                         kind=kind_label(a.kind))))
    if room_id is not None:
        room = Room.get_or_none(Room.id == room_id)
        if room is not None:
            others = [a for a in _overlapping(starts_at, minutes, exclude_id).where(Appointment.room == room_id)
                      .order_by(Appointment.starts_at) if _overlaps(a, starts_at)]
            if others and _max_at_once(others, starts_at, minutes) >= room.capacity:
                a = others[0]
                listed = "; ".join(f"{o.starts_at:%H:%M} {_who(o)}" for o in others[:3])
                out.append(ClashInfo("room", a.id, a.starts_at, a.minutes, _who(a), a.kind, "", room.name,
                                     translate("Appointments", "{room} is full then ({n} at once): {list}.").format(
                                         room=room.name, n=room.capacity, list=listed)))
    return out


def room_errors(kind: str, room_id: int | None) -> dict[str, str]:
    """A kind some room is for needs its room; the room must be for that kind."""
    if room_id is None:
        if kind_needs_room(kind):
            return {"room": translate("Appointments", "Pick the room for this appointment.")}
        return {}
    room = Room.get_or_none(Room.id == room_id)
    if room is None or not room.active:
        return {"room": translate("Appointments", "No such room in use.")}
    if kind not in room.kinds.split(","):
        return {"room": translate("Appointments", "{room} is not booked for this kind of appointment.").format(
            room=room.name)}
    return {}


def minutes_error(minutes: object) -> str | None:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 5 <= minutes <= MAX_MINUTES:
        return translate("Appointments", "Between 5 minutes and 12 hours.")
    return None


def _lock(model: type[pw.Model], row_id: int | None) -> None:
    """PostgreSQL: lock the staff member's / room's row until the booking commits (SQLite: the IMMEDIATE
    transaction already holds the write lock)."""
    if row_id is None or not getattr(db.obj, "for_update", False):
        return
    list(model.select(model.id).where(model.id == row_id).for_update())


def check_and_record(ctx: AppContext, starts_at: dt.datetime, minutes: int, staff_id: int | None,
                     room_id: int | None, exclude_id: int | None, override_reason: str,
                     accepted: Sequence[int]) -> list[ClashInfo]:
    """Inside the booking's transaction: lock, find the clashes, and raise :class:`Clash` unless each one
    was seen and overridden with a reason (``accepted``: the other appointments' ids she was shown)."""
    _lock(Staff, staff_id)
    _lock(Room, room_id)
    found = find_clashes(starts_at, minutes, staff_id, room_id, exclude_id)
    if not found:
        return []
    if not clean_text(override_reason) or any(c.appointment_id not in set(accepted) for c in found):
        raise Clash(found)
    if err := text_error(override_reason, 200):
        raise ValidationError({"override": err})
    return found


def record_override(ctx: AppContext, appointment: Appointment, clashes: Sequence[ClashInfo], reason: str) -> None:
    """The receptionist booked anyway: who (the operator), why, and with what it clashes — audited."""
    record(ctx, "appointment.clash_override", appointment, before=None, after={
        "reason": clean_text(reason), "starts_at": f"{appointment.starts_at:%Y-%m-%d %H:%M}", "minutes": appointment.minutes,
        "staff": appointment.staff_id, "room": appointment.room_id,
        "clashes": [{"kind": c.kind, "appointment": c.appointment_id, "message": c.message} for c in clashes]})
