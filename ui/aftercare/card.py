"""What the couple's card on the check-in tab says about their order after a pickup: products still owed
to them, money still owed (either way)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.aftercare import pickup as pk
from app.aftercare.money import fen_text


def order_open_text(couple_id: int) -> str:
    """'' when nothing is open; else e.g. 'Still to hand over: 24寸装框放大 · Balance due ¥4,999.00'."""
    o = pk.open_order(couple_id)
    parts = []
    if o.items_owed:
        parts.append(QCoreApplication.translate("AftercareCard", "Still to hand over: {items}").format(
            items="、".join(o.items_owed)))
    if o.due_fen > 0:
        parts.append(QCoreApplication.translate("AftercareCard", "Balance due {amount}").format(
            amount=fen_text(o.due_fen)))
    elif o.due_fen < 0:
        parts.append(QCoreApplication.translate("AftercareCard", "Owed to the couple {amount}").format(
            amount=fen_text(-o.due_fen)))
    return " · ".join(parts)
