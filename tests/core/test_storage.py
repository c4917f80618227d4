"""Opening the store: migrations, pragmas, and databases that cannot be used."""

import pytest

from app.core import db as dbmod
from app.core.errors import DatabaseUnavailable


@pytest.mark.sqlite_only
def test_sqlite_pragmas_and_migrations(database):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert dbmod.schema_version() >= "0001_core"
    assert dbmod.apply_migrations() == []  # idempotent at the next start-up


def test_corrupt_file_is_reported(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseUnavailable) as e:
        dbmod.open_database(str(bad))
    assert str(e.value) == "corrupt"


def test_directory_instead_of_file(tmp_path):
    with pytest.raises(DatabaseUnavailable):
        dbmod.open_database(str(tmp_path))


def test_gui_start_on_corrupt_file_shows_dialog_not_traceback(tmp_path, monkeypatch, qapp):
    import main

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    shown = []
    monkeypatch.setattr("ui.run.show_db_error", lambda parent, reason: shown.append(reason))
    assert main.main(["--db", str(bad)]) == 2
    assert shown == ["corrupt"]


def test_demo_refuses_non_empty_database(tmp_path, qapp):
    import main

    path = tmp_path / "demo.db"
    shots = tmp_path / "shots"
    assert main.main(["--db", str(path), "--demo", "--screenshot", str(shots)]) == 0
    assert len(list(shots.glob("*.png"))) == 5
    assert main.main(["--db", str(path), "--demo", "--screenshot", str(shots)]) == 1
    dbmod.close_database()
