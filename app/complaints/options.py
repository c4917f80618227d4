"""Options of the complaints area (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option


def _sensible_limit(mb: int) -> bool:
    return 1 <= mb <= 100


#: the largest photo or file kept as evidence on a case (it is stored in the database and in every backup)
EVIDENCE_MAX_MB = Option("complaints.evidence_max_mb", int, 20, "supervisor",
                         "Largest photo or file attached to a complaint case, in MB (kept in the database and "
                         "its backups)", check=_sensible_limit)

ALL = (EVIDENCE_MAX_MB,)
