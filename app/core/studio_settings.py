"""Typed studio settings, all kept in the database so every counter PC shares them.

Readers (no PIN): ``studio_info()``, ``workday_overrides()``, ``ui_language()``, ``station_rows()``,
``locker_rows()``. Writers take the acting supervisor and her PIN and check them themselves; every change
is audited under her name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from app.checkin.models import KeyLoan, Locker
from app.core import calendar as workdays
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import LANGUAGES, translate
from app.core.references import describe, references_to
from app.core.settings import get_setting, set_setting
from app.core.validation import clean_text, name_error, phone_error, text_error
from app.flow.models import Station
from app.staff.roles import ROLE_CODES
from app.staff.service import acting, authenticate_supervisor

WORKDAYS_KEY = workdays.SETTING_KEY
LANGUAGE_KEY = "ui.language"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".svg")
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")
MAX_ALERT_MINUTES = 30 * 24 * 60


# ------------------------------------------------------------------------------------ studio

@dataclass(frozen=True)
class StudioInfo:
    """What printouts show at the top: name, address, phone, logo (an image file path; may be empty)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    logo_path: str = ""


#: setting key of each StudioInfo field (the printouts read these keys)
STUDIO_KEYS = {"name": "studio.name", "address": "studio.address", "phone": "studio.phone",
               "logo_path": "studio.logo"}


def studio_info() -> StudioInfo:
    return StudioInfo(**{f: str(get_setting(key, "") or "") for f, key in STUDIO_KEYS.items()})


def check_studio_info(name: str, address: str, phone: str, logo_path: str, *,
                      name_required: bool = False) -> StudioInfo:
    """The letterhead as it would be stored, or ValidationError naming each wrong field (nothing is written)."""
    errors: dict[str, str] = {}
    if not clean_text(name) and name_required:
        errors["studio_name"] = translate("Settings", "Enter the studio's name: it heads every printout.")
    elif err := name_error(name, max_len=60):
        errors["studio_name"] = err
    if err := text_error(address, 120):
        errors["address"] = err
    if err := phone_error(phone):
        errors["phone"] = err
    logo = clean_text(logo_path)
    if logo:
        p = Path(logo).expanduser()
        if p.suffix.lower() not in LOGO_SUFFIXES:
            errors["logo_path"] = translate("Settings", "The logo must be an image (PNG, JPG, BMP, GIF or SVG).")
        elif not p.is_file():
            errors["logo_path"] = translate("Settings", "No such file.")
    if errors:
        raise ValidationError(errors)
    return StudioInfo(clean_text(name), clean_text(address), clean_text(phone), logo)


def write_studio_info(ctx: AppContext, info: StudioInfo) -> None:
    """Store a checked letterhead; each changed field is one audited setting change (inside the caller's
    transaction when there is one)."""
    old = asdict(studio_info())
    with db.atomic():
        for f, value in asdict(info).items():
            if value != old[f]:
                set_setting(ctx, STUDIO_KEYS[f], value)


def save_studio_info(ctx: AppContext, staff_id: int | None, pin: str | None, name: str, address: str,
                     phone: str, logo_path: str) -> StudioInfo:
    """Save the letterhead; each changed field is one audited setting change, all in one transaction."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    try:
        info = check_studio_info(name, address, phone, logo_path)
    except ValidationError as exc:  # the settings page names the field "name"
        errors = dict(exc.errors)
        if "studio_name" in errors:
            errors["name"] = errors.pop("studio_name")
        raise ValidationError(errors) from None
    write_studio_info(acting(ctx, member), info)
    return info


# ------------------------------------------------------------------------------------ language

def ui_language() -> str:
    value = get_setting(LANGUAGE_KEY, "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def save_ui_language(ctx: AppContext, staff_id: int | None, pin: str | None, language: str) -> None:
    """Saved for every counter PC; takes effect when the program starts next."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    if language not in LANGUAGES:
        raise ValidationError({"language": translate("Settings", "Unknown language.")})
    if language != get_setting(LANGUAGE_KEY, None):
        set_setting(acting(ctx, member), LANGUAGE_KEY, language)


# ------------------------------------------------------------------------------------ working days

def workday_overrides() -> dict[dt.date, bool]:
    """date → True (a working day, e.g. a make-up working day on a weekend) / False (a day off), as set by a
    supervisor for years the ``chinese_calendar`` package does not cover or to correct it. Kept in the one
    list the complaint deadlines read (``app.core.calendar``, setting ``complaints.workday_overrides``)."""
    ov = workdays.load_overrides()
    return {**{d: False for d in ov.holidays}, **{d: True for d in ov.workdays}}


