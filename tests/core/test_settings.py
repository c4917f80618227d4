"""Options declared once (app.core.settings): refused keys, types and people; defaults; upgrade steps."""

from __future__ import annotations

import json

import pytest

from app.core.errors import PermissionDenied, ValidationError
from app.core.models import AuditLog, Setting
from app.core.settings import Option
from app.core.settings_upgrade import STEPS, VERSION_KEY, settings_version, upgrade_settings
from app.flow.options import HANDOFF_LIMIT
from app.options import ALL_OPTIONS
from app.printing.options import PAPER
from app.settings_service import change_option
from app.staff import service as staff
from app.staff.models import Staff

PIN = "135790"


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)


@pytest.fixture
def receptionist(ctx):
    rec = Staff.get(Staff.name == "王丽")
    staff.authenticate(ctx, rec.id, "2468")  # sets her PIN at first use
    return rec


def _stored(key):
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else json.loads(row.value)


def test_every_option_declared_once_with_a_valid_default():
    keys = [o.key for o in ALL_OPTIONS]
    assert len(keys) == len(set(keys))
    assert all(o.valid(o.default) and o.who in ("anyone", "supervisor") and o.description for o in ALL_OPTIONS)
    with pytest.raises(ValueError):
        Option("x.y", int, "ten", "anyone", "a default of the wrong type")
    with pytest.raises(ValueError):
        Option("x.y", int, 1, "everyone", "an unknown who")


def test_unknown_key_refused(ctx, boss):
    with pytest.raises(ValidationError) as exc:
        change_option(ctx, boss.id, PIN, "print.papr", "A5")
    assert "print.papr" in str(exc.value)
    assert not Setting.select().where(Setting.key == "print.papr").exists()


def test_wrong_type_refused(ctx, boss):
    with pytest.raises(ValidationError):
        PAPER.set(ctx, 4)
    with pytest.raises(ValidationError):
        PAPER.set(ctx, "Letter")  # not one of the choices
    with pytest.raises(ValidationError):
        change_option(ctx, boss.id, PIN, HANDOFF_LIMIT, "15")
    with pytest.raises(ValidationError):
        change_option(ctx, boss.id, PIN, HANDOFF_LIMIT, True)  # a bool is not an int here
    assert not PAPER.is_set() and not HANDOFF_LIMIT.is_set()


def test_default_returned_and_a_bad_stored_value_ignored(ctx):
    assert PAPER.get() == "A4" and HANDOFF_LIMIT.get() == 10
    PAPER.set(ctx, "A5")
    assert PAPER.get() == "A5" and _stored("print.paper") == "A5"
    Setting.update(value=json.dumps("Letter")).where(Setting.key == "print.paper").execute()
    assert PAPER.get() == "A4"  # an old or hand-edited value never reaches a service
    Setting.update(value="not json").where(Setting.key == "print.paper").execute()
    assert PAPER.get() == "A4"


def test_supervisor_option_refused_for_a_receptionist(ctx, boss, receptionist):
    with pytest.raises(PermissionDenied):
        change_option(ctx, receptionist.id, "2468", HANDOFF_LIMIT, 20)
    with pytest.raises(PermissionDenied):
        HANDOFF_LIMIT.set(ctx, 20)  # no service vouched for a supervisor
    assert HANDOFF_LIMIT.get() == 10 and not HANDOFF_LIMIT.is_set()
    change_option(ctx, receptionist.id, "2468", "print.paper", "A5")  # an 'anyone' option: she may
    change_option(ctx, boss.id, PIN, "flow.handoff_alert_minutes", 20)
    assert PAPER.get() == "A5" and HANDOFF_LIMIT.get() == 20
    entry = AuditLog.select().where(AuditLog.action == "setting.change").order_by(AuditLog.id.desc()).get()
    assert entry.operator_name == "黄蓉" and json.loads(entry.after) == {"key": "flow.handoff_alert_minutes",
                                                                        "value": 20}


def test_upgrade_steps_applied_once_in_order(ctx):
    assert settings_version() == len(STEPS)  # opening the database applied every step
    # An old database: the overrides under the complaints' key, a sent handover's draft left as null.
    Setting.delete().where(Setting.key == VERSION_KEY).execute()
    Setting.create(key="complaints.workday_overrides", value=json.dumps({"years": [2027], "holidays": [],
                                                                         "workdays": ["2027-02-06"]}))
    Setting.create(key="handover.draft.counter-2", value="null")
    assert upgrade_settings(ctx) == [1, 2]
    from app.core import calendar

    assert calendar.load_overrides().years == {2027}
    assert _stored("calendar.workday_overrides")["workdays"] == ["2027-02-06"]
    assert not Setting.select().where(Setting.key.in_(["complaints.workday_overrides",
                                                       "handover.draft.counter-2"])).exists()
    assert settings_version() == 2
    upgrades = AuditLog.select().where(AuditLog.action == "setting.upgrade").count()
    assert upgrades == 2
    # Applied once: a value stored under the old key again is left alone by a second run.
    Setting.create(key="complaints.workday_overrides", value="{}")
    assert upgrade_settings(ctx) == []
    assert Setting.select().where(Setting.key == "complaints.workday_overrides").exists()
    assert AuditLog.select().where(AuditLog.action == "setting.upgrade").count() == upgrades


def test_a_new_step_runs_after_the_stored_version(ctx):
    ran = []
    steps = (*STEPS, lambda c: ran.append(c))
    assert upgrade_settings(ctx, steps) == [len(STEPS) + 1] and len(ran) == 1
    assert upgrade_settings(ctx, steps) == [] and len(ran) == 1


# ------------------------------------------------------------------ every read and write through the declaration

def settings_key_misuse(root) -> list[str]:
    """Places that name a declared option's key as a string outside its declaration, or where ui/ imports the
    settings store itself (it calls a service)."""
    import ast
    from pathlib import Path

    keys = {o.key for o in ALL_OPTIONS}
    bad = []
    for folder in ("app", "ui"):
        for path in sorted((Path(root) / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if path.name == "options.py" or rel in ("app/core/settings_upgrade.py",):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and node.value in keys:
                    bad.append(f"{rel}:{node.lineno}: key {node.value!r}")
                if folder == "ui" and isinstance(node, ast.ImportFrom) and node.module in (
                        "app.core.settings", "app.core.models", "app.core.options") or (
                        folder == "ui" and isinstance(node, ast.ImportFrom)
                        and (node.module or "").endswith(".options")):
                    bad.append(f"{rel}:{node.lineno}: ui imports {node.module}")
    return bad


def test_no_settings_key_outside_its_declaration_and_ui_calls_a_service():
    from pathlib import Path

    assert settings_key_misuse(Path(__file__).resolve().parents[2]) == []


def test_key_check_catches_a_planted_string_key_and_a_ui_import(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "app" / "sheet.py").write_text('paper = get("print.paper", "A4")\n', encoding="utf-8")
    (tmp_path / "ui" / "tab.py").write_text("from app.printing.options import PAPER\n", encoding="utf-8")
    assert len(settings_key_misuse(tmp_path)) == 2
