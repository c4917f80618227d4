"""The monthly review printout (月度回顾): the studio's figures, each staff member's scorecard, the studio's
trend per week of the month (bar charts) and over the last 6 months (line charts) — reportlab.graphics,
the shared CJK font and the letterhead of the handover printouts. reportlab loads only when printing.

    monthly_review_pdf(ctx, month) -> bytes          # month: 'YYYY-MM' or a date in it
    print_monthly_review(ctx, 'YYYY-MM', path)       # the command line: print monthly-review YYYY-MM
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.context import AppContext
from app.core.i18n import translate
from app.handover import scorecards as sc
from app.handover.review import Bar, ReviewChart
from app.printing.output import write_pdf

COLOURS = {"satisfaction": "#8e24aa", "complaint_rate": "#e53935", "conversion": "#1e88e5", "accuracy": "#43a047"}


def _number(v: float) -> str:
    return f"{int(v)}" if float(v).is_integer() else f"{v:.1f}"


def _font() -> str:
    from reportlab.graphics import shapes

    from app.printing.fonts import FONT_NAME

    # renderPDF starts every drawing with STATE_DEFAULTS' font (Helvetica, never embedded): use ours.
    shapes.STATE_DEFAULTS["fontName"] = FONT_NAME
    return FONT_NAME


def _title(d: Any, text: str, height: float) -> None:
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    from app.printing.fonts import printable

    d.add(String(0, height - 12, printable(text), fontName=_font(), fontSize=10,
                 fillColor=colors.HexColor("#263238")))


CHART_HEIGHT = 130


def _chart_frame(title: str, points: list[tuple[str, float | None]], width: float) -> tuple[Any, list | None]:
    """A chart's drawing with its title, and the values to plot; None (the drawing says so) when nothing was
    measured in any period."""
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    d = Drawing(width, CHART_HEIGHT)
    _title(d, title, CHART_HEIGHT)
    values = [v for _, v in points]
    if all(v is None for v in values):
        d.add(String(0, CHART_HEIGHT - 30, translate("MonthlyPrint", "Nothing measured."), fontName=_font(),
                     fontSize=9, fillColor=colors.HexColor("#78909c")))
        return d, None
    return d, values


def week_chart(title: str, points: list[tuple[str, float | None]], colour: str, top: float | None,
               width: float) -> Any:
    """A vertical bar chart: one bar per week (no bar where nothing was measured, '—' under it)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    font = _font()
    height = CHART_HEIGHT
    d, values = _chart_frame(title, points, width)
    if values is None:
        return d
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 8, 24, width - 16, height - 52
    bc.data = [[v if v is not None else 0 for v in values]]
    bc.categoryAxis.categoryNames = [label for label, _ in points]
    bc.categoryAxis.labels.fontName = font
    bc.categoryAxis.labels.fontSize = 7.5
    bc.categoryAxis.labels.dy = -2
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = (top or max(v for v in values if v is not None) or 1) * 1.15
    bc.valueAxis.visible = False
    bc.valueAxis.labels.fontName = font
    bc.barLabels.fontName = font
    bc.barLabels.fontSize = 8
    bc.barLabels.nudge = 7
    bc.barLabelFormat = lambda v: _number(v)
    bc.bars.strokeColor = None
    bc.bars[0].fillColor = colors.HexColor(colour)
    d.add(bc)
    for i, v in enumerate(values):  # a measured zero is a bar label "0"; nothing measured is "—"
        if v is None:
            step = bc.width / len(values)
            d.add(String(bc.x + step * (i + 0.5), bc.y + 4, sc.DASH, fontName=font, fontSize=8, textAnchor="middle",
                         fillColor=colors.HexColor("#90a4ae")))
    return d


