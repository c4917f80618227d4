"""What the printouts show, gathered in a fixed number of queries. No reportlab here: the print tab
imports this module at start-up to list couples and dates without paying for the PDF library."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import peewee as pw

from app.checkin.models import Couple, Visit
from app.checkin.queries import find_by_order_no
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.flow.models import Station


class Cancelled(Exception):  # not an error: the user pressed Cancel
    """The user cancelled a long print job; nothing was produced."""


#: The shoot-day stations printed (with empty cells) for a couple whose flow has not been started.
DEFAULT_SHOOT_DAY = ("reception", "makeup", "groom_styling", "wardrobe", "studio", "outdoor", "removal", "leave")


@dataclass
class StationRow:
    """One line of the sheet: a station of the couple's flow and what has been recorded for it."""

    station: str
    staff: str = ""
    start: str = ""
    finish: str = ""
    note: str = ""
    signed: str = ""  # who signed it off in the system (the paper box stays free for a hand signature)


@dataclass
class FlowSheetData:
    couple: Couple
    arrived_at: dt.datetime | None
    rows: list[StationRow] = field(default_factory=list)
    from_flow: bool = False  # False: nothing recorded yet, the planned stations are listed


# ------------------------------------------------------------------------------ data

def default_station_rows() -> list[StationRow]:
    """The planned shoot-day stations: the service flow's shoot template when installed, else the
    default list from the Station table."""
    planned = _template_rows()
    if planned:
        return planned
    stations = {s.code: s for s in Station.select().where(Station.code.in_(DEFAULT_SHOOT_DAY) & Station.active)}
    return [StationRow(station=stations[code].name) for code in DEFAULT_SHOOT_DAY if code in stations]


def _track_label(track: str) -> str:
    return {"bride": translate("Printing", "bride"), "groom": translate("Printing", "groom")}.get(track, "")


def _station_text(name: str, track: str) -> str:
    who = _track_label(track)
    return translate("Printing", "{station} ({person})").format(station=name, person=who) if who else name


def _template_rows() -> list[StationRow]:
    try:
        from app.flow.models import FlowTemplate, FlowTemplateStep
    except ImportError:
        return []
    template = FlowTemplate.get_or_none((FlowTemplate.visit_kind == "shoot") & (FlowTemplate.kind == "visit")
                                        & FlowTemplate.active)
    if template is None:
        return []
    steps = (FlowTemplateStep.select(FlowTemplateStep, Station).join(Station)
             .where(FlowTemplateStep.template == template)
             .order_by(FlowTemplateStep.position, FlowTemplateStep.id))
    return [StationRow(station=_station_text(ts.station.name, ts.track)) for ts in steps]


