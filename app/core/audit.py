"""The audit trail: who, when, what, before → after — written inside the same transaction as the change."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

import peewee as pw

from app.core import changes
from app.core.context import AppContext
from app.core.models import AuditLog
from app.staff.models import Staff


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def snapshot(instance: pw.Model | None) -> dict[str, Any] | None:
    """Column values of a model instance (foreign keys as ids), JSON-ready."""
    if instance is None:
        return None
    out: dict[str, Any] = {}
    for name, field in instance._meta.fields.items():
        raw = instance.__data__.get(name) if isinstance(field, pw.ForeignKeyField) else getattr(instance, name)
        out[name] = _plain(raw)
    return out


def record(ctx: AppContext, action: str, instance: pw.Model | None = None, before: dict | None = None,
           after: dict | None = None, table: str | None = None, record_id: int | None = None) -> AuditLog:
    """Append one audit entry. Call inside the service's ``db.atomic()`` block."""
    if instance is not None:
        table = table or instance._meta.table_name
        record_id = record_id if record_id is not None else instance.get_id()
        if after is None:
            after = snapshot(instance)
    if before is not None and after is not None:
        # Keep the entry readable: for updates store only what changed.
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        if changed and len(changed) < len(after):
            before = {k: before.get(k) for k in sorted(changed)}
            after = {k: after.get(k) for k in sorted(changed)}
    name = ""
    if ctx.operator_id is not None:
        op = Staff.get_or_none(Staff.id == ctx.operator_id)
        name = op.name if op else ""
    entry = AuditLog.create(
        at=ctx.now(), operator_id=ctx.operator_id, operator_name=name, action=action,
        table_name=table or "", record_id=record_id,
        before=json.dumps(before, ensure_ascii=False) if before is not None else "",
        after=json.dumps(after, ensure_ascii=False) if after is not None else "",
        terminal=ctx.terminal,
    )
    changes.note_write(action)  # the other counters refresh what shows it (app.core.changes)
    return entry
