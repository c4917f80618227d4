"""投诉登记表 — the complaint register of one case: the intake, every deadline, the result, the follow-up
log, missed deadlines, and the signatures of the receiver and the supervisor.

Reads the case through the complaints area's public API (``app.complaints.queries`` and ``config``); imported only
when that area is installed and something is printed.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table

from app.complaints import config, queries
from app.complaints import evidence as evidence_mod
from app.complaints.models import Complaint
from app.core.context import AppContext
from app.core.errors import NotFound
from app.core.i18n import translate
from app.printing import template as tpl
from app.printing.flow_sheet import code128
from app.staff.models import Staff


def case_number(complaint_id: int) -> str:
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        raise NotFound(translate("Printing", "No complaint #{id}.").format(id=complaint_id))
    return c.case_no


def _when(value: dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def deadline_state_text(state: str) -> str:
    return {
        "met": translate("Printing", "met"),
        "met_late": translate("Printing", "met late"),
        "pending": translate("Printing", "open"),
        "due_soon": translate("Printing", "due soon"),
        "overdue": translate("Printing", "OVERDUE"),
        "paused": translate("Printing", "paused (waiting for the customer)"),
        "none": "—",
    }.get(state, state)


def _grid(rows: list[list], widths: list[float], header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.6, tpl.RULE), ("BOX", (0, 0), (-1, -1), 1.0, tpl.INK),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), tpl.HEADER_BG))
    t.setStyle(tpl.table_style(style))
    return t


def complaint_story(ctx: AppContext, complaint_id: int, styles: dict, paper: str = "A4") -> list[Flowable]:
    row = queries.get_case(ctx, complaint_id)
    c = row.complaint
    log = queries.case_log(complaint_id)
    misses = queries.case_misses(ctx, complaint_id)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    studio = tpl.studio_info()
    k = tpl.paper_scale(paper)
    width = tpl.content_width(paper)
    lab, val, cell = styles["label"], styles["value"], styles["cell"]
    story: list[Flowable] = [tpl.SheetMark(f"complaint:{c.id}", f"{row.case_no}　{row.complainant}")]

    # Letterhead, title, case number and its barcode.
    head = Table([[[tpl.HeavyText(studio.name, 13 * k, stroke=0.3), Spacer(1, 1.5 * mm),
                    tpl.HeavyText(translate("Printing", "Complaint register"), 20 * k)],
                   [tpl.para(row.case_no, styles["order"]), code128(row.case_no, width * 0.35, 9 * mm * k)]]],
                 colWidths=[width * 0.6, width * 0.4])
    head.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (-1, 0), 1.5, tpl.INK)]))
    story += [head, Spacer(1, 3 * mm)]

    # Intake.
    reported = names.get(c.reported_to_id, "")
    if c.reported_stand_in:
        reported = translate("Printing", "{name} (in charge; supervisor briefed later)").format(name=reported)
    couple = f"{row.order_no}　{row.couple_names}" if row.order_no else "—"
    pairs = [
        (translate("Printing", "Complainant"), row.complainant, translate("Printing", "Contact"),
         row.contact_masked or "—"),
        (translate("Printing", "Channel"), row.channel_text, translate("Printing", "Status"), row.status_text),
        (translate("Printing", "Order / couple"), couple, translate("Printing", "Happened at"),
         f"{_when(c.occurred_at)}　{row.station}".strip()),
        (translate("Printing", "Category"), row.category, translate("Printing", "Cause"), row.cause or "—"),
        (translate("Printing", "Responsible"), row.responsible or "—", translate("Printing", "Handled by"),
         row.holder or "—"),
        (translate("Printing", "Received"), f"{_when(c.received_at)}　{names.get(c.received_by_id, '')}",
         translate("Printing", "Reported to"), f"{reported}　{_when(c.reported_at)}"),
    ]
    lw = 22 * mm * k
    info = Table([[tpl.para(a, lab), tpl.para(b, val), tpl.para(x, lab), tpl.para(y, val)] for a, b, x, y in pairs],
                 colWidths=[lw, width / 2 - lw, lw, width / 2 - lw])
    info.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, tpl.RULE),
                              ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [info, Spacer(1, 3 * mm)]
    if row.merged_into_no:
        story += [tpl.para(translate("Printing", "Merged into {no}: see that register.").format(
            no=row.merged_into_no), styles["box_title"]), Spacer(1, 2 * mm)]
    if row.merged_from:
        merged = "；".join(f"{m.case_no}　{m.complainant}　{m.contact_masked}".strip() for m in row.merged_from)
        story += [tpl.para(translate("Printing", "Duplicates merged into this case: {cases}").format(cases=merged),
                           styles["value"]), Spacer(1, 2 * mm)]
    story.append(tpl.BoxedText(translate("Printing", "What happened"), tpl.para(row.description, styles["box_body"]
                                                                                   if len(row.description) < 400
                                                                                   else styles["body"]), styles,
                               continued_title=translate("Printing", "What happened (continued)")))
    story.append(Spacer(1, 2 * mm))
    story.append(tpl.BoxedText(translate("Printing", "What the customer wants"),
                               tpl.para(row.wants or "—", styles["body"]), styles, border=tpl.INK,
                               background=colors.white, border_width=0.8,
                               continued_title=translate("Printing", "What the customer wants (continued)")))
    if row.handling:
        story += [Spacer(1, 1.5 * mm), tpl.para(translate("Printing", "Standard handling: {text}").format(
            text=row.handling), styles["small"])]
    story.append(Spacer(1, 4 * mm))

    # Deadlines.
    dl_rows: list[list] = [[tpl.para(h, styles["head"]) for h in (
        translate("Printing", "Deadline"), translate("Printing", "Due"), translate("Printing", "Done"),
        translate("Printing", "State"))]]
    for d in row.deadlines:
        label = d.label + (translate("Printing", " (Mon–Fri assumed)") if d.estimated else "")
        state = deadline_state_text(d.state)
        dl_rows.append([tpl.para(label, cell), tpl.para(_when(d.due) or "—", cell), tpl.para(_when(d.met_at), cell),
                        tpl.para(state, styles["box_title"] if d.state == "overdue" else cell)])
    story.append(KeepTogether([tpl.para(translate("Printing", "Deadlines"), styles["h2"]),
                               _grid(dl_rows, [width * f for f in (0.36, 0.24, 0.24, 0.16)])]))
    story.append(Spacer(1, 4 * mm))

    # Result (filled when known; room to write otherwise).
    approval = {"pending": translate("Printing", "requested"), "approved": translate("Printing", "approved"),
                "rejected": translate("Printing", "not approved")}.get(c.approval, "")
    if approval and c.approved_by_id:
        approval += f"　{names.get(c.approved_by_id, '')} {_when(c.approved_at)}"
    results = [
        (translate("Printing", "Outcome"), config.outcome_label(c.outcome) if c.outcome else ""),
        (translate("Printing", "Corrective action"), c.corrective_action),
        (translate("Printing", "Apology"), translate("Printing", "yes") if c.apology else ""),
        (translate("Printing", "Compensation"), c.compensation),
        (translate("Printing", "Beyond the order: approval"), approval),
        (translate("Printing", "Explanation to the customer"), c.explanation),
        (translate("Printing", "Customer's response"), c.customer_response),
    ]
    res = Table([[tpl.para(a, lab), tpl.para(b, cell)] for a, b in results], colWidths=[32 * mm * k, width - 32 * mm * k],
                rowHeights=[None if b else 8 * mm * k for _a, b in results])
    res.setStyle(tpl.table_style([("GRID", (0, 0), (-1, -1), 0.6, tpl.RULE), ("BOX", (0, 0), (-1, -1), 1.0, tpl.INK),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(KeepTogether([tpl.para(translate("Printing", "Result"), styles["h2"]), res]))
    story.append(Spacer(1, 4 * mm))

    # Follow-up log.
    log_rows: list[list] = [[tpl.para(h, styles["head"]) for h in (
        translate("Printing", "When"), translate("Printing", "Who"), translate("Printing", "What"),
        translate("Printing", "Details"), translate("Printing", "Customer told"))]]
    for e in log:
        log_rows.append([tpl.para(_when(e.at), cell), tpl.para(e.staff, cell), tpl.para((f"[{e.case_no}] " if e.case_no else "") + e.action_text, cell),
                         tpl.para(e.text, cell), tpl.para(translate("Printing", "yes") if e.customer_told else "", cell)])
    story.append(tpl.para(translate("Printing", "Follow-up log"), styles["h2"]))
    story.append(_grid(log_rows, [width * f for f in (0.17, 0.11, 0.17, 0.43, 0.12)]))
    story += _evidence(complaint_id, styles, width, k)
    if misses:
        miss_rows: list[list] = [[tpl.para(h, styles["head"]) for h in (
            translate("Printing", "Missed deadline"), translate("Printing", "Due"),
            translate("Printing", "Held by then"))]]
        for m in misses:
            miss_rows.append([tpl.para(m.label, cell), tpl.para(_when(m.due_at), cell), tpl.para(m.failed_by, cell)])
        story += [Spacer(1, 3 * mm), KeepTogether([tpl.para(translate("Printing", "Missed deadlines"), styles["h2"]),
                                                  _grid(miss_rows, [width * f for f in (0.4, 0.3, 0.3)])])]
    story.append(Spacer(1, 5 * mm))

    # Signatures.
    sig = Table([[tpl.para(translate("Printing", "Received by: {name}").format(name=names.get(c.received_by_id, "")),
                           lab),
                  tpl.para(translate("Printing", "Supervisor: {name}").format(name=names.get(c.reported_to_id, "")),
                           lab)],
                 [tpl.para(translate("Printing", "Signature / date"), styles["small"]),
                  tpl.para(translate("Printing", "Signature / date"), styles["small"])]],
                colWidths=[width / 2] * 2, rowHeights=[None, 16 * mm * k])
    sig.setStyle(tpl.table_style([("BOX", (0, 0), (-1, -1), 1.0, tpl.INK), ("INNERGRID", (0, 0), (-1, -1), 0.6, tpl.RULE),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([sig]))
    return story


EVIDENCE_PER_ROW = 3


def _evidence(complaint_id: int, styles: dict, width: float, k: float) -> list[Flowable]:
    """The photos (scaled, a few per row, each with its name) and the names of the other files."""
    items = evidence_mod.list_evidence(complaint_id)
    if not items:
        return []
    pictures = evidence_mod.images_for_print(complaint_id)
    printed = {item.id for item, _jpeg in pictures}
    cell_w = width / EVIDENCE_PER_ROW
    box_w, box_h = cell_w - 4 * mm, 50 * mm * k
    cells: list[list] = []
    for item, jpeg in pictures:
        from PIL import Image as PILImage

        w, h = PILImage.open(io.BytesIO(jpeg)).size
        scale = min(box_w / w, box_h / h)
        caption = f"{item.name}　{_when(item.added_at)}"
        cells.append([Image(io.BytesIO(jpeg), width=w * scale, height=h * scale),
                      tpl.para(caption, styles["small"])])
    out: list[Flowable] = [Spacer(1, 3 * mm), tpl.para(translate("Printing", "Evidence"), styles["h2"])]
    if cells:
        rows = [cells[i:i + EVIDENCE_PER_ROW] for i in range(0, len(cells), EVIDENCE_PER_ROW)]
        rows[-1] = rows[-1] + [""] * (EVIDENCE_PER_ROW - len(rows[-1]))
        grid = Table(rows, colWidths=[cell_w] * EVIDENCE_PER_ROW)
        grid.setStyle(tpl.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        out.append(grid)
    files = [i for i in items if i.id not in printed]
    if files:
        names = "；".join(f"{i.name}（{evidence_mod.size_text(i.size)}）" for i in files)
        out.append(tpl.para(translate("Printing", "Files kept with the case (not printed): {names}").format(
            names=names), styles["small"]))
    return out


def complaint_pdf(ctx: AppContext, complaint_id: int, paper: str = "A4") -> bytes:
    """The complaint register of one case as PDF bytes."""
    case_no = case_number(complaint_id)
    styles = tpl.make_styles(paper)
    story = complaint_story(ctx, complaint_id, styles, paper)
    return tpl.build_pdf(ctx, story, translate("Printing", "Complaint register {case_no}").format(case_no=case_no),
                         paper)


def print_complaint(ctx: AppContext, case_no: str | None, output: str) -> None:
    """CLI: ``print complaint CASE_NO -o FILE.pdf`` (always A4: the register is filed)."""
    row = queries.get_case_by_number(ctx, case_no or "")
    tpl.write_pdf(output, complaint_pdf(ctx, row.id))
