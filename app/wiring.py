"""The one place that connects the areas (see ``app.core.hooks`` for each hook's contract).

``connect_areas()`` is called by the GUI (``ui/run.py``), the command line (``app/cli.py``) and the
test fixtures (``tests/conftest.py``). It is idempotent: calling it again connects nothing twice.
"""

from __future__ import annotations

from app.core import hooks


def connect_areas() -> None:
    """Connect every area's listeners to the hooks of the areas it reacts to."""
    from app.aftercare.handover_part import handover_sections as aftercare_sections
    from app.appointments import arrival
    from app.appointments import service as appointments
    from app.flow import board, reports, visits
    from app.flow.undo import undo_visit_flow
    from app.handover import refuse_shift_change_while_pending
    from app.handover.checklist import handover_sections as checklist_sections
    from app.handover.complaint_callbacks import handover_sections as complaint_sections
    from app.handover.service import SECTION_BUILDERS

    hooks.check_in.append(visits.start_flow)
    hooks.check_in.append(appointments.on_couple_check_in)
    hooks.check_out.append(visits.close_on_check_out)
    hooks.positions.append(board.positions)
    hooks.undo_check_in.append(undo_visit_flow)
    hooks.undo_check_in.append(arrival.undo_arrival)
    hooks.shift_start.append(refuse_shift_change_while_pending)
    hooks.flow_staff.append(reports.complaint_staff)
    hooks.flow_alerts.append(board.alerting_couples)
    from app.aftercare.print_kinds import register as register_aftercare_printouts
    from app.handover.print_kinds import register as register_handover_printouts
    from app.printing import register as register_printouts

    register_printouts()
    register_handover_printouts()
    register_aftercare_printouts()
    if aftercare_sections not in SECTION_BUILDERS:
        SECTION_BUILDERS.append(aftercare_sections)
    if complaint_sections not in SECTION_BUILDERS:
        SECTION_BUILDERS.append(complaint_sections)
    if checklist_sections not in SECTION_BUILDERS:
        SECTION_BUILDERS.append(checklist_sections)
    from app.handover.follow_review import leads_review
    from app.handover.review import REVIEW_BUILDERS

    if leads_review not in REVIEW_BUILDERS:
        REVIEW_BUILDERS.append(leads_review)
    from app.handover.confirmation_review import confirmations_review

    if confirmations_review not in REVIEW_BUILDERS:
        REVIEW_BUILDERS.append(confirmations_review)
    from app.handover.print_kinds import register as register_handover_printouts
    from app.handover.scorecards import ACTIVITY_COUNTS, scorecard_review

    register_handover_printouts()  # print monthly-review YYYY-MM
    if scorecard_review not in REVIEW_BUILDERS:
        REVIEW_BUILDERS.append(scorecard_review)
    # The scorecards' activity counts (see app.handover.scorecards.ACTIVITY_COUNTS).
    from app.appointments.confirmations import confirmations_by_staff
    from app.flow.rounds import rounds_by_staff

    ACTIVITY_COUNTS["confirmations"] = confirmations_by_staff
    ACTIVITY_COUNTS["rounds"] = rounds_by_staff
    from app.handover.guest_rounds import handover_sections as rounds_sections

    if rounds_sections not in SECTION_BUILDERS:
        SECTION_BUILDERS.append(rounds_sections)
