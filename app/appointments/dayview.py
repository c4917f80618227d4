"""A day's appointments laid out per staff member or per room (the day book): one lane per staff member /
room, one row per slot; each appointment fills the slots it takes, and a slot taken more often than the lane
allows (a staff member twice, a room beyond its capacity) is marked as a clash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.context import AppContext
from app.core.i18n import translate

from . import clashes
from .service import appointments_on

SLOT_MINUTES = 30
FIRST_HOUR, LAST_HOUR = 8, 20  # the day book's usual span; earlier or later appointments widen it


@dataclass(frozen=True)
class Lane:
    id: int | None  # the staff member's / room's id; None: appointments without one
    name: str
    capacity: int  # how many at once before it clashes (a staff member: 1)


@dataclass(frozen=True)
class Booking:
    appointment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    who: str
    kind_label: str
    status: str
    first: bool  # this slot is where it starts


@dataclass(frozen=True)
class DayGrid:
    day: dt.date
    by: str  # staff / room
    lanes: tuple[Lane, ...]
    slots: tuple[dt.datetime, ...]
    cells: dict[tuple[int, int], tuple[Booking, ...]]  # (slot index, lane index) → bookings then

    def bookings(self, slot: int, lane: int) -> tuple[Booking, ...]:
        return self.cells.get((slot, lane), ())

    def clash(self, slot: int, lane: int) -> bool:
        lane_ = self.lanes[lane]
        return lane_.id is not None and len(self.bookings(slot, lane)) > lane_.capacity


def day_grid(ctx: AppContext, day: dt.date, by: str = "staff") -> DayGrid:
    """The day book of ``day`` (``by``: "staff" or "room"); cancelled appointments are left out."""
    if by not in ("staff", "room"):
        raise ValueError(by)
    rows = appointments_on(ctx, day)
    lanes: list[Lane] = []
    index: dict[int | None, int] = {}
    if by == "room":
        for r in clashes.rooms():
            index[r.id] = len(lanes)
            lanes.append(Lane(r.id, r.name, r.capacity))
    for r in rows:
        key = r.staff_id if by == "staff" else r.appointment.room_id
        if key is not None and key not in index:
            name = r.staff_name if by == "staff" else r.appointment.room.name
            index[key] = len(lanes)
            lanes.append(Lane(key, name, 1 if by == "staff" else r.appointment.room.capacity))
    if by == "staff":
        order = sorted(range(len(lanes)), key=lambda i: lanes[i].name)
        lanes = [lanes[i] for i in order]
        index = {ln.id: i for i, ln in enumerate(lanes)}
    if any((r.staff_id if by == "staff" else r.appointment.room_id) is None for r in rows):
        index[None] = len(lanes)
        lanes.append(Lane(None, translate("Appointments", "No staff named") if by == "staff"
                          else translate("Appointments", "No room"), 0))
    start = dt.datetime.combine(day, dt.time(FIRST_HOUR))
    end = dt.datetime.combine(day, dt.time(LAST_HOUR))
    spans = [(r, r.starts_at, r.starts_at + dt.timedelta(minutes=r.appointment.minutes)) for r in rows]
    for _r, s, e in spans:
        start = min(start, s.replace(minute=0 if s.minute < SLOT_MINUTES else SLOT_MINUTES))
        end = max(end, e)
    slots: list[dt.datetime] = []
    t = start
    while t < end:
        slots.append(t)
        t += dt.timedelta(minutes=SLOT_MINUTES)
    cells: dict[tuple[int, int], list[Booking]] = {}
    step = dt.timedelta(minutes=SLOT_MINUTES)
    for r, s, e in spans:
        lane = index[r.staff_id if by == "staff" else r.appointment.room_id]
        for i, slot in enumerate(slots):
            if slot < e and slot + step > s:
                cells.setdefault((i, lane), []).append(Booking(
                    r.id, s, e, r.who, r.kind_label, r.status, first=slot <= s < slot + step))
    return DayGrid(day=day, by=by, lanes=tuple(lanes), slots=tuple(slots),
                   cells={k: tuple(v) for k, v in cells.items()})
