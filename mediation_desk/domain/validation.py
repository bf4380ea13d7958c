"""Small validators for names and free text: nothing is ever silently truncated.

Too-long input is refused with a :class:`ValidationError` naming the limit, so the
form can tell the user instead of the database cutting the text.

Rare characters in names (生僻字) may be unassigned in Python's Unicode tables or
sit in the Private Use Area (some ID systems encode them there), so only control and
format characters are refused, not "unknown" ones.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import unicodedata

from mediation_desk.domain.errors import ValidationError

__all__ = ["validate_name", "validate_text"]

#: Cc control, Cf format (zero-width and bidi marks), Cs lone surrogates,
#: Zl/Zp line and paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: Characters a multi-line text field may contain despite being controls.
_TEXT_ALLOWED_CONTROLS = frozenset("\n\r\t")


def _has_refused(text: str, allowed: frozenset[str]) -> bool:
    return any(ch not in allowed and unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in text)


def validate_name(text: str, *, max_len: int = 50) -> str:
    """Validate a person's or organisation's name.

    Args:
        text: Raw input; leading and trailing whitespace is removed.
        max_len: Maximum length in characters after stripping.

    Returns:
        The stripped name.

    Raises:
        ValidationError: ``name.empty``; ``name.characters`` (control, format
            or line-break characters); ``name.too_long`` (``max``, ``length``).
    """
    name = text.strip()
    if not name:
        raise ValidationError("name.empty")
    if _has_refused(name, frozenset()):
        raise ValidationError("name.characters")
    if len(name) > max_len:
        raise ValidationError("name.too_long", max=max_len, length=len(name))
    return name


def validate_text(text: str, *, field: str, max_len: int, required: bool = False) -> str:
    """Validate a free-text field (facts, terms, notes, addresses...).

    Line breaks and tabs are kept; other control and format characters are
    refused. Leading and trailing whitespace is removed.

    Args:
        text: Raw input.
        field: Name of the field, passed on in the error for the message.
        max_len: Maximum length in characters after stripping.
        required: Refuse empty text with ``text.empty``.

    Returns:
        The stripped text (may be empty when not required).

    Raises:
        ValidationError: ``text.empty`` (``field``); ``text.characters``
            (``field``); ``text.too_long`` (``field``, ``max``, ``length``).
    """
    value = text.strip()
    if required and not value:
        raise ValidationError("text.empty", field=field)
    if _has_refused(value, _TEXT_ALLOWED_CONTROLS):
        raise ValidationError("text.characters", field=field)
    if len(value) > max_len:
        raise ValidationError("text.too_long", field=field, max=max_len, length=len(value))
    return value
