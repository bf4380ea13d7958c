"""Unified social credit codes of organisations (统一社会信用代码, GB 32100-2015).

Layout: registration authority (1 char), organisation type (1), administrative
division (6), organisation code (9), check character (1). The alphabet has 31
characters (no I, O, Z, S, V); the check is ``31 - (Σ value·weight mod 31)``, with
31 written as ``0``.

python-stdnum is deliberately not used: it rejects valid codes registered by the
agriculture authority ``N`` (village collective economic organisations) and ``Y``.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from mediation_desk.domain.errors import ValidationError

__all__ = ["AUTHORITIES", "ALPHABET", "make_uscc", "normalize_uscc", "uscc_check_char", "validate_uscc"]

USCC_LENGTH = 18
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

#: Registration authority codes (first character): 1 机构编制, 2 外交, 3 司法行政,
#: 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管(工商), A 中央军委改革和编制办公室,
#: N 农业 (村集体经济组织), Y 其他.
AUTHORITIES = frozenset("123456789ANY")

_FULL_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},  # ０-９
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},  # Ａ-Ｚ
        **{chr(0xFF41 + i): chr(0x41 + i) for i in range(26)},  # ａ-ｚ → upper
    }
)


def normalize_uscc(text: str) -> str:
    """Normalize typed or pasted input.

    Removes all whitespace, converts full-width digits and Latin letters to ASCII
    and upper-cases ASCII letters.

    Args:
        text: Raw input.

    Returns:
        The normalized text (possibly still invalid).
    """
    joined = "".join(text.split()).translate(_FULL_WIDTH)
    return "".join(ch.upper() if ch.isascii() else ch for ch in joined)


def uscc_check_char(first17: str) -> str:
    """Compute the check character of the first 17 characters.

    Args:
        first17: 17 characters of :data:`ALPHABET`.

    Returns:
        The check character.

    Raises:
        ValueError: If ``first17`` has the wrong length or characters.
    """
    if len(first17) != 17 or any(ch not in _VALUES for ch in first17):
        raise ValueError(f"expected 17 characters of the USCC alphabet, got {first17!r}")
    total = sum(_VALUES[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def validate_uscc(text: str) -> str:
    """Validate a unified social credit code.

    Args:
        text: Raw input; normalized with :func:`normalize_uscc` first.

    Returns:
        The normalized 18-character code.

    Raises:
        ValidationError: ``uscc.empty``; ``uscc.length`` (``length``);
            ``uscc.characters``; ``uscc.authority`` (``authority``);
            ``uscc.checksum`` (``expected``).
    """
    code = normalize_uscc(text)
    if not code:
        raise ValidationError("uscc.empty")
    if len(code) != USCC_LENGTH:
        raise ValidationError("uscc.length", length=len(code))
    if any(ch not in _VALUES for ch in code):
        raise ValidationError("uscc.characters")
    if code[0] not in AUTHORITIES:
        raise ValidationError("uscc.authority", authority=code[0])
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError("uscc.checksum", expected=expected)
    return code


def make_uscc(first17: str) -> str:
    """Append the check character (demo data and tests).

    Args:
        first17: 17 characters of :data:`ALPHABET` (normalized first).

    Returns:
        The complete 18-character code.

    Raises:
        ValueError: If ``first17`` is malformed.
    """
    first17 = normalize_uscc(first17)
    return first17 + uscc_check_char(first17)
