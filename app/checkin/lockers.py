"""The key lockers: the one service that edits them (Settings ▸ Lockers). Supervisors only, PIN checked
here."""

from __future__ import annotations

from dataclasses import dataclass

from app.checkin.models import KeyLoan, Locker
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.references import describe, references_to
from app.core.validation import clean_text, text_error
from app.staff.service import acting, authenticate_supervisor


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
