"""Telephone numbers: normalize to E.164, display and mask.

Numbers without an international prefix are read as mainland China numbers
(mobile ``138 1234 5678``, landline ``010-6512 3456`` with area code). Numbers with
``+``/``00`` and another country code (a Hong Kong party's ``+852 ...``) are
accepted too, as long as ``phonenumbers`` considers them valid.

``phonenumbers`` is imported on first use: the package import costs ~60 ms and its
metadata loads lazily; the domain package stays cheap to import.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
from types import ModuleType

from mediation_desk.domain.errors import ValidationError

__all__ = ["display_phone", "mask_phone", "normalize_phone"]

DEFAULT_REGION = "CN"
_MAX_INPUT = 40

_TRANSLATE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "＋": "+",
        "－": "-",
        "—": "-",
        "（": "(",
        "）": ")",
        "．": ".",
        "\u3000": " ",
    }
)
# Only digits and the usual separators: phonenumbers would otherwise read letters as
# vanity digits ("138ABCDEFGH") and silently drop extensions and trailing junk.
_ALLOWED = re.compile(r"\+?[0-9 ()\-./]+")


def _phonenumbers() -> ModuleType:
    import phonenumbers

    return phonenumbers


def normalize_phone(text: str) -> str:
    """Validate a phone number and return it in E.164 form.

    Args:
        text: Raw input, e.g. ``"138 1234 5678"``, ``"0086-138-1234-5678"``,
            ``"(010)6512-3456"``, ``"＋８６１３８１２３４５６７８"``.

    Returns:
        E.164 text such as ``"+8613812345678"``.

    Raises:
        ValidationError: ``phone.empty``; ``phone.invalid`` (characters other than
            digits and separators, an extension, or not a valid number).
    """
    body = text.translate(_TRANSLATE).strip()
    if not body:
        raise ValidationError("phone.empty")
    if len(body) > _MAX_INPUT or not _ALLOWED.fullmatch(body):
        raise ValidationError("phone.invalid")
    pn = _phonenumbers()
    try:
        number = pn.parse(body, DEFAULT_REGION)
    except pn.NumberParseException:
        raise ValidationError("phone.invalid") from None
    if number.extension or not pn.is_valid_number(number):
        raise ValidationError("phone.invalid")
    result: str = pn.format_number(number, pn.PhoneNumberFormat.E164)
    return result


def display_phone(e164: str) -> str:
    """Format a stored number for the screen.

    Mainland numbers use the national format (``138 1234 5678``,
    ``010 6512 3456``); others the international format (``+852 9123 4567``).
    Text that does not parse is returned unchanged.

    Args:
        e164: A number as returned by :func:`normalize_phone`.

    Returns:
        The display text.
    """
    pn = _phonenumbers()
    try:
        number = pn.parse(e164, DEFAULT_REGION)
    except pn.NumberParseException:
        return e164
    fmt = pn.PhoneNumberFormat.NATIONAL if number.country_code == 86 else pn.PhoneNumberFormat.INTERNATIONAL
    result: str = pn.format_number(number, fmt)
    return result


def mask_phone(e164: str) -> str:
    """Mask a stored number for lists and sealed records.

    Mainland numbers keep the first 3 and the last 4 digits of the national
    number with trunk prefix (``138****5678``, ``010****3456``); other countries
    keep the country code and the last 4 digits (``+852****4567``). Anything else
    keeps its last 4 digits, or is masked completely when shorter than 8.

    Args:
        e164: A number as returned by :func:`normalize_phone`.

    Returns:
        The masked text.
    """
    digits = "".join(ch for ch in e164 if ch.isascii() and ch.isdigit())
    pn = _phonenumbers()
    try:
        number = pn.parse(e164, DEFAULT_REGION)
    except pn.NumberParseException:
        number = None
    if number is not None and number.country_code == 86:
        national = "".join(
            ch for ch in pn.format_number(number, pn.PhoneNumberFormat.NATIONAL) if ch.isdigit()
        )
        if len(national) >= 8:
            return national[:3] + "*" * (len(national) - 7) + national[-4:]
    elif number is not None:
        national = str(number.national_number)
        if len(national) > 4:
            return f"+{number.country_code}" + "*" * (len(national) - 4) + national[-4:]
    if len(digits) < 8:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]
