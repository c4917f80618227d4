"""Rounds (巡查): "a guest sitting and waiting with nobody attending must be approached" (seed 000).

Who needs looking after is read from the flow board (``app.flow.board.board_rows``), so the list and the
board never disagree about where a guest is. A guest is *waiting* when the board shows them

- ``ready``: finished a station, nobody has taken them on to the next one yet (between stations);
- ``waiting``: at the next station, not started yet;
- ``partner``: in the lounge waiting for the other half (休息室等候另一半).

Escorted guests (``handoff``) and guests being worked on (``in_progress``) are attended. A waiting guest is
on the to-look-after list once ``flow.round_minutes`` (15) minutes or more have passed since the later of:
when they started waiting, and their last round. ``record_round`` logs who looked, when and a short note
(one transaction with its audit entry, topic ``round``); it restarts that guest's clock. A round for the
couple (both) counts for the bride and for the groom.

Reads: ``to_look_after``, ``look_after_text`` (the status bar), ``rounds_of_visit``, ``rounds_by_staff``
(the scorecards). Writes: ``record_round``; ``set_round_minutes`` (supervisors, 设置 ▸ 流程).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from app.checkin.models import Visit
from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, text_error
from app.flow.board import BoardRow, PersonState, board_rows
from app.flow.machine import minutes_between, person_label, state_label
from app.flow.models import Flow, GuestRound
from app.flow.options import ROUND_MINUTES
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import authenticate, require_role

WAIT_STATES = ("ready", "waiting", "partner")
ROUND_PERSONS = ("bride", "groom", "couple")
NOTE_MAX = 60


def round_minutes() -> int:
    """Minutes a waiting guest may go without a round (``flow.round_minutes``)."""
    return ROUND_MINUTES.get()


def set_round_minutes(ctx: AppContext, minutes: int, staff_id: int | None, pin: str | None) -> None:
    """A supervisor sets how long a waiting guest may go without a round (1–240 minutes)."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 240:
        raise ValidationError({"round_minutes": translate("Rounds", "Between 1 and 240 minutes.")})
    require_role(authenticate(ctx, staff_id, pin), *SUPERVISOR_ROLES)
    ROUND_MINUTES.set(ctx, minutes, by_supervisor=True)


def quick_notes() -> list[str]:
    """The notes the round dialog offers with one click (any other short note may be typed)."""
    return [translate("Rounds", "Brought water"), translate("Rounds", "Brought magazines"),
            translate("Rounds", "Told them the bride is nearly ready"),
            translate("Rounds", "Told them how long it will be"), translate("Rounds", "All fine, chatted")]


@dataclass(frozen=True)
class LastRound:
    """A round logged: who looked, when, what they did."""

    staff: str
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class RoundRow:
    """A guest waiting with nobody attending, ready to show."""

    visit_id: int
    couple_id: int
    order_no: str
    names: str
    person: str  # bride / groom / couple (both)
    who: str  # the person's label
    where: str  # where they are and what they wait for
    since: dt.datetime  # when they started waiting
    minutes_waiting: int  # since they started waiting
    minutes_unattended: int  # since the later of: started waiting, last round
    last_round: LastRound | None

    @property
    def title(self) -> str:
        return f"{self.names} · {self.who}"


def _where(states: list[PersonState]) -> str:
    p = states[0]
    if p.state == "partner":
        return state_label("partner")
    station = " / ".join(dict.fromkeys(s.step.station.name for s in states if s.step is not None))
    if p.state == "ready":
        if p.station:
            return translate("Rounds", "Finished {done}, waiting to be taken to {next}").format(
                done=p.station, next=station)
        return translate("Rounds", "Waiting to be taken to {next}").format(next=station)
    return translate("Rounds", "At {station}, not started yet").format(station=station)


def _waiting(row: BoardRow) -> list[tuple[str, list[PersonState]]]:
    """(person, states) of the row's waiting guests: one entry for both when they wait together (at the same
    step, or both left at the same moment by the same station, e.g. after reception)."""
    waiting = [p for p in (row.bride, row.groom) if p.state in WAIT_STATES and p.step is not None]
    if len(waiting) == 2:
        b, g = waiting
        same_step = b.step is not None and g.step is not None and b.step.get_id() == g.step.get_id()
        if same_step or (b.state == g.state and b.since == g.since and b.station == g.station):
            return [("couple", waiting)]
    return [(p.person, [p]) for p in waiting]


def _last_rounds(visit_ids: list[int]) -> dict[tuple[int, str], LastRound]:
    """(visit id, bride / groom) → that person's last round (a round for the couple counts for both)."""
    out: dict[tuple[int, str], LastRound] = {}
    if not visit_ids:
        return out
    names = _staff_names()
    for visit_id, person, staff_id, at, note in _tuples(
            GuestRound.select(GuestRound.visit, GuestRound.person, GuestRound.staff, GuestRound.at, GuestRound.note)
            .where(GuestRound.visit.in_(visit_ids)).order_by(GuestRound.at, _pk(GuestRound))):
        last = LastRound(names.get(staff_id, "") if staff_id else "", at, note)
        for p in (("bride", "groom") if person == "couple" else (person,)):
            out[(visit_id, p)] = last
    return out


def _pk(model: type[pw.Model]) -> pw.Field:
    """The model's id column (peewee adds it at run time: the type checker cannot see ``Model.id``)."""
    return cast(pw.Field, model._meta.primary_key)


def _tuples(query: pw.ModelSelect[Any]) -> list[tuple[Any, ...]]:
    """A select's rows as plain tuples, in the order of its columns."""
    return list(cast(Iterable[tuple[Any, ...]], query.tuples()))


