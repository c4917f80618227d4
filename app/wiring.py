"""The one place that connects the areas (see ``app.core.hooks`` for each hook's contract).

``connect_areas()`` is called by the GUI (``ui/run.py``), the command line (``app/cli.py``) and the
test fixtures (``tests/conftest.py``). It is idempotent: calling it again connects nothing twice.
"""

from __future__ import annotations

from app.core import hooks


def connect_areas() -> None:
    """Connect every area's listeners to the hooks of the areas it reacts to."""
    # A listener the first screen does not need is connected by name and imported at its first call
    # (hooks.later): the handover snapshot and the daily review pull in most areas' queries.
    from app.appointments import arrival
    from app.appointments import service as appointments
    from app.flow import board, visits
    from app.handover import refuse_shift_change_while_pending

    later = hooks.later
    hooks.check_in.append(visits.start_flow)
    hooks.check_in.append(appointments.on_couple_check_in)
    hooks.check_out.append(visits.close_on_check_out)
    hooks.positions.append(board.positions)
    hooks.undo_check_in.append(later("app.flow.undo", "undo_visit_flow"))
    hooks.undo_check_in.append(arrival.undo_arrival)
    hooks.shift_start.append(refuse_shift_change_while_pending)
    hooks.flow_staff.append(later("app.flow.reports", "complaint_staff"))
    hooks.flow_alerts.append(board.alerting_couples)
    from app.aftercare.print_kinds import register as register_aftercare_printouts
    from app.handover.print_kinds import register as register_handover_printouts
    from app.printing import register as register_printouts

    register_printouts()
    register_handover_printouts()
    register_aftercare_printouts()
    hooks.handover_sections.append(later("app.aftercare.handover_part", "handover_sections"))
    hooks.handover_sections.append(later("app.handover.complaint_callbacks", "handover_sections"))
    hooks.handover_sections.append(later("app.handover.checklist", "handover_sections"))
    hooks.handover_sections.append(later("app.handover.guest_rounds", "handover_sections"))
    hooks.daily_review.append(later("app.handover.follow_review", "leads_review"))
    hooks.daily_review.append(later("app.handover.confirmation_review", "confirmations_review"))
    hooks.daily_review.append(later("app.handover.scorecards", "scorecard_review"))
    # The scorecards' activity counts (see app.handover.scorecards.ACTIVITY_COUNTS), read when a review is built.
    from app.handover.scorecards import ACTIVITY_COUNTS

    ACTIVITY_COUNTS["confirmations"] = later("app.appointments.confirmations", "confirmations_by_staff")
    ACTIVITY_COUNTS["rounds"] = later("app.flow.rounds", "rounds_by_staff")
