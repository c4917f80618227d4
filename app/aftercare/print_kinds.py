"""Command-line printouts of this area: ``print selection-sheet ORDER_NO`` and ``print pickup-receipt
ORDER_NO`` (registered by ``app.wiring.connect_areas``)."""

from __future__ import annotations

from app.core.context import AppContext


def _selection_sheet(ctx: AppContext, arg: str | None, output: str) -> None:
    from app.printing import ensure_translations

    ensure_translations()
    from app.aftercare.sheets import print_selection_sheet

    print_selection_sheet(ctx, arg, output)


def _pickup_receipt(ctx: AppContext, arg: str | None, output: str) -> None:
    from app.printing import ensure_translations

    ensure_translations()
    from app.aftercare.sheets import print_pickup_receipt

    print_pickup_receipt(ctx, arg, output)


def register() -> None:
    from app.printing import register_kind

    register_kind("selection-sheet", True, "selection sheet (选片单) of one order: ORDER_NO", _selection_sheet)
    register_kind("pickup-receipt", True, "pickup receipt (取件签收单) of one order: ORDER_NO", _pickup_receipt)
