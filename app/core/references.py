"""Where is a record used? Before a staff member, station or locker may be deleted, every table that
points at it is counted — found from the models' foreign keys (peewee metadata, so the tables of every
area are covered once their module is loaded) and from the database schema itself (so a table whose
module was not imported is covered too)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import peewee as pw

from app.core.db import db
from app.core.i18n import translate


@dataclass(frozen=True)
class Reference:
    table: str
    column: str
    count: int

    @property
    def label(self) -> str:
        return table_label(self.table)


#: table name -> function returning a readable (translated) name. Areas may add theirs.
TABLE_LABELS: dict[str, Callable[[], str]] = {
    "visit": lambda: translate("References", "check-ins"),
    "lead": lambda: translate("References", "consultation leads"),
    "key_loan": lambda: translate("References", "locker key loans"),
    "shift": lambda: translate("References", "shifts"),
    "audit_log": lambda: translate("References", "audit trail entries"),
    "flow_template_step": lambda: translate("References", "flow template steps"),
    "flow_step": lambda: translate("References", "flow steps"),
    "step_signoff": lambda: translate("References", "sign-offs"),
    "flow_note": lambda: translate("References", "flow notes"),
}


def register_table_label(table: str, label: Callable[[], str]) -> None:
    """Give a table a readable name for "used in …" messages (call at import of your models module)."""
    TABLE_LABELS[table] = label


def table_label(table: str) -> str:
    fn = TABLE_LABELS.get(table)
    return fn() if fn else table.replace("_", " ")


def _all_models() -> Iterable[type[pw.Model]]:
    seen: set[type] = set()
    stack = list(pw.Model.__subclasses__())
    while stack:
        m = stack.pop()
        if m in seen:
            continue
        seen.add(m)
        stack.extend(m.__subclasses__())
        if getattr(m._meta, "database", None) is db:
            yield m


def referencing_columns(model: type[pw.Model]) -> set[tuple[str, str]]:
    """(table, column) pairs holding a foreign key to ``model``'s table."""
    target = model._meta.table_name
    found: set[tuple[str, str]] = set()
    database = db.obj
    tables = set(database.get_tables()) if database is not None else set()
    for m in _all_models():
        if m._meta.table_name not in tables:
            continue
        for f in m._meta.fields.values():
            if isinstance(f, pw.ForeignKeyField) and f.rel_model._meta.table_name == target:
                found.add((m._meta.table_name, f.column_name))
    for table in tables:
        for fk in database.get_foreign_keys(table):
            if fk.dest_table == target:
                found.add((table, fk.column))
    return found


def count_where(table: str, column: str, value: int) -> int:
    t = pw.Table(table).bind(db)
    return t.select(pw.fn.COUNT(pw.SQL("*"))).where(getattr(t.c, column) == value).scalar() or 0


def references_to(instance: pw.Model, ignore: Iterable[str] = ()) -> list[Reference]:
    """Every table (except ``ignore``) with rows pointing at ``instance``, with counts; none → []."""
    skip = set(ignore)
    out = []
    for table, column in sorted(referencing_columns(type(instance))):
        if table in skip:
            continue
        n = count_where(table, column, instance.get_id())
        if n:
            out.append(Reference(table, column, n))
    return out


def describe(refs: Iterable[Reference]) -> str:
    """'12 check-ins, 3 shifts' — for a refusal message."""
    return translate("References", ", ").join(
        translate("References", "{n} {what}").format(n=r.count, what=r.label) for r in refs)
