"""Every declared option, in one explicit list (each area declares its own in ``app/<area>/options.py``)."""

from __future__ import annotations

from app.aftercare import options as aftercare
from app.appointments import options as appointments
from app.checkin import options as checkin
from app.complaints import options as complaints
from app.core import options as core
from app.core.settings import Option
from app.flow import options as flow
from app.handover import options as handover
from app.printing import options as printing

ALL_OPTIONS: tuple[Option, ...] = (*core.ALL, *checkin.ALL, *flow.ALL, *appointments.ALL, *printing.ALL,
                                   *handover.ALL, *aftercare.ALL, *complaints.ALL)
