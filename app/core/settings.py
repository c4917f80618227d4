"""Settings kept in the database (so every counter PC shares them), as JSON values — each declared once.

An option is declared by the area that owns it, in ``app/<area>/options.py`` (the core's own in
``app/core/options.py``), like Picard's ``picard/options.py``::

    PAPER = Option("print.paper", str, "A4", "anyone", "Paper size of printouts", choices=("A4", "A5"))

and every read or write goes through the declaration: ``PAPER.get()``, ``PAPER.set(ctx, "A5")``. The list
of every declared option is ``app.options.ALL_OPTIONS`` (one explicit list, nothing registered by import).

- A value of the wrong type (or outside ``choices`` / refused by ``check``) is refused on writing
  (ValidationError) and ignored on reading (the default is returned): an old or hand-edited row never
  reaches a service as a surprise.
- ``who`` says who may change it: ``"anyone"`` (e.g. the paper chosen at the counter) or
  ``"supervisor"``. A supervisor option is only written by a service that has checked a supervisor's
  PIN and says so (``set(..., by_supervisor=True)``); otherwise it is refused (PermissionDenied). The
  generic service that checks the PIN itself is ``app.settings_service.change_option``.
- Old stored values are brought up to date by numbered steps (``app.core.settings_upgrade``), run when
  the database is opened.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import PermissionDenied, ValidationError
from app.core.i18n import translate
from app.core.models import Setting

Who = Literal["anyone", "supervisor"]
MAX_KEY_LENGTH = 64  # Setting.key


def _type_ok(value: Any, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


@dataclass(frozen=True)
class Option[T]:
    """One setting: its key, the JSON type of its value, its default, who may change it, what it is for."""

    key: str
    type: type
    default: T
    who: Who
    description: str
    choices: tuple[Any, ...] = ()
    check: Callable[[Any], bool] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.who not in ("anyone", "supervisor"):
            raise ValueError(f"{self.key}: who must be 'anyone' or 'supervisor', not {self.who!r}")
        if not self.valid(self.default):
            raise ValueError(f"{self.key}: the default {self.default!r} is not a valid {self.type.__name__}")
        if len(self.key) > MAX_KEY_LENGTH:
            raise ValueError(f"{self.key}: a key has at most {MAX_KEY_LENGTH} characters")

    def valid(self, value: Any) -> bool:
        """True when ``value`` may be stored: the declared type, one of ``choices``, accepted by ``check``."""
        if not _type_ok(value, self.type):
            return False
        if self.choices and value not in self.choices:
            return False
        return self.check is None or bool(self.check(value))

    def per(self, suffix: str) -> Option[T]:
        """The same option kept once per ``suffix`` (e.g. per counter PC): key ``<key>.<suffix>``."""
        return Option(f"{self.key}.{suffix}", self.type, self.default, self.who, self.description,
                      self.choices, self.check)

    def get(self) -> T:
        """The stored value, or the default when none is stored or the stored one is not valid."""
        row = Setting.get_or_none(Setting.key == self.key)
        if row is None:
            return self._copy(self.default)
        try:
            value = json.loads(row.value)
        except ValueError:
            return self._copy(self.default)
        return value if self.valid(value) else self._copy(self.default)

    def is_set(self) -> bool:
        """True when a value is stored (even one equal to the default)."""
        return Setting.select().where(Setting.key == self.key).exists()

    def set(self, ctx: AppContext, value: T, *, by_supervisor: bool = False) -> None:
        """Save ``value``; the change is audited (before → after) in the same transaction.

        A supervisor option needs ``by_supervisor=True``: the caller has checked her PIN and ``ctx`` names her.
        """
        if self.who == "supervisor" and not by_supervisor:
            raise PermissionDenied(translate("Settings", "Only a supervisor may change this setting."))
        if not self.valid(value):
            raise ValidationError({self.key: translate("Settings", "Not a valid value for this setting.")})
        _store(ctx, self.key, value)

    def reset(self, ctx: AppContext, *, by_supervisor: bool = False) -> None:
        """Forget the stored value (the default applies again); audited when there was one."""
        if self.who == "supervisor" and not by_supervisor:
            raise PermissionDenied(translate("Settings", "Only a supervisor may change this setting."))
        with db.atomic():
            row = Setting.get_or_none(Setting.key == self.key)
            if row is None:
                return
            before = {"key": self.key, "value": _loads(row.value)}
            row.delete_instance()
            record(ctx, "setting.change", table="setting", record_id=row.id, before=before,
                   after={"key": self.key, "value": None})

    @staticmethod
    def _copy(value: Any) -> Any:
        return json.loads(json.dumps(value)) if isinstance(value, list | dict) else value


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _store(ctx: AppContext, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    with db.atomic():
        row = Setting.get_or_none(Setting.key == key)
        before = {"value": _loads(row.value)} if row is not None else None
        if row is None:
            row = Setting.create(key=key, value=text)
        else:
            row.value = text
            row.save()
        record(ctx, "setting.change", table="setting", record_id=row.id, before=before,
               after={"key": key, "value": value})


def find_option(options: list[Option] | tuple[Option, ...], key: str) -> Option:
    """The declared option called ``key``; an undeclared key is refused (ValidationError)."""
    for option in options:
        if option.key == key:
            return option
    raise ValidationError({"key": translate("Settings", "Unknown setting: {key}").format(key=key)})
