"""Numbered upgrade steps for stored settings (like Picard's ``config_upgrade.py``).

Each step brings the values an older version of the program stored up to what the current declarations
(``app.core.settings.Option``) expect: a renamed key, a changed shape. The number of the last step
applied is kept in the setting ``settings.version``; ``upgrade_settings()`` (run by
``app.core.db.open_database`` after the schema migrations) applies every later step once, in order, each
in its own transaction with an audit entry for each value it changes. Add a step at the end; never
renumber or change a step that has shipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.models import Setting

VERSION_KEY = "settings.version"


def _rename(ctx: AppContext, old: str, new: str) -> None:
    row = Setting.get_or_none(Setting.key == old)
    if row is None:
        return
    if Setting.select().where(Setting.key == new).exists():  # the new key wins; the old value is dropped
        row.delete_instance()
    else:
        row.key = new
        row.save()
    record(ctx, "setting.upgrade", table="setting", record_id=row.id, before={"key": old},
           after={"key": new})


def step_1_workday_overrides_in_the_calendar(ctx: AppContext) -> None:
    """The working-day overrides are studio-wide (the calendar's), no longer the complaints' key."""
    _rename(ctx, "complaints.workday_overrides", "calendar.workday_overrides")


def step_2_drop_cleared_handover_drafts(ctx: AppContext) -> None:
    """A sent handover used to leave its counter's draft stored as ``null``; now the row is removed."""
    for row in Setting.select().where(Setting.key.startswith("handover.draft.") & (Setting.value == "null")):
        row.delete_instance()
        record(ctx, "setting.upgrade", table="setting", record_id=row.id, before={"key": row.key, "value": None},
               after=None)


#: every step, numbered from 1; the position in this list is the step's number
STEPS: tuple[Callable[[AppContext], None], ...] = (
    step_1_workday_overrides_in_the_calendar,
    step_2_drop_cleared_handover_drafts,
)


def settings_version() -> int:
    row = Setting.get_or_none(Setting.key == VERSION_KEY)
    try:
        value = json.loads(row.value) if row is not None else 0
    except ValueError:
        value = 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def upgrade_settings(ctx: AppContext | None = None, steps: tuple[Callable[[AppContext], None], ...] = STEPS,
                     ) -> list[int]:
    """Apply the steps after the stored version, once each; returns the numbers applied."""
    ctx = ctx or AppContext(terminal="upgrade")
    applied = []
    for number, step in enumerate(steps, start=1):
        if number <= settings_version():
            continue
        with db.atomic():
            step(ctx)
            Setting.insert(key=VERSION_KEY, value=json.dumps(number)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: json.dumps(number)}).execute()
        applied.append(number)
    return applied
