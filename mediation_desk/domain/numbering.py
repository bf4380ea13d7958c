"""Case numbers (案号) such as ``（2026）京朝调字第0012号``.

Format: ``（{year}）{org_code}{type_code}字第{seq:04d}号`` with full-width
parentheses. Allocating the sequence is the store's job; this module only formats
and parses.

The text has no separator between ``org_code`` and ``type_code``; parsing takes
the type code to be the last character before ``字`` unless the caller passes the
configured type codes.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from mediation_desk.domain.errors import ValidationError

__all__ = ["format_case_number", "parse_case_number"]

_FORBIDDEN = frozenset("()（）〔〕[]［］第字号 ")
_OPEN = "(（〔[［"
_CLOSE = ")）〕]］"
_PATTERN = re.compile(
    rf"[{re.escape(_OPEN)}](?P<year>[0-9]{{4}})[{re.escape(_CLOSE)}]"
    r"(?P<codes>[^0-9\s]+?)字第(?P<seq>[0-9]{1,18})号"
)
_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})


def _check_code(value: str, field: str) -> None:
    if not value or any(
        ch in _FORBIDDEN or ch.isdigit() or ch.isspace() or not ch.isprintable() for ch in value
    ):
        raise ValidationError("number.invalid", field=field)


def format_case_number(*, year: int, org_code: str, type_code: str, seq: int) -> str:
    """Format a case number.

    Args:
        year: Four-digit year of the series.
        org_code: Organisation code, e.g. ``"京朝"``.
        type_code: Document type code, e.g. ``"调"``.
        seq: Sequence number, 1 or more; padded to at least 4 digits.

    Returns:
        E.g. ``"（2026）京朝调字第0012号"``.

    Raises:
        ValidationError: ``number.invalid`` (``field``) if a part cannot be
            written unambiguously (empty, digits, brackets, 字/第/号, spaces).
    """
    if isinstance(year, bool) or not 1000 <= year <= 9999:
        raise ValidationError("number.invalid", field="year")
    if isinstance(seq, bool) or seq < 1:
        raise ValidationError("number.invalid", field="seq")
    _check_code(org_code, "org_code")
    _check_code(type_code, "type_code")
    return f"（{year}）{org_code}{type_code}字第{seq:04d}号"


def parse_case_number(text: str, *, type_codes: Collection[str] | None = None) -> tuple[int, str, str, int]:
    """Parse a case number back into its parts.

    Half-width parentheses, 〔〕 and full-width digits are accepted; surrounding
    and internal whitespace is ignored.

    Args:
        text: The case number.
        type_codes: Known type codes; the longest one that ends the code part is
            used. Without it the type code is the last character before ``字``.

    Returns:
        ``(year, org_code, type_code, seq)``.

    Raises:
        ValidationError: ``number.invalid`` if the text is not a case number.
    """
    body = "".join(text.split()).translate(_DIGITS)
    match = _PATTERN.fullmatch(body)
    if match is None:
        raise ValidationError("number.invalid")
    codes, seq = match["codes"], int(match["seq"])
    type_code = codes[-1]
    if type_codes:
        candidates = [t for t in type_codes if t and codes.endswith(t) and len(t) < len(codes)]
        if candidates:
            type_code = max(candidates, key=len)
    org_code = codes[: len(codes) - len(type_code)]
    if not org_code or seq < 1:
        raise ValidationError("number.invalid")
    try:
        _check_code(org_code, "org_code")
        _check_code(type_code, "type_code")
    except ValidationError:
        raise ValidationError("number.invalid") from None
    return int(match["year"]), org_code, type_code, seq
