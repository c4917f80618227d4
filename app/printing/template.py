"""The common page template of every printout: fonts, paragraph styles, the footer
("print time · operator · page x of y"), a framed text box that continues on the next page, and the
atomic PDF writer. Imported only when something is printed (it loads reportlab).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from app.core.context import AppContext
from app.core.i18n import translate
from app.printing import options
from app.printing.fonts import FONT_NAME, printable, register_fonts
from app.printing.options import StudioInfo
from app.staff.models import Staff

PAPER_SIZES = {"A4": A4, "A5": A5}
INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#616161")
RULE = colors.HexColor("#9e9e9e")
ACCENT = colors.HexColor("#c62828")
ACCENT_BG = colors.HexColor("#fff8e1")
HEADER_BG = colors.HexColor("#eceff1")


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float
    footer_y: float  # baseline of the footer text, from the bottom edge


MARGINS = {"A4": Margins(14 * mm, 14 * mm, 12 * mm, 16 * mm, 8 * mm),
           "A5": Margins(10 * mm, 10 * mm, 9 * mm, 13 * mm, 6 * mm)}


# ------------------------------------------------------------------------------ studio and people

def studio_info() -> StudioInfo:
    """The letterhead as printed: the stored one (``app.printing.options``), a neutral name when none is set."""
    info = options.studio_info()
    return info if info.name else replace(info, name=translate("Printing", "Wedding Photography Studio"))


def operator_name(ctx: AppContext) -> str:
    if ctx.operator_id is None:
        return translate("Printing", "(nobody on shift)")
    s = Staff.get_or_none(Staff.id == ctx.operator_id)
    return s.name if s else "?"


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday_name(index: int) -> str:
    return [translate("Printing", "Mon"), translate("Printing", "Tue"), translate("Printing", "Wed"),
            translate("Printing", "Thu"), translate("Printing", "Fri"), translate("Printing", "Sat"),
            translate("Printing", "Sun")][index]


# ------------------------------------------------------------------------------ text

def paper_scale(paper: str) -> float:
    return 0.85 if paper == "A5" else 1.0


def make_styles(paper: str = "A4") -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font, with Chinese line breaking (wordWrap='CJK')."""
    register_fonts()
    k = paper_scale(paper)

    def st(name: str, size: float, color: colors.Color = INK, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=FONT_NAME, fontSize=size * k, leading=size * k * 1.3,
                              textColor=color, wordWrap="CJK", **kw)

    return {
        "body": st("body", 10),
        "small": st("small", 8, MUTED),
        "label": st("label", 9, MUTED),
        "value": st("value", 11),
        "cell": st("cell", 10),
        "station": st("station", 11),
        "head": st("head", 9.5, INK),
        "studio": st("studio", 16),
        "title": st("title", 20, INK),
        "order": st("order", 15),
        "box_title": st("box_title", 11, ACCENT),
        "box_body": st("box_body", 12.5),
        "note": st("note", 9, MUTED),
        "center": st("center", 9.5, alignment=TA_CENTER),
        "right": st("right", 9.5, alignment=TA_RIGHT),
        "h2": st("h2", 12, INK, spaceBefore=4 * k, spaceAfter=2 * k),
    }


def markup(text: str | None) -> str:
    """User text made safe for a Paragraph: printable glyphs only, XML-escaped, newlines kept."""
    t = escape(printable(text))
    return t.replace("\r\n", "\n").replace("\n", "<br/>")


class LaidOutParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width. A table wraps each cell's paragraph while measuring
    its rows and again while drawing them (and the flow sheet measures its station rows first): the CJK line
    breaking ran two or three times per paragraph for the same width. The lines depend only on the width."""

    _laid_out_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._laid_out_at and "blPara" in self.__dict__:  # a split may drop its lines
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._laid_out_at = availWidth if width == availWidth else None  # not when it did not fit at all
        return width, height


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    return LaidOutParagraph(markup(text), style)


def table_style(commands: list) -> TableStyle:
    """A TableStyle whose cells use the CJK font (the default would pull Helvetica into the PDF)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), *commands])