def _staff_names() -> dict[int, str]:
    return {sid: name for sid, name in _tuples(Staff.select(_pk(Staff), Staff.name))}


def waiting_guests(ctx: AppContext) -> list[RoundRow]:
    """Every guest waiting between stations or in the lounge now, whether or not a round is due; the longest
    unattended first."""
    rows = board_rows(ctx)
    if not rows:
        return []
    visit_of: dict[int, int] = {fid: vid for fid, vid in _tuples(
        Flow.select(_pk(Flow), Flow.visit).where(_pk(Flow).in_([r.flow_id for r in rows])))}
    last = _last_rounds(sorted(set(visit_of.values())))
    now = ctx.now()
    out = []
    for row in rows:
        visit_id = visit_of.get(row.flow_id)
        if visit_id is None:
            continue
        for person, states in _waiting(row):
            since = min(p.since or row.arrived_at for p in states)
            rounds = [last.get((visit_id, p.person)) for p in states]
            # The clock restarts at a round that covered everybody in the row (the earlier one when two).
            covered = None if any(r is None for r in rounds) else min((r for r in rounds if r is not None),
                                                                      key=lambda r: r.at)
            shown = covered or max((r for r in rounds if r is not None), key=lambda r: r.at, default=None)
            base = max(since, covered.at) if covered is not None else since
            out.append(RoundRow(
                visit_id=visit_id, couple_id=row.couple_id, order_no=row.order_no, names=row.names, person=person,
                who=person_label(person), where=_where(states), since=since,
                minutes_waiting=minutes_between(since, now) or 0,
                minutes_unattended=minutes_between(base, now) or 0, last_round=shown))
    out.sort(key=lambda r: (-r.minutes_unattended, r.since, r.visit_id, r.person))
    return out


def to_look_after(ctx: AppContext, limit: int | None = None) -> list[RoundRow]:
    """The guests to go and look in on now: waiting ``limit`` (``flow.round_minutes``, 15) minutes or more
    since they started waiting or since their last round, whichever is later. Longest first."""
    limit = round_minutes() if limit is None else limit
    return [r for r in waiting_guests(ctx) if r.minutes_unattended >= limit]


def look_after_text(n: int) -> str:
    """The status bar's counter ('' when nobody needs a round)."""
    return translate("Rounds", "{n} waiting guests need a round").format(n=n) if n else ""


@dataclass(frozen=True)
class RoundView:
    id: int
    visit_id: int
    person: str
    note: str
    staff: str
    at: dt.datetime


def record_round(ctx: AppContext, visit_id: int, person: str, note: str,
                 staff_id: int | None = None) -> RoundView:
    """Log a round: ``staff_id`` (default: the operator) looked in on ``person`` (bride / groom / couple) of the
    visit now, with a short note (required, at most NOTE_MAX characters). Restarts that guest's clock. Refused
    (ValidationError, field named) for a guest who has left or is not in the store, an empty or long note."""
    errors: dict[str, str] = {}
    text = clean_text(note)
    if err := text_error(note, NOTE_MAX):
        errors["note"] = err
    elif not text:
        errors["note"] = translate("Rounds", "Say in a few words what was done (e.g. brought water).")
    if person not in ROUND_PERSONS:
        errors["person"] = translate("Rounds", "Choose the bride, the groom or both.")
    who = staff_id if staff_id is not None else ctx.operator_id
    if who is None:
        errors["staff"] = translate("Rounds", "Nobody is on shift: start a shift first.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        visit = Visit.get_or_none(_pk(Visit) == visit_id)
        if visit is None:
            raise ValidationError({"visit": translate("Rounds", "No such guest in the store.")})
        if visit.left_at is not None:
            raise ValidationError({"visit": translate("Rounds", "This guest has left the store ({time}).").format(
                time=visit.left_at.strftime("%H:%M"))})
        member = Staff.get_or_none((_pk(Staff) == who) & (Staff.active == True))  # noqa: E712
        if member is None:
            raise ValidationError({"staff": translate("Rounds", "No such active staff member.")})
        r = GuestRound.create(visit=visit_id, person=person, note=text, staff=who, at=ctx.now())
        record(ctx, "round.record", r)
    return RoundView(r.get_id(), visit_id, person, text, member.name, r.at)


def rounds_of_visit(visit_id: int) -> list[RoundView]:
    """A visit's rounds, oldest first."""
    names = _staff_names()
    q = _tuples(GuestRound.select(_pk(GuestRound), GuestRound.person, GuestRound.note, GuestRound.staff,
                                  GuestRound.at)
                .where(GuestRound.visit == visit_id).order_by(GuestRound.at, _pk(GuestRound)))
    return [RoundView(rid, visit_id, person, note, names.get(staff_id, "") if staff_id else "", at)
            for rid, person, note, staff_id, at in q]


def rounds_by_staff(start: dt.date, end: dt.date) -> dict[int, int]:
    """Rounds logged per staff member (id → count) on the dates ``start <= d < end`` (for the scorecards)."""
    lo = dt.datetime.combine(start, dt.time.min)
    hi = dt.datetime.combine(end, dt.time.min)
    q = _tuples(GuestRound.select(GuestRound.staff, pw.fn.COUNT(_pk(GuestRound)))
                .where((GuestRound.at >= lo) & (GuestRound.at < hi) & GuestRound.staff.is_null(False))
                .group_by(GuestRound.staff))
    return {staff_id: n for staff_id, n in q}
