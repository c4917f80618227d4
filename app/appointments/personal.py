"""The personal touch (seed 004): a birthday or wedding anniversary noticed at the counter.

``personal_notice(ctx, couple_id)`` returns one line for the receptionist when the bride's or groom's
birthday, or the couple's wedding anniversary, falls within the next 7 days — once per occasion: the
notice is recorded as shown, so the next call returns None (until next year's occasion).
"""

from __future__ import annotations

import datetime as dt

from app.checkin import queries as checkin_queries
from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.i18n import translate

from .models import PersonalNotice

WINDOW_DAYS = 7


def _this_occurrence(d: dt.date, today: dt.date) -> dt.date:
    """The next date (today or later) with the month and day of ``d`` (29 Feb → 28 Feb in other years)."""
    for year in (today.year, today.year + 1):
        try:
            occ = dt.date(year, d.month, d.day)
        except ValueError:
            occ = dt.date(year, 2, 28)
        if occ >= today:
            return occ
    return occ


def upcoming_occasions(couple_id: int, today: dt.date) -> list[tuple[str, dt.date, str]]:
    """(occasion code, date, sentence) for occasions within the next 7 days (today included)."""
    c = checkin_queries.get_couple(couple_id)
    out = []
    for code, d, person in (("bride_birthday", c.bride_birthday, c.bride_name),
                            ("groom_birthday", c.groom_birthday, c.groom_name),
                            ("anniversary", c.wedding_date, "")):
        if d is None:
            continue
        occ = _this_occurrence(d, today)
        if code == "anniversary" and occ.year <= d.year:
            continue  # the wedding itself, not an anniversary
        days = (occ - today).days
        if days > WINDOW_DAYS:
            continue
        when = (translate("Personal", "today") if days == 0 else translate("Personal", "tomorrow") if days == 1
                else translate("Personal", "in {n} days").format(n=days))
        date_text = translate("Personal", "{m}/{d}").format(m=occ.month, d=occ.day)
        if code == "bride_birthday":
            text = translate("Personal", "The bride {name}'s birthday is {when} ({date}).").format(
                name=person, when=when, date=date_text)
        elif code == "groom_birthday":
            text = translate("Personal", "The groom {name}'s birthday is {when} ({date}).").format(
                name=person, when=when, date=date_text)
        else:
            text = translate("Personal", "Their wedding anniversary ({n} years) is {when} ({date}).").format(
                n=occ.year - d.year, when=when, date=date_text)
        out.append((code, occ, text))
    return out


def personal_notice(ctx: AppContext, couple_id: int) -> str | None:
    """A birthday or anniversary within the next 7 days, pointed out once; None when there is none new."""
    today = ctx.today()
    found = upcoming_occasions(couple_id, today)
    if not found:
        return None
    with db.atomic():
        shown = {(n.occasion, n.occasion_date) for n in PersonalNotice.select().where(
            (PersonalNotice.couple == couple_id) & PersonalNotice.occasion_date.in_([d for _c, d, _t in found]))}
        fresh = [(code, d, text) for code, d, text in found if (code, d) not in shown]
        for code, d, _text in fresh:
            n = PersonalNotice.create(couple=couple_id, occasion=code, occasion_date=d, shown_at=ctx.now(),
                                      shown_by=ctx.operator_id)
            record(ctx, "personal.notice", n)
    if not fresh:
        return None
    return " ".join(text for _c, _d, text in fresh) + " " + translate(
        "Personal", "A small surprise would be welcome.")
