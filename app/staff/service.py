"""Staff, shifts and the acting person.

Every staff member acts as herself: a personal PIN (4–12 digits) kept only as a salted scrypt hash,
checked by the protected services themselves (``authenticate`` + ``require_role``). Wrong PINs are
logged in the audit trail (never the PIN); five in a row lock that person out for five minutes (by the
context clock). A staff member without a PIN sets one at first use: the first PIN she types becomes hers
(the PIN and shift dialogs insist on it; supervisors must have one from the start).

Call ``authenticate`` BEFORE opening your ``db.atomic()`` block: a refusal raises, and the failed-attempt
entry must not be rolled back with your transaction.

Staff are never deleted once referenced anywhere (a signature, a shift, an audit entry): deactivate.
Two people may share a name; ``display_name`` tells them apart: "王丽", "王丽 (2)".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.core import hooks
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.i18n import translate
from app.core.models import AuditLog
from app.core.references import Reference, describe, references_to
from app.core.settings import Option
from app.core.validation import clean_text, name_error
from app.staff.models import Shift, Staff, StaffAccount
from app.staff.roles import ROLE_CODES, SUPERVISOR_ROLES, role_label

PIN_MIN, PIN_MAX = 4, 12
MAX_FAILED = 5
LOCK_MINUTES = 5
# scrypt cost: ~16 MB and a few tens of milliseconds per check — slow for a guesser, quick at the counter.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# (database, staff id) -> (wrong PINs in a row, locked until), kept in memory as well as in the database.
_FAILED: dict[tuple[str, int], tuple[int, dt.datetime | None]] = {}


@dataclass(frozen=True)
class StaffMember:
    """A staff member as plain values, for callers outside this module (never a live row)."""

    id: int
    name: str
    roles: tuple[str, ...]
    active: bool

    @classmethod
    def of(cls, s: Staff) -> StaffMember:
        return cls(s.id, s.name, tuple(s.role_list), bool(s.active))

    @property
    def role_list(self) -> list[str]:
        return list(self.roles)

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class ShiftInfo:
    """A shift at one counter (terminal) as plain values."""

    id: int
    operator_id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    terminal: str

    @classmethod
    def of(cls, shift: Shift) -> ShiftInfo:
        return cls(shift.id, shift.operator_id, shift.started_at, shift.ended_at, shift.terminal)


def _fail_key(staff_id: int) -> tuple[str, int]:
    return (str(getattr(db.obj, "database", "")), staff_id)


# ------------------------------------------------------------------------------------ PIN hashing

def pin_error(pin: str | None) -> str | None:
    p = pin or ""
    if not p:
        return translate("Staff", "Type a PIN.")
    if not p.isascii() or not p.isdigit():
        return translate("Staff", "A PIN is digits only.")
    if len(p) < PIN_MIN:
        return translate("Staff", "A PIN has at least {n} digits.").format(n=PIN_MIN)
    if len(p) > PIN_MAX:
        return translate("Staff", "A PIN has at most {n} digits.").format(n=PIN_MAX)
    return None


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex). The PIN itself is never stored."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt, digest = stored.split("$")
        if algo != "scrypt":
            return False
        got = hashlib.scrypt((pin or "").encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


# ------------------------------------------------------------------------------------ accounts

def _next_name_no(name: str, exclude_id: int | None = None) -> int:
    q = (StaffAccount.select(StaffAccount.name_no).join(Staff)
         .where(Staff.name == name))
    if exclude_id is not None:
        q = q.where(Staff.id != exclude_id)
    numbers = [a.name_no for a in q]
    return max(numbers, default=0) + 1


def _account(s: Staff) -> StaffAccount:
    """The account row of ``s`` (made on first need for staff created before accounts existed)."""
    acc = StaffAccount.get_or_none(StaffAccount.staff == s.id)
    if acc is None:
        with db.atomic():
            acc = StaffAccount.create(staff=s.id, name_no=_next_name_no(s.name, exclude_id=s.id))
    return acc


def display_names(members: Iterable[Staff | StaffMember]) -> dict[int, str]:
    """id → name, numbered where two or more staff (active or not) share the name: 王丽 / 王丽 (2)."""
    members = list(members)
    if not members:
        return {}
    names = {s.name for s in members}
    counts = Counter(s.name for s in Staff.select(Staff.name).where(Staff.name.in_(list(names))))
    shared = [s.id for s in members if counts[s.name] > 1]
    numbers: dict[int, int] = {}
    if shared:
        numbers = {a.staff_id: a.name_no for a in
                   StaffAccount.select(StaffAccount.staff, StaffAccount.name_no)
                   .where(StaffAccount.staff.in_(shared))}
    out = {}
    for s in members:
        if counts[s.name] > 1:
            out[s.id] = f"{s.name} ({numbers.get(s.id, s.id)})"
        else:
            out[s.id] = s.name
    return out


def display_name(member: Staff | StaffMember | int) -> str:
    s = member if isinstance(member, (Staff, StaffMember)) else _staff(member)
    return display_names([s])[s.id]


def staff_choices(roles: str | Iterable[str] | None = None) -> list[tuple[int, str]]:
    """(id, display name) of active staff holding any of ``roles`` — for pickers (two queries)."""
    members = active_staff(roles)
    names = display_names(members)
    return [(s.id, names[s.id]) for s in members]


def has_pin(staff_id: int) -> bool:
    acc = StaffAccount.get_or_none(StaffAccount.staff == staff_id)
    return bool(acc and acc.pin_hash)


def _validate_member(name: str, roles: list[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if err := name_error(name):
        errors["name"] = err
    bad = [r for r in roles if r not in ROLE_CODES]
    if bad:
        errors["roles"] = translate("Staff", "Unknown role: {r}").format(r=", ".join(bad))
    if not roles:
        errors["roles"] = translate("Staff", "Pick at least one role.")
    return errors


def add_staff(ctx: AppContext, name: str, roles: list[str], pin: str | None = None) -> StaffMember:
    """Add a staff member (bootstrap, demo and tests; the staff dialog uses the protected
    ``create_staff``). Without ``pin`` she sets her PIN at first use."""
    errors = _validate_member(name, roles)
    if pin is not None and (err := pin_error(pin)):
        errors["pin"] = err
    if errors:
        raise ValidationError(errors)
    name = clean_text(name)
    pin_hash = hash_pin(pin) if pin else ""
    with db.atomic():
        s = Staff.create(name=name, roles=",".join(dict.fromkeys(roles)), active=True, created_at=ctx.now())
        StaffAccount.create(staff=s, name_no=_next_name_no(name, exclude_id=s.id), pin_hash=pin_hash,
                            pin_set_at=ctx.now() if pin_hash else None)
        record(ctx, "staff.add", s, after={**snapshot(s), "pin_set": bool(pin_hash)})
    return StaffMember.of(s)


def active_staff(role: str | Iterable[str] | None = None) -> list[StaffMember]:
    """Active staff, optionally only those holding ``role`` (or any of several roles)."""
    rows = Staff.select().where(Staff.active == True).order_by(Staff.name, Staff.id)  # noqa: E712
    members = [StaffMember.of(s) for s in rows]
    if role is None:
        return members
    wanted = {role} if isinstance(role, str) else set(role)
    return [s for s in members if wanted & set(s.roles)]


def _staff(staff_id: int) -> Staff:
    """The row itself, for this module's writes."""
    s = Staff.get_or_none(Staff.id == staff_id)
    if s is None:
        raise NotFound(translate("Staff", "No staff member #{id}.").format(id=staff_id))
    return s


