"""Translation helper usable without the widget module (service messages, printouts, CLI).

Source strings are English; ``tr("Context", "text")`` is found by pyside6-lupdate because it is
spelled as ``QCoreApplication.translate`` below at every call site through this alias. Keep calls as
``translate("Context", "text")`` so lupdate extracts them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

translate = QCoreApplication.translate

_installed: dict[str, QTranslator] = {}  # the translators installed now, by catalogue


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator ``install_translators`` put in (the source strings show again)."""
    for old in _installed.values():
        app.removeTranslator(old)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Load our .qm files and Qt's own (qtbase) for ``language``. Returns the files loaded."""
    remove_translators(app)
    loaded: list[str] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        _installed[f"qtbase_{language}"] = qt_tr
        loaded.append(f"qtbase_{language}")
    for qm in sorted(I18N_DIR.glob(f"*_{language}.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed[qm.name] = t
            loaded.append(qm.name)
    return loaded
