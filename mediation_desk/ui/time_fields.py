"""Date and time fields that take typed digits.

A plain ``QDateTimeEdit`` drops digits typed where the cursor stands inside a section ("10"
with "0" typed before it reads "010", an invalid hour), and a field focused with the whole
text selected drops them as well; a mediator typing ``0930`` saw nothing happen. These fields
select the section under the cursor when they take focus and after a click, so typed digits
replace it and Qt moves on to the next section when it is full: ``20261208 0930``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit


class _SelectsSection:
    """Mixin for ``QDateTimeEdit`` and its subclasses."""

    def _select_section(self: Any) -> None:
        line = self.lineEdit()
        if not line.hasSelectedText() or line.selectedText() == line.text():
            self.setSelectedSection(self.currentSection())

    def focusInEvent(self: Any, event: Any) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        QTimer.singleShot(0, self._select_section)  # after Qt has placed the cursor

    def mouseReleaseEvent(self: Any, event: Any) -> None:
        super().mouseReleaseEvent(event)  # type: ignore[misc]
        self._select_section()


class TypedDateTimeEdit(_SelectsSection, QDateTimeEdit):
    """A ``QDateTimeEdit`` (``yyyy-MM-dd HH:mm``) that takes typed digits."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")


class TypedTimeEdit(_SelectsSection, QTimeEdit):
    """A ``QTimeEdit`` (``HH:mm``) that takes typed digits."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setDisplayFormat("HH:mm")


__all__ = ["TypedDateTimeEdit", "TypedTimeEdit"]
