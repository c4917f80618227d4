"""PostgreSQL only: compare search terms byte-wise (COLLATE "C").

The prefix search is a range, ``term >= q AND term < q || U+10FFFF``. Under a glibc locale such as
zh_CN.UTF-8 or en_US.UTF-8 (what initdb picks up from most servers) U+FFFF/U+10FFFF weigh nothing, so
the upper bound equals ``q`` and "zw" no longer finds "zwa", "138" no longer finds a phone number;
ICU and glibc also fold punctuation and width. Under "C" the order is code-point order, as in SQLite
(BINARY), and the existing index (rebuilt by ALTER TYPE) serves the range. SQLite needs nothing.
Frozen copy: never edit after release."""

import peewee as pw


def up(migrator, db):
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql('ALTER TABLE search_term ALTER COLUMN term TYPE VARCHAR(64) COLLATE "C"')