def _save_overrides(ctx: AppContext, values: dict[dt.date, bool]) -> None:
    current = workdays.load_overrides()
    new = workdays.Overrides(years=current.years,
                             holidays=frozenset(d for d, w in values.items() if not w),
                             workdays=frozenset(d for d, w in values.items() if w))
    set_setting(ctx, WORKDAYS_KEY, new.to_value())


def set_workday_override(ctx: AppContext, staff_id: int | None, pin: str | None, day: dt.date | None,
                         workday: bool) -> None:
    member = authenticate_supervisor(ctx, staff_id, pin)
    if not isinstance(day, dt.date):
        raise ValidationError({"date": translate("Settings", "Pick a date.")})
    values = workday_overrides()
    if values.get(day) is workday:
        return
    values[day] = bool(workday)
    _save_overrides(acting(ctx, member), values)


def remove_workday_override(ctx: AppContext, staff_id: int | None, pin: str | None, day: dt.date) -> None:
    member = authenticate_supervisor(ctx, staff_id, pin)
    values = workday_overrides()
    if day not in values:
        raise NotFound(translate("Settings", "No override for {day}.").format(day=day.isoformat()))
    del values[day]
    _save_overrides(acting(ctx, member), values)


# ------------------------------------------------------------------------------------ stations

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


# ------------------------------------------------------------------------------------ lockers

@dataclass(frozen=True)
class LockerRow:
    id: int
    number: str
    location: str
    active: bool
    in_use: bool


def locker_rows() -> list[LockerRow]:
    busy = {k.locker_id for k in KeyLoan.select(KeyLoan.locker).where(KeyLoan.returned_at.is_null())}
    return [LockerRow(lk.id, lk.number, lk.location, bool(lk.active), lk.id in busy)
            for lk in Locker.select().order_by(Locker.number)]


def _locker_errors(number: str, location: str, locker_id: int | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    n = clean_text(number)
    if not n:
        errors["number"] = translate("Validation", "Required.")
    elif len(n) > 10:
        errors["number"] = translate("Validation", "Too long: at most {n} characters.").format(n=10)
    else:
        q = Locker.select().where(Locker.number == n)
        if locker_id is not None:
            q = q.where(Locker.id != locker_id)
        if q.exists():
            errors["number"] = translate("Settings", "Locker {n} already exists.").format(n=n)
    if err := text_error(location, 40):
        errors["location"] = err
    return errors


def add_locker(ctx: AppContext, staff_id: int | None, pin: str | None, number: str, location: str) -> Locker:
    member = authenticate_supervisor(ctx, staff_id, pin)
    if errors := _locker_errors(number, location):
        raise ValidationError(errors)
    with db.atomic():
        lk = Locker.create(number=clean_text(number), location=clean_text(location), active=True)
        record(acting(ctx, member), "locker.add", lk)
    return lk


def update_locker(ctx: AppContext, staff_id: int | None, pin: str | None, locker_id: int, number: str,
                  location: str, active: bool) -> Locker:
    member = authenticate_supervisor(ctx, staff_id, pin)
    lk = _locker(locker_id)
    if errors := _locker_errors(number, location, locker_id):
        raise ValidationError(errors)
    if not active and lk.active and KeyLoan.select().where(
            (KeyLoan.locker == lk.id) & KeyLoan.returned_at.is_null()).exists():
        raise Conflict(translate("Settings", "The key of locker {n} is out: take it back first.").format(n=lk.number))
    with db.atomic():
        before = snapshot(lk)
        lk.number = clean_text(number)
        lk.location = clean_text(location)
        lk.active = bool(active)
        lk.save()
        if snapshot(lk) != before:
            record(acting(ctx, member), "locker.edit", lk, before=before)
    return lk


def delete_locker(ctx: AppContext, staff_id: int | None, pin: str | None, locker_id: int) -> None:
    member = authenticate_supervisor(ctx, staff_id, pin)
    lk = _locker(locker_id)
    refs = references_to(lk)
    if refs:
        raise Conflict(translate("Settings", "Locker {n} has history ({where}): it cannot be removed. "
                                             "Switch it off instead.").format(n=lk.number, where=describe(refs)))
    with db.atomic():
        before = snapshot(lk)
        lk.delete_instance()
        record(acting(ctx, member), "locker.delete", table="locker", record_id=locker_id, before=before)


def _locker(locker_id: int) -> Locker:
    lk = Locker.get_or_none(Locker.id == locker_id)
    if lk is None:
        raise NotFound(translate("Settings", "No locker #{id}.").format(id=locker_id))
    return lk
