"""Consultation leads (咨询客人): where they heard of the studio, what came of it, and 带客成功率.

A walk-in asking is recorded by ``commands.check_in_consult`` with its source (a supervisor-edited list,
``options.LEAD_SOURCES``). Later the counter records its outcome here:

- ``booked``: the couple booked with us — linked to their new order (an order number that exists);
- ``booked_other``: they booked at another store of the studio (e.g. the main store, 总府店);
- ``lost``: with a reason from ``options.LOST_REASONS``;
- ``open``: still thinking — the next call-back date is set and the lead stays on the call-back list.

带客成功率 (conversion) = booked (here or at another store) / leads, by receptionist (who recorded the
lead), by source and by month (:func:`conversion`). Every write is one transaction with its audit entry;
bad input is refused with the field named and nothing saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.checkin.models import Couple, Lead
from app.checkin.options import LEAD_SOURCES, LOST_REASONS
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import clean_text, text_error
from app.staff.models import Staff
from app.staff.service import set_option

OUTCOMES = ("open", "booked", "booked_other", "lost")
BOOKED = ("booked", "booked_other")


def source_label(key: str) -> str:
    """A built-in source shown translated; one a supervisor typed, as she typed it; '' as 'not asked'."""
    return {
        "walk_by": translate("Leads", "Walked by"),
        "referral": translate("Leads", "Referred by a past couple"),
        "dianping": translate("Leads", "Dianping"),
        "xiaohongshu": translate("Leads", "Xiaohongshu"),
        "wechat": translate("Leads", "WeChat"),
        "other": translate("Leads", "Other"),
        "": translate("Leads", "Not asked"),
    }.get(key, key)


def lost_reason_label(key: str) -> str:
    return {
        "price": translate("Leads", "Price"),
        "dates": translate("Leads", "No suitable date"),
        "chose_other_studio": translate("Leads", "Chose another studio"),
        "no_reply": translate("Leads", "Never answered"),
        "other": translate("Leads", "Other"),
    }.get(key, key)


def outcome_label(outcome: str) -> str:
    return {
        "open": translate("Leads", "Still open"),
        "booked": translate("Leads", "Booked with us"),
        "booked_other": translate("Leads", "Booked at another store"),
        "lost": translate("Leads", "Lost"),
    }.get(outcome, outcome)


def sources() -> list[tuple[str, str]]:
    """The sources offered at the counter: (stored value, label)."""
    return [(s, source_label(s)) for s in LEAD_SOURCES.get()]


def lost_reasons() -> list[tuple[str, str]]:
    return [(s, lost_reason_label(s)) for s in LOST_REASONS.get()]


def source_values() -> list[str]:
    """The stored sources (built-in keys and what supervisors typed), in the supervisor's order."""
    return list(LEAD_SOURCES.get())


def lost_reason_values() -> list[str]:
    return list(LOST_REASONS.get())


def _list_error(values: list[str]) -> str | None:
    if not values:
        return translate("Leads", "Keep at least one entry.")
    if len(set(values)) != len(values):
        return translate("Leads", "This entry is already on the list.")
    return None


def set_sources(ctx: AppContext, staff_id: int | None, pin: str | None, values: list[str]) -> None:
    """A supervisor (PIN checked) edits the list of sources. ValidationError (``values``), nothing saved."""
    if err := _list_error(values):
        raise ValidationError({"values": err})
    set_option(ctx, staff_id, pin, LEAD_SOURCES, [clean_text(v) for v in values])


def set_lost_reasons(ctx: AppContext, staff_id: int | None, pin: str | None, values: list[str]) -> None:
    """A supervisor (PIN checked) edits the list of reasons a lead is lost."""
    if err := _list_error(values):
        raise ValidationError({"values": err})
    set_option(ctx, staff_id, pin, LOST_REASONS, [clean_text(v) for v in values])


def source_error(source: str) -> str | None:
    """'' (not asked) or one of the listed sources."""
    if source and source not in LEAD_SOURCES.get():
        return translate("Leads", "Pick where they heard of us from the list.")
    return None


@dataclass(frozen=True)
class LeadOutcome:
    """A lead after its outcome was recorded."""

    id: int
    name: str
    source: str
    outcome: str
    lost_reason: str
    booked_order_no: str
    callback_date: dt.date | None
    status: str


def _outcome_view(lead: Lead) -> LeadOutcome:
    order_no = Couple.get_by_id(lead.booked_couple_id).order_no if lead.booked_couple_id else ""
    return LeadOutcome(id=lead.id, name=lead.name, source=lead.source, outcome=lead.outcome,
                       lost_reason=lead.lost_reason, booked_order_no=order_no, callback_date=lead.callback_date,
                       status=lead.status)


