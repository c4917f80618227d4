"""Indexes for five years of data (issue #12): the daily review's date ranges and the search's term lookup.

- ``key_loan.issued_at``, ``lead.created_at``, the complaint deadlines, ``complaint_log.at`` and
  ``appointment_change (action, appointment_id)``: the daily review counts one day of each and scanned the
  whole table every time.
- ``search_term (term, couple_id)``: the prefix range reads the couple from the index itself.
Frozen copy: never edit after release."""

INDEXES = (
    ("key_loan_issued_at", "key_loan", ("issued_at",)),
    ("lead_created_at", "lead", ("created_at",)),
    ("complaint_due_investigation", "complaint", ("due_investigation",)),
    ("complaint_due_reply", "complaint", ("due_reply",)),
    ("complaint_due_result", "complaint", ("due_result",)),
    ("complaint_log_at", "complaint_log", ("at",)),
    ("appointment_change_action", "appointment_change", ("action", "appointment_id")),
    ("search_term_term_couple", "search_term", ("term", "couple_id")),
)


def up(migrator, db):
    for name, table, columns in INDEXES:
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({", ".join(columns)})')
