"""Flow reports: statistics per station and per staff member; the responsible staff for complaints."""

from __future__ import annotations

import datetime as dt

from app.flow import board, machine, reports
from app.flow.models import Station
from tests.flow.flow_util import steps_by_station


def test_station_and_staff_stats(ctx, shoot, team, clock):
    f = shoot.id
    board.advance(ctx, f, "bride", taker_id=team["赵敏"])
    clock.advance(minutes=70)  # 70 minutes on the way to makeup: over the handoff limit
    board.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    clock.advance(minutes=65)  # makeup over its 60-minute limit
    board.advance(ctx, f, "bride")
    board.advance(ctx, f, "groom", staff_id=team["吴昊"])
    machine.mark_not_done(ctx, steps_by_station(f)["groom_styling"].id, team["陈静"], "", "新郎临时离开")
    day = clock.today()
    stats = {s.name: s for s in reports.station_stats(ctx, day, day)}
    mk = stats["化妆"]
    assert (mk.done, mk.work_avg, mk.work_max, mk.waits_over, mk.work_over) == (1, 65, 65, 1, 1)
    assert stats["新郎衬衫/造型"].not_done == 1
    assert reports.station_stats(ctx, day + dt.timedelta(days=1), day + dt.timedelta(days=2)) == []
    by_staff = {s.name: s for s in reports.staff_stats(ctx, day, day)}
    assert by_staff["赵敏"].done == 1 and by_staff["吴昊"].not_done == 1


def test_complaints_pick_the_responsible_staff_from_the_flow(ctx, shoot, team):
    from app.complaints import config

    board.advance(ctx, shoot.id, "bride", taker_id=team["赵敏"])
    board.advance(ctx, shoot.id, "bride", staff_id=team["赵敏"], confirm_requests=True)
    makeup = Station.get(Station.code == "makeup")
    candidates = config.responsible_candidates(ctx, shoot.couple_id)
    assert (team["赵敏"], makeup.id) in [(s.id, st) for s, st in candidates]
    assert candidates[0][0].id == team["赵敏"]  # the latest first
    groom_styling = Station.get(Station.code == "groom_styling")
    assert (team["赵敏"], groom_styling.id) not in [(s.id, st) for s, st in candidates]  # only the escort there


def test_the_wait_between_stations_counts_without_a_handoff(ctx, shoot, team, clock):
    """Makeup finished, the next station started 25 minutes later with no handoff or arrival recorded:
    those 25 minutes are the next station's wait (they used to count as no wait at all)."""
    f = shoot.id
    board.advance(ctx, f, "bride", taker_id=team["赵敏"])
    board.advance(ctx, f, "bride", staff_id=team["赵敏"], confirm_requests=True)
    clock.advance(minutes=40)
    board.advance(ctx, f, "bride")  # makeup done
    makeup = steps_by_station(f)["makeup"]
    nxt = min((s for s in machine.load_steps(f) if s.position > makeup.position and s.track in ("bride", "couple")),
              key=lambda s: s.position)
    clock.advance(minutes=25)
    machine.FlowStep.update(started_at=clock.now(), state="in_progress", staff=team["吴昊"]).where(
        machine.FlowStep.id == nxt.id).execute()  # started straight away at the station (no handoff taken)
    day = clock.today()
    stats = {s.key: s for s in reports.station_stats(ctx, day, day)}
    assert stats[nxt.station_id].wait_count == 1 and stats[nxt.station_id].wait_max == 25
    assert stats[nxt.station_id].waits_over == 1  # over the 10-minute handoff limit