def record_outcome(ctx: AppContext, lead_id: int, outcome: str, *, order_no: str = "", lost_reason: str = "",
                   next_callback: dt.date | None = None, note: str = "") -> LeadOutcome:
    """What came of a lead (see the module). ``booked`` needs the new order's number, ``lost`` a reason from
    the list, ``open`` the next call-back date (today or later). Raises ValidationError keyed by field
    (outcome, order_no, lost_reason, callback_date, note, operator); nothing saved."""
    errors: dict[str, str] = {}
    text = clean_text(note)
    couple = None
    if outcome not in OUTCOMES:
        errors["outcome"] = translate("Leads", "Pick what came of the lead.")
    elif outcome == "booked":
        number = clean_text(order_no)
        couple = Couple.get_or_none(Couple.order_no == number) if number else None
        if not number:
            errors["order_no"] = translate("Leads", "Booked: enter the new order's number.")
        elif couple is None:
            errors["order_no"] = translate("Leads", "No order {no}: create the order first.").format(no=number)
    elif outcome == "lost" and lost_reason not in LOST_REASONS.get():
        errors["lost_reason"] = translate("Leads", "Lost: pick the reason from the list.")
    elif outcome == "open":
        if next_callback is None:
            errors["callback_date"] = translate("Leads", "Still open: when do we call again?")
        elif next_callback < ctx.today():
            errors["callback_date"] = translate("Validation", "The call-back date is in the past.")
    if err := text_error(text):
        errors["note"] = err
    if ctx.operator_id is None:
        errors["operator"] = translate("Leads", "Start a shift first: the outcome records who took it.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        lead = Lead.get_or_none(Lead.id == lead_id)
        if lead is None:
            raise NotFound(translate("Visit", "No lead #{id}.").format(id=lead_id))
        before = snapshot(lead)
        lead.outcome = outcome
        lead.booked_couple = couple.id if couple is not None else None
        lead.lost_reason = lost_reason if outcome == "lost" else ""
        lead.outcome_at, lead.outcome_by = ctx.now(), ctx.operator_id
        if outcome == "open":
            lead.status, lead.callback_date = "open", next_callback
        else:
            lead.status = "done"
        if text:
            lead.note = (lead.note + "\n" + text).strip()
        lead.save()
        record(ctx, "lead.outcome", lead, before=before)
    return _outcome_view(lead)


def get_outcome(lead_id: int) -> LeadOutcome:
    lead = Lead.get_or_none(Lead.id == lead_id)
    if lead is None:
        raise NotFound(translate("Visit", "No lead #{id}.").format(id=lead_id))
    return _outcome_view(lead)


# ------------------------------------------------------------------------------------ conversion

@dataclass(frozen=True)
class ConversionRow:
    """Leads of one receptionist, source or month, and what came of them."""

    key: str
    label: str
    leads: int
    booked: int  # here or at another store
    lost: int
    open: int

    @property
    def rate(self) -> float | None:
        """带客成功率 in percent (None without leads)."""
        return 100.0 * self.booked / self.leads if self.leads else None

    @property
    def rate_text(self) -> str:
        return "—" if self.rate is None else f"{self.rate:.0f}%"


@dataclass(frozen=True)
class Conversion:
    start: dt.date
    end: dt.date
    total: ConversionRow
    by_receptionist: list[ConversionRow]
    by_source: list[ConversionRow]
    by_month: list[ConversionRow]


def _tally(key: str, label: str, outcomes: list[str]) -> ConversionRow:
    return ConversionRow(key=key, label=label, leads=len(outcomes), booked=sum(o in BOOKED for o in outcomes),
                         lost=outcomes.count("lost"), open=outcomes.count("open"))


def conversion(ctx: AppContext, start: dt.date, end: dt.date | None = None) -> Conversion:
    """带客成功率 of the leads recorded from ``start`` to ``end`` (inclusive)."""
    end = end or start
    lo, hi = dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    rows = list(Lead.select(Lead.created_by, Lead.source, Lead.outcome, Lead.created_at)
                .where((Lead.created_at >= lo) & (Lead.created_at < hi)).tuples())
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    groups: dict[str, dict[object, list[str]]] = {"staff": {}, "source": {}, "month": {}}
    for staff_id, source, outcome, created_at in rows:
        groups["staff"].setdefault(staff_id, []).append(outcome)
        groups["source"].setdefault(source, []).append(outcome)
        groups["month"].setdefault(created_at.strftime("%Y-%m"), []).append(outcome)
    nobody = translate("Leads", "(nobody on shift)")
    by_staff = sorted((_tally(str(k or ""), names.get(k, nobody) if k else nobody, v)
                       for k, v in groups["staff"].items()), key=lambda r: (-r.leads, r.label))
    listed = LEAD_SOURCES.get()
    by_source = sorted((_tally(str(k), source_label(str(k)), v) for k, v in groups["source"].items()),
                       key=lambda r: (listed.index(r.key) if r.key in listed else len(listed), r.label))
    by_month = [_tally(k, k, v) for k, v in sorted(groups["month"].items())]
    total = _tally("all", translate("Leads", "All leads"), [r[2] for r in rows])
    return Conversion(start=start, end=end, total=total, by_receptionist=by_staff, by_source=by_source,
                      by_month=by_month)
