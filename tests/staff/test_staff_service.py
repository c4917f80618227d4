"""Staff accounts: PIN hashing, lock-out under the injected clock, roles checked in the services,
duplicate names, the last executive manager, never deleting someone who is referenced."""

from __future__ import annotations

import logging

import pytest

from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.staff import service as staff
from app.staff.models import Staff, StaffAccount

PIN = "739153"


@pytest.fixture
def boss(ctx):
    return staff.add_staff(ctx, "杨总", ["executive_manager"], pin=PIN)


def test_pin_stored_only_as_salted_slow_hash(ctx, boss, db_path, caplog):
    caplog.set_level(logging.DEBUG)
    other = staff.create_staff(ctx, boss.id, PIN, "黄蓉", ["store_supervisor"], pin="864209")
    staff.authenticate(ctx, other.id, "864209")
    with pytest.raises(PermissionDenied):
        staff.authenticate(ctx, other.id, "864208")
    acc = StaffAccount.get(StaffAccount.staff == other.id)
    assert acc.pin_hash.startswith("scrypt$16384$8$1$") and "864209" not in acc.pin_hash
    # Same PIN, different salt: different hashes.
    again = staff.add_staff(ctx, "林娜", ["department_supervisor"], pin="864209")
    assert StaffAccount.get(StaffAccount.staff == again.id).pin_hash != acc.pin_hash
    import peewee as pw

    from app.core.db import db
    if isinstance(db.obj, pw.SqliteDatabase):
        db.execute_sql("PRAGMA wal_checkpoint(FULL)")
        raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    else:  # a server database: every row of every table, as text
        raw = "".join(str(row) for t in db.obj.get_tables()
                      for row in db.execute_sql(f'SELECT * FROM "{t}"').fetchall()).encode()
    assert b"scrypt$" in raw  # the store was really read
    for pin in (PIN, "864209", "864208"):
        assert pin.encode() not in raw
    assert not any(p in caplog.text for p in (PIN, "864209", "864208"))
    for e in AuditLog.select():
        assert "864209" not in e.before + e.after and "pin_hash" not in e.before + e.after


def test_pin_rules(ctx):
    for bad in ("123", "12a4", "", "1234567890123", "１２３４"):
        with pytest.raises(ValidationError) as exc:
            staff.add_staff(ctx, "甲", ["receptionist"], pin=bad)
        assert "pin" in exc.value.errors
    assert not Staff.select().where(Staff.name == "甲").exists()


def test_wrong_pins_lock_out_by_the_context_clock(ctx, boss, clock):
    for _i in range(staff.MAX_FAILED - 1):
        with pytest.raises(PermissionDenied, match="tries left|次"):
            staff.authenticate(ctx, boss.id, "000000")
    with pytest.raises(PermissionDenied) as exc:
        staff.authenticate(ctx, boss.id, "000000")
    assert "locked" in str(exc.value) or "锁定" in str(exc.value)
    # Even the right PIN is refused while locked.
    with pytest.raises(PermissionDenied):
        staff.authenticate(ctx, boss.id, PIN)
    actions = [a.action for a in AuditLog.select().where(AuditLog.action.startswith("staff.auth"))]
    assert actions.count("staff.auth_failed") == 4 and "staff.auth_lockout" in actions
    assert "staff.auth_locked" in actions
    clock.advance(minutes=staff.LOCK_MINUTES - 1)
    with pytest.raises(PermissionDenied):
        staff.authenticate(ctx, boss.id, PIN)
    clock.advance(minutes=1, seconds=1)
    assert staff.authenticate(ctx, boss.id, PIN).id == boss.id
    acc = StaffAccount.get(StaffAccount.staff == boss.id)
    assert acc.failed_attempts == 0 and acc.locked_until is None


def test_pin_set_at_first_use(ctx):
    s = staff.add_staff(ctx, "周婷", ["dresser"])
    assert not staff.has_pin(s.id)
    assert staff.authenticate(ctx, s.id, "").id == s.id  # on her word until she has a PIN
    assert not staff.has_pin(s.id)
    with pytest.raises(PermissionDenied):
        staff.authenticate(ctx, s.id, "12")
    staff.authenticate(ctx, s.id, "5820")
    assert staff.has_pin(s.id)
    for wrong in ("5821", ""):
        with pytest.raises(PermissionDenied):
            staff.authenticate(ctx, s.id, wrong)
    assert AuditLog.select().where(AuditLog.action == "staff.pin_set").count() == 1


