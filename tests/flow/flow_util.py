"""Helpers of the flow's service tests."""

from __future__ import annotations

from app.flow import machine
from app.flow.models import Flow, FlowStep


def steps_by_station(flow_id: int) -> dict[str, FlowStep]:
    return {s.station.code: s for s in machine.load_steps(flow_id)}


def version(flow_id: int) -> int:
    return Flow.get_by_id(flow_id).version