def fit_text(text: str, size: float, max_width: float) -> str:
    """One line of ``text`` cut with an ellipsis so that it is at most ``max_width`` wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    t = printable(text)
    if stringWidth(t, FONT_NAME, size) <= max_width:
        return t
    while t and stringWidth(t + "…", FONT_NAME, size) > max_width:
        t = t[:-1]
    return t + "…"


# ------------------------------------------------------------------------------ flowables

class HeavyText(Flowable):
    """One line of large, heavy text (the font has no bold face: the glyphs are filled and stroked).
    Shrinks to fit the width, never below ``min_size``; then it is cut with an ellipsis."""

    def __init__(self, text: str, size: float, min_size: float = 9, stroke: float = 0.5,
                 color: colors.Color = INK) -> None:
        super().__init__()
        self.text = printable(text)
        self.size = size
        self.min_size = min_size
        self.stroke = stroke
        self.color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = self.size
        while size > self.min_size and stringWidth(self.text, FONT_NAME, size) > availWidth:
            size -= 0.5
        text = self.text
        while text and stringWidth(text, FONT_NAME, size) > availWidth:
            text = text[:-2] + "…"
        self._size, self._text = size, text
        self.width, self.height = availWidth, size * 1.25
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        c.setStrokeColor(self.color)
        c.setLineWidth(self.stroke * self._size / self.size)  # thinner when shrunk: stays legible
        t = c.beginText(0, self.height - self._size)
        t.setFont(FONT_NAME, self._size)
        t.setTextRenderMode(2)
        t.textOut(self._text)
        c.drawText(t)
        c.restoreState()


class SheetMark(Flowable):
    """Marks the start of one sheet (one couple, one case): the footer numbers pages per sheet and a
    continuation page repeats ``label`` at its top."""

    def __init__(self, key: str, label: str) -> None:
        super().__init__()
        self.key = key
        self.label = label
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.sheet_key = self.key
        self.canv.sheet_label = self.label


class BoxedText(Flowable):
    """A framed box with a title and a long text that wraps inside it and, when it does not fit, continues
    in a second box on the next page (titled ``continued_title``). Nothing is ever drawn outside it."""

    def __init__(self, title: str, body: Paragraph, styles: dict[str, ParagraphStyle],
                 border: colors.Color = ACCENT, background: colors.Color = ACCENT_BG, border_width: float = 1.6,
                 continued_title: str | None = None, padding: float = 3 * mm) -> None:
        super().__init__()
        self.title = title
        self.body = body
        self.styles = styles
        self.border = border
        self.background = background
        self.border_width = border_width
        self.continued_title = continued_title or title
        self.padding = padding
        self._title_p = LaidOutParagraph(markup(title), styles["box_title"])
        self._gap = 1.5 * mm

    def _inner(self, width: float) -> float:
        return width - 2 * self.padding - self.border_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        iw = self._inner(availWidth)
        _, th = self._title_p.wrap(iw, availHeight)
        _, bh = self.body.wrap(iw, 1e6)
        self._th, self._bh = th, bh
        self.width = availWidth
        self.height = 2 * self.padding + self.border_width + th + self._gap + bh
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        body_room = availHeight - (2 * self.padding + self.border_width + self._th + self._gap)
        if body_room < 3 * self.body.style.leading:
            return []  # too little room left: start the whole box on the next page
        parts = self.body.split(self._inner(availWidth), body_room)
        if len(parts) < 2:
            return []
        first = BoxedText(self.title, parts[0], self.styles, self.border, self.background, self.border_width,
                          self.continued_title, self.padding)
        rest = BoxedText(self.continued_title, parts[1], self.styles, self.border, self.background,
                         self.border_width, self.continued_title, self.padding)
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        half = self.border_width / 2
        c.saveState()
        c.setFillColor(self.background)
        c.setStrokeColor(self.border)
        c.setLineWidth(self.border_width)
        c.rect(half, half, self.width - self.border_width, self.height - self.border_width, stroke=1, fill=1)
        c.restoreState()
        x = self.padding + half
        y = self.height - self.padding - half - self._th
        self._title_p.drawOn(c, x, y)
        y -= self._gap + self._bh
        self.body.drawOn(c, x, y)


# ------------------------------------------------------------------------------ document and footer

@dataclass(frozen=True)
class PrintInfo:
    printed_at: str
    operator: str
    paper: str = "A4"


def _footer_canvas(info: PrintInfo) -> type[Canvas]:
    """A canvas that keeps pages until the end so it can write 'page x of y' (per sheet) in each footer."""

    class SheetCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.sheet_key = ""
            self.sheet_label = ""

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals: dict[str, int] = {}
            for state in self._pages:
                key = state.get("sheet_key", "")
                totals[key] = totals.get(key, 0) + 1
            seen: dict[str, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                key = state.get("sheet_key", "")
                seen[key] = seen.get(key, 0) + 1
                self._decorate(seen[key], totals[key], state.get("sheet_label", ""))
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, page: int, pages: int, label: str) -> None:
            width, height = self._pagesize
            m = MARGINS.get(info.paper, MARGINS["A4"])
            k = paper_scale(info.paper)
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(m.left, m.footer_y + 10 * k, width - m.right, m.footer_y + 10 * k)
            self.setFillColor(MUTED)
            self.setFont(FONT_NAME, 8 * k)
            from reportlab.pdfbase.pdfmetrics import stringWidth

            size = 8 * k
            inner = width - m.left - m.right
            left = fit_text(translate("Printing", "Printed {time} · Operator {name}").format(
                time=info.printed_at, name=info.operator), size, inner * 0.36)
            right = translate("Printing", "Page {page} of {pages}").format(page=page, pages=pages)
            self.drawString(m.left, m.footer_y, left)
            self.drawRightString(width - m.right, m.footer_y, right)
            if label:
                used = max(stringWidth(left, FONT_NAME, size), stringWidth(right, FONT_NAME, size))
                self.drawCentredString(width / 2, m.footer_y, fit_text(label, size, inner - 2 * used - 12 * mm))
            if page > 1 and label:
                self.setFont(FONT_NAME, 8.5 * k)
                self.drawString(m.left, height - m.top + 3 * mm * k, fit_text(
                    translate("Printing", "(continued) {label}").format(label=label), 8.5 * k, inner))
            self.restoreState()

    return SheetCanvas


def build_pdf(ctx: AppContext, story: Sequence[Flowable], title: str, paper: str = "A4",
              subject: str = "") -> bytes:
    """Lay ``story`` out on the common page template and return the PDF bytes."""
    register_fonts()
    if paper not in PAPER_SIZES:
        paper = "A4"
    size = PAPER_SIZES[paper]
    m = MARGINS[paper]
    info = PrintInfo(printed_at=f"{ctx.now():%Y-%m-%d %H:%M}", operator=operator_name(ctx), paper=paper)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=size, leftMargin=m.left, rightMargin=m.right, topMargin=m.top,
                          bottomMargin=m.bottom, title=title, subject=subject, author=info.operator,
                          creator="StudioFrontDesk", invariant=1, initialFontName=FONT_NAME,
                          initialFontSize=10)
    frame = Frame(m.left, m.bottom, size[0] - m.left - m.right, size[1] - m.top - m.bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    doc.build(list(story), canvasmaker=_footer_canvas(info))
    return buf.getvalue()


def content_width(paper: str = "A4") -> float:
    size = PAPER_SIZES.get(paper, A4)
    m = MARGINS.get(paper, MARGINS["A4"])
    return size[0] - m.left - m.right


from app.printing.output import write_pdf  # noqa: E402,F401 - re-exported

ProgressFn = Callable[[int, int], bool | None]
