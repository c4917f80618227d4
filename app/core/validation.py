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
SEARCH_MAX = 100  # longer search text is cut here: nobody types more, and it never reaches the database


def ascii_digits(text: str) -> str:
    """Digits of any script (Arabic-Indic ٠١٢, full-width ０１２, Devanagari …) as ASCII 0-9."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in text)


def _bad_char(ch: str) -> bool:
    o = ord(ch)
    if 0xD800 <= o <= 0xDFFF:  # a lone surrogate: not text, the database driver cannot encode it
        return True
    return ch not in "\n\t\r" and unicodedata.category(ch) == "Cc"


def char_error(text: str | None) -> str | None:
    """A message when the text holds a lone surrogate or a control character (newline and tab are fine)."""
    if text and any(_bad_char(ch) for ch in text):
        return translate("Validation", "Contains a character that cannot be saved (a control character or a "
                                       "broken one); retype it.")
    return None


def search_text(text: str | None, max_len: int = SEARCH_MAX) -> str:
    """Search input made safe for any database: bad characters dropped, cut to ``max_len``."""
    t = "".join(ch for ch in (text or "")[: max_len * 4] if not _bad_char(ch) and ch not in "\r")
    return " ".join(t.split())[:max_len]


def normalize_phone(text: str) -> str:
    """Strip spaces, dashes between mobile digit groups, and a +86 prefix; keep a landline's area dash."""
    t = ascii_digits(unicodedata.normalize("NFKC", text or "")).strip().replace(" ", "")
    if t.startswith("+86"):
        t = t[3:]
    elif t.startswith("0086"):
        t = t[4:]
    digits = t.replace("-", "")
    if MOBILE_RE.match(digits):
        return digits
    return t


def phone_error(text: str, required: bool = False) -> str | None:
    if err := char_error(text):
        return err
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
    """Trim and drop control characters and lone surrogates (keeps newlines and tabs, CJK and emoji)."""
    t = (text or "").replace("\r\n", "\n")
    t = "".join(ch for ch in t if ch in "\n\t" or (ch != "\r" and not _bad_char(ch)))
    t = unicodedata.normalize("NFC", t)
    return t.strip()


def name_error(text: str, required: bool = True, max_len: int = NAME_MAX) -> str | None:
    if err := char_error(text):
        return err
    t = clean_text(text)
    if not t:
        return translate("Validation", "Required.") if required else None
    if len(t) > max_len:
        return translate("Validation", "Too long: at most {n} characters.").format(n=max_len)
    return None


def text_error(text: str, max_len: int = NOTE_MAX) -> str | None:
    if err := char_error(text):
        return err
    if len(clean_text(text)) > max_len:
        return translate("Validation", "Too long: at most {n} characters.").format(n=max_len)
    return None


def order_no_error(text: str) -> str | None:
    if err := char_error(text):
        return err
    t = clean_text(text)
    if not t:
        return translate("Validation", "Required.")
    if not ORDER_NO_RE.match(t):
        return translate("Validation", "Letters, digits and - only, 2 to 32 characters.")
    return None
