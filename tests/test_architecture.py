"""The house rules that keep layers apart, checked on every run."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_app_never_imports_widgets():
    bad = [p.relative_to(ROOT) for p in _sources("app")
           if re.search(r"^\s*(from|import)\s+PySide6\.(QtWidgets|QtPdfWidgets)", p.read_text(encoding="utf-8"), re.M)]
    assert not bad, f"app/ must not import widgets: {bad}"


def test_ui_runs_no_database_query():
    pattern = re.compile(r"^\s*(import peewee|from peewee|from playhouse)|\.select\(|\.where\(", re.M)
    bad = [p.relative_to(ROOT) for p in _sources("ui") if pattern.search(p.read_text(encoding="utf-8"))]
    assert not bad, f"ui/ must call services in app/, not query: {bad}"


def test_app_reads_time_only_from_the_clock():
    pattern = re.compile(r"datetime\.now\(\)|date\.today\(\)|dt\.datetime\.now\(\)|dt\.date\.today\(\)")
    bad = [p.relative_to(ROOT) for p in _sources("app") if p.name != "clock.py"
           and pattern.search(p.read_text(encoding="utf-8"))]
    assert not bad, f"app/ reads the wall clock outside app/clock.py: {bad}"
