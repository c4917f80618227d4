"""Flow sheets and day sheets: read back with pypdf, rendered with QtPdf, codes decoded with zxing."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from app.checkin import commands as checkin
from app.core.errors import NotFound, ValidationError
from app.printing import day_sheets, flow_sheet, queries
from app.printing import template as tpl
from app.printing.fonts import CANNOT_START, MISSING_GLYPH, printable
from tests.print_util import decode_codes, embedded_fonts, ink_box, page_texts, render_page, squash

DEFAULT_STATIONS = ["接待", "化妆", "新郎衬衫/造型", "礼服", "内景拍摄", "外景拍摄", "卸妆", "离店"]
LONG_REQUEST = ("新娘对睫毛胶过敏，请用无胶款；怀孕四个月，礼服要宽松，避免久站。外景请准备遮阳伞和平底鞋！"
                "新郎想要复古油头（不要发蜡）。") * 40


def _couple(ctx, n: int, **kw):
    data = dict(order_no=f"YL20261120-{n:02d}", bride_name=f"新娘{n}", groom_name=f"新郎{n}",
                bride_phone="13812345678", groom_phone="13987654321", package="韩式经典套系",
                shoot_date=dt.date(2026, 11, 20), special_requests="")
    data.update(kw)
    return checkin.create_couple(ctx, **data)


def test_flow_sheet_text_font_and_codes(ctx, couple, qapp):
    data = flow_sheet.flow_sheet_pdf(ctx, couple.id)
    texts = page_texts(data)
    assert len(texts) == 1
    text = squash(texts[0])
    for needle in ("张伟", "李明", "YL20261120-01", "韩式经典套系", "2026-11-20", "新娘对睫毛胶过敏，请用无胶款。",
                   *DEFAULT_STATIONS, "王丽"):
        assert squash(needle) in text, needle
    # Phones are masked, never printed in full.
    assert "138****5678" in text and "139****4321" in text
    assert "13812345678" not in text and "13987654321" not in text
    # No flow recorded yet: the default list is clearly labelled as such.
    assert "No flow recorded yet" in texts[0] or "尚无流程记录" in text
    # The CJK font is embedded as a TrueType subset.
    fonts = embedded_fonts(data)
    cjk = [name for name in fonts if "WenQuanYi" in name]
    assert cjk and all(name.split("+")[0].isupper() and "+" in name for name in cjk)
    assert all("/FontFile2" in fonts[name] for name in cjk)
    assert set(fonts) == set(cjk), f"only the embedded CJK font is used: {sorted(fonts)}"
    # QR and Code 128 both decode to the order number.
    codes = decode_codes(render_page(data, 0, dpi=150))
    assert codes.get("QRCode") == "YL20261120-01"
    assert codes.get("Code128") == "YL20261120-01"


def test_default_stations_follow_the_station_table(ctx, couple):
    rows = queries.default_station_rows()
    # Without the service flow: the default list; with it: its shoot template (bride's/groom's way labelled).
    assert [r.station.split(" (")[0].split("（")[0] for r in rows] == DEFAULT_STATIONS
    assert all(r.staff == r.start == r.finish == "" for r in rows)
    data = queries.sheet_data([couple])[0]
    assert data.from_flow is False and len(data.rows) == 8


def test_long_request_wraps_continues_and_stays_inside_the_margins(ctx, qapp):
    c = _couple(ctx, 7, bride_name="欧阳" + "娜" * 38, groom_name="司马" + "懿" * 38,
                special_requests=LONG_REQUEST[:2000])
    assert len(c.special_requests) == 2000
    data = flow_sheet.flow_sheet_pdf(ctx, c.id)
    texts = page_texts(data)
    assert len(texts) == 2, "2,000 characters continue on a second page"
    whole = squash("".join(texts))
    request = squash(c.special_requests)
    assert request[:300] in whole and request[-300:] in whole
    assert whole.count("新郎想要复古油头") == request.count("新郎想要复古油头")  # every sentence printed once
    assert c.bride_name in whole and c.groom_name in whole
    assert "特殊要求（续）" in whole or "Specialrequests(continued)" in whole
    for station in DEFAULT_STATIONS:
        assert squash(station) in whole
    assert "第1页/共2页" in whole or "Page1of2" in whole
    # Nothing is drawn outside the margins (the footer lives in the bottom margin).
    dpi = 100
    m = tpl.MARGINS["A4"]
    px = dpi / 72
    for index in (0, 1):
        img = render_page(data, index, dpi)
        x0, y0, x1, y1 = ink_box(img)
        assert x0 >= m.left * px - 1.5 and x1 <= img.width() - m.right * px + 1.5
        top_limit = m.top * px if index == 0 else 5 * mm * px  # page 2 repeats whose sheet it is, above
        assert y0 >= top_limit - 1.5
        assert y1 <= img.height() - (m.footer_y - 1.5 * mm) * px


def test_no_line_starts_with_closing_punctuation(ctx):
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    from app.printing.fonts import register_fonts

    register_fonts()
    assert all(ch in textsplit.ALL_CANNOT_START and ch in paragraph.ALL_CANNOT_START for ch in CANNOT_START)
    c = _couple(ctx, 8, special_requests=LONG_REQUEST[:600])
    text = page_texts(flow_sheet.flow_sheet_pdf(ctx, c.id))[0]
    start = text.index("新娘对睫毛胶过敏")
    lines = [ln.strip() for ln in text[start:start + 800].splitlines() if ln.strip()]
    assert len(lines) > 5
    assert not [ln for ln in lines if ln[0] in CANNOT_START]


def test_rare_characters_and_emoji(ctx, qapp):
    assert printable("𠮷野龘") == f"{MISSING_GLYPH}野龘"
    assert printable("李😀明👨‍👩‍👧💍️") == "李明"
    c = _couple(ctx, 9, bride_name="𠮷野龘😀", groom_name="王💍小明", special_requests="要拍🌸樱花主题",
                package="<b>A&B</b> 套系")
    data = flow_sheet.flow_sheet_pdf(ctx, c.id)
    text = squash(page_texts(data)[0])
    assert "<b>A&B</b>套系" in text  # user text is never taken for markup
    assert f"{MISSING_GLYPH}野龘" in text and "王小明" in text and "要拍樱花主题" in text
    assert "😀" not in text and "💍" not in text
    img = render_page(data, 0, 72)
    x0, _y0, x1, _y1 = ink_box(img)
    assert x0 >= tpl.MARGINS["A4"].left - 1 and x1 <= img.width() - tpl.MARGINS["A4"].right + 1


def test_a5_option(ctx, couple, qapp):
    data = flow_sheet.flow_sheet_pdf(ctx, couple.id, paper="A5")
    codes = decode_codes(render_page(data, 0, dpi=300))  # a laser printer's resolution
    assert codes.get("QRCode") == codes.get("Code128") == "YL20261120-01"
    from tests.print_util import reader

    box = reader(data).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    assert len(reader(data).pages) == 1
    a4 = reader(flow_sheet.flow_sheet_pdf(ctx, couple.id)).pages[0].mediabox
    assert round(float(a4.width)) == round(A4[0])


def test_studio_letterhead_from_settings(ctx, couple):
    from app.printing.options import STUDIO_ADDRESS, STUDIO_NAME, STUDIO_PHONE

    STUDIO_NAME.set(ctx, by_supervisor=True, value="金夫人婚纱摄影（总府店）")
    STUDIO_ADDRESS.set(ctx, by_supervisor=True, value="成都市锦江区总府路 8 号")
    STUDIO_PHONE.set(ctx, by_supervisor=True, value="028-86661234")
    text = squash(page_texts(flow_sheet.flow_sheet_pdf(ctx, couple.id))[0])
    assert "金夫人婚纱摄影（总府店）" in text and "成都市锦江区总府路8号" in text and "028-86661234" in text


def test_unknown_order_is_named(ctx):
    with pytest.raises(NotFound) as exc:
        queries.couple_by_order_no("YL-NOPE")
    assert "YL-NOPE" in str(exc.value)


def test_day_sheets_order_progress_and_cancel(ctx, clock, qapp):
    day = dt.date(2026, 11, 20)
    c1 = _couple(ctx, 1)
    c2 = _couple(ctx, 2, special_requests=LONG_REQUEST[:2000])
    c3 = _couple(ctx, 3)
    _couple(ctx, 4, shoot_date=dt.date(2026, 11, 21))  # another day: not printed
    clock.set(dt.datetime(2026, 11, 20, 9, 10))
    checkin.check_in_couple(ctx, c3.id)
    clock.set(dt.datetime(2026, 11, 20, 9, 30))
    checkin.check_in_couple(ctx, c2.id)
    # Arrived first (c3, c2 by arrival), then the one not yet here (c1) in booking order.
    assert [c.id for c in queries.shooting_couples(day)] == [c3.id, c2.id, c1.id]
    seen: list[tuple[int, int]] = []
    data = day_sheets.day_sheets_pdf(ctx, day, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    texts = page_texts(data)
    assert len(texts) == 4  # c2's long request takes two pages
    orders = [next(o for o in ("YL20261120-03", "YL20261120-02", "YL20261120-01") if o in t) for t in texts]
    assert orders == ["YL20261120-03", "YL20261120-02", "YL20261120-02", "YL20261120-01"]
    # Pages are numbered per sheet.
    assert [("1", "1"), ("1", "2"), ("2", "2"), ("1", "1")] == [_page_of(t) for t in texts]
    assert "YL20261120-04" not in "".join(texts)
    with pytest.raises(queries.Cancelled):
        day_sheets.day_sheets_pdf(ctx, day, progress=lambda done, total: done < 1)


def _page_of(text: str) -> tuple[str, str]:
    import re

    m = re.search(r"第 (\d+) 页 / 共 (\d+) 页|Page (\d+) of (\d+)", text)
    assert m, text[-200:]
    g = [x for x in m.groups() if x]
    return g[0], g[1]


def test_empty_date_gives_a_message_not_a_pdf(ctx, couple, tmp_path):
    with pytest.raises(NotFound) as exc:
        day_sheets.day_sheets_pdf(ctx, dt.date(2026, 12, 25))
    assert "2026-12-25" in str(exc.value)
    with pytest.raises(ValidationError):
        queries.parse_day("2026-13-40")


def test_write_is_atomic(tmp_path):
    from app.core.errors import DomainError
    from app.printing.output import save_pdf, write_pdf

    target = tmp_path / "out.pdf"
    write_pdf(target, b"%PDF-1.4 first")
    assert target.read_bytes() == b"%PDF-1.4 first"
    (tmp_path / "adir.pdf").mkdir()
    with pytest.raises(OSError):
        write_pdf(tmp_path / "adir.pdf", b"%PDF-1.4 second")
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(DomainError) as exc:
        save_pdf(blocker / "out.pdf", b"%PDF")
    assert "out.pdf" in str(exc.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adir.pdf", "file.txt", "out.pdf"]  # no .part left


def test_start_up_does_not_load_reportlab():
    """The print tab and the CLI registry stay light: reportlab is loaded only when something is printed."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, app.printing, app.printing.queries, app.printing.output, app.wiring; "
            "assert not __import__('app.cli').cli.PRINT_KINDS; "  # nothing registered by importing
            "app.wiring.connect_areas(); "
            "assert 'flow-sheet' in __import__('app.cli').cli.PRINT_KINDS; "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
