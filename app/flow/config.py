"""Configuration of the service flow: stations, flow templates (their ordered stations), the board's limits.

Read by the other flow modules (``handoff_limit``, ``request_stations``); written in the flow's settings page
(supervisors only). Stations have one rule book: ``update_station`` delegates to
``app.flow.stations.update_station``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.flow.models import FlowTemplate, FlowTemplateStep, Station
from app.flow.options import HANDOFF_LIMIT, POST_EXTRA_PHOTOS_PER_DAY, REQUEST_STATIONS
from app.staff.models import Staff
from app.staff.roles import SUPERVISOR_ROLES
from app.staff.service import authenticate, require_role

CONFIG_ROLES = SUPERVISOR_ROLES  # who may change the flow's configuration


def handoff_limit() -> int:
    return HANDOFF_LIMIT.get()


def request_stations() -> list[str]:
    return REQUEST_STATIONS.get()


def station_role(code: str) -> str:
    """The role that works at a station ('' when anyone may)."""
    st = Station.get_or_none(Station.code == code)
    return st.role if st else ""


@dataclass
class TemplateStepRow:
    """One station of a flow template, as edited in the settings."""

    position: int
    track: str
    station_code: str
    optional: bool = False
    due_days: int = 0
    station_name: str = ""


def stations() -> list[Station]:
    return list(Station.select().order_by(Station.sort_order, Station.id))


def templates() -> list[FlowTemplate]:
    return list(FlowTemplate.select().order_by(FlowTemplate.id))


def template_steps(code: str) -> list[TemplateStepRow]:
    t = FlowTemplate.get_or_none(FlowTemplate.code == code)
    if t is None:
        raise NotFound(translate("Flow", "No flow template {code}.").format(code=code))
    return [TemplateStepRow(s.position, s.track, s.station.code, s.optional, s.due_days, s.station.name)
            for s in FlowTemplateStep.select(FlowTemplateStep, Station).join(Station)
            .where(FlowTemplateStep.template == t).order_by(FlowTemplateStep.position, FlowTemplateStep.id)]


def _authorise_config(ctx: AppContext, staff_id: int | None, pin: str | None) -> Staff:
    member = authenticate(ctx, staff_id, pin)
    require_role(member, *CONFIG_ROLES)
    return member


def update_station(ctx: AppContext, station_id: int, staff_id: int | None, pin: str | None, *, name: str,
                  colour: str, alert_minutes: int, role: str) -> Station:
    """Change a station's name, colour, alert limit (minutes, 0 = no alert) or role. Supervisors only.

    Stations have one rule book: this delegates to ``app.flow.stations.update_station`` (the Settings
    dialog's station page uses the same service), keeping the station's active flag as it is.
    """
    from app.flow import stations

    st = Station.get_or_none(Station.id == station_id)
    if st is None:
        raise NotFound(translate("Flow", "No station #{id}.").format(id=station_id))
    return stations.update_station(ctx, staff_id, pin, station_id, name, colour, alert_minutes, role,
                                          st.active)


def set_template_steps(ctx: AppContext, code: str, rows: list[TemplateStepRow], staff_id: int | None,
                       pin: str | None) -> list[TemplateStepRow]:
    """Replace a template's ordered station list (flows already started keep their own steps). Rows with
    the same position run in parallel (bride and groom). Supervisors only."""
    t = FlowTemplate.get_or_none(FlowTemplate.code == code)
    if t is None:
        raise NotFound(translate("Flow", "No flow template {code}.").format(code=code))
    by_code = {s.code: s for s in Station.select()}
    errors: dict[str, str] = {}
    if not rows:
        errors["steps"] = translate("Flow", "A flow needs at least one station.")
    for r in rows:
        if r.track not in ("couple", "bride", "groom"):
            errors["steps"] = translate("Flow", "Each step is for the couple, the bride or the groom.")
        elif r.station_code not in by_code:
            errors["steps"] = translate("Flow", "Unknown station {code}.").format(code=r.station_code)
        elif not 0 <= r.due_days <= 365:
            errors["steps"] = translate("Flow", "Due days must be between 0 and 365.")
    positions = sorted({r.position for r in rows})
    for p in positions:
        same = [r for r in rows if r.position == p]
        tracks = [r.track for r in same]
        if len(same) > 1 and ("couple" in tracks or len(set(tracks)) != len(tracks)):
            errors["steps"] = translate("Flow", "Only one bride step and one groom step can run side by side.")
    if errors:
        raise ValidationError(errors)
    _authorise_config(ctx, staff_id, pin)
    with db.atomic():
        before = [r.__dict__ for r in template_steps(code)]
        FlowTemplateStep.delete().where(FlowTemplateStep.template == t).execute()
        renumber = {p: i for i, p in enumerate(positions)}
        for r in sorted(rows, key=lambda r: (r.position, ("couple", "bride", "groom").index(r.track))):
            FlowTemplateStep.create(template=t, position=renumber[r.position], track=r.track,
                                    station=by_code[r.station_code], optional=r.optional, due_days=r.due_days)
        after = template_steps(code)
        record(ctx, "flow_template.update", table="flow_template", record_id=t.id, before={"steps": before},
               after={"steps": [r.__dict__ for r in after]})
    return after


def set_handoff_limit(ctx: AppContext, minutes: int, staff_id: int | None, pin: str | None) -> None:
    """Minutes a couple may be on the way (or wait for a handoff) before the board raises an alert."""
    if not isinstance(minutes, int) or not 1 <= minutes <= 240:
        raise ValidationError({"handoff": translate("Flow", "Between 1 and 240 minutes.")})
    _authorise_config(ctx, staff_id, pin)
    HANDOFF_LIMIT.set(ctx, minutes, by_supervisor=True)


def post_extra_photos_per_day() -> int:
    return POST_EXTRA_PHOTOS_PER_DAY.get()


def set_post_extra_photos_per_day(ctx: AppContext, photos: int, staff_id: int | None, pin: str | None) -> None:
    """How many extra photos chosen at selection add one day to retouching (0: extras add no time)."""
    if not isinstance(photos, int) or not 0 <= photos <= 1000:
        raise ValidationError({"post_extra": translate("Flow", "Between 0 and 1000 photos.")})
    _authorise_config(ctx, staff_id, pin)
    POST_EXTRA_PHOTOS_PER_DAY.set(ctx, photos, by_supervisor=True)
