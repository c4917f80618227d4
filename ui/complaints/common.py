"""Display helpers shared by the complaint tab and dialogs: deadline texts and colours."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractItemModel, QCoreApplication

from app.complaints import config, queries
from app.complaints.deadlines import Deadline
from app.complaints.queries import CaseRow
from app.core.i18n import translate
from ui.common.palette import ALERT_BG, DANGER, DEEP_ORANGE, INFO, INFO_BG, MUTED, OK
from ui.common.widgets import minutes_text

STATE_BACKGROUND = {
    "overdue": ALERT_BG,
    "due_soon": "#ffe9a8",
    "paused": "#e0e0e0",
    "met_late": "#ffe0cc",
}
STATE_FOREGROUND = {
    "overdue": DANGER,
    "due_soon": "#8a5a00",
    "met": OK,
    "met_late": DEEP_ORANGE,
    "paused": "#616161",
}


def span_text(minutes: int) -> str:
    """A length of time for a deadline: minutes, hours or days."""
    minutes = abs(minutes)
    if minutes < 120:
        return minutes_text(minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("ComplaintUi", "{h} h").format(h=minutes // 60)
    return QCoreApplication.translate("ComplaintUi", "{d} days").format(d=minutes // (24 * 60))


def when_text(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    weekday = (translate("ComplaintUi", "Mon"), translate("ComplaintUi", "Tue"), translate("ComplaintUi", "Wed"),
               translate("ComplaintUi", "Thu"), translate("ComplaintUi", "Fri"), translate("ComplaintUi", "Sat"),
               translate("ComplaintUi", "Sun"))[at.weekday()]
    return f"{at:%m-%d} {weekday} {at:%H:%M}"


def state_text(d: Deadline, now: dt.datetime) -> str:
    if d.state == "none" or d.due is None:
        return ""
    left = int((d.due - now).total_seconds() // 60)
    if d.state == "overdue":
        return QCoreApplication.translate("ComplaintUi", "overdue {t}").format(t=span_text(left))
    if d.state in ("pending", "due_soon"):
        return QCoreApplication.translate("ComplaintUi", "in {t}").format(t=span_text(left))
    if d.state == "paused":
        return QCoreApplication.translate("ComplaintUi", "paused")
    if d.state == "met":
        return QCoreApplication.translate("ComplaintUi", "met")
    return QCoreApplication.translate("ComplaintUi", "met late")


def deadline_cell(d: Deadline, now: dt.datetime) -> str:
    """'11-21 周六 09:00 · 还有 5 小时' (done: when it was done) — empty when the case has no such deadline."""
    if d.due is None or d.state == "none":
        return "—" if d.kind == "reply" else ""
    if d.state in ("met", "met_late") and d.met_at is not None:
        return f"{when_text(d.met_at)} · {state_text(d, now)}"  # when it was done; the due time in the tooltip
    mark = " ⚠" if d.estimated and d.is_open else ""
    return f"{when_text(d.due)} · {state_text(d, now)}{mark}"


def deadline_tooltip(d: Deadline, now: dt.datetime) -> str:
    if d.due is None:
        return d.label
    lines = [d.label, QCoreApplication.translate("ComplaintUi", "Due: {at}").format(at=when_text(d.due)),
             state_text(d, now)]
    if d.met_at is not None and d.state in ("met", "met_late"):
        lines.append(QCoreApplication.translate("ComplaintUi", "Done: {at}").format(at=when_text(d.met_at)))
    if d.estimated:
        lines.append(QCoreApplication.translate("ComplaintUi", "Some working days are not in the holiday calendar: Monday–Friday was assumed. "
                        "Check the working-day list."))
    return "\n".join(line for line in lines if line)


def redraw(model: QAbstractItemModel) -> None:
    """Every cell may read differently now (e.g. the privacy mode changed): tell the views."""
    rows, cols = model.rowCount(), model.columnCount()
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))


def case_html(row: CaseRow, log: list[queries.LogRow] | None = None, misses: list[queries.MissRow] | None = None) -> str:
    """The facts of a case as rich text (details hidden in client-safe mode), optionally the latest log."""
    from ui.common.privacy import Privacy

    c = row.complaint
    private = Privacy.instance().private_text
    e = html.escape
    approval = {"pending": translate("ComplaintUi", "approval pending"),
                "approved": translate("ComplaintUi", "approved"),
                "rejected": translate("ComplaintUi", "not approved")}.get(c.approval, "")
    reported = f"{row.reported_to} · {when_text(c.reported_at)}"
    if c.reported_stand_in:
        reported += " · " + translate("ComplaintUi", "supervisor absent: person in charge")
    facts = [
        (translate("ComplaintUi", "Couple"), f"{row.couple_names} · {row.order_no}" if row.couple_names else "—"),
        (translate("ComplaintUi", "Complainant"), f"{row.complainant} · {row.contact_masked}".strip(" ·")),
        (translate("ComplaintUi", "Channel"), row.channel_text),
        (translate("ComplaintUi", "When / where"), f"{when_text(c.occurred_at)} · {row.station or '—'}"),
        (translate("ComplaintUi", "Category / cause"), f"{row.category} / {row.cause or '—'}"),
        (translate("ComplaintUi", "Responsible"), row.responsible or "—"),
        (translate("ComplaintUi", "Held by"), row.holder or "—"),
        (translate("ComplaintUi", "Reported to"), reported),
    ]
    def cell(k: str, v: str) -> str:
        return f"<td style='color:{MUTED}; padding-right:8px'>{e(k)}</td><td style='padding-right:40px'>{e(v)}</td>"

    cells = "".join(f"<tr>{cell(*facts[i])}{cell(*facts[i + 1])}</tr>" for i in range(0, len(facts), 2))
    status = e(row.status_text) + (f" · {e(approval)}" if approval else "")
    if c.outcome:
        status += " · " + e(config.outcome_label(c.outcome))
    what = translate("ComplaintUi", "What happened")
    wants = translate("ComplaintUi", "What the customer wants")
    standard = translate("ComplaintUi", "Standard handling")
    body = (f"<b style='font-size:15px'>{e(row.case_no)}</b> &nbsp; <span style='background:{INFO_BG}'>"
            f"&nbsp;{status}&nbsp;</span><table>{cells}</table>"
            f"<p><b>{e(what)}：</b>{e(private(row.description))}<br>"
            f"<b>{e(wants)}：</b>{e(private(row.wants)) or '—'}</p>")
    if row.merged_into_no:
        note = translate("ComplaintUi", "Merged into {no}: it is handled there.").format(no=row.merged_into_no)
        body += f"<p style='color:#6a1b9a'><b>{e(note)}</b></p>"
    if row.merged_from:
        title = translate("ComplaintUi", "Duplicates merged in")
        items = "; ".join(f"{e(m.case_no)} · {e(m.complainant)} · {e(m.contact_masked or '—')}" for m in row.merged_from)
        body += f"<p style='color:#6a1b9a'><b>{e(title)}：</b>{items}</p>"
    if row.new_evidence:
        note = translate("ComplaintUi", "● {n} new evidence from the customer (arrived while waiting)").format(
            n=row.new_evidence)
        body += f"<p style='color:#1b5e20'><b>{e(note)}</b></p>"
    if row.handling:
        body += f"<p style='color:{INFO}'><b>{e(standard)}：</b>{e(row.handling)}</p>"
    if misses:
        title = translate("ComplaintUi", "Missed deadlines (held by then)")
        items = "; ".join(f"{e(m.label)} {e(when_text(m.due_at))} · {e(m.failed_by or '—')}" for m in misses[-4:])
        body += f"<p style='color:{DANGER}'><b>{e(title)}：</b>{items}</p>"
    if log:
        latest = translate("ComplaintUi", "Latest follow-up")
        items = "".join(f"<li>{e(when_text(x.at))} {e(x.staff)} · {e(x.action_text)}"
                        f"{' ✓' if x.customer_told else ''}: {e(private(x.text.replace(chr(10), ' · ')))}</li>"
                        for x in log[-3:])
        body += f"<p><b>{e(latest)}</b></p><ul style='margin-top:0'>{items}</ul>"
    return body
