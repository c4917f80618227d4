"""Input checks shared by services. Messages are translated; keys are field names."""

from __future__ import annotations

import re
import unicodedata

from app.core.i18n import translate

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
ORDER_NO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/]{1,31}$")

NAME_MAX = 40
NOTE_MAX = 2000


def normalize_phone(text: str) -> str:
    """Strip spaces, dashes between mobile digit groups, and a +86 prefix; keep a landline's area dash."""
    t = unicodedata.normalize("NFKC", text or "").strip().replace(" ", "")
    if t.startswith("+86"):
        t = t[3:]
    elif t.startswith("0086"):
        t = t[4:]
    digits = t.replace("-", "")
    if MOBILE_RE.match(digits):
        return digits
    return t


def phone_error(text: str, required: bool = False) -> str | None:
    t = normalize_phone(text)
    if not t:
        return translate("Validation", "Required.") if required else None
    if MOBILE_RE.match(t) or LANDLINE_RE.match(t):
        return None
    return translate("Validation", "Not a valid mainland mobile (11 digits, 1…) or landline (0xx-xxxxxxx).")


def mask_phone(phone: str) -> str:
    """138****5678 — never show a full number where a customer can see it."""
    p = normalize_phone(phone)
    digits = p.replace("-", "")
    if len(digits) < 7:
        return "****" if digits else ""
    return f"{digits[:3]}****{digits[-4:]}"


def phone_last4(phone: str) -> str:
    digits = "".join(ch for ch in normalize_phone(phone) if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else ""


def clean_text(text: str | None) -> str:
    """Trim and drop control characters (keeps newlines and tabs, CJK and emoji)."""
    t = unicodedata.normalize("NFC", text or "")
    t = "".join(ch for ch in t if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return t.strip()


def name_error(text: str, required: bool = True, max_len: int = NAME_MAX) -> str | None:
    t = clean_text(text)
    if not t:
        return translate("Validation", "Required.") if required else None
    if len(t) > max_len:
        return translate("Validation", "Too long: at most {n} characters.").format(n=max_len)
    return None


def text_error(text: str, max_len: int = NOTE_MAX) -> str | None:
    if len(clean_text(text)) > max_len:
        return translate("Validation", "Too long: at most {n} characters.").format(n=max_len)
    return None


def order_no_error(text: str) -> str | None:
    t = clean_text(text)
    if not t:
        return translate("Validation", "Required.")
    if not ORDER_NO_RE.match(t):
        return translate("Validation", "Letters, digits and - only, 2 to 32 characters.")
    return None