def test_every_management_service_checks_pin_and_role(ctx, boss):
    rec = Staff.get(Staff.name == "王丽")
    staff.authenticate(ctx, rec.id, "4321")  # sets her PIN (first use)
    calls = [
        lambda sid, pin: staff.create_staff(ctx, sid, pin, "新人", ["receptionist"]),
        lambda sid, pin: staff.update_staff(ctx, sid, pin, rec.id, "王丽", ["receptionist"]),
        lambda sid, pin: staff.set_staff_active(ctx, sid, pin, boss.id, False),
        lambda sid, pin: staff.reset_pin(ctx, sid, pin, boss.id, "1111", "1111"),
        lambda sid, pin: staff.delete_staff(ctx, sid, pin, boss.id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied, match="may not|需要"):
            call(rec.id, "4321")  # a receptionist, right PIN, wrong role
        with pytest.raises(PermissionDenied):
            call(boss.id, "999999")  # right role, wrong PIN
        with pytest.raises(PermissionDenied):
            call(None, PIN)
        # Unlock between rounds so the lock-out does not mask the role check.
        StaffAccount.update(failed_attempts=0, locked_until=None).execute()
        staff._FAILED.clear()


def test_duplicate_names_are_numbered(ctx, boss):
    a = Staff.get(Staff.name == "王丽")
    b = staff.create_staff(ctx, boss.id, PIN, "王丽", ["receptionist"])
    c = staff.create_staff(ctx, boss.id, PIN, " 王丽 ", ["makeup_artist"])
    names = staff.display_names([a, b, c])
    assert names == {a.id: "王丽 (1)", b.id: "王丽 (2)", c.id: "王丽 (3)"}
    assert staff.display_name(boss) == "杨总"
    assert dict(staff.staff_choices("receptionist")) == {a.id: "王丽 (1)", b.id: "王丽 (2)"}
    # Renaming keeps the others' numbers.
    staff.update_staff(ctx, boss.id, PIN, b.id, "王小丽", ["receptionist"])
    assert staff.display_names([a, c]) == {a.id: "王丽 (1)", c.id: "王丽 (3)"}
    assert staff.display_name(b.id) == "王小丽"


def test_audit_names_the_supervisor_who_acted(ctx, boss):
    s = staff.create_staff(ctx, boss.id, PIN, "赵敏", ["makeup_artist"])
    entry = AuditLog.select().where((AuditLog.action == "staff.add") & (AuditLog.record_id == s.id)).get()
    assert entry.operator_id == boss.id and entry.operator_name == "杨总"


def test_supervisor_needs_a_pin_when_added(ctx, boss):
    with pytest.raises(ValidationError) as exc:
        staff.create_staff(ctx, boss.id, PIN, "黄蓉", ["store_supervisor"])
    assert "pin" in exc.value.errors


def test_last_executive_manager_stays(ctx, boss):
    with pytest.raises(Conflict, match="last|最后"):
        staff.set_staff_active(ctx, boss.id, PIN, boss.id, False)
    with pytest.raises(Conflict):
        staff.update_staff(ctx, boss.id, PIN, boss.id, "杨总", ["store_supervisor"])
    assert Staff.get_by_id(boss.id).active and Staff.get_by_id(boss.id).has_role("executive_manager")
    second = staff.create_staff(ctx, boss.id, PIN, "钱总", ["executive_manager"], pin="246810")
    staff.set_staff_active(ctx, second.id, "246810", boss.id, False)
    assert not Staff.get_by_id(boss.id).active


def test_referenced_staff_cannot_be_deleted(ctx, boss):
    rec = Staff.get(Staff.name == "王丽")  # on shift, made audit entries
    with pytest.raises(Conflict, match="Deactivate|停用"):
        staff.delete_staff(ctx, boss.id, PIN, rec.id)
    assert Staff.get_or_none(Staff.id == rec.id) is not None
    typo = staff.create_staff(ctx, boss.id, PIN, "打错的名字", ["dresser"])
    staff.delete_staff(ctx, boss.id, PIN, typo.id)
    assert Staff.get_or_none(Staff.id == typo.id) is None
    assert AuditLog.select().where(AuditLog.action == "staff.delete").count() == 1


def test_on_shift_cannot_be_deactivated(ctx, boss):
    rec = Staff.get(Staff.name == "王丽")
    with pytest.raises(Conflict, match="shift|当班"):
        staff.set_staff_active(ctx, boss.id, PIN, rec.id, False)


def test_start_shift_checks_the_pin(ctx, boss):
    with pytest.raises(PermissionDenied):
        staff.start_shift(ctx, boss.id, "000000")
    shift = staff.start_shift(ctx, boss.id, PIN)
    assert ctx.operator_id == boss.id and shift.operator_id == boss.id


def test_first_run_creates_one_supervisor(database, clock):
    from app.core.context import AppContext

    c = AppContext(clock=clock)
    assert staff.needs_setup()
    with pytest.raises(ValidationError) as exc:
        staff.setup_first_supervisor(c, "黄蓉", "store_supervisor", "1357", "1358")
    assert "pin_again" in exc.value.errors
    with pytest.raises(ValidationError):
        staff.setup_first_supervisor(c, "黄蓉", "receptionist", "1357", "1357")
    s = staff.setup_first_supervisor(c, "黄蓉", "executive_manager", "1357", "1357")
    assert not staff.needs_setup() and staff.has_pin(s.id)
    with pytest.raises(Conflict):
        staff.setup_first_supervisor(c, "又一个", "executive_manager", "1357", "1357")


def test_change_own_pin_and_reset(ctx, boss):
    staff.change_own_pin(ctx, boss.id, PIN, "112233", "112233")
    with pytest.raises(PermissionDenied):
        staff.authenticate(ctx, boss.id, PIN)
    staff.authenticate(ctx, boss.id, "112233")
    other = staff.create_staff(ctx, boss.id, "112233", "刘芳", ["receptionist"], pin="5555")
    for _ in range(staff.MAX_FAILED):
        with pytest.raises(PermissionDenied):
            staff.authenticate(ctx, other.id, "0000")
    staff.reset_pin(ctx, boss.id, "112233", other.id, "6666", "6666")
    assert staff.authenticate(ctx, other.id, "6666").id == other.id


def test_staff_rows_in_few_queries(ctx, boss):
    from app.core.db import db

    for i in range(30):
        staff.add_staff(ctx, f"员工{i % 5}", ["dresser"])
    count = 0
    orig = db.obj.execute_sql

    def counting(*a, **k):
        nonlocal count
        count += 1
        return orig(*a, **k)

    db.obj.execute_sql = counting
    try:
        rows = staff.staff_rows()
    finally:
        db.obj.execute_sql = orig
    assert len(rows) == 32 and count <= 4
    assert sum(1 for r in rows if r.display.startswith("员工0 (")) == 6


def test_roles_must_be_known(ctx, boss):
    with pytest.raises(ValidationError) as exc:
        staff.create_staff(ctx, boss.id, PIN, "某人", ["wizard"])
    assert "roles" in exc.value.errors
    with pytest.raises(ValidationError):
        staff.create_staff(ctx, boss.id, PIN, "", [])


def test_lock_out_holds_even_when_the_callers_transaction_rolls_back(ctx, boss):
    """A protected service that calls authenticate inside its own db.atomic() and lets the refusal
    propagate rolls back the stored count; the lock-out must still happen."""
    from app.core.db import db

    def protected_service(pin):
        with db.atomic():
            staff.authenticate(ctx, boss.id, pin)

    for _ in range(staff.MAX_FAILED):
        with pytest.raises(PermissionDenied):
            protected_service("000000")
    with pytest.raises(PermissionDenied, match="locked|锁定"):
        protected_service(PIN)


def test_last_supervisor_stays(ctx):
    """Otherwise nobody could change settings and the first-run set-up would open to anyone."""
    sup = staff.add_staff(ctx, "黄蓉", ["store_supervisor"], pin=PIN)
    with pytest.raises(Conflict, match="supervisor|主管"):
        staff.set_staff_active(ctx, sup.id, PIN, sup.id, False)
    with pytest.raises(Conflict):
        staff.update_staff(ctx, sup.id, PIN, sup.id, "黄蓉", ["receptionist"])
    assert not staff.needs_setup()
    staff.update_staff(ctx, sup.id, PIN, sup.id, "黄蓉", ["department_supervisor"])  # still a supervisor: fine
