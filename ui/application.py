"""Start-up of the desktop app: Qt application, bundled font, translations, database, window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORG_NAME
from app.core.i18n import DEFAULT_LANGUAGE, install_translators

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
log = logging.getLogger(__name__)


def register_font() -> str:
    """Register the bundled CJK font so Chinese shows on a PC without Chinese fonts."""
    fid = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    return families[0] if families else ""


def make_application(argv: list[str] | None = None, language: str = DEFAULT_LANGUAGE) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    setup_look(app, language)
    return app  # type: ignore[return-value]


def setup_look(app: QApplication, language: str = DEFAULT_LANGUAGE) -> None:
    family = register_font() or FONT_FAMILY
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    icon = RESOURCES / "icons" / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, language)
