"""拍照流程表 — the shooting flow sheet that travels with a couple through the studio.

Data (``FlowSheetData``) is gathered by queries here; ``flow_sheet_story`` turns it into flowables on the
common page template (``app.printing.template``), so the day sheets reuse both.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

__all__ = ["FlowSheetData", "StationRow", "flow_sheet_pdf", "flow_sheet_story", "print_flow_sheet"]

from app.checkin.models import Couple
from app.core.context import AppContext
from app.core.errors import NotFound
from app.core.i18n import translate
from app.core.validation import mask_phone
from app.printing import template as tpl
from app.printing.fonts import printable
from app.printing.queries import FlowSheetData, StationRow, couple_by_order_no, latest_shoot_day, sheet_data

# ------------------------------------------------------------------------------ codes

#: The QR mask pattern every sheet uses. reportlab's encoder otherwise builds the code eight times to score
#: each mask (pure Python, ~4 ms a sheet, 10–15 % of the day sheets' time); any of the eight is valid (its
#: number is in the code's format information, every reader handles them all), the scoring only avoids
#: patterns that could slow a poor reader. Mask 0 is the checkerboard: no long runs in rows or columns.
QR_MASK = 0


class _FixedMaskEncoder(qrencoder.QRCode):
    def make(self) -> None:
        if self.version is None:
            self.version = self.calculate_version()
        self.makeImpl(False, QR_MASK)


def qr_code(value: str, size: float) -> QrCode:
    """A QR code of ``value`` (with its quiet zone), ``size`` points square, drawn straight on the canvas."""
    code = QrCode(value, width=size, height=size, qrLevel="M")
    code.qr.__class__ = _FixedMaskEncoder  # the same encoder, built once with QR_MASK
    return code


def code128(value: str, max_width: float, bar_height: float) -> Code128:
    """A Code 128 barcode of ``value`` no wider than ``max_width`` (bars 0.33 mm, thinner when needed)."""
    probe = Code128(value, barWidth=1, barHeight=bar_height, humanReadable=False, quiet=0)
    bar = min(0.33 * mm, max_width / max(probe.width, 1))
    return Code128(value, barWidth=bar, barHeight=bar_height, humanReadable=False, quiet=0)


# ------------------------------------------------------------------------------ layout

#: Longer special requests are printed a little smaller (still in their box, continued when needed).
LONG_REQUEST = 400


def _date_text(d: dt.date | None) -> str:
    if d is None:
        return "—"
    return f"{d:%Y-%m-%d} {tpl.weekday_name(d.weekday())}"


def _person(name: str, phone: str) -> str:
    masked = mask_phone(phone)
    return f"{name}　{masked}" if masked else name


def flow_sheet_story(data: FlowSheetData, studio: tpl.StudioInfo, styles: dict, paper: str = "A4") -> list[Flowable]:
    """The flowables of one couple's sheet (starts with a SheetMark; the caller adds page breaks)."""
    c = data.couple
    k = tpl.paper_scale(paper)
    width = tpl.content_width(paper)
    label = f"{c.order_no}　{c.bride_name} & {c.groom_name}"
    story: list[Flowable] = [tpl.SheetMark(f"couple:{c.id}", label)]

    # Letterhead, title, order number and its codes.
    qr_size = 30 * mm * k
    contact = "　".join(x for x in (studio.address,
                                   translate("Printing", "Tel. {phone}").format(phone=studio.phone)
                                   if studio.phone else "") if x)
    left_w = width - qr_size - 4 * mm
    left: list[Flowable] = [tpl.HeavyText(studio.name, 15 * k, stroke=0.3)]
    if contact:
        left.append(tpl.para(contact, styles["label"]))
    left += [Spacer(1, 2.5 * mm * k), tpl.HeavyText(translate("Printing", "Shooting flow sheet"), 22 * k)]
    label_w = 16 * mm * k
    order_style = styles["order"]
    text_w = min(stringWidth(printable(c.order_no), order_style.fontName, order_style.fontSize) + 5 * mm,
                 left_w - label_w - 30 * mm)
    bar_w = left_w - label_w - text_w
    order = Table([[tpl.para(translate("Printing", "Order no."), styles["label"]),
                    tpl.para(c.order_no, order_style), code128(c.order_no, bar_w - 2, 9 * mm * k)]],
                  colWidths=[label_w, text_w, bar_w])
    order.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (2, 0), (2, 0), "RIGHT")]))
    left += [Spacer(1, 1.5 * mm * k), order]
    qr = qr_code(c.order_no, qr_size)
    head = Table([[left, qr]], colWidths=[width - qr_size, qr_size])
    head.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (-1, 0), 1.5, tpl.INK)]))
    story += [head, Spacer(1, 3 * mm * k)]

    # Who and what.
    arrived = f"{data.arrived_at:%H:%M}" if data.arrived_at else translate("Printing", "not arrived yet")
    lab, val = styles["label"], styles["value"]
    info_rows = [
        [tpl.para(translate("Printing", "Bride"), lab), tpl.para(_person(c.bride_name, c.bride_phone), val),
         tpl.para(translate("Printing", "Groom"), lab), tpl.para(_person(c.groom_name, c.groom_phone), val)],
        [tpl.para(translate("Printing", "Package"), lab), tpl.para(c.package or "—", val),
         tpl.para(translate("Printing", "Shoot date"), lab), tpl.para(_date_text(c.shoot_date), val)],
        [tpl.para(translate("Printing", "Arrived"), lab), tpl.para(arrived, val),
         tpl.para(translate("Printing", "Wedding date"), lab), tpl.para(_date_text(c.wedding_date), val)],
    ]
    lw = 20 * mm * k
    info = Table(info_rows, colWidths=[lw, width / 2 - lw, lw, width / 2 - lw])
    info.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, tpl.RULE),
                              ("TOPPADDING", (0, 0), (-1, -1), 2.5 * k), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * k),
                              ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story += [info, Spacer(1, 4 * mm * k)]

    # Special requests: in a box nobody can miss (continues on the next page when very long).
    requests = (c.special_requests or "").strip()
    title = translate("Printing", "Special requests — tell the makeup artist")
    if requests:
        body_style = styles["box_body"] if len(requests) <= LONG_REQUEST else styles["body"]
        story.append(tpl.BoxedText(title, tpl.para(requests, body_style), styles,
                                   continued_title=translate("Printing", "Special requests (continued)")))
    else:
        story.append(tpl.BoxedText(title, tpl.para(translate("Printing", "None."), styles["note"]), styles,
                                   border=tpl.RULE, background=colors.white, border_width=0.8))
    story.append(Spacer(1, 4 * mm * k))

    # One row per station: staff, start, finish, note, signature.
    heading = [tpl.para(translate("Printing", "Service flow"), styles["h2"])]
    if data.from_flow:
        heading.append(tpl.para(translate("Printing", "Each station writes start and finish time and signs; "
                                          "work not done is noted with the reason."), styles["small"]))
    else:
        heading.append(tpl.LaidOutParagraph(tpl.markup(translate(
            "Printing", "No flow recorded yet: the default shoot-day stations are listed; fill in by hand.")),
            styles["box_title"]))
    # The stations, their heading and the sign-off stay on one page (a split table gets lost).
    story.append(KeepTogether([*heading, Spacer(1, 1.5 * mm * k), station_table(data.rows, styles, paper),
                               Spacer(1, 5 * mm * k), signoff_table(styles, paper)]))
    return story


