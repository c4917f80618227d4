"""What every service call needs: the clock and who is acting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.core.clock import Clock, SystemClock


@dataclass
class AppContext:
    clock: Clock = field(default_factory=SystemClock)
    operator_id: int | None = None  # the receptionist on shift (Staff id)
    terminal: str = "counter-1"

    def now(self) -> dt.datetime:
        return self.clock.now()

    def today(self) -> dt.date:
        return self.clock.now().date()
