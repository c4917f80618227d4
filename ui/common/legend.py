"""A small colour legend under a list: a swatch and a word per colour, each with a tooltip saying when
the colour shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.common.palette import RULE, SECONDARY


def make_legend(items: Sequence[tuple[str, str, str]], parent: QWidget | None = None,
                object_name: str = "legend") -> QWidget:
    """``items``: (colour, word, tooltip). The colour is a background swatch."""
    box = QWidget(parent)
    box.setObjectName(object_name)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(6)
    for i, (colour, word, tip) in enumerate(items):
        swatch = QLabel()
        swatch.setObjectName(f"{object_name}Swatch{i}")
        swatch.setFixedSize(14, 14)
        swatch.setStyleSheet(f"background: {colour}; border: 1px solid {RULE};")
        text = QLabel(word)
        text.setObjectName(f"{object_name}Item{i}")
        text.setStyleSheet(f"color: {SECONDARY};")
        for w in (swatch, text):
            w.setToolTip(tip)
        lay.addWidget(swatch)
        lay.addWidget(text)
        lay.addSpacing(8)
    lay.addStretch(1)
    return box
