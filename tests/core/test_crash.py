"""A writer killed at random moments loses nothing it acknowledged (a handful of kills; bench/crash.py runs
hundreds). The check itself is shown to catch a lost write."""

from __future__ import annotations

import pytest

from bench import crash


@pytest.mark.sqlite_only
def test_killed_writer_loses_nothing_acknowledged(tmp_path):
    r = crash.run(4, tmp_path, backups=True, seed=7)
    assert r["problems"] == []
    assert r["acknowledged"] > 0 and r["backups_ok"] == r["backups"] == 1
    # The check finds what is missing: a couple, visit and complaint that were never written.
    planted = crash.check(tmp_path / "crash.db", [("couple", "NOPE-1"), ("visit", "999999"),
                                                   ("complaint", "KS-19990101-001"), ("left", "999999")])
    assert len(planted) == 4
