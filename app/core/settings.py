"""Settings kept in the database (so every counter PC shares them), as JSON values."""

from __future__ import annotations

import json
from typing import Any

from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.models import Setting


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(ctx: AppContext, key: str, value: Any) -> None:
    """Save one setting; the change is audited (before → after)."""
    text = json.dumps(value, ensure_ascii=False)
    with db.atomic():
        row = Setting.get_or_none(Setting.key == key)
        before = {"value": json.loads(row.value)} if row is not None else None
        if row is None:
            row = Setting.create(key=key, value=text)
        else:
            row.value = text
            row.save()
        record(ctx, "setting.change", table="setting", record_id=row.id, before=before,
               after={"key": key, "value": value})


def change_setting(ctx: AppContext, staff_id: int | None, pin: str | None, key: str, value: Any) -> None:
    """A supervisor (PIN checked here) changes a setting; the audit entry names her.

    Use this from any settings page (complaint categories, flows, …): a receptionist is refused.
    """
    from app.staff.service import acting, authenticate_supervisor

    member = authenticate_supervisor(ctx, staff_id, pin)
    set_setting(acting(ctx, member), key, value)