def _hm(value: dt.datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""


def flow_rows(couple_ids: Iterable[int], day: dt.date | None = None) -> dict[int, list[StationRow]]:
    """The recorded shoot-day flow of each couple that has one (the flow of its latest shooting visit, on
    ``day`` when given), read from the service flow's tables in a fixed number of queries."""
    ids = list(couple_ids)
    if not ids:
        return {}
    try:
        from app.flow.machine import state_label
        from app.flow.models import Flow, FlowNote, FlowStep
    except ImportError:  # the service flow is not installed
        return {}
    from app.staff.models import Staff

    where = Flow.couple.in_(ids) & (Flow.kind == "visit") & (Visit.kind == "shoot")
    if day is not None:
        start = dt.datetime.combine(day, dt.time.min)
        where &= (Visit.arrived_at >= start) & (Visit.arrived_at < start + dt.timedelta(days=1))
    latest: dict[int, int] = {}
    for f in (Flow.select(Flow.id, Flow.couple).join(Visit, on=(Flow.visit == Visit.id)).where(where)
              .order_by(Flow.started_at, Flow.id)):
        latest[f.couple_id] = f.id  # the last one wins
    if not latest:
        return {}
    flow_couple = {fid: cid for cid, fid in latest.items()}
    steps = list(FlowStep.select(FlowStep, Station).join(Station)
                 .where(FlowStep.flow.in_(list(flow_couple)))
                 .order_by(FlowStep.flow, FlowStep.position, FlowStep.id))
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    notes: dict[int, list[str]] = {}
    for n in (FlowNote.select(FlowNote.step, FlowNote.text).join(FlowStep)
              .where(FlowStep.flow.in_(list(flow_couple))).order_by(FlowNote.at, FlowNote.id)):
        notes.setdefault(n.step_id, []).append(n.text)
    out: dict[int, list[StationRow]] = {}
    for st in steps:
        note = []
        if st.state in ("not_done", "skipped"):
            note.append(f"{state_label(st.state)}: {st.reason}" if st.reason else state_label(st.state))
        note += notes.get(st.id, [])
        out.setdefault(flow_couple[st.flow_id], []).append(StationRow(
            station=_station_text(st.station.name, st.track),
            staff=names.get(st.staff_id, "") if st.staff_id else "",
            start=_hm(st.started_at), finish=_hm(st.finished_at), note="；".join(note),
            signed=names.get(st.signed_by_id, "") if st.signed_by_id else ""))
    return out


def arrivals(couple_ids: Iterable[int], day: dt.date | None = None) -> dict[int, dt.datetime]:
    """First shooting arrival of each couple (on ``day`` when given), in one query."""
    ids = list(couple_ids)
    if not ids:
        return {}
    q = (Visit.select(Visit.couple, pw.fn.MIN(Visit.arrived_at).alias("first"))
         .where(Visit.couple.in_(ids) & (Visit.kind == "shoot")))
    if day is not None:
        start = dt.datetime.combine(day, dt.time.min)
        q = q.where((Visit.arrived_at >= start) & (Visit.arrived_at < start + dt.timedelta(days=1)))
    out = {}
    for row in q.group_by(Visit.couple).dicts():
        first = row["first"]
        if isinstance(first, str):
            first = dt.datetime.fromisoformat(first)
        out[row["couple"]] = first
    return out


def sheet_data(couples: list[Couple], day: dt.date | None = None) -> list[FlowSheetData]:
    """Everything the sheets of ``couples`` need, in a fixed number of queries."""
    ids = [c.id for c in couples]
    flows = flow_rows(ids, day)
    arrived = arrivals(ids, day)
    default = default_station_rows() if len(flows) < len(couples) else []
    out = []
    for c in couples:
        rows = flows.get(c.id)
        out.append(FlowSheetData(couple=c, arrived_at=arrived.get(c.id),
                                 rows=rows if rows else [StationRow(r.station) for r in default],
                                 from_flow=bool(rows)))
    return out


def latest_shoot_day(couple_id: int) -> dt.date | None:
    """The date of the couple's latest shooting visit (None before the first one)."""
    last = (Visit.select(pw.fn.MAX(Visit.arrived_at)).where((Visit.couple == couple_id) & (Visit.kind == "shoot"))
            .scalar())
    if isinstance(last, str):
        last = dt.datetime.fromisoformat(last)
    return last.date() if last else None


def couple_by_order_no(order_no: str) -> Couple:
    c = find_by_order_no(order_no or "")
    if c is None:
        raise NotFound(translate("Printing", "No order {order_no}.").format(order_no=(order_no or "").strip()))
    return c


def shooting_couples(day: dt.date) -> list[Couple]:
    """Couples shooting on ``day``: arrived ones by arrival time, then the rest by booking order."""
    start = dt.datetime.combine(day, dt.time.min)
    first = (Visit.select(Visit.couple.alias("cid"), pw.fn.MIN(Visit.arrived_at).alias("first"))
             .where((Visit.kind == "shoot") & (Visit.arrived_at >= start)
                    & (Visit.arrived_at < start + dt.timedelta(days=1)))
             .group_by(Visit.couple).alias("arr"))
    q = (Couple.select(Couple)
         .join(first, pw.JOIN.LEFT_OUTER, on=(first.c.cid == Couple.id))
         .where(Couple.shoot_date == day)
         .order_by(first.c.first.asc(nulls="LAST"), Couple.created_at, Couple.id))
    return list(q)


def parse_day(text: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError({"date": translate("Printing", "Not a date (YYYY-MM-DD): {text}").format(
            text=(text or "").strip())}) from None




def count_shooting(day: dt.date) -> int:
    """How many couples shoot on ``day`` (one indexed count)."""
    return Couple.select().where(Couple.shoot_date == day).count()
