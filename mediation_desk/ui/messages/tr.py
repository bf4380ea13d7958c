"""The translation function the message and label tables call — Qt's in the app, the ``.ts`` in the CLI.

The tables in this package are plain Python so the command line (which never loads Qt) prints the
same sentences as the windows. They call :func:`translate` with literal ``(context, source)``
pairs, which ``pyside6-lupdate`` extracts like any ``QCoreApplication.translate`` call. What
:func:`translate` does is chosen once by whoever shows text:

- the desktop app: :mod:`mediation_desk.ui.i18n` installs ``QCoreApplication.translate``;
- the command line: :func:`catalogue` reads a language's ``.ts`` file and :func:`using` applies it;
- nothing installed: the English source text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

from ...paths import resources_dir

Translate = Callable[[str, str], str]


def _source(_context: str, text: str) -> str:
    return text


_active: Translate = _source


def translate(context: str, text: str) -> str:
    """``text`` (English source) in the current language."""
    return _active(context, text)


def install(function: Translate) -> None:
    """Make ``function`` the translation every table uses from now on."""
    global _active
    _active = function


@contextmanager
def using(function: Translate) -> Iterator[None]:
    """Translate with ``function`` for the duration of the ``with`` block."""
    global _active
    before, _active = _active, function
    try:
        yield
    finally:
        _active = before


@cache
def catalogue(language: str) -> Translate:
    """The translations of ``language`` from its ``.ts`` file (English: the source text itself).

    Args:
        language: ``"zh_CN"`` or ``"en"``.
    """
    if language == "en":
        return _source
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(resources_dir() / "i18n" / f"mediation_desk_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if text and translation is not None and translation.get("type") is None:
                table[(name, message.findtext("source") or "")] = text

    def lookup(context: str, text: str) -> str:
        return table.get((context, text), text)

    return lookup
