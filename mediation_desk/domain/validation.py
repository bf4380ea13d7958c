"""The one validation layer for text fields: nothing is ever silently truncated.

:func:`clean` is what every service that stores text calls: NFC normalisation, trimming, a
maximum length per field (:data:`FIELDS`), and no control characters, NUL, bidi overrides or
zero-width characters (a multi-line field keeps line breaks and tabs; CR LF becomes LF).

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

__all__ = ["FIELDS", "clean", "clean_text", "validate_name", "validate_text"]

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


#: Every stored text field: its maximum length and whether it may hold line breaks.
FIELDS: dict[str, tuple[int, bool]] = {
    # people
    "name": (100, False),
    "ethnicity": (20, False),
    "address": (200, False),
    "occupation": (50, False),
    "legal_rep": (50, False),
    "id_number": (40, False),
    "phone": (20, False),
    "uscc": (18, False),
    # cases
    "title": (200, False),
    "facts": (20000, True),
    "claims": (20000, True),
    "category": (30, False),
    "source": (30, False),
    "eligibility_override": (1000, True),
    "agent_authority": (500, True),
    "police_case_no": (60, False),
    "charge": (100, False),
    "reason": (1000, True),
    "legal_basis": (500, True),
    "police_recommendation": (500, True),
    "note": (1000, True),
    # sessions, agreements, performance, follow-ups
    "place": (200, False),
    "record": (50000, True),
    "issues": (20000, True),
    "responsibility": (20000, True),
    "terms": (20000, True),
    "performance_method": (200, False),
    "performance_place": (200, False),
    "apology": (1000, True),
    "description": (500, True),
    "receipt_no": (60, False),
    "override_reason": (500, True),
    "summary": (2000, True),
    # settings and accounts
    "org_code": (20, False),
    "display_name": (50, False),
    "username": (50, False),
    "label": (100, False),
    "signatories": (500, False),
    "contact_person": (100, False),
    "method": (30, False),
    "case_number": (60, False),
    "agreement_number": (60, False),
}
_DEFAULT = (1000, True)


def clean_text(
    value: object, *, field: str, max_len: int, multiline: bool = False, required: bool = False
) -> str:
    """Validate and normalise one text value (the rule behind :func:`clean`).

    Args:
        value: What was typed or imported; anything but a ``str`` is refused.
        field: The field's name, passed on in the error for the message.
        max_len: Maximum length in characters after normalising and trimming.
        multiline: Keep line breaks and tabs (CR LF and CR become LF).
        required: Refuse an empty value.

    Returns:
        The NFC-normalised, trimmed text (may be empty when not required).

    Raises:
        ValidationError: ``field.type`` (not text); ``text.empty``; ``text.characters``
            (control, NUL, bidi, zero-width, line breaks in a one-line field);
            ``text.too_long`` (``field``, ``max``, ``length``).
    """
    if not isinstance(value, str):
        raise ValidationError("field.type", field=field, expected="text")
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    if _has_refused(text, _TEXT_ALLOWED_CONTROLS - {"\r"} if multiline else frozenset()):
        raise ValidationError("text.characters", field=field)
    if required and not text:
        raise ValidationError("text.empty", field=field)
    if len(text) > max_len:
        raise ValidationError("text.too_long", field=field, max=max_len, length=len(text))
    return text


def clean(field: str, value: object, *, required: bool = False, max_len: int | None = None) -> str:
    """:func:`clean_text` with the field's limits from :data:`FIELDS` (``max_len`` overrides)."""
    limit, multiline = FIELDS.get(field, _DEFAULT)
    return clean_text(value, field=field, max_len=max_len or limit, multiline=multiline, required=required)
