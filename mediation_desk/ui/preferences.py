"""UI preferences: one typed registry over QSettings (Picard ``options.py``).

Case data lives in the database; only how *this user* likes the screens lives here:
language, font size, window geometry, column layouts. Every key is declared once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "MediationDesk"
APPLICATION = "MediationDesk"


@dataclass(frozen=True)
class Option(Generic[T]):
    """A declared preference: its QSettings key, type and default."""

    key: str
    type: type
    default: T


LANGUAGE: Option[str] = Option("ui/language", str, "zh_CN")
FONT_SIZE: Option[int] = Option("ui/font_size", int, 0)  # 0: the platform's default
WINDOW_GEOMETRY: Option[QByteArray] = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Option[QByteArray] = Option("window/state", QByteArray, QByteArray())
LAST_PAGE: Option[int] = Option("window/last_page", int, 0)

LANGUAGES = ("zh_CN", "en")
FONT_SIZES = (0, 10, 11, 12, 13, 14, 16, 18)


def last_page(username: str) -> Option[int]:
    """The page ``username`` last had open on this workstation (-1: none yet).

    Per user: people share a workstation, and one user's last page (the administrator's
    Settings) must not be where the next user starts. The name is hex-encoded, so any user name
    makes a valid settings key.
    """
    return Option(f"users/{username.encode('utf-8').hex()}/last_page", int, -1)


def header_state(name: str) -> Option[QByteArray]:
    """The column layout (order, widths, sort) of the table called ``name``."""
    return Option(f"tables/{name}", QByteArray, QByteArray())


class Preferences:
    """Typed access to the user's QSettings.

    Args:
        settings: The store; by default the user's native settings for the app.
            Tests pass an INI file so they do not touch the real profile.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANISATION, APPLICATION)

    def get(self, option: Option[T]) -> T:
        value: Any = self._settings.value(option.key, option.default)
        if value is None:
            return option.default
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)  # type: ignore[no-any-return]
        if option.type is int:
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return option.default
        if option.type is str:
            return str(value)  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def set(self, option: Option[T], value: T) -> None:
        self._settings.setValue(option.key, value)

    def sync(self) -> None:
        self._settings.sync()

    @property
    def settings(self) -> QSettings:
        return self._settings


_current: Preferences | None = None
_home: str | None = None  # the MEDIATION_DESK_HOME the current default preferences belong to


def _default() -> Preferences:
    """The user's native settings; with ``MEDIATION_DESK_HOME`` an INI file in that folder.

    A separate data folder (a second installation, a test, a QA session) must not share window
    layout, last page or language with the user's own profile.
    """
    home = os.environ.get("MEDIATION_DESK_HOME")
    if not home:
        return Preferences()
    return Preferences(QSettings(str(Path(home) / "preferences.ini"), QSettings.Format.IniFormat))


def preferences() -> Preferences:
    """The application's preferences (created on first use, again when the data folder changes)."""
    global _current, _home
    home = os.environ.get("MEDIATION_DESK_HOME")
    if _current is None or (_home is not None and _home != (home or "")):
        _current = _default()
        _home = home or ""
    return _current


def use(prefs: Preferences) -> None:
    """Replace the application's preferences (tests, or a portable INI file)."""
    global _current, _home
    _current, _home = prefs, None
