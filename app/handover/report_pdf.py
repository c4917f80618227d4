"""Printouts of the handover and the daily review (PDF, reportlab; charts by reportlab.graphics).

reportlab is imported inside the functions: the app starts without loading it.

    handover_pdf(ctx, handover_id=None) -> bytes    # a given handover, the open one, or the current state
    review_pdf(ctx, start, end=None) -> bytes       # one day or an inclusive range
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from app.core.context import AppContext
from app.core.errors import ValidationError
from app.core.i18n import translate
from app.handover import review as rv_mod
from app.handover import service as ho
from app.printing.output import write_pdf
from app.staff.models import Staff

RED = "#c62828"


# ------------------------------------------------------------------------------------ basics

def _styles() -> dict[str, Any]:
    """The shared printing styles (CJK font, Chinese line breaking) plus this area's few."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from app.printing import template as tpl

    styles = tpl.make_styles("A4")

    def st(name: str, size: float, colour: str = "#212121", **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=tpl.FONT_NAME, fontSize=size, leading=size * 1.35,
                              textColor=colors.HexColor(colour), wordWrap="CJK", **kw)

    styles.update({
        "sub": st("sub", 10, "#455a64", spaceAfter=6),
        "h2": st("h2", 12.5, "#263238", spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h2_alert": st("h2_alert", 12.5, RED, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "cell": st("cell", 9),
        "cell_alert": st("cell_alert", 9, RED),
        "head": st("head", 9, "#37474f"),
        "muted": st("muted", 9.5, "#78909c"),
        "figure": st("figure", 16, "#263238", alignment=1),
        "figure_alert": st("figure_alert", 16, RED, alignment=1),
        "figure_label": st("figure_label", 8.5, "#546e7a", alignment=1),
        "letterhead": st("letterhead", 9, "#607d8b"),
    })
    return styles


def _p(text: str, style: Any) -> Any:
    from app.printing import template as tpl

    return tpl.para(text, style)


def _table(headers: list[str], rows: list[tuple[list[str], bool]], styles: dict[str, Any], width: float) -> Any:
    """A grid with a shaded header; alert rows in red. Repeats the header on a new page."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table

    from app.printing import template as tpl

    data = [[_p(h, styles["head"]) for h in headers]]
    for cells, alert in rows:
        data.append([_p(c, styles["cell_alert" if alert else "cell"]) for c in cells])
    # Each column as wide as its longest text (bounded), then fitted to the page: narrow columns keep
    # their width and the long ones share what is left.
    pad = 14  # the cell paddings (6 + 6) and a little air
    need = []
    for i in range(len(headers)):
        texts = [headers[i]] + [r[0][i] for r in rows if i < len(r[0])]
        need.append(min(max(stringWidth(t, tpl.FONT_NAME, 9) for t in texts) + pad, width * 0.6))
    total = sum(need)
    fair = width / len(need)
    if total > width:
        room = width - sum(w for w in need if w <= fair)
        big_total = sum(w for w in need if w > fair) or 1
        need = [w if w <= fair else w * room / big_total for w in need]
    else:
        need = [w * width / total for w in need]
    t = Table(data, colWidths=need, repeatRows=1)
    t.setStyle(tpl.table_style([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0bec5")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eceff1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _build(ctx: AppContext, story: list[Any], title: str, sheet_key: str) -> bytes:
    """A4 on the shared page template (footer: printed at · operator · page x of y)."""
    from app.printing import template as tpl

    return tpl.build_pdf(ctx, [tpl.SheetMark(sheet_key, title), *story], title=title, paper="A4")


def _letterhead(styles: dict[str, Any]) -> Any:
    from app.printing import template as tpl

    info = tpl.studio_info()
    return _p(" · ".join(x for x in (info.name, info.address, info.phone) if x), styles["letterhead"])


def content_width() -> float:
    from app.printing import template as tpl

    return tpl.content_width("A4")


def save_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write for the app: a path that cannot be written is a clear message, not a traceback."""
    from app.printing.output import save_pdf as _save

    return _save(path, data)


# ------------------------------------------------------------------------------------ handover

def _snapshot_story(snap: ho.Snapshot, styles: dict[str, Any], width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether

    story: list[Any] = []
    for sec in snap.sections:
        heading = f"{sec.title}  ({sec.count})"
        if sec.alert_count:
            heading = translate("HandoverPrint", "{title}  ({n}, {late} need action)").format(
                title=sec.title, n=sec.count, late=sec.alert_count)
        head = _p(heading, styles["h2_alert" if sec.alert_count else "h2"])
        if not sec.rows:
            story.append(KeepTogether([head, _p(sec.empty_text, styles["muted"])]))
            continue
        story.append(head)
        story.append(_table(sec.headers, [(r.cells, r.alert) for r in sec.rows], styles, width))
        if sec.more:
            story.append(_p(translate("HandoverPrint", "… and {n} more not shown here.").format(n=sec.more),
                            styles["muted"]))
    return story


def handover_story(ctx: AppContext, handover_id: int | None = None) -> tuple[list[Any], str]:
    """The flowables of a handover printout and its title (used by the PDF and the preview)."""
    from reportlab.platypus import Spacer, Table

    from app.printing import template as tpl

    styles = _styles()
    width = content_width()
    if handover_id is None:
        pending = ho.open_handover(ctx.terminal)
        handover_id = pending.id if pending is not None else None
    title = translate("HandoverPrint", "Shift handover")
    story: list[Any] = [_letterhead(styles), _p(title, styles["title"])]
    now = ctx.now()
    if handover_id is not None:
        v = ho.load_handover(handover_id)
        snap, items, remark = v.snapshot, [(i.text, i.owner, i.due_at) for i in v.items], v.remark
        story.append(_p(translate("HandoverPrint", "Handed over by {name} at {time} · {status}").format(
            name=v.outgoing, time=v.submitted_at.strftime("%Y-%m-%d %H:%M"), status=ho.status_label(v.status)),
            styles["sub"]))
        incoming = v.incoming
        accepted = v.accepted_at.strftime("%Y-%m-%d %H:%M") if v.accepted_at else ""
        outgoing, submitted = v.outgoing, v.submitted_at.strftime("%Y-%m-%d %H:%M")
        notes_title = translate("HandoverPrint", "Notes for the next shift")
    else:
        snap = ho.build_snapshot(ctx)
        draft, remark = ho.load_draft(ctx.terminal)
        names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)
                 .where(Staff.id.in_([d.owner_id for d in draft if d.owner_id]))} if draft else {}
        items = [(d.text, names.get(d.owner_id or 0, ""), d.due_at) for d in draft]
        story.append(_p(translate("HandoverPrint", "Current state at {time} · not handed over yet").format(
            time=now.strftime("%Y-%m-%d %H:%M")), styles["sub"]))
        incoming, accepted, outgoing, submitted = "", "", snap.operator, ""
        notes_title = translate("HandoverPrint", "Notes for the next shift (draft)")
    summary = " · ".join(f"{s.title} {s.count}" for s in snap.sections)
    story.append(_p(summary, styles["body"]))
    story.append(_p(notes_title, styles["h2"]))
    if items:
        today = snap.taken_at.date()
        story.append(_table([translate("HandoverPrint", "To do"), translate("HandoverPrint", "Owner"),
                             translate("HandoverPrint", "By")],
                            [([t, o, ho.time_label(d, today)], d is not None and d < now) for t, o, d in items],
                            styles, width))
    else:
        story.append(_p(translate("HandoverPrint", "No notes."), styles["muted"]))
    if remark:
        story.append(Spacer(1, 4))
        story.append(_p(remark, styles["body"]))
    story.extend(_snapshot_story(snap, styles, width))
    # Both signatures: who handed over, who took over, and when.
    story.append(Spacer(1, 14))
    sig = Table([[_p(translate("HandoverPrint", "Handed over by: {name}  {time}").format(name=outgoing,
                                                                                        time=submitted), styles["body"]),
                  _p(translate("HandoverPrint", "Accepted by: {name}  {time}").format(name=incoming, time=accepted),
                     styles["body"])],
                 [_p(translate("HandoverPrint", "Signature:"), styles["muted"]),
                  _p(translate("HandoverPrint", "Signature:"), styles["muted"])]],
                colWidths=[width / 2, width / 2], rowHeights=[None, 26])
    sig.setStyle(tpl.table_style([("BOX", (0, 0), (-1, -1), 0.6, "#90a4ae"),
                             ("INNERGRID", (0, 0), (-1, -1), 0.4, "#cfd8dc"),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)
    return story, title


def handover_pdf(ctx: AppContext, handover_id: int | None = None) -> bytes:
    """A given handover; without an id the one waiting to be accepted, or the current state when none is."""
    story, title = handover_story(ctx, handover_id)
    return _build(ctx, story, title, f"handover:{handover_id or 'now'}")


# ------------------------------------------------------------------------------------ review

def _chart(chart: rv_mod.ReviewChart, width: float, styles: dict[str, Any]) -> Any:
    """A horizontal bar chart drawn by reportlab.graphics, one colour per bar."""
    from reportlab.graphics import shapes
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    from app.printing.fonts import FONT_NAME as FONT

    # renderPDF starts every drawing with STATE_DEFAULTS' font (Helvetica, never embedded): use ours.
    shapes.STATE_DEFAULTS["fontName"] = FONT
    from app.printing.fonts import printable

    bars = list(reversed(chart.bars))  # reportlab draws the first category at the bottom
    row = 16
    height = max(len(bars), 1) * row + 34
    d = Drawing(width, height)
    d.add(String(0, height - 12, printable(chart.title), fontName=FONT, fontSize=10.5, fillColor=colors.HexColor("#263238")))
    if not bars:
        d.add(String(0, height - 30, translate("HandoverPrint", "Nothing in this period."), fontName=FONT,
                     fontSize=9, fillColor=colors.HexColor("#78909c")))
        return d
    bc = HorizontalBarChart()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    label_w = min(max(stringWidth(printable(b.label), FONT, 8.5) for b in bars) + 12, width * 0.4)
    bc.x = label_w
    bc.y = 6
    bc.width = width - label_w - 40
    bc.height = len(bars) * row
    bc.data = [[b.value for b in bars]]
    bc.categoryAxis.categoryNames = [printable(b.label) for b in bars]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 8.5
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -4
    bc.categoryAxis.visibleAxis = False
    bc.categoryAxis.visibleTicks = False
    bc.valueAxis.valueMin = 0
    top = chart.max_value or max(b.value for b in bars) or 1
    bc.valueAxis.valueMax = top * 1.15
    bc.valueAxis.visible = False
    bc.valueAxis.labels.fontName = FONT  # even hidden, its labels would pull a non-embedded Helvetica in
    unit = f" {chart.unit}" if chart.unit else ""
    whole = all(float(b.value).is_integer() for b in bars)
    bc.barLabelFormat = lambda v: (f"{int(v)}" if whole else f"{v:.1f}") + unit
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 8
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    bc.bars.strokeColor = None
    bc.barWidth = row * 0.6
    for i, b in enumerate(bars):
        bc.bars[(0, i)].fillColor = colors.HexColor(b.colour)
    d.add(bc)
    return d


def review_story(ctx: AppContext, start: dt.date | None, end: dt.date | None = None) -> tuple[list[Any], str]:
    from reportlab.platypus import KeepTogether, Spacer, Table

    from app.printing import template as tpl

    rv = rv_mod.daily_review(ctx, start, end)
    styles = _styles()
    width = content_width()
    title = translate("HandoverPrint", "Daily review {period}").format(period=rv.period_text())
    story: list[Any] = [_letterhead(styles), _p(title, styles["title"])]
    if rv.empty:
        story.append(_p(rv.empty_text(), styles["body"]))
    figs = list(rv.figures)
    if figs:
        cells = [[_p(f.text, styles["figure_alert" if f.key in rv_mod.ALERT_FIGURES and f.value else "figure"])
                  for f in figs], [_p(f.label, styles["figure_label"]) for f in figs]]
        t = Table(cells, colWidths=[width / len(figs)] * len(figs))
        t.setStyle(tpl.table_style([("BACKGROUND", (0, 0), (-1, -1), "#f5f7f9"),
                               ("INNERGRID", (0, 0), (-1, -1), 0.8, "#ffffff")]))
        story.append(Spacer(1, 4))
        story.append(t)
    for c in rv.charts:
        story.append(Spacer(1, 6))
        story.append(_chart(c, width, styles))
    for tb in rv.tables:
        head = _p(tb.title, styles["h2_alert" if tb.alert_rows else "h2"])
        if not tb.rows:
            story.append(KeepTogether([head, _p(tb.empty_text, styles["muted"])]))
            continue
        story.append(head)
        story.append(_table(tb.headers, [(r, i in tb.alert_rows) for i, r in enumerate(tb.rows)], styles, width))
    story.append(_p(translate("HandoverPrint", "Decisions of the review meeting"), styles["h2"]))
    if rv.decisions:
        story.append(_table([translate("HandoverPrint", "Day"), translate("HandoverPrint", "Decision"),
                             translate("HandoverPrint", "Owner")],
                            [([d.day.isoformat(), d.text, d.owner], False) for d in rv.decisions], styles, width))
    else:
        story.append(_p(translate("HandoverPrint", "No decisions recorded."), styles["muted"]))
    return story, title


def review_pdf(ctx: AppContext, start: dt.date | None, end: dt.date | None = None) -> bytes:
    story, title = review_story(ctx, start, end)
    return _build(ctx, story, title, "daily-review")


# ------------------------------------------------------------------------------------ command line

def parse_period(text: str | None) -> tuple[dt.date, dt.date]:
    """'2026-11-20' or '2026-11-14..2026-11-20' → (start, end); a clear message otherwise."""
    raw = (text or "").strip()
    parts = raw.split("..") if ".." in raw else [raw]
    try:
        days = [dt.date.fromisoformat(p.strip()) for p in parts]
    except ValueError as exc:
        raise ValidationError({"day": translate("HandoverPrint", "Not a date: {text} (use YYYY-MM-DD).")
                               .format(text=raw)}) from exc
    start, end = rv_mod.check_range(days[0], days[-1])
    return start, end


def print_handover(ctx: AppContext, arg: str | None, output: str) -> None:
    """CLI: the handover waiting to be accepted on this counter, or the current state when none is."""
    write_pdf(output, handover_pdf(ctx, None))


def print_daily_review(ctx: AppContext, arg: str | None, output: str) -> None:
    start, end = parse_period(arg)
    write_pdf(output, review_pdf(ctx, start, end))


# ------------------------------------------------------------------------------------ for the area's other printouts
# (the monthly review, app.handover.monthly_pdf): the same styles, letterhead, tables, bar charts and page.
styles = _styles
para = _p
grid_table = _table
bar_chart = _chart
letterhead = _letterhead
build = _build
