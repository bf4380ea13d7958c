"""Money as integer fen (分): parsing, formatting and capital numerals (大写金额).

Amounts are never floats. :func:`to_capitals` follows the People's Bank of China
rules 《正确填写票据和结算凭证的基本规定》 (annex to 《支付结算办法》), item (5):

1. a 0 between digits is written 零 (¥1,409.50 → 壹仟肆佰零玖元伍角);
2. several consecutive 0s are written as one 零 (¥6,007.14 → 陆仟零柒元壹角肆分);
3. when the 万 or 元 digit is 0 but the 千 or 角 digit is not, 零 may be written or
   omitted. This module writes 零 before a non-zero 角 after a 0 元 digit
   (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分) and omits it after 万/亿 when the next
   千 digit is non-zero (¥107,000.53 → 壹拾万柒仟元零伍角叁分), the first form of
   each PBOC example;
4. 角 0 and 分 non-zero: 元 is followed by 零 (¥325.04 → 叁佰贰拾伍元零肆分).

"整" follows 元 when there are no 角 and 分; nothing follows 角 or 分. A leading 拾
is always written 壹拾. Amounts under one yuan start at 角/分 (¥0.50 → 伍角).

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re

from mediation_desk.domain.errors import ValidationError

__all__ = ["MAX_CAPITALS_FEN", "fen_to_text", "format_money", "parse_money", "to_capitals"]

DEFAULT_MAXIMUM_FEN = 10**12
#: Largest amount :func:`to_capitals` can write: 9999亿9999万9999元9角9分.
MAX_CAPITALS_FEN = 10**14 - 1

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")

_TRANSLATE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
        "，": ",",
        "．": ".",
        "。": ".",  # IME full stop typed as decimal point
        "￥": "¥",
        "－": "-",
        "−": "-",  # U+2212 minus sign
        "＋": "+",
    }
)
# Digits, either plain or grouped by commas in threes, optional 1+ decimals.
_NUMBER = re.compile(r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.(?P<frac>[0-9]*))?")
_MAX_INPUT = 64


def parse_money(text: str, *, maximum_fen: int = DEFAULT_MAXIMUM_FEN) -> int:
    """Parse an amount in yuan typed by a user into integer fen.

    Accepts ``"12300"``, ``"12,300.00"``, ``"¥12,300.5"``, ``"12300元"``,
    full-width digits and punctuation, surrounding whitespace. Thousands
    separators must be placed every three digits.

    Args:
        text: The input text.
        maximum_fen: Largest accepted amount, in fen.

    Returns:
        The amount in fen.

    Raises:
        ValidationError: ``money.float`` (a float was passed), ``money.invalid``
            (not an amount, including NaN/infinity/exponents and non-str input),
            ``money.empty``, ``money.negative``, ``money.precision`` (more than
            two decimal places), ``money.too_large`` (``maximum``).
    """
    if isinstance(text, float):
        raise ValidationError("money.float")
    if not isinstance(text, str):
        raise ValidationError("money.invalid", type=type(text).__name__)
    body = "".join(text.split()).translate(_TRANSLATE)
    if not body:
        raise ValidationError("money.empty")
    if len(body) > _MAX_INPUT:
        raise ValidationError("money.invalid")
    negative = False
    if body[0] in "+-":
        negative, body = body[0] == "-", body[1:]
    if body.startswith("¥"):
        body = body[1:]
    if body.startswith("-") and not negative:  # "¥-5"
        negative, body = True, body[1:]
    if body.endswith("元"):
        body = body[:-1]
    match = _NUMBER.fullmatch(body)
    if not body or match is None or not (match["int"] or match["frac"]):
        raise ValidationError("money.invalid")
    if negative:
        raise ValidationError("money.negative")
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise ValidationError("money.precision")
    whole = (match["int"] or "0").replace(",", "")
    fen = int(whole) * 100 + int(frac.ljust(2, "0"))
    if fen > maximum_fen:
        raise ValidationError("money.too_large", maximum=maximum_fen)
    return fen


def fen_to_text(fen: int) -> str:
    """Plain decimal text in yuan, as an input box shows it: ``1230000`` → ``"12300.00"``.

    Args:
        fen: Amount in fen (negative amounts get a leading ``-``).

    Returns:
        The text; :func:`parse_money` reads it back for non-negative amounts.

    Raises:
        TypeError: If ``fen`` is not an int.
    """
    _require_int(fen)
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan}.{cents:02d}"


def format_money(fen: int) -> str:
    """Display text with currency sign and separators: ``1230000`` → ``"¥12,300.00"``.

    Args:
        fen: Amount in fen (negative amounts are written ``-¥5.00``).

    Returns:
        The text.

    Raises:
        TypeError: If ``fen`` is not an int.
    """
    _require_int(fen)
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def to_capitals(fen: int, *, prefix: bool = False) -> str:
    """Write an amount in Chinese capital numerals (大写金额) per the PBOC rules.

    Args:
        fen: Amount in fen, 0 to :data:`MAX_CAPITALS_FEN`.
        prefix: Start with ``人民币`` (as on cheques and agreements).

    Returns:
        E.g. ``1230000`` → ``"壹万贰仟叁佰元整"``, ``32504`` → ``"叁佰贰拾伍元零肆分"``.

    Raises:
        TypeError: If ``fen`` is not an int.
        ValidationError: ``money.negative`` or ``money.too_large`` (``maximum``).
    """
    _require_int(fen)
    if fen < 0:
        raise ValidationError("money.negative")
    if fen > MAX_CAPITALS_FEN:
        raise ValidationError("money.too_large", maximum=MAX_CAPITALS_FEN)
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    head = "人民币" if prefix else ""
    if fen == 0:
        return head + "零元整"
    parts: list[str] = []
    if yuan:
        parts.append(_yuan_capitals(yuan) + "元")
    if cents == 0:
        parts.append("整")
    else:
        if jiao:
            # Rule 3: 零 before 角 when the 元 digit is 0 (only if there are yuan).
            if yuan and yuan % 10 == 0:
                parts.append("零")
            parts.append(_DIGITS[jiao] + "角")
        elif yuan:
            parts.append("零")  # rule 4: 元零X分
        if fen_digit:
            parts.append(_DIGITS[fen_digit] + "分")
    return head + "".join(parts)


def _yuan_capitals(yuan: int) -> str:
    """Capitals of a positive integer below 10**12, without the 元."""
    groups: list[int] = []
    while yuan:
        yuan, group = divmod(yuan, 10_000)
        groups.append(group)
    out: list[str] = []
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = True  # a whole 0000 group: one 零 before what follows
            continue
        if out and (pending_zero or group < 1000):
            out.append("零")
        out.append(_group_capitals(group) + _GROUP_UNITS[index])
        pending_zero = False
    return "".join(out)


def _group_capitals(group: int) -> str:
    """Capitals of 1..9999: zeros inside become one 零, trailing zeros vanish."""
    digits = f"{group:04d}".lstrip("0")
    out: list[str] = []
    zero = False
    for pos, ch in enumerate(digits):
        unit = _SMALL_UNITS[len(digits) - 1 - pos]
        if ch == "0":
            zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[int(ch)] + unit)
    return "".join(out)


def _require_int(fen: object) -> None:
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"amount in fen must be an int, got {type(fen).__name__}")
