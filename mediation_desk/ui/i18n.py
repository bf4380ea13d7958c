"""Translations: load the ``.qm`` for a language and install it (Vorta ``i18n/``).

Source strings are English; Chinese (``zh_CN``) is the default UI language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir
from .messages import tr

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
# The message and label tables (ui/messages, Qt-free) translate through Qt's translators in the app.
tr.install(QCoreApplication.translate)
_language = "en"

# Qt 6 added accelerators to these labels of its own file dialog, but qtbase_zh_CN.qm still only
# translates the old texts ("Look in:", "Files of type:"), so Qt's dialog showed them in English.
# Listed here so lupdate puts them (context QFileDialog) into our .ts; our translator answers them.
QT_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def current_language() -> str:
    """The language in use: ``"zh_CN"`` or ``"en"``."""
    return _language


def join_list(items: Iterable[object]) -> str:
    """Translated labels as a list: ``甲、乙`` in Chinese, ``a, b`` in English."""
    return ("、" if is_chinese() else ", ").join(str(i) for i in items)


def is_chinese() -> bool:
    return _language.startswith("zh")


def install(app: QCoreApplication, language: str) -> bool:
    """Replace the installed translators with those for ``language``.

    Args:
        app: The application.
        language: ``"zh_CN"`` or ``"en"``.

    Returns:
        Whether the app's own translation was found.
    """
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language.startswith("zh")
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    ours = QTranslator(app)
    found = ours.load(f"mediation_desk_{language}", str(resources_dir() / "i18n"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s in %s", language, resources_dir() / "i18n")
    if language != "en":
        qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, the file dialog...)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.warning("no Qt translation qtbase_%s in %s", language, qt_dir)
    return found
