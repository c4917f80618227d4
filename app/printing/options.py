"""Options of printing: the paper and the studio's letterhead (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from app.core.settings import Option

PAPER = Option("print.paper", str, "A4", "anyone", "Paper size of the printouts", choices=("A4", "A5"))
STUDIO_NAME = Option("studio.name", str, "", "supervisor", "Studio name at the top of printouts")
STUDIO_ADDRESS = Option("studio.address", str, "", "supervisor", "Studio address at the top of printouts")
STUDIO_PHONE = Option("studio.phone", str, "", "supervisor", "Studio phone at the top of printouts")
STUDIO_LOGO = Option("studio.logo", str, "", "supervisor", "Image file of the studio logo (may be empty)")

ALL = (PAPER, STUDIO_NAME, STUDIO_ADDRESS, STUDIO_PHONE, STUDIO_LOGO)

