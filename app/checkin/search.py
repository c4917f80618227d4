"""Search terms for couples: names, pinyin (full and initials), phones, last 4 digits, order number.

Terms are stored lower-cased in ``search_term`` and matched by prefix with a range condition
(``term >= q AND term < q || U+10FFFF``) that uses the index on SQLite and PostgreSQL alike. The
comparison is by code point: SQLite's BINARY collation, and on PostgreSQL the column is COLLATE "C"
(migration 0004) because locale collations ignore the end marker and break the range.

pypinyin (~0.5 s and ~55 MiB for its phrase dictionary) is imported only when terms are written: a search
never needs it, so neither does start-up.
"""

from __future__ import annotations

import datetime as dt

from app.core.validation import ascii_digits, normalize_phone, phone_last4

TERM_MAX = 64
PREFIX_END = "\U0010ffff"  # the highest code point: U+FFFF sorts below an emoji (🌸 is U+1F338)


# Surnames read differently from the character's everyday reading (朴 is pǔ in 朴素, Piáo as a name). pypinyin
# knows most of these readings as heteronyms but does not put them first; the table makes sure of them.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "朴": ("piao",), "盖": ("ge",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",),
    "查": ("zha",), "曾": ("zeng",), "乐": ("yue",), "尉": ("yu",), "秘": ("bi",), "种": ("chong",),
    "覃": ("qin",), "缪": ("miao",), "员": ("yun",), "褚": ("chu",), "句": ("gou",), "重": ("chong",),
    "翟": ("zhai",), "薄": ("bo",), "贲": ("ben",), "冼": ("xian",), "洗": ("xian",), "繁": ("po",),
    "黑": ("he",), "过": ("guo",), "华": ("hua",), "任": ("ren",), "纪": ("ji",), "燕": ("yan",),
}
# Compound surnames: reading and initials of the pair (尉迟 is Yùchí, not wèichí).
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "尉迟": ("yuchi", "yc"), "万俟": ("moqi", "mq"), "单于": ("chanyu", "cy"), "长孙": ("zhangsun", "zs"),
    "欧阳": ("ouyang", "oy"), "令狐": ("linghu", "lh"), "澹台": ("tantai", "tt"), "皇甫": ("huangfu", "hf"),
    "宇文": ("yuwen", "yw"), "慕容": ("murong", "mr"), "上官": ("shangguan", "sg"), "司马": ("sima", "sm"),
    "诸葛": ("zhuge", "zg"), "公孙": ("gongsun", "gs"), "东方": ("dongfang", "df"), "夏侯": ("xiahou", "xh"),
    "闻人": ("wenren", "wr"), "百里": ("baili", "bl"), "司徒": ("situ", "st"), "申屠": ("shentu", "st"),
}


def display_rank(shoot_date: dt.date | None, couple_id: int) -> int:
    """The couple's place in the search results as one number, larger first: newest shoot date first, couples
    without a date after every dated one, newest order first within a day. Stored with each search term
    (migration 0024 computes the same for existing rows)."""
    return couple_id if shoot_date is None else shoot_date.toordinal() * 10**9 + couple_id


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def surname_readings(name: str) -> tuple[int, set[tuple[str, str]]]:
    """How many leading characters are the surname, and each (full, initials) it may be called by."""
    for compound, forms in COMPOUND_SURNAMES.items():
        if name.startswith(compound) and len(name) > len(compound):
            return len(compound), {forms}
    from pypinyin import Style, pinyin

    first = name[0]
    readings = set(pinyin(first, style=Style.NORMAL, heteronym=True, errors="ignore")[0]) if _is_han(first) else set()
    readings.update(SURNAME_READINGS.get(first, ()))
    return 1, {(r, r[0]) for r in readings if r.isascii() and r.isalpha()}


def pinyin_forms(name: str) -> set[str]:
    """Full pinyin and initials of a Chinese name: 张伟 → {"zhangwei", "zw"} plus the given name's forms.

    The surname is indexed under each of its readings as well (朴 → pu and piao, so 朴正 is found by "pz"
    whichever reading she thinks of; 曾 → ceng and zeng; 尉迟 → yuchi / yc)."""
    out: set[str] = set()
    if not name:
        return out
    from pypinyin import Style, lazy_pinyin

    full = lazy_pinyin(name, errors="ignore")
    initials = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    if full:
        out.add("".join(full))
        out.add("".join(initials))
        if len(full) > 1:  # given name alone: 伟 → "wei", "w"
            out.add("".join(full[1:]))
    if _is_han(name[0]):
        n, readings = surname_readings(name)
        rest = name[n:]
        rest_full = "".join(lazy_pinyin(rest, errors="ignore"))
        rest_initials = "".join(lazy_pinyin(rest, style=Style.FIRST_LETTER, errors="ignore"))
        for reading, head in readings:
            out.add(reading + rest_full)
            out.add(head + rest_initials)
        if n > 1 and rest_full:  # 尉迟恭's given name: "gong"
            out.add(rest_full)
    return {t.lower() for t in out if t}


def name_terms(name: str) -> set[str]:
    """Everything a receptionist may type for a name: the name, its tail (伟 finds 张伟), pinyin forms, and
    for names written with spaces ("Anna Smith") the name without spaces and each word on its own."""
    name = " ".join((name or "").split())
    if not name:
        return set()
    terms = {name.lower()} | pinyin_forms(name)
    if len(name) > 1 and _is_han(name[0]):
        terms.add(name[1:].lower())  # 伟 finds 张伟
    if " " in name:
        terms.add(name.replace(" ", "").lower())  # "annasmith", and "anna smith" (the query loses its spaces)
        terms.update(w.lower() for w in name.split(" ")[1:])  # "smith"
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
    q = ascii_digits(text or "").strip().lower().replace(" ", "")
    if q.startswith("+86"):
        q = q[3:]
    return q.replace("-", "") if q.replace("-", "").isdigit() else q
