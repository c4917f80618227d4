"""This area's UI tests load the Chinese translations (the window fixture): take them away afterwards so the
service tests of the areas after this one still read the English source strings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    from PySide6.QtCore import QCoreApplication

    from app.core.i18n import install_translators

    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, "en")
