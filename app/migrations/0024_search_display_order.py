"""The search's results in display order straight from the indexes (issue #12: a common surname at five
years of data read and sorted every matching couple).

- ``search_term.display_rank``: the couple's place in the result list, newest shoot date first, couples
  without a date last, then newest order (``shoot_date.toordinal() * 10**9 + id``; ``id`` alone without a
  date). Every term of a couple carries it, so the index ``(term, display_rank, couple_id)`` hands the 50
  newest matches of a prefix without touching the couple rows.
- ``couple_display_order``: the couples in that same order, for a prefix so common (a single letter, 王)
  that walking the newest couples finds 50 matches at once; ``search_term (couple_id, term)`` checks each
  couple on that walk with one seek.
- ``search_term (term, couple_id)`` (0020) is superseded by the first index and dropped.
Frozen copy: never edit after release."""


def _rank(shoot_date, couple_id):
    return couple_id if shoot_date is None else shoot_date.toordinal() * 10**9 + couple_id


def up(migrator, db):
    import datetime as dt

    with db.atomic():
        db.execute_sql("ALTER TABLE search_term ADD COLUMN display_rank BIGINT NOT NULL DEFAULT 0")
        rows = db.execute_sql('SELECT "id", "shoot_date" FROM "couple"').fetchall()
        updates = []
        for couple_id, day in rows:
            if isinstance(day, str):
                day = dt.date.fromisoformat(day[:10])
            updates.append((_rank(day, couple_id), couple_id))
        p = db.param
        cursor = db.cursor()
        cursor.executemany(f'UPDATE "search_term" SET "display_rank" = {p} WHERE "couple_id" = {p}', updates)
        db.execute_sql('CREATE INDEX IF NOT EXISTS "search_term_term_rank" ON "search_term" '
                       '("term", "display_rank", "couple_id")')
        db.execute_sql('DROP INDEX IF EXISTS "search_term_term_couple"')
        db.execute_sql('CREATE INDEX IF NOT EXISTS "search_term_couple_term" ON "search_term" ("couple_id", "term")')
        db.execute_sql('CREATE INDEX IF NOT EXISTS "couple_display_order" ON "couple" '
                       '(("shoot_date" IS NULL), "shoot_date" DESC, "id" DESC)')
