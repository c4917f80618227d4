"""Staff roles from the domain, with their display names."""

from __future__ import annotations

from app.core.i18n import translate

ROLE_CODES = (
    "receptionist", "floor_control", "makeup_artist", "dresser", "stylist", "photographer", "selection",
    "retoucher", "finished_goods_checker", "base_dispatcher", "department_supervisor", "store_supervisor",
    "executive_manager",
)
SUPERVISOR_ROLES = ("base_dispatcher", "department_supervisor", "store_supervisor", "executive_manager")


def role_label(code: str) -> str:
    labels = {
        "receptionist": translate("Roles", "Receptionist"),
        "floor_control": translate("Roles", "Floor control"),
        "makeup_artist": translate("Roles", "Makeup artist"),
        "dresser": translate("Roles", "Dresser"),
        "stylist": translate("Roles", "Stylist"),
        "photographer": translate("Roles", "Photographer"),
        "selection": translate("Roles", "Selection"),
        "retoucher": translate("Roles", "Retoucher"),
        "finished_goods_checker": translate("Roles", "Finished-goods checker"),
        "base_dispatcher": translate("Roles", "Base dispatcher"),
        "department_supervisor": translate("Roles", "Department supervisor"),
        "store_supervisor": translate("Roles", "Store supervisor"),
        "executive_manager": translate("Roles", "Executive manager"),
    }
    return labels.get(code, code)
