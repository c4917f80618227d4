"""Every place where one area is told about another area's event, declared once (like Anki's gui_hooks).

An area that owns an event calls its hook; another area's listener is connected explicitly, in one
place: ``app.wiring.connect_areas()`` (called by the GUI start-up, the command line and the test
fixtures). Nothing is registered by importing a module.

Each hook is a named object with the signature of its listeners and a docstring; ``append`` adds a
listener once (idempotent), ``remove`` takes it away, iterating yields the listeners in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


class Hook[F: Callable[..., Any]]:
    """A named list of listeners with one signature."""

    def __init__(self, name: str, doc: str) -> None:
        self.name = name
        self.__doc__ = doc
        self._listeners: list[F] = []

    def append(self, listener: F) -> None:
        """Connect ``listener`` (once: appending it again does nothing)."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove(self, listener: F) -> None:
        """Disconnect ``listener`` if it is connected."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def __contains__(self, listener: object) -> bool:
        return listener in self._listeners

    def __iter__(self) -> Iterator[F]:
        return iter(list(self._listeners))

    def __len__(self) -> int:
        return len(self._listeners)

    def __bool__(self) -> bool:
        return bool(self._listeners)

    def __repr__(self) -> str:
        return f"<Hook {self.name}: {len(self._listeners)} listener(s)>"


# Listener signatures use Any for the model rows so core imports no area.
check_in: Hook[Callable[[Any, Any], None]] = Hook(
    "check_in",
    """``fn(ctx, visit)`` — a couple's visit was just created by check-in, inside the check-in transaction.
    Called by ``app.checkin.commands.check_in_couple``. Listeners: the flow starts the couple's flow
    (``app.flow.visits.start_flow``), appointments link today's appointment
    (``app.appointments.service.on_couple_check_in``).
    Raising aborts the check-in.""")

check_out: Hook[Callable[[Any, Any], None]] = Hook(
    "check_out",
    """``fn(ctx, visit)`` — a visit was just checked out, inside the check-out transaction.
    Called by ``app.checkin.commands.check_out``. Listener: the flow closes the visit's open steps
    (``app.flow.visits.close_on_check_out``).""")

positions: Hook[Callable[[Any, int], list[dict]]] = Hook(
    "positions",
    """``fn(ctx, couple_id) -> [ {station, staff, since, minutes, person} ]`` — where a couple is now.
    Called by ``app.checkin.queries.where_is`` (a visitor at the counter). Listener: the flow
    (``app.flow.board.positions``).""")

undo_check_in: Hook[Callable[[Any, Any], None]] = Hook(
    "undo_check_in",
    """``fn(ctx, visit)`` — a mistaken check-in is being undone, inside its transaction: put back what the
    check-in started. Called by ``app.checkin.undo.undo_check_in``. Listeners: the flow
    (``app.flow.undo.undo_visit_flow``), appointments (``app.appointments.arrival.undo_arrival``).""")

shift_start: Hook[Callable[[Any, Any], None]] = Hook(
    "shift_start",
    """``fn(ctx, incoming_staff)`` — a shift is about to start, inside its transaction; raise
    ``app.core.errors.Conflict`` to refuse. Called by ``app.staff.service.start_shift``. Listener: the
    handover refuses while a submitted handover waits (``app.handover.refuse_shift_change_while_pending``).""")

flow_staff: Hook[Callable[[Any, int], list[tuple[int, int | None]]]] = Hook(
    "flow_staff",
    """``fn(ctx, couple_id) -> [(staff_id, station_id)]`` — the staff of a couple's flow, offered as
    "responsible" by the complaint intake. Called by ``app.complaints.config``. Listener: the flow
    (``app.flow.reports.complaint_staff``).""")

flow_alerts: Hook[Callable[[Any], set[int]]] = Hook(
    "flow_alerts",
    """``fn(ctx) -> {couple_id}`` — couples in the store whose flow is over its time limit now. Called by
    ``app.checkin.counts.store_counts`` (the "waiting too long" count). Listener: the flow
    (``app.flow.board.alerting_couples``).""")


handover_sections: Hook[Callable[[Any], list[Any]]] = Hook(
    "handover_sections",
    """``fn(ctx) -> [SnapshotSection]`` — another area's open items for the shift handover, after the
    handover's own sections. Called by ``app.handover.service.build_snapshot``. Listeners: aftercare
    (``app.aftercare.handover_part.handover_sections``), the complaint call-backs
    (``app.handover.complaint_callbacks.handover_sections``), the shift's checklist
    (``app.handover.checklist.handover_sections``), the lounge rounds
    (``app.handover.guest_rounds.handover_sections``).""")

daily_review: Hook[Callable[[Any, Any], None]] = Hook(
    "daily_review",
    """``fn(ctx, review)`` — another area adds its part to the daily review, after the review's own
    sections. Called by ``app.handover.review.daily_review``. Listeners: the consultation leads
    (``app.handover.follow_review.leads_review``), tomorrow's confirmations
    (``app.handover.confirmation_review.confirmations_review``), the scorecards
    (``app.handover.scorecards.scorecard_review``).""")

ALL: tuple[Hook[Any], ...] = (check_in, check_out, positions, undo_check_in, shift_start, flow_staff,
                              flow_alerts, handover_sections, daily_review)

_later: dict[tuple[str, str], Callable[..., Any]] = {}


def later(module: str, name: str) -> Callable[..., Any]:
    """The listener ``module.name`` imported at its first call, so that connecting the areas at start-up
    does not import an area the first screen does not use (the handover snapshot, the review). The same
    object for the same name: connecting it again is a no-op. Its ``__module__``/``__name__`` are the
    listener's."""
    key = (module, name)
    fn = _later.get(key)
    if fn is None:
        target: list[Callable[..., Any]] = []

        def fn(*args: Any, **kwargs: Any) -> Any:
            if not target:
                import importlib

                target.append(getattr(importlib.import_module(module), name))
            return target[0](*args, **kwargs)

        fn.__module__, fn.__name__, fn.__qualname__ = module, name, name
        _later[key] = fn
    return fn
