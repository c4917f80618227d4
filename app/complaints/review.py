"""Daily-review data (每日工作小结): the complaints of a date range counted every way the review needs.

For the handover / daily-review printout::

    from app.complaints.review import review
    data = review(ctx, dt.date(2026, 11, 20), dt.date(2026, 11, 20))   # inclusive range
    data.total                      # cases received in the range
    data.by_category / by_cause / by_station / by_responsible / by_channel
                                    # list of (label, count), biggest first; "" label = not recorded
    data.deadlines                  # kind → DeadlineTally(label, met, failed) for deadlines due in range
    data.failed_by                  # list of (staff name, count) of missed deadlines due in range
    data.misses                     # list of ReviewMiss(case_no, kind label, due_at, failed_by)
    data.cases                      # CaseRow of every case received in the range (oldest first)

Met means the deadline was met on time; a deadline still running is in neither column. Daily
feedback counts the feedback given to customers in the range (``met``) and the missed feedback days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from app.core.context import AppContext
from app.flow.models import Station
from app.staff.models import Staff

from .config import channel_label
from .deadlines import DEADLINE_KINDS, deadline_label
from .models import Complaint, ComplaintCategory, ComplaintCause, ComplaintLog
from .queries import cases_received, missed_deadlines


@dataclass
class DeadlineTally:
    label: str
    met: int = 0
    failed: int = 0


@dataclass
class ReviewMiss:
    case_no: str
    kind: str
    label: str
    due_at: dt.datetime
    failed_by: str


@dataclass
class ReviewData:
    start: dt.date
    end: dt.date
    total: int
    by_category: list[tuple[str, int]]
    by_cause: list[tuple[str, int]]
    by_station: list[tuple[str, int]]
    by_responsible: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    deadlines: dict[str, DeadlineTally]
    failed_by: list[tuple[str, int]]
    misses: list[ReviewMiss] = field(default_factory=list)
    cases: list = field(default_factory=list)


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)


def _count_by(column: pw.Field, names: dict[int, str] | None, lo: dt.datetime, hi: dt.datetime,
              label=None) -> list[tuple[str, int]]:
    n = pw.fn.COUNT(Complaint.id)
    rows = (Complaint.select(column, n.alias("n"))
            .where((Complaint.received_at >= lo) & (Complaint.received_at < hi))
            .group_by(column).tuples())
    out = []
    for key, count in rows:
        if label is not None:
            text = label(key)
        else:
            text = (names or {}).get(key, "") if key is not None else ""
        out.append((text, count))
    return sorted(out, key=lambda kv: (-kv[1], kv[0]))


def review(ctx: AppContext, start: dt.date, end: dt.date) -> ReviewData:
    """Counts for complaints received from ``start`` to ``end`` (inclusive) and deadlines due then.
    A pure read: deadlines missed but not yet recorded are counted too (``queries.missed_deadlines``)."""
    lo, hi = _bounds(start, end)
    staff = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    total = Complaint.select().where((Complaint.received_at >= lo) & (Complaint.received_at < hi)).count()
    by_category = _count_by(Complaint.category, {c.id: c.name for c in ComplaintCategory.select()}, lo, hi)
    by_cause = _count_by(Complaint.cause, {c.id: c.name for c in ComplaintCause.select()}, lo, hi)
    by_station = _count_by(Complaint.station, {s.id: s.name for s in Station.select()}, lo, hi)
    by_responsible = _count_by(Complaint.responsible, staff, lo, hi)
    by_channel = _count_by(Complaint.channel, None, lo, hi, label=channel_label)

    tallies = {k: DeadlineTally(label=deadline_label(k)) for k in DEADLINE_KINDS}
    for kind, due_f, met_f in (("investigation", Complaint.due_investigation, Complaint.investigated_at),
                               ("reply", Complaint.due_reply, Complaint.replied_at),
                               ("result", Complaint.due_result, Complaint.result_at)):
        tallies[kind].met = (Complaint.select().where((due_f >= lo) & (due_f < hi) & met_f.is_null(False)
                                                      & (met_f <= due_f)).count())
    tallies["feedback"].met = (ComplaintLog.select().where((ComplaintLog.at >= lo) & (ComplaintLog.at < hi)
                                                           & (ComplaintLog.customer_told == True))  # noqa: E712
                               .count())
    misses = []
    failed: dict[str, int] = {}
    for m in missed_deadlines(ctx, due_from=lo, due_before=hi):
        tallies[m.kind].failed += 1
        failed[m.failed_by] = failed.get(m.failed_by, 0) + 1
        misses.append(ReviewMiss(case_no=m.case_no, kind=m.kind, label=m.label, due_at=m.due_at,
                                 failed_by=m.failed_by))
    cases = cases_received(ctx, lo, hi)
    return ReviewData(start=start, end=end, total=total, by_category=by_category, by_cause=by_cause,
                      by_station=by_station, by_responsible=by_responsible, by_channel=by_channel,
                      deadlines=tallies, failed_by=sorted(failed.items(), key=lambda kv: (-kv[1], kv[0])),
                      misses=misses, cases=cases)