def station_table(rows: list[StationRow], styles: dict, paper: str = "A4") -> Table:
    k = tpl.paper_scale(paper)
    width = tpl.content_width(paper)
    fractions = [0.19, 0.14, 0.09, 0.09, 0.29, 0.20]
    widths = [width * f for f in fractions]
    head = [translate("Printing", "Station"), translate("Printing", "Staff"), translate("Printing", "Start"),
            translate("Printing", "Finish"), translate("Printing", "Note"), translate("Printing", "Signature")]
    data: list[list] = [[tpl.LaidOutParagraph(tpl.markup(h), styles["head"]) for h in head]]
    heights: list[float | None] = [None]
    min_h = (9.5 if paper == "A5" else 14.5) * mm
    pad = 3 * k
    for i, r in enumerate(rows, start=1):
        cells: list = [tpl.para(f"{i}. {r.station}", styles["station"])]
        cells += [tpl.para(v, styles["cell"]) if v else "" for v in (r.staff, r.start, r.finish, r.note)]
        cells.append(tpl.para(translate("Printing", "signed: {name}").format(name=r.signed), styles["small"])
                     if r.signed else "")
        h = max(p.wrap(w - 2 * pad, 1e6)[1] for p, w in zip(cells[:5], widths[:5], strict=True)
                if not isinstance(p, str)) + 2 * pad
        data.append(cells)
        heights.append(max(min_h, h))
    t = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    t.setStyle(tpl.table_style([
        ("BACKGROUND", (0, 0), (-1, 0), tpl.HEADER_BG),
        ("GRID", (0, 0), (-1, -1), 0.6, tpl.RULE),
        ("BOX", (0, 0), (-1, -1), 1.2, tpl.INK),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBEFORE", (5, 0), (5, -1), 1.0, tpl.INK),
    ]))
    return t


def signoff_table(styles: dict, paper: str = "A4") -> Table:
    k = tpl.paper_scale(paper)
    width = tpl.content_width(paper)
    boxes = [translate("Printing", "Floor control received"), translate("Printing", "Reception checked"),
             translate("Printing", "Left the studio at")]
    t = Table([[tpl.para(b, styles["label"]) for b in boxes]], colWidths=[width / 3] * 3,
              rowHeights=[14 * mm * k])
    t.setStyle(tpl.table_style([("BOX", (0, 0), (-1, -1), 0.8, tpl.INK), ("INNERGRID", (0, 0), (-1, -1), 0.6, tpl.RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


# ------------------------------------------------------------------------------ documents

def flow_sheet_pdf(ctx: AppContext, couple_id: int, paper: str = "A4") -> bytes:
    """The flow sheet of one couple as PDF bytes."""
    c = Couple.get_or_none(Couple.id == couple_id)
    if c is None:
        raise NotFound(translate("Printing", "No couple #{id}.").format(id=couple_id))
    data = sheet_data([c], latest_shoot_day(c.id) or c.shoot_date)[0]
    styles = tpl.make_styles(paper)
    story = flow_sheet_story(data, tpl.studio_info(), styles, paper)
    title = printable(translate("Printing", "Flow sheet {order_no}").format(order_no=c.order_no))
    return tpl.build_pdf(ctx, story, title, paper)


def print_flow_sheet(ctx: AppContext, order_no: str | None, output: str, paper: str | None = None) -> None:
    """CLI: ``print flow-sheet ORDER_NO -o FILE.pdf``."""
    from app.printing.options import PAPER

    c = couple_by_order_no(order_no or "")
    tpl.write_pdf(output, flow_sheet_pdf(ctx, c.id, paper or PAPER.get()))