def get_staff(staff_id: int) -> StaffMember:
    return StaffMember.of(_staff(staff_id))


# ------------------------------------------------------------------------------------ acting person

def authenticate(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    """The acting person proves who she is with her PIN. Raises PermissionDenied (or NotFound).

    Protected services (signing a step, approving compensation, changing settings, starting a shift)
    call this themselves — the UI asking for a PIN is not the check. Call it before your own
    ``db.atomic()`` block so that a failed attempt stays logged.

    - wrong PIN: logged (``staff.auth_failed``, without the PIN); the fifth in a row locks her out for
      ``LOCK_MINUTES`` (``staff.auth_lockout``); tries while locked are refused and logged too;
    - no PIN yet: the PIN she types now (4–12 digits) becomes hers (``staff.pin_set``); with no PIN typed
      she is accepted on her word until she has one (the PIN dialogs always make her choose one).
    """
    if staff_id is None:
        raise PermissionDenied(translate("Staff", "Say who is acting."))
    s = _staff(staff_id)
    name = display_name(s)
    if not s.active:
        raise PermissionDenied(translate("Staff", "{name} is not active.").format(name=name))
    acc = _account(s)
    now = ctx.now()
    pin = (pin or "").strip()
    # A caller's transaction that rolls back would also undo the stored count: this process keeps its own.
    # The stored count is the one shared by every counter: it is counted in the database (_count_wrong_pin).
    mem_attempts, mem_locked = _FAILED.get(_fail_key(s.id), (0, None))
    if mem_locked is not None and (acc.locked_until is None or mem_locked > acc.locked_until):
        acc.locked_until = mem_locked
    if acc.locked_until is not None and acc.locked_until > now:
        with db.atomic():
            record(ctx, "staff.auth_locked", table="staff", record_id=s.id,
                   after={"staff": s.id, "locked_until": acc.locked_until.isoformat()})
        raise PermissionDenied(translate("Staff", "{name} is locked out after too many wrong PINs. Try again at "
                                                  "{time}, or ask a supervisor to set a new PIN.").format(
            name=name, time=acc.locked_until.strftime("%H:%M")))
    if not acc.pin_hash:
        if not pin:
            # No PIN yet and none typed: accepted on her word. This is no weaker than first use (anyone could
            # type a first PIN for her); the PIN dialogs make her choose one, and supervisors get theirs when
            # they are added.
            return s
        if err := pin_error(pin):
            raise PermissionDenied(translate("Staff", "{name} has no PIN yet: type a new PIN to set it. {problem}")
                                   .format(name=name, problem=err))
        new_hash = hash_pin(pin)  # slow on purpose: computed before the write transaction opens
        with db.atomic():
            acc.pin_hash = new_hash
            acc.pin_set_at = now
            acc.failed_attempts = 0
            acc.locked_until = None
            acc.save()
            record(acting(ctx, s), "staff.pin_set", table="staff", record_id=s.id,
                   after={"staff": s.id, "first_use": True})
        return s
    if not pin:
        # An empty PIN is never an attempt: nothing typed is not a wrong PIN (no count, no lock-out).
        raise PermissionDenied(translate("Staff", "Type {name}'s PIN.").format(name=name))
    right = verify_pin(pin, acc.pin_hash)  # slow on purpose: before any write transaction opens
    with db.atomic():
        # Read again inside the transaction: another counter may have counted or locked since the read above.
        stored = StaffAccount.get_by_id(acc.id)
        locked_until = stored.locked_until
        if mem_locked is not None and (locked_until is None or mem_locked > locked_until):
            locked_until = mem_locked
        if right:
            if locked_until is not None and locked_until > now:
                # Another counter's fifth wrong PIN landed while this one was being checked: the lock holds.
                record(ctx, "staff.auth_locked", table="staff", record_id=s.id,
                       after={"staff": s.id, "locked_until": locked_until.isoformat()})
                right_but_locked = True
            else:
                right_but_locked = False
                if stored.failed_attempts or stored.locked_until is not None:
                    StaffAccount.update(failed_attempts=0, locked_until=None).where(
                        StaffAccount.id == acc.id).execute()
        else:
            # a lock of this process's own that has run out starts the count afresh, as a stored one does
            own = 0 if mem_locked is not None and mem_locked <= now else mem_attempts
            attempt, locked_until, locked = _count_wrong_pin(acc.id, now, own)
            _FAILED[_fail_key(s.id)] = (attempt, locked_until)
            record(ctx, "staff.auth_lockout" if locked else "staff.auth_failed", table="staff", record_id=s.id,
                   after={"staff": s.id, "attempt": attempt,
                          **({"locked_until": locked_until.isoformat()} if locked else {})})
    if right:
        if right_but_locked:
            raise PermissionDenied(translate("Staff", "{name} is locked out after too many wrong PINs. Try again "
                                                      "at {time}, or ask a supervisor to set a new PIN.").format(
                name=name, time=locked_until.strftime("%H:%M")))
        _FAILED.pop(_fail_key(s.id), None)
        return s
    if locked_until is not None and locked_until > now and not locked:
        # This wrong PIN was checked while another counter locked her out: counted, and she is locked.
        raise PermissionDenied(translate("Staff", "{name} is locked out after too many wrong PINs. Try again at "
                                                  "{time}, or ask a supervisor to set a new PIN.").format(
            name=name, time=locked_until.strftime("%H:%M")))
    if locked:
        raise PermissionDenied(translate("Staff", "Wrong PIN. {name} is now locked out for {m} minutes.").format(
            name=name, m=LOCK_MINUTES))
    raise PermissionDenied(translate("Staff", "Wrong PIN for {name}. {n} tries left before a lock-out.").format(
        name=name, n=MAX_FAILED - attempt))


def _count_wrong_pin(account_id: int, now: dt.datetime, at_least: int) -> tuple[int, dt.datetime | None, bool]:
    """Count one wrong PIN in the database, race-free across counters: one ``UPDATE … SET failed_attempts =
    failed_attempts + 1`` (a lock that has run out starts the count afresh), read back in the same transaction
    (SQLite: BEGIN IMMEDIATE; PostgreSQL: the row stays locked until commit). ``at_least`` is this process's own
    count, for a caller whose rolled-back transaction undid the stored one. Returns (attempt, locked until,
    whether this attempt locked her out)."""
    a = StaffAccount
    expired = a.locked_until.is_null(False) & (a.locked_until <= now)
    counted = pw.Case(None, [(a.failed_attempts < at_least, at_least)], a.failed_attempts)
    a.update(failed_attempts=pw.Case(None, [(expired, 1)], counted + 1),
             locked_until=pw.Case(None, [(expired, None)], a.locked_until)).where(a.id == account_id).execute()
    attempt, locked_until = a.select(a.failed_attempts, a.locked_until).where(a.id == account_id).tuples().get()
    if attempt >= MAX_FAILED and locked_until is None:
        locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        a.update(locked_until=locked_until).where(a.id == account_id).execute()
        return attempt, locked_until, True
    return attempt, locked_until, False


def require_role(member: Staff | StaffMember, *roles: str) -> None:
    """Raise PermissionDenied unless ``member`` holds one of ``roles``."""
    if not any(member.has_role(r) for r in roles):
        raise PermissionDenied(translate("Staff", "{name} may not do this: it needs the role {roles}.").format(
            name=display_name(member), roles=" / ".join(role_label(r) for r in roles)))


def authenticate_supervisor(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    """PIN check plus a supervisor role (base dispatcher, department/store supervisor, executive manager)."""
    member = authenticate(ctx, staff_id, pin)
    require_role(member, *SUPERVISOR_ROLES)
    return member


def acting(ctx: AppContext, member: Staff | StaffMember) -> AppContext:
    """A copy of ``ctx`` whose audit entries name ``member`` (who proved herself) as the person acting."""
    return dataclasses.replace(ctx, operator_id=member.id)


def is_supervisor(member: Staff | StaffMember) -> bool:
    return any(member.has_role(r) for r in SUPERVISOR_ROLES)


def set_option(ctx: AppContext, staff_id: int | None, pin: str | None, option: Option[Any], value: Any) -> None:
    """A member of staff (PIN checked here) changes a declared option; the audit entry names her. A supervisor
    option needs a supervisor: anyone else is refused (PermissionDenied) and nothing is written. (Areas call
    this with their own declaration; ``app.settings_service.change_option`` also takes a key.)"""
    if option.who == "supervisor":
        member = authenticate_supervisor(ctx, staff_id, pin)
    else:
        member = authenticate(ctx, staff_id, pin)
    option.set(acting(ctx, member), value, by_supervisor=option.who == "supervisor")


def check_supervisor(ctx: AppContext, staff_id: int | None, pin: str | None) -> int:
    """``authenticate_supervisor`` for the UI: her staff id once her PIN and role are checked."""
    return authenticate_supervisor(ctx, staff_id, pin).id


# ------------------------------------------------------------------------------------ shifts

# Rules other areas add to starting a shift: ``app.core.hooks.shift_start`` (connected in app.wiring).


def start_shift(ctx: AppContext, staff_id: int, pin: str | None = None) -> ShiftInfo:
    """The person taking the counter becomes the operator; every later write records her.

    With ``pin`` her PIN is checked here (the shift dialog always passes it). Without one the caller has
    already established who she is: a service that authenticated her itself (handover acceptance) or the
    start-up of a bootstrap/demo database.
    """
    if pin is not None:
        s = authenticate(ctx, staff_id, pin)
    else:
        s = _staff(staff_id)
        if not s.active:
            raise ValidationError({"staff": translate("Staff", "{name} is not active.").format(
                name=display_name(s))})
    with db.atomic():
        for guard in hooks.shift_start:
            guard(ctx, s)
        open_shift = Shift.get_or_none((Shift.terminal == ctx.terminal) & (Shift.ended_at.is_null()))
        if open_shift is not None:
            before = snapshot(open_shift)
            open_shift.ended_at = ctx.now()
            open_shift.save()
            record(ctx, "shift.end", open_shift, before=before)
        ctx.operator_id = s.id
        shift = Shift.create(operator=s, started_at=ctx.now(), terminal=ctx.terminal)
        record(ctx, "shift.start", shift)
    return ShiftInfo.of(shift)


def supervisor_on_duty(ctx: AppContext) -> int | None:
    """Who a complaint is reported to by default: the operator if she is a supervisor; else the supervisor
    who most recently started a shift still open (at any counter); else the only active supervisor."""
    supervisors = {s.id for s in active_staff(SUPERVISOR_ROLES)}
    if ctx.operator_id in supervisors:
        return ctx.operator_id
    open_shifts = Shift.select().where(Shift.ended_at.is_null()).order_by(Shift.started_at.desc())
    for shift in open_shifts:
        if shift.operator_id in supervisors:
            return shift.operator_id
    return next(iter(supervisors)) if len(supervisors) == 1 else None


def current_shift(terminal: str) -> ShiftInfo | None:
    shift = (Shift.select().where((Shift.terminal == terminal) & Shift.ended_at.is_null())
             .order_by(Shift.started_at.desc()).first())
    return ShiftInfo.of(shift) if shift is not None else None


# ------------------------------------------------------------------------------------ first run

def needs_setup() -> bool:
    """True while no active supervisor exists: the first-run dialog creates one (with her PIN)."""
    return not active_staff(SUPERVISOR_ROLES)


def setup_first_supervisor(ctx: AppContext, name: str, role: str, pin: str, pin_again: str) -> StaffMember:
    """First run on an empty database: the first supervisor, with her PIN. Refused once one exists."""
    if not needs_setup():
        raise Conflict(translate("Staff", "The studio already has a supervisor: ask her to add staff."))
    errors = _validate_member(name, [role])
    if role not in SUPERVISOR_ROLES:
        errors["roles"] = translate("Staff", "The first person set up must be a supervisor.")
    if err := pin_error(pin):
        errors["pin"] = err
    elif pin != pin_again:
        errors["pin_again"] = translate("Staff", "The two PINs differ.")
    if errors:
        raise ValidationError(errors)
    return add_staff(ctx, name, [role], pin=pin)


# ------------------------------------------------------------------------------------ management

@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    display: str
    roles: tuple[str, ...]
    active: bool
    has_pin: bool
    locked_until: dt.datetime | None
    created_at: dt.datetime

    @property
    def role_text(self) -> str:
        return "、".join(role_label(r) for r in self.roles)


def staff_rows(include_inactive: bool = True) -> list[StaffRow]:
    """Everyone for the staff list (three queries, whatever the size)."""
    q = Staff.select().order_by(Staff.active.desc(), Staff.name, Staff.id)
    if not include_inactive:
        q = q.where(Staff.active == True)  # noqa: E712
    members = list(q)
    names = display_names(members)
    accounts = {a.staff_id: a for a in StaffAccount.select()}
    out = []
    for s in members:
        a = accounts.get(s.id)
        out.append(StaffRow(s.id, s.name, names[s.id], tuple(s.role_list), bool(s.active),
                            bool(a and a.pin_hash), a.locked_until if a else None, s.created_at))
    return out


def _other_active_executives(staff_id: int) -> int:
    return sum(1 for s in active_staff("executive_manager") if s.id != staff_id)


def _refuse_last_supervisor(s: Staff | StaffMember) -> None:
    """Without an active supervisor nobody could change settings, and the first-run set-up would open again."""
    if s.active and is_supervisor(s) and not any(o.id != s.id for o in active_staff(SUPERVISOR_ROLES)):
        raise Conflict(translate("Staff", "{name} is the last active supervisor: add another supervisor first.")
                       .format(name=display_name(s)))


def _refuse_last_executive(s: Staff | StaffMember) -> None:
    if s.active and s.has_role("executive_manager") and _other_active_executives(s.id) == 0:
        raise Conflict(translate("Staff", "{name} is the last active executive manager: add another executive "
                                          "manager first.").format(name=display_name(s)))


def create_staff(ctx: AppContext, actor_id: int | None, actor_pin: str | None, name: str, roles: list[str],
                 pin: str | None = None) -> StaffMember:
    """A supervisor adds a staff member. A supervisor role needs her PIN now (nobody may claim it later);
    others may leave it empty and set it at first use."""
    actor = authenticate_supervisor(ctx, actor_id, actor_pin)
    errors = _validate_member(name, roles)
    if pin:
        if err := pin_error(pin):
            errors["pin"] = err
    elif any(r in SUPERVISOR_ROLES for r in roles):
        errors["pin"] = translate("Staff", "A supervisor's PIN is set now: she types it here.")
    if errors:
        raise ValidationError(errors)
    return add_staff(acting(ctx, actor), name, roles, pin=pin or None)


def update_staff(ctx: AppContext, actor_id: int | None, actor_pin: str | None, staff_id: int, name: str,
                 roles: list[str]) -> StaffMember:
    actor = authenticate_supervisor(ctx, actor_id, actor_pin)
    s = _staff(staff_id)
    if errors := _validate_member(name, roles):
        raise ValidationError(errors)
    if s.has_role("executive_manager") and "executive_manager" not in roles:
        _refuse_last_executive(s)
    if is_supervisor(s) and not any(r in SUPERVISOR_ROLES for r in roles):
        _refuse_last_supervisor(s)
    if any(r in SUPERVISOR_ROLES for r in roles) and not is_supervisor(s) and not has_pin(s.id):
        raise ValidationError({"roles": translate("Staff", "Set her PIN first: a supervisor role needs one.")})
    name = clean_text(name)
    with db.atomic():
        before = snapshot(s)
        renamed = name != s.name
        s.name = name
        s.roles = ",".join(dict.fromkeys(roles))
        s.save()
        if renamed:
            acc = _account(s)
            acc.name_no = _next_name_no(name, exclude_id=s.id)
            acc.save()
        record(acting(ctx, actor), "staff.edit", s, before=before)
    return StaffMember.of(s)


def set_staff_active(ctx: AppContext, actor_id: int | None, actor_pin: str | None, staff_id: int,
                     active: bool) -> StaffMember:
    """Deactivate (or bring back) a staff member. Her history stays; she no longer appears in pickers."""
    actor = authenticate_supervisor(ctx, actor_id, actor_pin)
    s = _staff(staff_id)
    if s.active == active:
        return StaffMember.of(s)
    if not active:
        _refuse_last_executive(s)
        _refuse_last_supervisor(s)
        open_shift = Shift.get_or_none((Shift.operator == s.id) & Shift.ended_at.is_null())
        if open_shift is not None:
            raise Conflict(translate("Staff", "{name} is on shift at {terminal}: change the shift first.").format(
                name=display_name(s), terminal=open_shift.terminal))
    with db.atomic():
        before = snapshot(s)
        s.active = active
        s.save()
        record(acting(ctx, actor), "staff.activate" if active else "staff.deactivate", s, before=before)
    return StaffMember.of(s)


def reset_pin(ctx: AppContext, actor_id: int | None, actor_pin: str | None, staff_id: int, new_pin: str,
              new_pin_again: str) -> None:
    """A supervisor sets a new PIN for someone who forgot hers (also lifts a lock-out)."""
    actor = authenticate_supervisor(ctx, actor_id, actor_pin)
    s = _staff(staff_id)
    if err := pin_error(new_pin):
        raise ValidationError({"pin": err})
    if new_pin != new_pin_again:
        raise ValidationError({"pin_again": translate("Staff", "The two PINs differ.")})
    new_hash = hash_pin(new_pin)
    with db.atomic():
        acc = _account(s)
        acc.pin_hash = new_hash
        acc.pin_set_at = ctx.now()
        acc.failed_attempts = 0
        acc.locked_until = None
        acc.save()
        _FAILED.pop(_fail_key(s.id), None)
        record(acting(ctx, actor), "staff.pin_reset", table="staff", record_id=s.id, after={"staff": s.id})


def change_own_pin(ctx: AppContext, staff_id: int, old_pin: str, new_pin: str, new_pin_again: str) -> None:
    """A staff member changes her own PIN (old PIN first)."""
    if err := pin_error(new_pin):
        raise ValidationError({"pin": err})
    if new_pin != new_pin_again:
        raise ValidationError({"pin_again": translate("Staff", "The two PINs differ.")})
    s = authenticate(ctx, staff_id, old_pin)
    new_hash = hash_pin(new_pin)
    with db.atomic():
        acc = _account(s)
        acc.pin_hash = new_hash
        acc.pin_set_at = ctx.now()
        acc.save()
        record(acting(ctx, s), "staff.pin_change", table="staff", record_id=s.id, after={"staff": s.id})


def delete_staff(ctx: AppContext, actor_id: int | None, actor_pin: str | None, staff_id: int) -> None:
    """Delete a staff member entered by mistake. Refused (deactivate instead) once she is referenced
    anywhere: a shift, a visit, a signature, an audit entry she made."""
    actor = authenticate_supervisor(ctx, actor_id, actor_pin)
    s = _staff(staff_id)
    refs = references_to(s, ignore=("staff_account",))
    acted = AuditLog.select().where(AuditLog.operator_id == s.id).count()
    if acted:
        refs.append(Reference("audit_log", "operator_id", acted))
    if refs:
        raise Conflict(translate("Staff", "{name} cannot be deleted: used in {where}. Deactivate her instead.")
                       .format(name=display_name(s), where=describe(refs)))
    _refuse_last_executive(s)
    _refuse_last_supervisor(s)
    with db.atomic():
        before = snapshot(s)
        StaffAccount.delete().where(StaffAccount.staff == s.id).execute()
        s.delete_instance()
        record(acting(ctx, actor), "staff.delete", table="staff", record_id=staff_id, before=before)

