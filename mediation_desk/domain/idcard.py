"""Mainland resident identity card numbers (居民身份证号码, GB 11643-1999).

An 18-character number is ``RRRRRR`` (administrative division of first registration),
``YYYYMMDD`` (birth date), ``SSS`` (order code; odd = male, even = female) and one
ISO 7064 MOD 11-2 check character (``0``-``9`` or ``X``).

Only the 18-digit form is accepted; the 15-digit numbers issued before 1999 fail
with ``id.length`` (they expired long ago).

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.clock import beijing_today
from mediation_desk.domain.enums import Sex
from mediation_desk.domain.errors import ValidationError

__all__ = [
    "ResidentId",
    "age_on",
    "check_digit",
    "make_resident_id",
    "mask_id",
    "normalize_id",
    "parse_resident_id",
]

ID_LENGTH = 18
EARLIEST_BIRTH = date(1900, 1, 1)

#: Weights 2**(17 - i) mod 11 for positions 1..17.
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
#: Check character for ``sum mod 11`` (index) — ISO 7064 MOD 11-2.
_CHECK_CHARS = "10X98765432"

#: First two digits that are real province-level codes.  71 Taiwan, 81 Hong Kong,
#: 82 Macao, 83 residence permits of Taiwan residents, 91 new foreign permanent
#: resident ID cards (2023).
PROVINCE_CODES = frozenset(
    {
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
        81,
        82,
        83,
        91,
    }
)

_FULL_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "Ｘ": "X", "ｘ": "X", "x": "X"})


@dataclass(frozen=True)
class ResidentId:
    """A parsed, valid resident ID number.

    Attributes:
        number: The normalized 18-character number.
        region_code: The 6-digit administrative division code.
        birth_date: Date of birth.
        sex: From the parity of the 17th digit (odd = male).
        warnings: Codes of non-fatal findings, e.g. ``"id.region_unknown"``.
    """

    number: str
    region_code: str
    birth_date: date
    sex: Sex
    warnings: tuple[str, ...] = ()


def normalize_id(text: str) -> str:
    """Normalize typed or pasted ID input.

    Removes all whitespace (including the ideographic space), converts full-width
    digits and ``Ｘ``/``ｘ`` to ASCII and upper-cases ``x``. Nothing else is changed,
    so invalid characters remain visible to :func:`parse_resident_id`.

    Args:
        text: Raw user input.

    Returns:
        The normalized text (possibly empty or still invalid).
    """
    return "".join(text.split()).translate(_FULL_WIDTH)


def check_digit(first17: str) -> str:
    """Compute the ISO 7064 MOD 11-2 check character.

    Args:
        first17: The first 17 characters, all ASCII digits.

    Returns:
        ``"0"``-``"9"`` or ``"X"``.

    Raises:
        ValueError: If ``first17`` is not exactly 17 ASCII digits.
    """
    if len(first17) != 17 or not _ascii_digits(first17):
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    total = sum(int(ch) * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def parse_resident_id(text: str, *, today: date | None = None) -> ResidentId:
    """Validate and decompose an 18-character resident ID number.

    Args:
        text: Raw input; normalized with :func:`normalize_id` first.
        today: The date births may not be after (default: today in Beijing, not the
            workstation's zone).

    Returns:
        The parsed ID.

    Raises:
        ValidationError: ``id.empty``; ``id.length`` (``length``);
            ``id.characters``; ``id.birth_date`` (impossible date, before
            1900-01-01 or after ``today``); ``id.checksum`` (``expected``).
    """
    number = normalize_id(text)
    if not number:
        raise ValidationError("id.empty")
    if len(number) != ID_LENGTH:
        raise ValidationError("id.length", length=len(number))
    if not _ascii_digits(number[:17]) or not (_ascii_digits(number[17]) or number[17] == "X"):
        raise ValidationError("id.characters")
    birth = _birth_date(number[6:14])
    if birth is None or birth < EARLIEST_BIRTH or birth > (today or beijing_today()):
        raise ValidationError("id.birth_date")
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise ValidationError("id.checksum", expected=expected)
    warnings: tuple[str, ...] = ()
    if int(number[:2]) not in PROVINCE_CODES:
        warnings = ("id.region_unknown",)
    sex = Sex.MALE if int(number[16]) % 2 else Sex.FEMALE
    return ResidentId(number=number, region_code=number[:6], birth_date=birth, sex=sex, warnings=warnings)


def make_resident_id(region: str, birth: date, seq: int, sex: Sex | None = None) -> str:
    """Build a valid ID number (demo data and tests).

    Args:
        region: 6-digit administrative division code.
        birth: Date of birth.
        seq: Order code 0-999. If ``sex`` is given, its last bit is adjusted so
            the parity matches (odd = male): e.g. ``seq=2, sex=MALE`` gives ``003``.
        sex: Optional sex to encode.

    Returns:
        An 18-character number with a correct check character.

    Raises:
        ValueError: If an argument is out of range.
    """
    if len(region) != 6 or not _ascii_digits(region):
        raise ValueError(f"region must be 6 ASCII digits, got {region!r}")
    if not 0 <= seq <= 999:
        raise ValueError(f"seq must be 0..999, got {seq}")
    if not 1000 <= birth.year <= 9999:
        raise ValueError(f"birth year must have 4 digits, got {birth.year}")
    if sex is not None:
        seq = (seq & ~1) | (1 if sex is Sex.MALE else 0)
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def age_on(birth: date, on: date) -> int:
    """Full years of age (周岁) on a given day.

    The age goes up on the birthday itself. Someone born on 29 February has the
    birthday on 1 March in common years (the day after 28 February ends), the
    conservative choice for juvenile protection rules.

    Note: for criminal responsibility Chinese practice counts "已满N周岁" from the
    day *after* the birthday; callers applying that rule must add one day.

    Args:
        birth: Date of birth.
        on: The day the age is wanted for.

    Returns:
        Completed years; negative if ``on`` is before ``birth``.
    """
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def mask_id(number: str) -> str:
    """Mask an ID number for lists and juveniles' records.

    18 characters keep the first 6 and the last 4 (``110105********002X``); other
    lengths keep the first 2 and last 2; 4 characters or fewer are fully masked.

    Args:
        number: The (normalized) number.

    Returns:
        The masked number, the same length as the input.
    """
    n = len(number)
    if n == ID_LENGTH:
        return number[:6] + "*" * 8 + number[-4:]
    if n <= 4:
        return "*" * n
    return number[:2] + "*" * (n - 4) + number[-2:]


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _birth_date(yyyymmdd: str) -> date | None:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None
