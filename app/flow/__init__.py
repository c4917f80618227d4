"""Service flow (流程) per couple: templates, steps, sign-off, escorted handoffs, the board, reports.

The flow listens to check-in (a couple's flow starts inside the check-in transaction; the visitor lookup
asks the flow where the couple is) and complaints (the responsible staff are picked from the couple's
flow): the listeners are connected in ``app.wiring.connect_areas`` (hooks declared in ``app.core.hooks``).
"""
