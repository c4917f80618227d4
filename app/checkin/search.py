"""Search terms for couples: names, pinyin (full and initials), phones, last 4 digits, order number.

Terms are stored lower-cased in ``search_term`` and matched by prefix with a range condition
(``term >= q AND term < q || U+10FFFF``) that uses the index on SQLite and PostgreSQL alike. The
comparison is by code point: SQLite's BINARY collation, and on PostgreSQL the column is COLLATE "C"
(migration 0004) because locale collations ignore the end marker and break the range.
"""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

from app.core.validation import normalize_phone, phone_last4

TERM_MAX = 64
PREFIX_END = "\U0010ffff"  # the highest code point: U+FFFF sorts below an emoji (🌸 is U+1F338)


def pinyin_forms(name: str) -> set[str]:
    """Full pinyin and initials of a Chinese name: 张伟 → {"zhangwei", "zw"} plus the given name's forms."""
    out: set[str] = set()
    if not name:
        return out
    full = lazy_pinyin(name, errors="ignore")
    initials = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    if full:
        out.add("".join(full))
        out.add("".join(initials))
        if len(full) > 1:  # given name alone: 伟 → "wei", "w"
            out.add("".join(full[1:]))
    return {t.lower() for t in out if t}


def name_terms(name: str) -> set[str]:
    name = (name or "").strip()
    if not name:
        return set()
    terms = {name.lower()} | pinyin_forms(name)
    if len(name) > 1:
        terms.add(name[1:].lower())  # 伟 finds 张伟
    return terms


def couple_terms(order_no: str, bride: str, groom: str, phones: list[str]) -> set[str]:
    terms = {order_no.lower()} | name_terms(bride) | name_terms(groom)
    for p in phones:
        n = normalize_phone(p).replace("-", "")
        if n:
            terms.add(n)
            terms.add(phone_last4(n))
    return {t[:TERM_MAX] for t in terms if t}


def normalize_query(text: str) -> str:
    q = (text or "").strip().lower().replace(" ", "")
    if q.startswith("+86"):
        q = q[3:]
    return q.replace("-", "") if q.replace("-", "").isdigit() else q
