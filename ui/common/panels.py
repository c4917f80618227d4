"""Panels inside a tab that read in the tab's worker job: a panel that offers ``refresh_job()`` (a plain
function and its arguments, read from its widgets now) and ``apply_refresh(data)`` has its queries run in the
same worker as the tab's own (``with_panels``); the tab hands each panel its result (``apply_panel``). A panel
without them, or a refresh asked for on the UI thread, refreshes the panel itself (``panel.refresh()``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WithPanels:
    """A tab's worker result and its panels' results (None: that panel reads for itself)."""

    data: Any
    panels: tuple[Any, ...]


def with_panels(job: tuple, panels: Sequence[Any]) -> tuple:
    """The tab's ``job`` (function, args) and each panel's own job, as one job for the worker."""
    jobs = tuple(p.refresh_job() if p is not None and hasattr(p, "refresh_job") else None for p in panels)
    return _run, (job, jobs)


def _run(job: tuple, jobs: tuple) -> WithPanels:
    fn, args = job
    return WithPanels(fn(*args), tuple(None if j is None else j[0](*j[1]) for j in jobs))


def split_panels(data: Any, n: int) -> tuple[Any, tuple[Any, ...]]:
    """``(the tab's data, the n panels' data)`` from a worker's ``WithPanels`` or a plain refresh's data."""
    if isinstance(data, WithPanels):
        return data.data, data.panels
    return data, (None,) * n


def apply_panel(panel: Any, data: Any) -> None:
    """Show a panel's result from the worker, or have the panel read for itself (``data`` None)."""
    if panel is None:
        return
    if data is None or not hasattr(panel, "apply_refresh"):
        if hasattr(panel, "refresh"):
            panel.refresh()
        return
    panel.apply_refresh(data)
