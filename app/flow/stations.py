"""The stations a couple passes through: the one service that edits them (Settings ▸ Stations), with
their rules (code, name, colour, alert limit, role, order, on/off). Supervisors only, PIN checked here."""

from __future__ import annotations

import re

from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.references import describe, references_to
from app.core.validation import clean_text, name_error
from app.flow.models import Station
from app.staff.roles import ROLE_CODES
from app.staff.service import acting, authenticate_supervisor

COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")
MAX_ALERT_MINUTES = 30 * 24 * 60


def station_rows(include_inactive: bool = True) -> list[Station]:
    q = Station.select().order_by(Station.sort_order, Station.id)
    if not include_inactive:
        q = q.where(Station.active == True)  # noqa: E712
    return list(q)


def _station_errors(name: str, colour: str, alert_minutes: int, role: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if err := name_error(name):
        errors["name"] = err
    if not COLOUR_RE.match(colour or ""):
        errors["colour"] = translate("Settings", "A colour like #26a69a.")
    if not isinstance(alert_minutes, int) or not 0 <= alert_minutes <= MAX_ALERT_MINUTES:
        errors["alert_minutes"] = translate("Settings", "Between 0 (no alert) and 30 days.")
    if role and role not in ROLE_CODES:
        errors["role"] = translate("Staff", "Unknown role: {r}").format(r=role)
    return errors


def add_station(ctx: AppContext, staff_id: int | None, pin: str | None, code: str, name: str, colour: str,
                alert_minutes: int, role: str) -> Station:
    member = authenticate_supervisor(ctx, staff_id, pin)
    code = clean_text(code).lower()
    errors = _station_errors(name, colour, alert_minutes, role)
    if not CODE_RE.match(code):
        errors["code"] = translate("Settings", "A short code: lower-case letters, digits and _, e.g. night_shoot.")
    elif Station.select().where(Station.code == code).exists():
        errors["code"] = translate("Settings", "This code is already used by another station.")
    if errors:
        raise ValidationError(errors)
    last = Station.select().order_by(Station.sort_order.desc()).first()
    with db.atomic():
        st = Station.create(code=code, name=clean_text(name), colour=colour.lower(), alert_minutes=alert_minutes,
                            role=role, sort_order=(last.sort_order + 1) if last else 0, active=True)
        record(acting(ctx, member), "station.add", st)
    return st


def update_station(ctx: AppContext, staff_id: int | None, pin: str | None, station_id: int, name: str,
                   colour: str, alert_minutes: int, role: str, active: bool) -> Station:
    member = authenticate_supervisor(ctx, staff_id, pin)
    st = _station(station_id)
    if errors := _station_errors(name, colour, alert_minutes, role):
        raise ValidationError(errors)
    with db.atomic():
        before = snapshot(st)
        st.name = clean_text(name)
        st.colour = colour.lower()
        st.alert_minutes = alert_minutes
        st.role = role
        st.active = bool(active)
        st.save()
        if snapshot(st) != before:
            record(acting(ctx, member), "station.edit", st, before=before)
    return st


def move_station(ctx: AppContext, staff_id: int | None, pin: str | None, station_id: int, step: int) -> None:
    """Move a station one place up (step -1) or down (+1) in the order shown everywhere."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    rows = station_rows()
    idx = next((i for i, s in enumerate(rows) if s.id == station_id), None)
    if idx is None:
        raise NotFound(translate("Settings", "No station #{id}.").format(id=station_id))
    j = idx + step
    if not 0 <= j < len(rows):
        return
    rows[idx], rows[j] = rows[j], rows[idx]
    with db.atomic():
        for order, st in enumerate(rows):
            if st.sort_order != order:
                before = snapshot(st)
                st.sort_order = order
                st.save()
                record(acting(ctx, member), "station.order", st, before=before)


def delete_station(ctx: AppContext, staff_id: int | None, pin: str | None, station_id: int) -> None:
    """Remove a station created by mistake. Refused while anything refers to it (flow steps, complaints,
    …): the message says where; switch it off (inactive) instead."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    st = _station(station_id)
    refs = references_to(st)
    if refs:
        raise Conflict(translate("Settings", "Station {name} is in use ({where}): it cannot be removed. "
                                             "Switch it off instead.").format(name=st.name, where=describe(refs)))
    with db.atomic():
        before = snapshot(st)
        st.delete_instance()
        record(acting(ctx, member), "station.delete", table="station", record_id=station_id, before=before)


def _station(station_id: int) -> Station:
    st = Station.get_or_none(Station.id == station_id)
    if st is None:
        raise NotFound(translate("Settings", "No station #{id}.").format(id=station_id))
    return st
