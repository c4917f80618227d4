"""What the services already check, now also enforced by the database, so two counters acting at the same
moment cannot both succeed: at most one open visit per couple (shoot / selection / proof / pickup; visitors
looking for a couple are not the couple's visit), one open loan per locker (since 0001), one handover
waiting to be accepted per counter. Partial unique indexes, on SQLite and PostgreSQL alike.

A database written before this may already hold duplicates (two counters checked the same couple in at
once). Creating the index would then fail and the app would not start, so the duplicates are resolved
first, the way the counter already saw them, and each resolution is written to the audit trail:
- open visits of one couple: the newest stays open (the one ``open_visit_of`` shows); each older one is
  closed at the newest one's arrival, with a note saying why;
- handovers of one counter waiting to be accepted: the newest stays open (the one ``open_handover`` shows);
  each older one is marked withdrawn at the newest one's submission time.

Reads and writes the tables directly (no live models). Frozen copy: never edit after release."""

import json

import peewee as pw

COUPLE_KINDS = ("shoot", "selection", "proof", "pickup")
NOTE = "[closed by the 0016 upgrade: a second open visit of this couple, #{keep}, was checked in at {at}]"


def _audit(db, at, action: str, table: str, record_id: int, before: dict, after: dict) -> None:
    audit = pw.Table("audit_log", ("at", "operator_id", "operator_name", "action", "table_name", "record_id",
                                   "before", "after", "terminal")).bind(db)
    audit.insert({"at": at, "operator_id": None, "operator_name": "upgrade 0016", "action": action,
                  "table_name": table, "record_id": record_id, "before": json.dumps(before, default=str),
                  "after": json.dumps(after, default=str), "terminal": ""}).execute()


def _close_duplicate_visits(db) -> None:
    visit = pw.Table("visit", ("id", "couple_id", "kind", "arrived_at", "left_at", "note")).bind(db)
    rows = list(visit.select(visit.id, visit.couple_id, visit.arrived_at, visit.note)
                .where(visit.left_at.is_null() & visit.couple_id.is_null(False) & visit.kind.in_(COUPLE_KINDS))
                .order_by(visit.couple_id, visit.arrived_at.desc(), visit.id.desc()).tuples())
    newest: dict = {}
    for vid, couple_id, arrived_at, note in rows:
        if couple_id not in newest:
            newest[couple_id] = (vid, arrived_at)
            continue
        keep, at = newest[couple_id]
        text = NOTE.format(keep=keep, at=str(at)[:16])
        visit.update(left_at=at, note=(f"{note}\n{text}" if note else text)).where(visit.id == vid).execute()
        _audit(db, at, "visit.upgrade_closed_duplicate", "visit", vid, {"left_at": None},
               {"left_at": at, "kept_open": keep})


def _withdraw_duplicate_handovers(db) -> None:
    handover = pw.Table("handover", ("id", "terminal", "status", "submitted_at", "withdrawn_at")).bind(db)
    rows = list(handover.select(handover.id, handover.terminal, handover.submitted_at)
                .where(handover.status == "open")
                .order_by(handover.terminal, handover.submitted_at.desc(), handover.id.desc()).tuples())
    newest: dict = {}
    for hid, terminal, submitted_at in rows:
        if terminal not in newest:
            newest[terminal] = (hid, submitted_at)
            continue
        keep, at = newest[terminal]
        handover.update(status="withdrawn", withdrawn_at=at).where(handover.id == hid).execute()
        _audit(db, at, "handover.upgrade_withdrew_duplicate", "handover", hid, {"status": "open"},
               {"status": "withdrawn", "kept_open": keep})


def up(migrator, db):
    with db.atomic():
        _close_duplicate_visits(db)
        _withdraw_duplicate_handovers(db)
        kinds = ", ".join(f"'{k}'" for k in COUPLE_KINDS)
        db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS visit_open_couple ON visit (couple_id) "
                       f"WHERE left_at IS NULL AND couple_id IS NOT NULL AND kind IN ({kinds})")
        db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS handover_open_terminal ON handover (terminal) "
                       "WHERE status = 'open'")
        db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS key_loan_open_locker ON key_loan (locker_id) "
                       "WHERE returned_at IS NULL")
