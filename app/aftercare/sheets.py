"""选片单 and 取件签收单 — the selection sheet and the pickup receipt the couple signs, on the printing
package's template (bundled font embedded, letterhead from the studio's settings, phones masked).

Imported only when something is printed (reportlab is loaded here)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.aftercare import pickup as pk
from app.aftercare import selection as sel
from app.aftercare.money import fen_text
from app.checkin.models import Couple
from app.core.context import AppContext
from app.core.errors import NotFound
from app.core.i18n import translate
from app.core.validation import clean_text, mask_phone
from app.printing import template as tpl


def _couple(order_no: str) -> Couple:
    c = Couple.get_or_none(Couple.order_no == clean_text(order_no or ""))
    if c is None:
        raise NotFound(translate("Aftercare", "No order {no}.").format(no=order_no))
    return c


def _when(v) -> str:  # type: ignore[no-untyped-def]
    return f"{v:%Y-%m-%d %H:%M}" if v else ""


def _head(title: str, c: Couple, styles: dict, width: float) -> list[Flowable]:
    studio = tpl.studio_info()
    contact = "　".join(x for x in (studio.address, studio.phone) if x)
    head = Table([[[tpl.HeavyText(studio.name, 13, stroke=0.3), Spacer(1, 1.5 * mm),
                    tpl.para(contact, styles["small"]), Spacer(1, 1.5 * mm), tpl.HeavyText(title, 20)],
                   tpl.para(c.order_no, styles["order"])]], colWidths=[width * 0.65, width * 0.35])
    head.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, 0), 1.5, tpl.INK)]))
    return [head, Spacer(1, 3 * mm)]


def _pairs(pairs: list[tuple[str, str, str, str]], styles: dict, width: float) -> Table:
    lab, val = styles["label"], styles["value"]
    lw = 24 * mm
    t = Table([[tpl.para(a, lab), tpl.para(b, val), tpl.para(x, lab), tpl.para(y, val)] for a, b, x, y in pairs],
              colWidths=[lw, width / 2 - lw, lw, width / 2 - lw])
    t.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.4, tpl.RULE),
                                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _grid(rows: list[list], widths: list[float]) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(tpl.table_style([("GRID", (0, 0), (-1, -1), 0.6, tpl.RULE), ("BOX", (0, 0), (-1, -1), 1.0, tpl.INK),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), tpl.HEADER_BG),
                                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def _signatures(left: str, right: str, styles: dict, width: float) -> Table:
    sig = Table([[tpl.para(left, styles["label"]), tpl.para(right, styles["label"])],
                 [tpl.para(translate("Aftercare", "Signature / date"), styles["small"]),
                  tpl.para(translate("Aftercare", "Signature / date"), styles["small"])]],
                colWidths=[width / 2] * 2, rowHeights=[None, 18 * mm])
    sig.setStyle(tpl.table_style([("BOX", (0, 0), (-1, -1), 1.0, tpl.INK),
                                  ("INNERGRID", (0, 0), (-1, -1), 0.6, tpl.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return sig


def _couple_pairs(c: Couple, package: str) -> list[tuple[str, str, str, str]]:
    return [(translate("Aftercare", "Bride"), f"{c.bride_name}　{mask_phone(c.bride_phone)}",
             translate("Aftercare", "Groom"), f"{c.groom_name}　{mask_phone(c.groom_phone)}"),
            (translate("Aftercare", "Order"), c.order_no, translate("Aftercare", "Package"), package or "—")]


def selection_sheet_pdf(ctx: AppContext, order_no: str) -> bytes:
    """The 选片单 of the couple's latest selection session."""
    c = _couple(order_no)
    s = sel.selection_of(c.id)
    if s is None:
        raise NotFound(translate("Aftercare", "Order {no} has no selection session.").format(no=c.order_no))
    styles = tpl.make_styles("A4")
    width = tpl.content_width("A4")
    story: list[Flowable] = [tpl.SheetMark(f"selection:{s.id}", f"{c.order_no}　{c.names}")]
    story += _head(translate("Aftercare", "Selection sheet"), c, styles, width)
    pairs = _couple_pairs(c, s.package) + [
        (translate("Aftercare", "Seller"), s.seller or "—", translate("Aftercare", "Session"),
         _when(s.started_at) + ("　" + translate("Aftercare", "signed {at}").format(at=_when(s.signed_at))
                                if s.signed_at else "　" + translate("Aftercare", "in progress")))]
    story += [_pairs(pairs, styles, width), Spacer(1, 4 * mm)]
    cell, head = styles["cell"], styles["head"]
    rows = [[tpl.para(h, head) for h in (translate("Aftercare", "Photos"), translate("Aftercare", "Count"),
                                         translate("Aftercare", "Amount"))],
            [tpl.para(translate("Aftercare", "Included in the package"), cell), tpl.para(str(s.photos_included), cell),
             tpl.para("—", cell)],
            [tpl.para(translate("Aftercare", "Chosen"), cell), tpl.para(str(s.photos_chosen), cell),
             tpl.para("—", cell)],
            [tpl.para(translate("Aftercare", "Extra photos offered"), cell), tpl.para(str(s.extras_offered), cell),
             tpl.para(sel.decision_label(s.extras_decision), cell)],
            [tpl.para(translate("Aftercare", "Extra photos accepted"), cell), tpl.para(str(s.extras_accepted), cell),
             tpl.para(fen_text(s.amount_fen), cell)]]
    story += [KeepTogether([tpl.para(translate("Aftercare", "Photos"), styles["h2"]),
                            _grid(rows, [width * 0.5, width * 0.2, width * 0.3])]), Spacer(1, 3 * mm)]
    story.append(tpl.para(translate("Aftercare", "Added to the order: {amount}").format(amount=fen_text(s.amount_fen)),
                          styles["value"]))
    if s.extra_photo_fen:
        story.append(tpl.para(translate("Aftercare", "Price per extra photo: {amount}").format(
            amount=fen_text(s.extra_photo_fen)), styles["small"]))
    story.append(Spacer(1, 3 * mm))
    story.append(tpl.BoxedText(translate("Aftercare", "Notes"), tpl.para(s.notes or "—", styles["box_body"]), styles))
    story += [Spacer(1, 3 * mm), tpl.para(translate(
        "Aftercare", "The couple confirms the photos chosen above; extras were offered once and answered as "
                     "shown."), styles["small"]), Spacer(1, 4 * mm)]
    story.append(KeepTogether([_signatures(translate("Aftercare", "Couple"),
                                           translate("Aftercare", "Seller: {name}").format(name=s.seller),
                                           styles, width)]))
    return tpl.build_pdf(ctx, story, translate("Aftercare", "Selection sheet {no}").format(no=c.order_no), "A4")


