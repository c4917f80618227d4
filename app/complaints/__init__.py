"""客怨 — complaint intake and handling: cases, deadlines, follow-up log, approval, daily-review data.

Public API for other areas:

* ``service.create_complaint(ctx, ...)`` — intake (see its docstring for the fields and errors).
* ``service.open_cases_with_deadlines(ctx)`` — for the shift handover: every open case as a ``CaseRow``
  (case_no, status_text, couple_names, complainant, category, station, responsible, holder, ``deadlines``
  [kind, label, due, met_at, state], ``next_deadline``, ``overdue``, ``due_soon``), overdue first.
* ``service.overdue_count(ctx)`` — open cases with a passed deadline (status bar, handover figure).
* ``review.review(ctx, start, end)`` — daily-review counts (by category, cause, station, responsible
  staff, channel; deadlines met / failed and by whom).
* ``service.get_case(ctx, id)`` / ``service.get_case_by_number(ctx, "KS-20261120-001")``,
  ``service.case_log(id)``, ``service.case_misses(id)`` — one case for a printout.
* ``app.core.hooks.flow_staff`` — the service flow listens with ``fn(ctx, couple_id) -> [(staff_id,
  station_id)]`` (connected in ``app.wiring``) so the intake offers the staff of that couple's flow as "responsible".
* UI: ``ui.complaints.tab.ComplaintsTab.print_requested`` and
  ``ui.complaints.case.ComplaintCaseDialog.print_requested`` emit a complaint id to print;
  ``ui.complaints.intake.ComplaintIntakeDialog(ctx, parent, couple_id=...)`` opens the intake for a couple.
"""
