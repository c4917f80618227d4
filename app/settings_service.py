"""The studio-wide settings a supervisor changes from the Settings dialog that belong to no single area:
the studio's letterhead (read by the printouts, also saved at the first run by ``app.first_run``), the
program's language, the working-day calendar's overrides, the studio's closed days (its own opening
calendar, kept apart from the working days), and ``change_option`` for any declared option. Every writer takes the acting supervisor and her PIN and checks them; every change is audited
under her name. (Core declares these options, ``app.core.options``; the PIN check is the staff area's, so
this service lives outside core.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.core import calendar as workdays
from app.core import opening
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import LANGUAGES, translate
from app.core.options import LANGUAGE, STUDIO_CLOSED_DAYS, WORKDAY_OVERRIDES
from app.core.settings import Option, find_option
from app.core.validation import clean_text, name_error, phone_error, text_error
from app.options import ALL_OPTIONS
from app.printing.options import STUDIO_OPTIONS, StudioInfo, studio_info
from app.staff.service import acting, authenticate_supervisor, set_option

LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".svg")


def change_option(ctx: AppContext, staff_id: int | None, pin: str | None, option: Option | str,
                  value: Any) -> None:
    """A member of staff (PIN checked here) changes a declared option; the audit entry names her.

    ``option`` is the declaration or its key (an undeclared key is refused). A supervisor option needs a
    supervisor: a receptionist is refused (PermissionDenied) and nothing is written.
    """
    declared = find_option(ALL_OPTIONS, option) if isinstance(option, str) else option
    set_option(ctx, staff_id, pin, declared, value)


# ------------------------------------------------------------------------------------ letterhead

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
    transaction when there is one). The caller has checked a supervisor's PIN and ``ctx`` names her."""
    old = asdict(studio_info())
    with db.atomic():
        for f, value in asdict(info).items():
            if value != old[f]:
                STUDIO_OPTIONS[f].set(ctx, value, by_supervisor=True)


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
    return LANGUAGE.get()


def save_ui_language(ctx: AppContext, staff_id: int | None, pin: str | None, language: str) -> None:
    """Saved for every counter PC; takes effect when the program starts next."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    if language not in LANGUAGES:
        raise ValidationError({"language": translate("Settings", "Unknown language.")})
    if language != LANGUAGE.get() or not LANGUAGE.is_set():
        LANGUAGE.set(acting(ctx, member), language, by_supervisor=True)



# ------------------------------------------------------------------------------------ working days

def workday_overrides() -> dict[dt.date, bool]:
    """date → True (a working day, e.g. a make-up working day on a weekend) / False (a day off), as set by a
    supervisor for years the ``chinese_calendar`` package does not cover or to correct it. Kept in the one
    list the complaint deadlines read (``app.core.calendar``, option ``app.core.options.WORKDAY_OVERRIDES``)."""
    ov = workdays.load_overrides()
    return {**{d: False for d in ov.holidays}, **{d: True for d in ov.workdays}}


def _save_overrides(ctx: AppContext, values: dict[dt.date, bool]) -> None:
    current = workdays.load_overrides()
    new = workdays.Overrides(years=current.years,
                             holidays=frozenset(d for d, w in values.items() if not w),
                             workdays=frozenset(d for d, w in values.items() if w))
    WORKDAY_OVERRIDES.set(ctx, new.to_value(), by_supervisor=True)


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


# ------------------------------------------------------------------------- the studio's opening days

def studio_closed_days() -> dict[dt.date, str]:
    """date → reason: the days the studio itself is closed (``app.core.opening``). Separate from
    ``workday_overrides``: those move complaint deadlines, these move what the counter does "tomorrow"."""
    return opening.closed_days()


def set_studio_closed_day(ctx: AppContext, staff_id: int | None, pin: str | None, day: dt.date | None,
                          reason: str = "") -> dt.date:
    """A supervisor marks ``day`` closed (with a short reason such as 除夕); audited under her name.
    Returns the day. Raises ValidationError (date, reason) with nothing saved."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    errors: dict[str, str] = {}
    if not isinstance(day, dt.date):
        errors["date"] = translate("Settings", "Pick a date.")
    text = clean_text(reason)
    if len(text) > opening.MAX_REASON:
        errors["reason"] = translate("Validation", "Too long: at most {n} characters.").format(n=opening.MAX_REASON)
    elif err := text_error(text):
        errors["reason"] = err
    if errors or not isinstance(day, dt.date):
        raise ValidationError(errors)
    values = dict(STUDIO_CLOSED_DAYS.get())
    if values.get(day.isoformat()) != text:
        values[day.isoformat()] = text
        STUDIO_CLOSED_DAYS.set(acting(ctx, member), dict(sorted(values.items())), by_supervisor=True)
    return day


def reopen_studio_day(ctx: AppContext, staff_id: int | None, pin: str | None, day: dt.date) -> None:
    """Take ``day`` off the closed list: the studio opens that day again."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    values = dict(STUDIO_CLOSED_DAYS.get())
    if day.isoformat() not in values:
        raise NotFound(translate("Settings", "The studio is not marked closed on {day}.").format(
            day=day.isoformat()))
    del values[day.isoformat()]
    STUDIO_CLOSED_DAYS.set(acting(ctx, member), values, by_supervisor=True)
