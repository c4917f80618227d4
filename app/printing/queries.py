"""What the printouts show, gathered in a fixed number of queries. No reportlab here: the print tab
imports this module at start-up to list couples and dates without paying for the PDF library."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import peewee as pw

from app.checkin import find_by_order_no
from app.errors import NotFound, ValidationError
from app.i18n import translate
from app.models import Couple, Station, Visit


class Cancelled(Exception):  # noqa: N818 - the user pressed Cancel
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


@dataclass
class FlowSheetData:
    couple: Couple
    arrived_at: dt.datetime | None
    rows: list[StationRow] = field(default_factory=list)
    from_flow: bool = False  # False: default station list, nothing recorded yet


# ------------------------------------------------------------------------------ data

def default_station_rows() -> list[StationRow]:
    stations = {s.code: s for s in Station.select().where(Station.code.in_(DEFAULT_SHOOT_DAY) & Station.active)}
    return [StationRow(station=stations[code].name) for code in DEFAULT_SHOOT_DAY if code in stations]


def flow_rows(couple_ids: Iterable[int]) -> dict[int, list[StationRow]]:
    """The recorded flow of each couple (only couples that have one), from the service flow."""
    ids = list(couple_ids)
    if not ids:
        return {}
    try:
        from app.flow import printing_rows  # the service flow (app/flow), once it is installed
    except ImportError:
        return {}
    out: dict[int, list[StationRow]] = {}
    for couple_id, steps in printing_rows(ids).items():
        rows = [StationRow(station=s["station"], staff=s.get("staff", ""), start=s.get("start", ""),
                           finish=s.get("finish", ""), note=s.get("note", "")) for s in steps]
        if rows:
            out[couple_id] = rows
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
    flows = flow_rows(ids)
    arrived = arrivals(ids, day)
    default = default_station_rows() if len(flows) < len(couples) else []
    out = []
    for c in couples:
        rows = flows.get(c.id)
        out.append(FlowSheetData(couple=c, arrived_at=arrived.get(c.id),
                                 rows=rows if rows else [StationRow(r.station) for r in default],
                                 from_flow=bool(rows)))
    return out


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
