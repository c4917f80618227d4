"""Options of printing: the paper and the studio's letterhead (declared once; see ``app.core.settings``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.settings import Option

PAPER = Option("print.paper", str, "A4", "anyone", "Paper size of the printouts", choices=("A4", "A5"))
STUDIO_NAME = Option("studio.name", str, "", "supervisor", "Studio name at the top of printouts")
STUDIO_ADDRESS = Option("studio.address", str, "", "supervisor", "Studio address at the top of printouts")
STUDIO_PHONE = Option("studio.phone", str, "", "supervisor", "Studio phone at the top of printouts")
STUDIO_LOGO = Option("studio.logo", str, "", "supervisor", "Image file of the studio logo (may be empty)")

ALL = (PAPER, STUDIO_NAME, STUDIO_ADDRESS, STUDIO_PHONE, STUDIO_LOGO)



@dataclass(frozen=True)
class StudioInfo:
    """The letterhead: what printouts (and the reminders sent to couples) show of the studio: name, address,
    phone, logo (an image file path; may be empty). Read here without reportlab, so any area may use it."""

    name: str = ""
    address: str = ""
    phone: str = ""
    logo_path: str = ""


#: the option of each StudioInfo field
STUDIO_OPTIONS = {"name": STUDIO_NAME, "address": STUDIO_ADDRESS, "phone": STUDIO_PHONE, "logo_path": STUDIO_LOGO}


def studio_info() -> StudioInfo:
    """The letterhead as stored (empty fields where the studio has not set them)."""
    return StudioInfo(**{f: option.get() for f, option in STUDIO_OPTIONS.items()})
