"""Complaint labels and pick-lists: channels, statuses, actions, outcomes; categories with their
standard handling, root causes, the working-day overrides, and who may be named responsible or briefed.

Supervisors edit the lists (with PIN); every change is one transaction with its audit entry.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from app.core import calendar as workdays
from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, name_error, text_error
from app.flow.models import Station
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import StaffMember, active_staff, authenticate, require_role

from .models import ComplaintCategory, ComplaintCause

PICKLIST_ROLES = ("store_supervisor", "executive_manager", "department_supervisor")


# ------------------------------------------------------------------------------------------ labels

def channel_label(code: str) -> str:
    return {
        "counter": translate("Complaints", "At the counter"),
        "phone": translate("Complaints", "Phone"),
        "online": translate("Complaints", "Online"),
        "onsite_makeup": translate("Complaints", "On site at makeup"),
        "onsite_shooting": translate("Complaints", "On site at shooting"),
        "selection": translate("Complaints", "Photo selection"),
        "pickup": translate("Complaints", "Pickup"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "new": translate("Complaints", "New"),
        "investigating": translate("Complaints", "Investigating"),
        "waiting_customer": translate("Complaints", "Waiting for the customer"),
        "waiting_approval": translate("Complaints", "Waiting for approval"),
        "resolved": translate("Complaints", "Resolved"),
        "closed": translate("Complaints", "Closed"),
        "merged": translate("Complaints", "Merged"),
    }.get(code, code)


def action_label(code: str) -> str:
    return {
        "intake": translate("Complaints", "Complaint recorded"),
        "investigation": translate("Complaints", "Initial investigation"),
        "follow_up": translate("Complaints", "Follow-up"),
        "wait_customer": translate("Complaints", "Waiting for the customer (clock paused)"),
        "resume": translate("Complaints", "Resumed"),
        "request_approval": translate("Complaints", "Approval requested"),
        "approved": translate("Complaints", "Compensation approved"),
        "rejected": translate("Complaints", "Compensation not approved"),
        "resolved": translate("Complaints", "Resolved"),
        "closed": translate("Complaints", "Closed"),
        "reopened": translate("Complaints", "Reopened"),
        "assigned": translate("Complaints", "Case handed over"),
        "supervisor_briefed": translate("Complaints", "Supervisor briefed"),
        "callback_scheduled": translate("Complaints", "Call-back scheduled"),
        "callback_reached": translate("Complaints", "Call-back: customer reached"),
        "callback_not_reached": translate("Complaints", "Call-back: not reached"),
        "callback_given_up": translate("Complaints", "Call-back given up"),
        "evidence_added": translate("Complaints", "Evidence attached"),
        "merged": translate("Complaints", "Merged into another case"),
        "merged_in": translate("Complaints", "Duplicate case merged in"),
    }.get(code, code)


def outcome_label(code: str) -> str:
    return {
        "confirmed": translate("Complaints", "Confirmed"),
        "not_confirmed": translate("Complaints", "Not confirmed"),
    }.get(code, code)


# ------------------------------------------------------------------------------------ pick-lists

def categories(active_only: bool = True) -> list[ComplaintCategory]:
    q = ComplaintCategory.select().order_by(ComplaintCategory.sort_order, ComplaintCategory.id)
    if active_only:
        q = q.where(ComplaintCategory.active == True)  # noqa: E712
    return list(q)


def causes(active_only: bool = True) -> list[ComplaintCause]:
    q = ComplaintCause.select().order_by(ComplaintCause.sort_order, ComplaintCause.id)
    if active_only:
        q = q.where(ComplaintCause.active == True)  # noqa: E712
    return list(q)


def standard_handling(category_id: int | None) -> str:
    """The standard handling text of a category, shown on intake so every customer is treated alike."""
    if category_id is None:
        return ""
    cat = ComplaintCategory.get_or_none(ComplaintCategory.id == category_id)
    return cat.handling if cat else ""


def _picklist_actor(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    member = authenticate(ctx, staff_id, pin)
    require_role(member, *PICKLIST_ROLES)
    return member


def save_category(ctx: AppContext, staff_id: int | None, pin: str | None, category_id: int | None, name: str,
                  handling: str, active: bool = True) -> ComplaintCategory:
    """Add or change a complaint category and its standard handling (a supervisor acts, with PIN)."""
    _picklist_actor(ctx, staff_id, pin)
    errors: dict[str, str] = {}
    if err := name_error(name):
        errors["name"] = err
    elif (ComplaintCategory.select().where((pw.fn.LOWER(ComplaintCategory.name) == clean_text(name).lower())
                                           & (ComplaintCategory.id != (category_id or 0))).exists()):
        errors["name"] = translate("Complaints", "This name is already in the list.")
    if err := text_error(handling):
        errors["handling"] = err
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        if category_id is None:
            last = ComplaintCategory.select(pw.fn.MAX(ComplaintCategory.sort_order)).scalar() or 0
            cat = ComplaintCategory.create(name=clean_text(name), handling=clean_text(handling),
                                           sort_order=last + 1, active=active)
            record(ctx, "complaint.category_add", cat)
        else:
            cat = ComplaintCategory.get_or_none(ComplaintCategory.id == category_id)
            if cat is None:
                raise NotFound(translate("Complaints", "No such category."))
            before = snapshot(cat)
            cat.name, cat.handling, cat.active = clean_text(name), clean_text(handling), active
            cat.save()
            record(ctx, "complaint.category_change", cat, before=before)
    return cat


def save_cause(ctx: AppContext, staff_id: int | None, pin: str | None, cause_id: int | None, name: str,
               active: bool = True) -> ComplaintCause:
    """Add or change a root cause of the pick-list (a supervisor acts, with PIN)."""
    _picklist_actor(ctx, staff_id, pin)
    if err := name_error(name):
        raise ValidationError({"name": err})
    if (ComplaintCause.select().where((pw.fn.LOWER(ComplaintCause.name) == clean_text(name).lower())
                                      & (ComplaintCause.id != (cause_id or 0))).exists()):
        raise ValidationError({"name": translate("Complaints", "This name is already in the list.")})
    with db.atomic():
        if cause_id is None:
            last = ComplaintCause.select(pw.fn.MAX(ComplaintCause.sort_order)).scalar() or 0
            cause = ComplaintCause.create(name=clean_text(name), sort_order=last + 1, active=active)
            record(ctx, "complaint.cause_add", cause)
        else:
            cause = ComplaintCause.get_or_none(ComplaintCause.id == cause_id)
            if cause is None:
                raise NotFound(translate("Complaints", "No such cause."))
            before = snapshot(cause)
            cause.name, cause.active = clean_text(name), active
            cause.save()
            record(ctx, "complaint.cause_change", cause, before=before)
    return cause


def set_workday_overrides(ctx: AppContext, staff_id: int | None, pin: str | None, years: Iterable[int],
                          holidays: Iterable[dt.date], make_up_workdays: Iterable[dt.date]) -> None:
    """Save the local working-day list for years the calendar package does not cover (supervisor, PIN)."""
    _picklist_actor(ctx, staff_id, pin)
    hol, work = set(holidays), set(make_up_workdays)
    errors: dict[str, str] = {}
    if both := sorted(hol & work):
        errors["holidays"] = translate("Complaints", "A day cannot be both a holiday and a working day: {d}").format(
            d=", ".join(d.isoformat() for d in both))
    bad_years = [y for y in years if not (2000 <= int(y) <= 2100)]
    if bad_years:
        errors["years"] = translate("Complaints", "Not a year: {y}").format(y=", ".join(map(str, bad_years)))
    if errors:
        raise ValidationError(errors)
    from app.core.options import WORKDAY_OVERRIDES

    value = workdays.Overrides(years=frozenset(int(y) for y in years), holidays=frozenset(hol),
                               workdays=frozenset(work)).to_value()
    WORKDAY_OVERRIDES.set(ctx, value, by_supervisor=True)


def calendar_warning(ctx: AppContext, days: int = 14) -> str:
    """A visible warning when the coming days' working-day status is only guessed (Mon–Fri)."""
    guessed = workdays.uncovered_days(ctx.today(), days, workdays.load_overrides())
    if not guessed:
        return ""
    return translate("Complaints", "Working days from {d} are not in the holiday calendar: Monday–Friday is "
                                   "assumed. Enter that year's official holidays and 调休 working days.").format(
        d=guessed[0].isoformat())


