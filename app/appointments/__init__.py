"""Appointments, the phone log, the guest's departure and the personal touch (issue 8).

Public functions other areas use (the handover, the daily review, the check-in tab):

- ``app.appointments.service.expected_today(ctx)`` → today's expected arrivals (``ExpectedRow``), time order.
- ``app.appointments.service.no_shows(ctx, day)`` → appointments of ``day`` nobody came to (``ExpectedRow``).
- ``app.appointments.phonelog.callbacks_owed(ctx)`` → calls still owing a call back (``CallRow``), soonest first.
- ``app.appointments.departure.satisfaction_summary(ctx, date_from, date_to)`` → scores per day, per station
  and per staff member (``SatisfactionSummary``).
- ``app.appointments.personal.personal_notice(ctx, couple_id)`` → a birthday/anniversary line, once.
- ``app.appointments.review.review(ctx, start, end)`` → the daily review's data for a range (bookings,
  no-shows, calls, call-backs owed, satisfaction); ``review.no_shows_between(ctx, start, end)``.
- ``app.appointments.phonelog.call_to_complaint_prefill(call_id)`` → what the complaint intake needs.

The check-in hook that links a couple's check-in to today's appointment is connected in ``app.wiring``.
"""
