"""The answer to a visitor asking where a couple is: the in-store time and each person's station."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.checkin import queries as checkin_queries
from ui.common.widgets import minutes_text


def whereabouts_text(w: checkin_queries.Whereabouts, now: dt.datetime) -> str:
    """'In the store since 09:12 (48 min)' plus each person's station, staff and minutes there."""
    if not w.in_store:
        return QCoreApplication.translate("CheckIn", "{names} are not in the store now.").format(names=w.couple.names)
    lines = [QCoreApplication.translate("CheckIn", "{names}: in the store since {time} ({dur}).").format(
        names=w.couple.names, time=w.since.strftime("%H:%M"), dur=minutes_text(w.minutes_in_store(now)))]
    for p in w.positions:
        who = {"bride": QCoreApplication.translate("CheckIn", "Bride"),
               "groom": QCoreApplication.translate("CheckIn", "Groom"),
               "couple": QCoreApplication.translate("CheckIn", "The couple")}.get(p.get("person", ""), "")
        dur = minutes_text(int(p.get("minutes", 0)))
        if p.get("staff"):
            line = QCoreApplication.translate("CheckIn", "{who} at {station} with {staff}, {dur}").format(
                who=who, station=p.get("station", ""), staff=p["staff"], dur=dur)
        else:  # nobody has taken them on yet (the lounge): no "— in charge"
            line = QCoreApplication.translate("CheckIn", "{who} at {station}, {dur}").format(
                who=who, station=p.get("station", ""), dur=dur)
        lines.append(line.strip())
    if not w.positions:
        lines.append(QCoreApplication.translate("CheckIn", "Station not recorded yet: ask floor control."))
    return "\n".join(lines)