def month_chart(title: str, points: list[tuple[str, float | None]], colour: str, top: float | None,
                width: float) -> Any:
    """A line chart over the last months (a gap where nothing was measured)."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors

    font = _font()
    height = CHART_HEIGHT
    d, values = _chart_frame(title, points, width)
    if values is None:
        return d
    lc = HorizontalLineChart()
    lc.x, lc.y, lc.width, lc.height = 24, 24, width - 36, height - 52
    lc.data = [values]
    lc.categoryAxis.categoryNames = [label for label, _ in points]
    lc.categoryAxis.labels.fontName = font
    lc.categoryAxis.labels.fontSize = 7.5
    lc.valueAxis.valueMin = 0
    lc.valueAxis.valueMax = (top or max(v for v in values if v is not None) or 1) * 1.15
    lc.valueAxis.labels.fontName = font
    lc.valueAxis.labels.fontSize = 7
    lc.valueAxis.visibleGrid = True
    lc.valueAxis.gridStrokeColor = colors.HexColor("#eceff1")
    lc.lineLabels.fontName = font
    lc.lineLabels.fontSize = 7.5
    lc.lineLabelFormat = lambda v: "" if v is None else _number(v)
    lc.lines[0].strokeColor = colors.HexColor(colour)
    lc.lines[0].strokeWidth = 1.5
    lc.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=colors.HexColor(colour))
    d.add(lc)
    return d


def _figures(card: sc.Scorecard) -> list[tuple[str, str]]:
    return [(str(card.visits), translate("MonthlyPrint", "Visits")),
            (card.visit_satisfaction.text, translate("MonthlyPrint", "Satisfaction (visits)")),
            (card.callback_satisfaction.text, translate("MonthlyPrint", "Satisfaction (call-backs)")),
            (card.complaint_rate_text, translate("MonthlyPrint", "Complaints per 100 visits")),
            (card.conversion_text, translate("MonthlyPrint", "Conversion")),
            (card.accuracy_text, translate("MonthlyPrint", "Information accuracy")),
            (card.activity_text("rounds"), translate("MonthlyPrint", "Rounds")),
            (card.activity_text("confirmations"), translate("MonthlyPrint", "Confirmations"))]


def staff_charts(data: sc.MonthlyReview) -> list[ReviewChart]:
    """Per staff member: satisfaction and conversion (horizontal bars, like the daily review)."""
    charts = []
    for key, label, value, top in sc.trend_measures():
        if key == "complaint_rate":
            continue  # per staff member: the responsible one, not her visits; in the table only
        bars = [Bar(str(c.staff_id), c.label, v, COLOURS[key]) for c in data.staff if (v := value(c)) is not None]
        charts.append(ReviewChart(f"staff_{key}", translate("MonthlyPrint", "{measure} by staff member")
                                      .format(measure=label), bars, max_value=top))
    return charts


def title_of(data: sc.MonthlyReview) -> str:
    return translate("MonthlyPrint", "Monthly review {month}").format(month=data.month_text)


def monthly_story(ctx: AppContext, month: str | dt.date | None) -> tuple[list[Any], str]:
    from reportlab.platypus import KeepTogether, Spacer, Table

    from app.handover import report_pdf as rp
    from app.printing import template as tpl

    data = sc.monthly_review(ctx, month)
    styles = rp.styles()
    width = rp.content_width()
    title = title_of(data)
    story: list[Any] = [rp.letterhead(styles), rp.para(title, styles["title"])]
    last = data.end - dt.timedelta(days=1)
    sub = translate("MonthlyPrint", "{start} to {end}").format(start=data.month.isoformat(), end=last.isoformat())
    if data.partial:
        sub += " · " + translate("MonthlyPrint", "the month is not over yet")
    story.append(rp.para(sub, styles["sub"]))
    figs = _figures(data.studio)
    cells = []
    for part in (figs[:4], figs[4:]):  # two rows of four: the texts stay on one line
        cells += [[rp.para(v, styles["figure"]) for v, _ in part], [rp.para(label, styles["figure_label"]) for _, label in part]]
    t = Table(cells, colWidths=[width / 4] * 4)
    t.setStyle(tpl.table_style([("BACKGROUND", (0, 0), (-1, -1), "#f5f7f9"),
                                ("INNERGRID", (0, 0), (-1, -1), 0.8, "#ffffff")]))
    story.append(t)
    story.append(rp.para(translate("MonthlyPrint", "Studio and staff"), styles["h2"]))
    cards = [data.studio, *data.staff]
    story.append(rp.grid_table(sc.headers(), [(sc.row(c), sc.is_alert(c)) for c in cards], styles, width))
    if not data.staff:
        story.append(rp.para(translate("MonthlyPrint", "No staff member has a record this month."), styles["muted"]))
    half = (width - 12) / 2
    measures = sc.trend_measures()

    def grid(drawings: list[Any]) -> Any:
        rows = [drawings[i:i + 2] + [""] * (2 - len(drawings[i:i + 2])) for i in range(0, len(drawings), 2)]
        g = Table(rows, colWidths=[half + 6, half + 6])
        g.setStyle(tpl.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return g

    weekly = [week_chart(label, [(translate("MonthlyPrint", "W{n}").format(n=i + 1), value(p.card))
                                 for i, p in enumerate(data.weeks)], COLOURS[key], top, half)
              for key, label, value, top in measures]
    story.append(KeepTogether([rp.para(translate("MonthlyPrint", "The studio week by week"), styles["h2"]),
                               grid(weekly)]))
    monthly = [month_chart(label, [(p.label, value(p.card)) for p in data.months], COLOURS[key], top, half)
               for key, label, value, top in measures]
    story.append(KeepTogether([rp.para(translate("MonthlyPrint", "The studio over the last 6 months"),
                                     styles["h2"]), grid(monthly)]))
    story.append(rp.para(translate("MonthlyPrint", "Staff members"), styles["h2"]))
    rows: list[tuple[list[str], bool]] = []
    for member in data.staff:
        weeks = [(p, c) for p in data.weeks if (c := p.card_of(member.staff_id)) is not None]
        rows += [([member.label if n == 0 else "", p.label, *sc.row(c)[1:]], sc.is_alert(c))
                 for n, (p, c) in enumerate(weeks)]
    if rows:
        story.append(rp.para(translate("MonthlyPrint", "Each staff member week by week"), styles["sub"]))
        story.append(rp.grid_table([sc.headers()[0], translate("MonthlyPrint", "Week"), *sc.headers()[1:]], rows,
                                   styles, width))
    for chart in staff_charts(data):
        story.append(Spacer(1, 4))
        story.append(rp.bar_chart(chart, width, styles))
    return story, title


def monthly_review_pdf(ctx: AppContext, month: str | dt.date | None) -> bytes:
    from app.handover import report_pdf as rp

    story, title = monthly_story(ctx, month)
    return rp.build(ctx, story, title, "monthly-review")


def print_monthly_review(ctx: AppContext, arg: str | None, output: str) -> None:
    """CLI: ``print monthly-review YYYY-MM -o FILE.pdf`` (a malformed or future month: a clear message)."""
    month = sc.parse_month(ctx, arg)
    write_pdf(output, monthly_review_pdf(ctx, month))
