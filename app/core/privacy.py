"""Customer data is confidential: phone numbers are masked on screen and on paper; revealing a full
number is an explicit action by a named staff member (PIN) and is audited (never the number itself)."""

from __future__ import annotations

from app.checkin.models import Couple, Lead
from app.core.audit import record
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import mask_phone
from app.staff.service import acting, authenticate

WHICH = ("bride", "groom")


def masked_phone(number: str) -> str:
    """138****5678: the only form of a phone number that screens and printouts show by default."""
    return mask_phone(number)


def reveal_phone(ctx: AppContext, couple_id: int, which: str, staff_id: int | None, pin: str | None) -> str:
    """The full bride's or groom's number, for the staff member who proves who she is. Audited."""
    if which not in WHICH:
        raise ValidationError({"which": translate("Privacy", "Say whose number: the bride's or the groom's.")})
    member = authenticate(ctx, staff_id, pin)
    couple = Couple.get_or_none(Couple.id == couple_id)
    if couple is None:
        raise NotFound(translate("Privacy", "No couple #{id}.").format(id=couple_id))
    number = couple.bride_phone if which == "bride" else couple.groom_phone
    if not number:
        raise NotFound(translate("Privacy", "No bride's number recorded.") if which == "bride"
                       else translate("Privacy", "No groom's number recorded."))
    with db.atomic():
        record(acting(ctx, member), "privacy.reveal_phone", table="couple", record_id=couple.id,
               after={"which": which, "shown": mask_phone(number)})
    return number


def reveal_lead_phone(ctx: AppContext, lead_id: int, staff_id: int | None, pin: str | None) -> str:
    """The full number of a consultation lead (to call back). Audited like a couple's."""
    member = authenticate(ctx, staff_id, pin)
    lead = Lead.get_or_none(Lead.id == lead_id)
    if lead is None:
        raise NotFound(translate("Privacy", "No lead #{id}.").format(id=lead_id))
    with db.atomic():
        record(acting(ctx, member), "privacy.reveal_phone", table="lead", record_id=lead.id,
               after={"shown": mask_phone(lead.phone)})
    return lead.phone
