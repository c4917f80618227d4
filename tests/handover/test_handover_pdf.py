"""Printouts parsed back with pypdf: the handover (submitted and current state) and the daily review;
the command-line kinds."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from app import cli
from app.core.errors import ValidationError
from app.core.i18n import translate
from app.handover import report_pdf, review
from app.handover import service as ho
from tests.handover_scenario import build


@pytest.fixture
def scen(ctx, clock):
    return build(ctx, clock)


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages)


def test_submitted_handover_pdf_has_both_names_notes_and_sections(ctx, clock, scen):
    h = ho.submit(ctx, [ho.ActionItem("给钱女士回电话", scen.incoming.id, dt.datetime(2026, 11, 20, 14, 0))],
                  "吧台钥匙柜的锁有点卡")
    clock.advance(minutes=5)
    ho.accept(ctx, h.id, scen.incoming.id, "")
    text = _text(report_pdf.handover_pdf(ctx, h.id))
    for expected in ("王丽", "刘芳", "给钱女士回电话", "吧台钥匙柜的锁有点卡", "张雨桐 & 王浩然", "李思琪 & 陈子轩",
                     "137****5678", "05"):
        assert expected in text, expected
    assert "13712345678" not in text  # never a full phone number on paper
    assert "2026-11-20 09:05" in text  # accepted at


def test_current_state_pdf_when_nothing_is_open(ctx, scen):
    ho.save_draft(ctx, [ho.ActionItem("检查吧台钥匙", scen.incoming.id, dt.datetime(2026, 11, 20, 12, 0))])
    text = _text(report_pdf.handover_pdf(ctx))
    assert "检查吧台钥匙" in text and "张雨桐 & 王浩然" in text


def test_review_pdf_counts_and_empty_day(ctx, scen):
    review.add_decision(ctx, dt.date(2026, 11, 20), "接待区每十分钟巡视一次", scen.incoming.id)
    data = report_pdf.review_pdf(ctx, dt.date(2026, 11, 20))
    assert PdfReader(io.BytesIO(data)).pages
    text = _text(data)
    assert "2026-11-20" in text and "接待区每十分钟巡视一次" in text and "刘芳" in text
    empty = _text(report_pdf.review_pdf(ctx, dt.date(2026, 11, 10)))
    assert "2026-11-10" in empty
    assert translate("HandoverPrint", "No decisions recorded.") in empty
    assert "接待区" not in empty


def test_cli_kinds(qapp, ctx, scen, db_path, tmp_path, capsys):  # qapp: no bare QCoreApplication made here
    from app.wiring import connect_areas

    connect_areas()
    assert {"handover", "daily-review"} <= set(cli.PRINT_KINDS)
    out = tmp_path / "h.pdf"
    args = SimpleNamespace(kind="handover", arg=None, output=str(out), db=str(db_path), terminal="counter-1")
    # The command line runs on the real clock: the scenario's key is still out (since "another day").
    assert cli.run_print(args) == 0 and "李思琪 & 陈子轩" in _text(out.read_bytes())
    out = tmp_path / "r.pdf"
    args = SimpleNamespace(kind="daily-review", arg="2026-11-20", output=str(out), db=str(db_path),
                           terminal="counter-1")
    assert cli.run_print(args) == 0 and out.exists()
    args.arg = "2026-11-20..2026-11-19"
    bad = tmp_path / "bad.pdf"
    args.output = str(bad)
    assert cli.run_print(args) == 1 and not bad.exists()
    assert "2026-11-19" in capsys.readouterr().err


def test_parse_period():
    assert report_pdf.parse_period("2026-11-20") == (dt.date(2026, 11, 20),) * 2
    assert report_pdf.parse_period("2026-11-14..2026-11-20") == (dt.date(2026, 11, 14), dt.date(2026, 11, 20))
    with pytest.raises(ValidationError):
        report_pdf.parse_period("20.11.2026")
    with pytest.raises(ValidationError):
        report_pdf.parse_period("2026-11-20..2026-11-14")
