"""客怨 — complaint intake and handling: cases, deadlines, follow-up log, approval, daily-review data.

Modules: ``deadlines`` (pure arithmetic: no database, no clock — times come in as arguments),
``cases`` (the lifecycle; every function writes: one transaction with its audit entry), ``queries``
(reads, which never write), ``config`` (labels and pick-lists), ``review`` (daily-review counts),
``models``, ``demo``.

Public API for other areas:

* ``cases.create_complaint(ctx, ...)`` — intake (see its docstring for the fields and errors).
* ``cases.record_missed_deadlines(ctx)`` — record every deadline passed unmet ("failed by" = the holder
  then); the complaints tab calls it on refresh and every minute.
* ``queries.open_cases_with_deadlines(ctx)`` — for the shift handover: every open case as a ``CaseRow``
  (case_no, status_text, couple_names, complainant, category, station, responsible, holder, ``deadlines``
  [kind, label, due, met_at, state], ``next_deadline``, ``overdue``, ``due_soon``), overdue first.
* ``queries.overdue_count(ctx)`` — open cases with a passed deadline (status bar, handover figure).
* ``review.review(ctx, start, end)`` — daily-review counts (by category, cause, station, responsible
  staff, channel; deadlines met / failed and by whom).
* ``queries.get_case(ctx, id)`` / ``queries.get_case_by_number(ctx, "KS-20261120-001")``,
  ``queries.case_log(id)``, ``queries.case_misses(ctx, id)`` — one case for a printout.
* ``app.core.hooks.flow_staff`` — the service flow listens with ``fn(ctx, couple_id) -> [(staff_id,
  station_id)]`` (connected in ``app.wiring``) so the intake offers the staff of that couple's flow as "responsible".
* UI: ``ui.complaints.tab.ComplaintsTab.print_requested`` and
  ``ui.complaints.case.ComplaintCaseDialog.print_requested`` emit a complaint id to print;
  ``ui.complaints.intake.ComplaintIntakeDialog(ctx, parent, couple_id=...)`` opens the intake for a couple.
"""
