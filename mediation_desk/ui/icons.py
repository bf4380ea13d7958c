"""The application's icon (``resources/icons/mediation-desk.svg``), also when frozen."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import resources_dir

APP_ICON = "mediation-desk.svg"


@cache
def app_icon() -> QIcon:
    """The window and About-dialog icon (an empty icon if the file is missing, never an error)."""
    return QIcon(str(resources_dir() / "icons" / APP_ICON))
