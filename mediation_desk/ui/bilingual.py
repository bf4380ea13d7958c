"""Known errors as one line in Chinese and English, for the command line (``__main__`` hands
:func:`bilingual` to ``cli.common``; the CLI itself never imports Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..domain.errors import KnownError
from ..paths import resources_dir


def bilingual(exc: KnownError) -> str:
    """``中文 / English`` for ``exc`` (the same messages the windows show)."""
    from .errors import message

    app = QCoreApplication.instance() or QCoreApplication([])
    zh = QTranslator(app)
    texts = []
    if zh.load("mediation_desk_zh_CN", str(resources_dir() / "i18n")):
        app.installTranslator(zh)
        texts.append(message(exc))
        app.removeTranslator(zh)
    english = message(exc)
    if english not in texts:
        texts.append(english)
    return " / ".join(texts)
