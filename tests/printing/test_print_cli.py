"""The command-line forms of printing, including the error exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from tests.print_util import page_texts, squash

ROOT = Path(__file__).resolve().parents[2]


def _run(db_path, *args: str) -> int:
    return main.main(["--db", str(db_path), "print", *args])


def test_flow_sheet_and_day_sheets(couple, db_path, tmp_path, qapp, capsys):
    out = tmp_path / "sheet.pdf"
    assert _run(db_path, "flow-sheet", "YL20261120-01", "-o", str(out)) == 0
    text = squash(page_texts(out.read_bytes())[0])
    assert "YL20261120-01" in text and "张伟" in text and "李明" in text
    assert capsys.readouterr().out.strip() == str(out)
    # The order number is found whatever its case.
    assert _run(db_path, "flow-sheet", "yl20261120-01", "-o", str(out)) == 0
    day = tmp_path / "day.pdf"
    assert _run(db_path, "day-sheets", "2026-11-20", "-o", str(day)) == 0
    assert len(page_texts(day.read_bytes())) == 1


def test_error_exits_name_the_problem(couple, db_path, tmp_path, qapp, capsys):
    out = tmp_path / "x.pdf"
    assert _run(db_path, "flow-sheet", "YL-NOPE", "-o", str(out)) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "YL-NOPE" in err and len(err.splitlines()) == 1
    assert _run(db_path, "day-sheets", "2026-12-25", "-o", str(out)) == 1
    assert "2026-12-25" in capsys.readouterr().err
    assert _run(db_path, "day-sheets", "25.12.2026", "-o", str(out)) == 1
    assert "25.12.2026" in capsys.readouterr().err
    assert _run(db_path, "flow-sheet", "-o", str(out)) == 2
    capsys.readouterr()
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("file")
    assert _run(db_path, "flow-sheet", "YL20261120-01", "-o", str(blocked / "x.pdf")) == 1
    assert "cannot write" in capsys.readouterr().err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "studio.db" and not p.name.startswith("studio.db-")) \
        == ["not-a-dir"]


@pytest.mark.sqlite_only  # the documented command on the local file
def test_real_command_line_in_chinese(couple, db_path, tmp_path):
    """The exact documented form, in a fresh process: Chinese printout (saved language), exit codes."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "sheet.pdf"
    ok = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "print", "flow-sheet", "YL20261120-01",
                         "-o", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    text = squash(page_texts(out.read_bytes())[0])
    assert "拍照流程表" in text and "特殊要求" in text and "第1页/共1页" in text
    bad = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "print", "flow-sheet",
                          "NOPE-1", "-o", str(tmp_path / "y.pdf")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "NOPE-1" in bad.stderr and not (tmp_path / "y.pdf").exists()