def pickup_receipt_pdf(ctx: AppContext, order_no: str) -> bytes:
    """The 取件签收单 of the couple's latest pickup."""
    c = _couple(order_no)
    p = pk.last_pickup(c.id)
    if p is None:
        raise NotFound(translate("Aftercare", "Order {no} has no pickup yet.").format(no=c.order_no))
    styles = tpl.make_styles("A4")
    width = tpl.content_width("A4")
    cell, head = styles["cell"], styles["head"]
    story: list[Flowable] = [tpl.SheetMark(f"pickup:{p.id}", f"{c.order_no}　{c.names}")]
    story += _head(translate("Aftercare", "Pickup receipt"), c, styles, width)
    pairs = _couple_pairs(c, p.package) + [
        (translate("Aftercare", "Handed over by"), p.handed_by or "—", translate("Aftercare", "When"), _when(p.at))]
    story += [_pairs(pairs, styles, width), Spacer(1, 4 * mm)]
    rows = [[tpl.para(h, head) for h in (translate("Aftercare", "Product"), translate("Aftercare", "Quantity"),
                                         translate("Aftercare", "Handed over"))]]
    rows += [[tpl.para(h.product, cell), tpl.para(str(h.quantity), cell), tpl.para(_when(h.handed_at), cell)]
             for h in p.handed] or [[tpl.para("—", cell), tpl.para("", cell), tpl.para("", cell)]]
    story += [KeepTogether([tpl.para(translate("Aftercare", "Handed over"), styles["h2"]),
                            _grid(rows, [width * 0.55, width * 0.15, width * 0.3])]), Spacer(1, 3 * mm)]
    if p.missing:
        rows = [[tpl.para(h, head) for h in (translate("Aftercare", "Still owed to the couple"),
                                             translate("Aftercare", "Quantity"), translate("Aftercare", "Reason"))]]
        rows += [[tpl.para(m.product, cell), tpl.para(str(m.quantity), cell), tpl.para(m.reason, cell)]
                 for m in p.missing]
        story += [KeepTogether([tpl.para(translate("Aftercare", "Still owed to the couple"), styles["h2"]),
                                _grid(rows, [width * 0.45, width * 0.15, width * 0.4])])]
        if p.follow_up_at:
            story.append(tpl.para(translate("Aftercare", "Follow-up pickup: {at}").format(at=_when(p.follow_up_at)),
                                  styles["value"]))
        story.append(Spacer(1, 3 * mm))
    b = p.balance
    money = [[tpl.para(h, head) for h in (translate("Aftercare", "Money"), translate("Aftercare", "Amount"))],
             [tpl.para(translate("Aftercare", "Order total"), cell), tpl.para(fen_text(b.total_fen), cell)],
             [tpl.para(translate("Aftercare", "Extras at selection"), cell), tpl.para(fen_text(b.extras_fen), cell)],
             [tpl.para(translate("Aftercare", "Deposit paid"), cell), tpl.para(fen_text(b.deposit_fen), cell)],
             [tpl.para(translate("Aftercare", "Paid since"), cell), tpl.para(fen_text(b.paid_fen), cell)]]
    for pay in p.payments:
        money.append([tpl.para(translate("Aftercare", "Collected now: {method}, receipt {no}, by {who}").format(
            method=pk.method_label(pay.method), no=pay.receipt_no, who=pay.received_by), cell),
            tpl.para(fen_text(pay.amount_fen), cell)])
    due = b.due_fen
    due_text = (translate("Aftercare", "Balance still owed by the couple") if due > 0 else
                translate("Aftercare", "Owed to the couple (refund)") if due < 0 else
                translate("Aftercare", "Balance: settled"))
    money.append([tpl.para(due_text, styles["label"]), tpl.para(fen_text(abs(due)), styles["label"])])
    story += [KeepTogether([tpl.para(translate("Aftercare", "Money"), styles["h2"]),
                            _grid(money, [width * 0.7, width * 0.3])]), Spacer(1, 5 * mm)]
    story.append(KeepTogether([_signatures(translate("Aftercare", "Received by the couple"),
                                           translate("Aftercare", "Handed over by: {name}").format(name=p.handed_by),
                                           styles, width)]))
    return tpl.build_pdf(ctx, story, translate("Aftercare", "Pickup receipt {no}").format(no=c.order_no), "A4")


def print_selection_sheet(ctx: AppContext, order_no: str | None, output: str) -> None:
    tpl.write_pdf(output, selection_sheet_pdf(ctx, order_no or ""))


def print_pickup_receipt(ctx: AppContext, order_no: str | None, output: str) -> None:
    tpl.write_pdf(output, pickup_receipt_pdf(ctx, order_no or ""))
