"""The parsed CJK font is kept in the per-user cache between processes (issue #12: a cold print process paid
~0.5 s parsing the font file every time); a sheet printed with the font read back is the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.print_util import embedded_fonts, page_texts, squash

ROOT = Path(__file__).resolve().parents[2]

PRINT = """
import io, sys
sys.path.insert(0, {root!r})
from reportlab.pdfgen import canvas
from app.printing import fonts
name = fonts.register_fonts()
buf = io.BytesIO()
c = canvas.Canvas(buf)
c.setFont(name, 14)
c.drawString(72, 720, "张伟 李明 新娘对睫毛胶过敏 YL20261120-01")
c.save()
sys.stdout.buffer.write(buf.getvalue())
"""


def run_print(cache: Path) -> bytes:
    env = {k: v for k, v in os.environ.items() if k != "LOCALAPPDATA"}
    env["XDG_CACHE_HOME"] = str(cache)
    out = subprocess.run([sys.executable, "-c", PRINT.format(root=str(ROOT))], capture_output=True, env=env,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr.decode()
    return out.stdout


def test_the_second_process_reads_the_parsed_font_back_and_prints_the_same(tmp_path):
    cache = tmp_path / "cache"
    first = run_print(cache)
    kept = list(cache.rglob("font-*.pickle"))
    assert len(kept) == 1 and kept[0].stat().st_size > 100_000
    second = run_print(cache)
    for pdf in (first, second):
        assert squash("张伟 李明 新娘对睫毛胶过敏 YL20261120-01") in squash(page_texts(pdf)[0])
        assert any("/FontFile2" in keys for keys in embedded_fonts(pdf).values())  # embedded (subset)
    kept[0].write_bytes(b"not a pickle")  # a damaged cache: parsed again, and the sheet still prints
    third = run_print(cache)
    assert squash("新娘对睫毛胶过敏") in squash(page_texts(third)[0])
