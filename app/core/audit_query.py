"""The audit viewer's queries: read-only, for supervisors (PIN checked when the reader is opened), paged
newest first by id (keyset), filtered by person, table/record and date range — indexed columns only."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.i18n import translate
from app.core.models import AuditLog
from app.staff.models import Staff
from app.staff.service import acting, authenticate_supervisor


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    table: str | None = None
    record_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    operator_id: int | None
    operator_name: str
    action: str
    table: str
    record_id: int | None
    before: str
    after: str
    terminal: str

    @property
    def change_text(self) -> str:
        return describe_change(self.before, self.after)


def describe_change(before: str, after: str) -> str:
    """'name: 王丽 → 王丽丽; active: true → false' — one line for the table."""
    try:
        b = json.loads(before) if before else {}
        a = json.loads(after) if after else {}
    except ValueError:
        return f"{before} → {after}"
    if not isinstance(b, dict) or not isinstance(a, dict):
        return f"{before} → {after}"

    def show(v: object) -> str:
        if v is None or v == "":
            return "—"
        if isinstance(v, bool):
            return translate("Audit", "yes") if v else translate("Audit", "no")
        return json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v)

    parts = []
    for key in list(dict.fromkeys([*b, *a])):
        if key in b and key in a:
            if b[key] != a[key]:
                parts.append(f"{key}: {show(b[key])} → {show(a[key])}")
        elif key in a:
            parts.append(f"{key}: {show(a[key])}")
        else:
            parts.append(f"{key}: {show(b[key])} → —")
    return "; ".join(parts)


class AuditReader:
    """Handed out by ``open_audit`` once a supervisor has proved who she is."""

    PAGE = 200

    def __init__(self, staff_id: int) -> None:
        self.staff_id = staff_id

    def _query(self, f: AuditFilter):  # returns a peewee query
        q = AuditLog.select()
        if f.staff_id is not None:
            q = q.where(AuditLog.operator_id == f.staff_id)
        if f.table:
            q = q.where(AuditLog.table_name == f.table)
            if f.record_id is not None:
                q = q.where(AuditLog.record_id == f.record_id)
        if f.date_from is not None:
            q = q.where(AuditLog.at >= dt.datetime.combine(f.date_from, dt.time()))
        if f.date_to is not None:
            q = q.where(AuditLog.at < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time()))
        return q

    def page(self, f: AuditFilter, before_id: int | None = None, limit: int | None = None) -> list[AuditRow]:
        """Up to ``limit`` entries, newest first, older than ``before_id`` (None: from the newest)."""
        q = self._query(f)
        if before_id is not None:
            q = q.where(AuditLog.id < before_id)
        q = q.order_by(AuditLog.id.desc()).limit(limit or self.PAGE)
        return [AuditRow(r.id, r.at, r.operator_id, r.operator_name, r.action, r.table_name, r.record_id,
                         r.before, r.after, r.terminal) for r in q]

    def tables(self) -> list[str]:
        return [r.table_name for r in AuditLog.select(AuditLog.table_name).distinct().order_by(AuditLog.table_name)]

    def people(self) -> list[tuple[int, str]]:
        """Everyone who ever acted (including deactivated staff)."""
        from app.staff.service import display_names

        ids = [r.operator_id for r in AuditLog.select(AuditLog.operator_id).distinct()
               .where(AuditLog.operator_id.is_null(False))]
        members = list(Staff.select().where(Staff.id.in_(ids))) if ids else []
        names = display_names(members)
        return sorted(((s.id, names[s.id]) for s in members), key=lambda p: p[1])


def open_audit(ctx: AppContext, staff_id: int | None, pin: str | None) -> AuditReader:
    """A supervisor opens the audit trail (read-only). Opening it is itself recorded."""
    member = authenticate_supervisor(ctx, staff_id, pin)
    with db.atomic():
        record(acting(ctx, member), "audit.view", table="audit_log")
    return AuditReader(member.id)


def record_label(table: str) -> str:
    """A readable name for a table in the audit viewer; tables of other areas may be added to RECORD_LABELS."""
    fn = RECORD_LABELS.get(table)
    return fn() if fn else table


RECORD_LABELS = {
    "staff": lambda: translate("Audit", "Staff"),
    "setting": lambda: translate("Audit", "Setting"),
    "station": lambda: translate("Audit", "Station"),
    "locker": lambda: translate("Audit", "Locker"),
    "couple": lambda: translate("Audit", "Couple"),
    "visit": lambda: translate("Audit", "Check-in"),
    "lead": lambda: translate("Audit", "Consultation"),
    "key_loan": lambda: translate("Audit", "Locker key"),
    "shift": lambda: translate("Audit", "Shift"),
    "audit_log": lambda: translate("Audit", "Audit trail"),
}


def action_label(action: str) -> str:
    """A readable name for the common actions; others are shown as they are."""
    labels = {
        "staff.add": translate("Audit", "Staff added"),
        "staff.edit": translate("Audit", "Staff changed"),
        "staff.deactivate": translate("Audit", "Staff deactivated"),
        "staff.activate": translate("Audit", "Staff reactivated"),
        "staff.delete": translate("Audit", "Staff deleted"),
        "staff.pin_set": translate("Audit", "PIN set at first use"),
        "staff.pin_reset": translate("Audit", "PIN reset by a supervisor"),
        "staff.pin_change": translate("Audit", "PIN changed"),
        "staff.auth_failed": translate("Audit", "Wrong PIN"),
        "staff.auth_lockout": translate("Audit", "Locked out (wrong PINs)"),
        "staff.auth_locked": translate("Audit", "Tried while locked out"),
        "shift.start": translate("Audit", "Shift started"),
        "shift.end": translate("Audit", "Shift ended"),
        "setting.change": translate("Audit", "Setting changed"),
        "station.add": translate("Audit", "Station added"),
        "station.edit": translate("Audit", "Station changed"),
        "station.update": translate("Audit", "Station changed"),
        "station.order": translate("Audit", "Station order changed"),
        "station.delete": translate("Audit", "Station removed"),
        "locker.add": translate("Audit", "Locker added"),
        "locker.edit": translate("Audit", "Locker changed"),
        "locker.delete": translate("Audit", "Locker removed"),
        "privacy.reveal_phone": translate("Audit", "Full phone number shown"),
        "audit.view": translate("Audit", "Audit trail opened"),
    }
    return labels.get(action, action)
