"""F1: the counter's short manual (resources/help/, Chinese; English with --lang en) in a help window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"


def manual_path(language: str | None = None) -> Path:
    lang = language or ("en" if QLocale().language() == QLocale.Language.English else "zh_CN")
    path = HELP_DIR / f"manual_{lang}.html"
    return path if path.exists() else HELP_DIR / "manual_zh_CN.html"


class HelpWindow(QDialog):
    """A non-modal window with the manual; links inside it work, external links open in the browser."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Help — a day at the counter"))
        self.resize(720, 640)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        path = manual_path(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        lay.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)


def show_help(parent: QWidget) -> HelpWindow:
    win = getattr(parent, "_help_window", None)
    if win is None:
        win = HelpWindow(parent)
        parent._help_window = win  # type: ignore[attr-defined]
    win.show()
    if QGuiApplication.platformName() != "offscreen":
        win.raise_()
        win.activateWindow()
    return win
