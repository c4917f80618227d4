"""Phones masked by default; a full number only through an audited, PIN-checked reveal."""

from __future__ import annotations

import pytest

from app.checkin import commands as checkin
from app.core.errors import PermissionDenied, ValidationError
from app.core.models import AuditLog
from app.core.privacy import masked_phone, reveal_lead_phone, reveal_phone
from app.staff import service as staff
from app.staff.models import Staff


@pytest.mark.parametrize("raw, shown", [
    ("13812345678", "138****5678"), ("+86 138 1234 5678", "138****5678"), ("0571-86001234", "057****1234"),
    ("", ""), ("12345", "****"),
])
def test_masking(raw, shown):
    assert masked_phone(raw) == shown


def test_privacy_widget_masks(qapp, ctx):
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.common.privacy import Privacy

    # Widgets of earlier tests that listen to the privacy state are gone before it changes.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    p = Privacy.instance()
    assert p.phone("13812345678") == "138****5678"
    p.set_client_safe(True)
    try:
        assert p.private_text("过敏") == "•••" and p.phone("13812345678") == "138****5678"
    finally:
        p.set_client_safe(False)
    assert p.private_text("过敏") == "过敏"


def test_reveal_is_audited_without_the_number(ctx, couple):
    rec = Staff.get(Staff.name == "王丽")
    staff.authenticate(ctx, rec.id, "2468")
    assert reveal_phone(ctx, couple.id, "groom", rec.id, "2468") == "13987654321"
    e = AuditLog.select().where(AuditLog.action == "privacy.reveal_phone").get()
    assert e.operator_id == rec.id and e.record_id == couple.id
    assert "13987654321" not in e.after and "groom" in e.after
    with pytest.raises(PermissionDenied):
        reveal_phone(ctx, couple.id, "bride", rec.id, "1111")
    with pytest.raises(ValidationError):
        reveal_phone(ctx, couple.id, "mother", rec.id, "2468")
    assert AuditLog.select().where(AuditLog.action == "privacy.reveal_phone").count() == 1


def test_reveal_without_a_number_says_so(ctx):
    from app.core.errors import NotFound

    c = checkin.create_couple(ctx, order_no="YL-2", bride_name="甲", groom_name="乙", bride_phone="13800001111")
    rec = Staff.get(Staff.name == "王丽")
    with pytest.raises(NotFound):
        reveal_phone(ctx, c.id, "groom", rec.id, "2468")
    assert not AuditLog.select().where(AuditLog.action == "privacy.reveal_phone").exists()


def test_reveal_lead_phone(ctx):
    rec = Staff.get(Staff.name == "王丽")
    staff.authenticate(ctx, rec.id, "2468")
    v = checkin.check_in_consult(ctx, "钱女士", "13712345678", "旅拍", ctx.today())
    assert reveal_lead_phone(ctx, v.lead_id, rec.id, "2468") == "13712345678"
