"""bench/load.py at a tiny size: two real counter processes on one SQLite file for two seconds. Not a timed
test: it checks that every kind of operation ran, nothing was refused with "locked" or failed unexpectedly,
and every acknowledged write is in the store."""

from __future__ import annotations

import pytest

from bench import load


@pytest.mark.sqlite_only
def test_two_counters_flat_out_lose_nothing(tmp_path):
    r = load.run_once(str(tmp_path / "load.db"), counters=2, seconds=2.0, folder=tmp_path / "barrier",
                      couples=20)
    assert r["lost"] == []
    assert r["acked"] > 0
    assert {op for op, xs in r["times"].items() if xs} == set(load.OPS), r["errors"]
    assert not any(e.get("locked") or e.get("error") for e in r["errors"].values()), (r["errors"], r["samples"])
    assert "2 counters" in load.report("sqlite", r)