# ------------------------------------------------------------------------------ responsible staff

def responsible_candidates(ctx: AppContext, couple_id: int | None) -> list[tuple[StaffMember, int | None]]:
    """Who can be named responsible: the staff in the couple's flow (with their station) when the flow
    knows them, otherwise every active staff member (station None)."""
    if couple_id is not None:
        pairs = _flow_staff(ctx, couple_id)
        if pairs:
            members = {s.id: StaffMember.of(s) for s in Staff.select().where(Staff.id.in_([p[0] for p in pairs]))}
            seen: set[tuple[int, int | None]] = set()
            out = []
            for sid, station in pairs:
                if sid in members and (sid, station) not in seen:
                    seen.add((sid, station))
                    out.append((members[sid], station))
            return out
    return [(s, None) for s in active_staff()]


def _flow_staff(ctx: AppContext, couple_id: int) -> list[tuple[int, int | None]]:
    """(staff id, station id) of the couple's flow: registered providers, else the flow area's
    ``staff_in_flow`` when that area is installed."""
    pairs: list[tuple[int, int | None]] = []
    for provider in hooks.flow_staff:
        pairs.extend(provider(ctx, couple_id))
    if hooks.flow_staff or importlib.util.find_spec("app.flow") is None:
        return pairs
    from app.flow.reports import staff_in_flow  # the service flow, when installed

    codes = {s.code: s.id for s in Station.select(Station.id, Station.code)}
    return [(d["staff_id"], codes.get(d.get("station_code", ""))) for d in staff_in_flow(couple_id)]


@dataclass(frozen=True)
class StationChoice:
    """An active station, for the intake's "where" picker."""

    id: int
    code: str
    name: str


def stations() -> list[StationChoice]:
    return [StationChoice(st.id, st.code, st.name)
            for st in Station.select().where(Station.active == True).order_by(Station.sort_order)]  # noqa: E712


def supervisors() -> list[StaffMember]:
    return [s for s in active_staff() if any(s.has_role(r) for r in SUPERVISOR_ROLES)]
