"""The bundled CJK font for PDFs, Chinese line breaking, and what to do with characters it lacks.

WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``, face 0) is glyf TrueType, so reportlab embeds
it as a subset (FontFile2): a sheet carries only the glyphs it uses.

Characters the font has no glyph for are never left to print as an invisible or "tofu" box:

* emoji and other pictographs, their skin-tone modifiers, variation selectors and zero-width joiners are
  **dropped** (they carry no information a floor manager needs, and 💍 in a name is decoration);
* any other missing character (a rare hanzi such as 𠮷 outside the font, a letter of an exotic script) is
  **replaced by 〓** (the geta mark, the typesetter's sign for "a character that could not be set"), so a
  reader sees at once that the name has a character the sheet could not print and asks.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

FONT_FILE = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
FONT_NAME = "WQYMicroHei"
MISSING_GLYPH = "〓"
#: Closing punctuation that must never start a line (added to reportlab's own list).
CANNOT_START = "，。、；：！？）》"

_lock = threading.Lock()
_registered = False
_charset: frozenset[int] = frozenset()


def _patch_line_breaking() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for mod in (textsplit, paragraph):
        current = getattr(mod, "ALL_CANNOT_START", "")
        extra = "".join(ch for ch in CANNOT_START if ch not in current)
        if extra:
            mod.ALL_CANNOT_START = current + extra


def register_fonts() -> str:
    """Register the CJK font with reportlab (once per process) and patch line breaking. Returns its name."""
    global _registered, _charset
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfmetrics

            font = _load_font()
            pdfmetrics.registerFont(font)
            _charset = frozenset(font.face.charToGlyph)
            _patch_line_breaking()
            _registered = True
    return FONT_NAME


def cache_dir() -> Path:
    """Where the parsed font is kept between processes (the per-user cache directory)."""
    if os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    from app import APP_NAME

    return base / APP_NAME


def _cache_file() -> Path:
    import reportlab

    st = FONT_FILE.stat()
    key = f"{FONT_NAME}-{st.st_size}-{st.st_mtime_ns}-rl{reportlab.Version}-py{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"font-{key}.pickle"


def _load_font():  # type: ignore[no-untyped-def]
    """The font for reportlab. Parsing the TrueType file takes ~0.5 s (every glyph's metrics, the character
    map) and a cold print process pays it every time: the parsed face is kept in the cache directory, and
    a later process reads it back (~30 ms) with the font file's bytes (subsetting reads the glyphs from
    them). Any trouble with the cache (missing, stale, unreadable, another reportlab) means parsing again."""
    from reportlab.pdfbase import ttfonts

    path = _cache_file()
    try:
        state = pickle.loads(path.read_bytes())
        face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
        face.__dict__.update(state)
        face._ttf_data = FONT_FILE.read_bytes()
        face._pdfScale = _pdf_scale(face.unitsPerEm)
        real = ttfonts.TTFontFace
        ttfonts.TTFontFace = lambda *_a, **_k: face  # TTFont's own __init__ around the face read back
        try:
            return ttfonts.TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0)
        finally:
            ttfonts.TTFontFace = real
    except Exception:  # no cache yet, or not usable: parse the file
        pass
    font = ttfonts.TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0)
    state = {k: v for k, v in font.face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)  # whole or not at all: another process may be reading it
    except OSError:
        pass  # a read-only home: the next process parses again
    return font


def _pdf_scale(units_per_em: int):  # type: ignore[no-untyped-def]
    """reportlab's font-unit → 1/1000 em scale (a lambda it keeps on the face, not picklable)."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _is_decoration(ch: str) -> bool:
    """Emoji, pictographs and the invisible characters that glue emoji sequences together."""
    cp = ord(ch)
    if cp in (0x200D, 0x20E3) or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0xE0020 <= cp <= 0xE007F:
        return True
    if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF:
        return True
    return unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Cn", "Cf")


@lru_cache(maxsize=4096)
def _safe_char(ch: str) -> str:
    if ch in "\n\t":
        return ch
    cp = ord(ch)
    if cp in (0x200D, 0x20E3) or 0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF:
        return ""  # joiners, variation selectors, tags, skin tones: the glue of emoji sequences
    if cp in _charset:
        return ch
    if ch.isspace():
        return " "
    if _is_decoration(ch):
        return ""
    return MISSING_GLYPH


def printable(text: str | None) -> str:
    """``text`` with every character the font cannot draw dropped (emoji) or replaced by 〓 (see above)."""
    register_fonts()
    t = unicodedata.normalize("NFC", text or "")
    return "".join(_safe_char(ch) for ch in t)


def has_glyph(ch: str) -> bool:
    register_fonts()
    return ord(ch) in _charset
