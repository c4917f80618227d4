"""Service flow (流程) per couple: templates, steps, sign-off, escorted handoffs, the board, reports.

Importing this package registers the flow with check-in (a couple's flow starts inside the check-in
transaction; the visitor lookup asks the flow where the couple is) and with complaints (the responsible
staff are picked from the couple's flow).
"""

from __future__ import annotations

from app.checkin import service as checkin
from app.flow import service

if service.start_flow not in checkin.CHECK_IN_HOOKS:
    checkin.CHECK_IN_HOOKS.append(service.start_flow)
if service.close_on_check_out not in checkin.CHECK_OUT_HOOKS:
    checkin.CHECK_OUT_HOOKS.append(service.close_on_check_out)
if service.positions not in checkin.POSITION_PROVIDERS:
    checkin.POSITION_PROVIDERS.append(service.positions)

from app.checkin import undo as _undo  # noqa: E402
from app.flow.undo import undo_visit_flow  # noqa: E402

if undo_visit_flow not in _undo.UNDO_HOOKS:
    _undo.UNDO_HOOKS.append(undo_visit_flow)

from app.complaints import service as _complaints  # noqa: E402 - complaints imports neither checkin nor flow

if service.complaint_staff not in _complaints.FLOW_STAFF_PROVIDERS:
    _complaints.FLOW_STAFF_PROVIDERS.append(service.complaint_staff)
