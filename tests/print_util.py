"""Helpers for the printing tests: read PDFs back (pypdf), render pages (QtPdf), decode codes (zxing)."""

from __future__ import annotations

import io
import re

import pypdf
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(data).pages]


def squash(text: str) -> str:
    """Text without any whitespace (line breaks inside wrapped CJK text come back as newlines)."""
    return re.sub(r"\s+", "", text)


def embedded_fonts(data: bytes) -> dict[str, set[str]]:
    """BaseFont name -> keys of its font descriptor, for every font used on any page."""
    out: dict[str, set[str]] = {}
    for page in reader(data).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            f = ref.get_object()
            fd = f.get("/FontDescriptor")
            out[str(f["/BaseFont"])] = set(fd.get_object().keys()) if fd else set()
    return out


def render_page(data: bytes, index: int = 0, dpi: int = 100) -> QImage:
    """Page ``index`` rendered on white paper, as Grayscale8 (needs a Q(Gui)Application)."""
    doc = QPdfDocument()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    pt = doc.pagePointSize(index)
    page = doc.render(index, QSize(round(pt.width() * dpi / 72), round(pt.height() * dpi / 72)))
    img = QImage(page.size(), QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.drawImage(0, 0, page)
    p.end()
    doc.close()
    return img.convertToFormat(QImage.Format.Format_Grayscale8)


class _Array:
    """Just enough of the array interface for zxingcpp."""

    def __init__(self, img: QImage) -> None:
        self._data = bytes(img.constBits())
        self.__array_interface__ = {"shape": (img.height(), img.width()), "typestr": "|u1", "data": self._data,
                                    "strides": (img.bytesPerLine(), 1), "version": 3}


def decode_codes(img: QImage) -> dict[str, str]:
    """Every barcode found on the page, and in its top band (where a scanner is aimed at the codes)."""
    import zxingcpp

    found = {r.format.name: r.text for r in zxingcpp.read_barcodes(_Array(img))}
    for crop in (img.copy(0, 0, img.width(), img.height() // 5),
                 img.copy(img.width() * 3 // 4, 0, img.width() // 4, img.height() // 5)):
        found.update({r.format.name: r.text for r in zxingcpp.read_barcodes(_Array(crop))})
    return found


def ink_box(img: QImage, threshold: int = 245) -> tuple[int, int, int, int] | None:
    """Bounding box (x0, y0, x1, y1) of every pixel darker than ``threshold``."""
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    raw = bytes(img.constBits())
    xs0, xs1, ys0, ys1 = w, -1, h, -1
    for y in range(h):
        row = raw[y * bpl:y * bpl + w]
        if min(row) >= threshold:
            continue
        first = next(i for i, v in enumerate(row) if v < threshold)
        last = w - 1 - next(i for i, v in enumerate(reversed(row)) if v < threshold)
        xs0, xs1 = min(xs0, first), max(xs1, last)
        ys0, ys1 = min(ys0, y), max(ys1, y)
    return None if xs1 < 0 else (xs0, ys0, xs1, ys1)
