"""Printing speed: one flow sheet and a 40-couple day-sheet batch, against LibreOffice converting an
equivalent Writer document of one sheet (``soffice --headless --convert-to pdf``), in the same run.

    uv run python bench/bench_print.py [--couples 40] [--repeat 5] [--no-soffice]

LibreOffice is optional (it is not needed by the app or the tests); without it only our figures print.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.checkin import commands as checkin
from app.core.clock import FixedClock
from app.core.context import AppContext
from app.core.db import open_database
from app.staff import service as staff

DAY = dt.date(2026, 11, 20)
REQUESTS = ["新娘对睫毛胶过敏，请用无胶款。", "", "新娘怀孕四个月，礼服要宽松，避免久站。", "", "新郎想要复古油头。"]
STATIONS = ["接待", "化妆", "新郎衬衫/造型", "礼服", "内景拍摄", "外景拍摄", "卸妆", "离店"]


def fill(ctx: AppContext, n: int) -> list[int]:
    """``n`` couples shooting on DAY; half of them have arrived (their flow started, when installed)."""
    try:
        import app.flow  # noqa: F401 - registers the check-in hook that starts the flow
    except ImportError:
        pass
    ids = []
    for i in range(n):
        c = checkin.create_couple(
            ctx, order_no=f"YL20261120-{i + 1:02d}", bride_name=f"新娘{i + 1:02d}号", groom_name=f"新郎{i + 1:02d}号",
            bride_phone=f"138{i:08d}", groom_phone=f"139{i:08d}", package="韩式唯美套系", shoot_date=DAY,
            special_requests=REQUESTS[i % len(REQUESTS)])
        ids.append(c.id)
        if i % 2 == 0:
            checkin.check_in_couple(ctx, c.id, "shoot")
    return ids


def writer_document(path: Path) -> None:
    """A Flat ODT (Writer) with the same content as one flow sheet: letterhead, order, people, the
    special-requests box, the 8-station table with 6 columns and the sign-off boxes."""
    cell = '<table:table-cell table:style-name="c" office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    rows = "".join("<table:table-row>" + "".join(cell.format(escape(v)) for v in (f"{i}. {s}", "", "", "", "", ""))
                   + "</table:table-row>" for i, s in enumerate(STATIONS, 1))
    head = "<table:table-row>" + "".join(cell.format(h) for h in ("站点", "负责人", "开始", "完成", "备注", "签名")) + \
        "</table:table-row>"
    info = "".join("<table:table-row>" + "".join(cell.format(escape(v)) for v in r) + "</table:table-row>" for r in (
        ("新娘", "新娘01号 138****0000", "新郎", "新郎01号 139****0000"),
        ("套系", "韩式唯美套系", "拍摄日期", "2026-11-20 星期五"), ("到店时间", "09:05", "婚期", "—")))
    sign = "<table:table-row>" + "".join(cell.format(s) for s in ("场控接收", "前台核对", "离店时间")) + "</table:table-row>"
    cols = lambda n: f'<table:table-column table:number-columns-repeated="{n}"/>'  # noqa: E731
    path.write_text(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="WenQuanYi Micro Hei"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="WenQuanYi Micro Hei"
 style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:style style:name="c" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #9e9e9e" fo:padding="0.1cm"/></style:style>
<style:style style:name="box" style:family="paragraph"><style:paragraph-properties fo:border="1.6pt solid #c62828" fo:padding="0.3cm" fo:background-color="#fff8e1"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">婚纱摄影工作室 拍照流程表</text:h>
<text:p>订单号 YL20261120-01</text:p>
<table:table table:name="info">{cols(4)}{info}</table:table>
<text:p text:style-name="box">特殊要求 —— 请转达化妆师：新娘对睫毛胶过敏，请用无胶款。</text:p>
<text:h text:outline-level="2">服务流程</text:h>
<table:table table:name="flow">{cols(6)}{head}{rows}</table:table>
<table:table table:name="sign">{cols(3)}{sign}</table:table>
<text:p>打印时间 2026-11-20 09:00 · 操作员 王丽　第 1 页 / 共 1 页</text:p>
</office:text></office:body></office:document>
''', encoding="utf-8")


def soffice_seconds(repeat: int, work: Path) -> tuple[float, float] | None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None
    doc = work / "sheet.fodt"
    writer_document(doc)
    profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"

    def once() -> float:
        t = time.perf_counter()
        subprocess.run([exe, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(doc)],
                       check=True, capture_output=True, timeout=180)
        took = time.perf_counter() - t
        assert (work / "sheet.pdf").stat().st_size > 0
        return took

    first = once()  # creates the profile: what the very first conversion on a PC costs
    return first, statistics.median(once() for _ in range(repeat))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--couples", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-soffice", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        open_database(str(work / "bench.db"))
        ctx = AppContext(clock=FixedClock(dt.datetime(2026, 11, 20, 9)))
        member = staff.add_staff(ctx, "王丽", ["receptionist"])
        staff.start_shift(ctx, member.id)
        ids = fill(ctx, args.couples)

        t = time.perf_counter()
        from app.printing.day_sheets import day_sheets_pdf
        from app.printing.flow_sheet import flow_sheet_pdf

        first = flow_sheet_pdf(ctx, ids[0])
        cold = time.perf_counter() - t  # import reportlab, load and register the font, one sheet
        times = []
        for _ in range(max(args.repeat, 5) * 4):
            t = time.perf_counter()
            data = flow_sheet_pdf(ctx, ids[0])
            times.append(time.perf_counter() - t)
        one = statistics.median(times)
        batch_times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            batch = day_sheets_pdf(ctx, DAY)
            batch_times.append(time.perf_counter() - t)
        batch_s = statistics.median(batch_times)
        print(f"one flow sheet (warm, median of {len(times)}):   {one * 1000:8.1f} ms   ({len(data) // 1024} KiB)")
        print(f"one flow sheet (cold: import + font + sheet): {cold * 1000:8.1f} ms   ({len(first) // 1024} KiB)")
        print(f"day sheets, {args.couples} couples (median of {args.repeat}):  {batch_s * 1000:8.1f} ms   "
              f"({batch_s / args.couples * 1000:.1f} ms per sheet, {len(batch) // 1024} KiB)")
        lo = None if args.no_soffice else soffice_seconds(args.repeat, work)
        if lo is None:
            print("LibreOffice (soffice) not installed: no comparison")
            return
        lo_first, lo_s = lo
        print(f"LibreOffice .fodt -> PDF, one sheet (median of {args.repeat}): {lo_s * 1000:8.1f} ms "
              f"(first run, new profile: {lo_first * 1000:.0f} ms)")
        print(f"ratio LibreOffice / ours, one sheet:           {lo_s / one:8.1f}x")
        print(f"ratio LibreOffice one sheet / ours {args.couples} sheets:   {lo_s / batch_s:8.1f}x")
        print(f"ratio LibreOffice / ours cold, one sheet:      {lo_s / cold:8.1f}x")


if __name__ == "__main__":
    main()
