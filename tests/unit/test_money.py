"""Money in fen: parsing, formatting, Chinese capital numerals (PBOC rules)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import (
    MAX_CAPITALS_FEN,
    fen_to_text,
    format_money,
    parse_money,
    to_capitals,
)

# Every worked example of 《正确填写票据和结算凭证的基本规定》 item (5), in fen, in the
# form the rule writes first (rule 3 allows 零 to be written or omitted).
PBOC_EXAMPLES = [
    (140950, "壹仟肆佰零玖元伍角"),  # 1. a 0 in the middle
    (600714, "陆仟零柒元壹角肆分"),  # 2. several 0s in the middle: one 零
    (168032, "壹仟陆佰捌拾元零叁角贰分"),  # 3. 元 digit 0, 角 not 0
    (10700053, "壹拾万柒仟元零伍角叁分"),  # 3. 万 and 元 digits 0, 千 and 角 not 0
    (1640902, "壹万陆仟肆佰零玖元零贰分"),  # 4. 角 0, 分 not 0
    (32504, "叁佰贰拾伍元零肆分"),  # 4.
]

MORE_CAPITALS = [
    (0, "零元整"),
    (1230000, "壹万贰仟叁佰元整"),  # DOMAIN.md's agreement example
    (100, "壹元整"),
    (1000, "壹拾元整"),  # leading 拾 is written 壹拾
    (1500, "壹拾伍元整"),
    (11000000, "壹拾壹万元整"),
    (1002, "壹拾元零贰分"),
    (168002, "壹仟陆佰捌拾元零贰分"),
    (168030, "壹仟陆佰捌拾元零叁角"),
    (100050, "壹仟元零伍角"),
    (140900, "壹仟肆佰零玖元整"),
    (100000, "壹仟元整"),
    (10050000, "壹拾万零伍佰元整"),  # 千 digit 0: the rule-3 exception does not apply
    (10000100, "壹拾万零壹元整"),
    (100000000, "壹佰万元整"),
    (10000000000, "壹亿元整"),
    (10000700000, "壹亿零柒仟元整"),  # a whole 0000 group: 零
    (10100000000, "壹亿零壹佰万元整"),
    (101010101010, "壹拾亿壹仟零壹拾万壹仟零壹拾元零壹角"),
    (2000000000000, "贰佰亿元整"),
    (50, "伍角"),
    (5, "伍分"),
    (53, "伍角叁分"),
    (3, "叁分"),
    (MAX_CAPITALS_FEN, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("fen", "capitals"), PBOC_EXAMPLES)
def test_pboc_worked_examples(fen: int, capitals: str) -> None:
    assert to_capitals(fen) == capitals
    assert to_capitals(fen, prefix=True) == "人民币" + capitals


@pytest.mark.parametrize(("fen", "capitals"), MORE_CAPITALS)
def test_more_capitals(fen: int, capitals: str) -> None:
    assert to_capitals(fen) == capitals


def test_prefix() -> None:
    assert to_capitals(1230000, prefix=True) == "人民币壹万贰仟叁佰元整"
    assert to_capitals(0, prefix=True) == "人民币零元整"


@pytest.mark.parametrize(("fen", "code"), [(-1, "money.negative"), (MAX_CAPITALS_FEN + 1, "money.too_large")])
def test_capitals_out_of_range(fen: int, code: str) -> None:
    with pytest.raises(ValidationError, match=code):
        to_capitals(fen)


@pytest.mark.parametrize("bad", [1.5, True, Decimal("1"), "100"])
def test_capitals_require_int(bad: object) -> None:
    with pytest.raises(TypeError):
        to_capitals(bad)  # type: ignore[arg-type]


# --- parse -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12300", 1230000),
        ("12,300.00", 1230000),
        ("¥12,300.5", 1230050),
        ("￥12,300.50", 1230050),
        ("  12300.05 ", 1230005),
        ("１２，３００．００", 1230000),
        ("１２３００。５", 1230050),
        ("12300元", 1230000),
        ("¥ 1,234,567.89", 123456789),
        ("+5", 500),
        ("0", 0),
        ("0.00", 0),
        (".5", 50),
        ("5.", 500),
        ("007", 700),
        ("10000000000", 10**12),  # the default maximum is allowed
    ],
)
def test_parse_money_accepts(text: str, fen: int) -> None:
    assert parse_money(text) == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "money.empty"),
        ("   ", "money.empty"),
        ("\u3000", "money.empty"),
        ("-5", "money.negative"),
        ("-0.01", "money.negative"),
        ("¥-5", "money.negative"),
        ("－５", "money.negative"),
        ("−5", "money.negative"),
        ("1.234", "money.precision"),
        ("1.230", "money.precision"),
        ("0.001", "money.precision"),
        ("nan", "money.invalid"),
        ("NaN", "money.invalid"),
        ("inf", "money.invalid"),
        ("-inf", "money.invalid"),
        ("Infinity", "money.invalid"),
        ("1e5", "money.invalid"),
        ("1E-2", "money.invalid"),
        ("0x10", "money.invalid"),
        ("1_000", "money.invalid"),
        ("abc", "money.invalid"),
        ("1,2", "money.invalid"),
        ("12,30", "money.invalid"),
        ("1234,567", "money.invalid"),
        (",100", "money.invalid"),
        ("1.2.3", "money.invalid"),
        ("¥", "money.invalid"),
        (".", "money.invalid"),
        ("--5", "money.invalid"),
        ("5-", "money.invalid"),
        ("٣", "money.invalid"),  # Arabic-Indic digit
        ("²", "money.invalid"),
        ("壹佰元", "money.invalid"),
        ("10000000000.01", "money.too_large"),
        ("9" * 30, "money.too_large"),
        ("9" * 5000, "money.invalid"),
    ],
)
def test_parse_money_refuses(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_money(text)
    assert info.value.code == code


def test_too_large_names_the_maximum() -> None:
    with pytest.raises(ValidationError) as info:
        parse_money("100.01", maximum_fen=10000)
    assert (info.value.code, info.value.params) == ("money.too_large", {"maximum": 10000})
    assert parse_money("100", maximum_fen=10000) == 10000


@pytest.mark.parametrize("value", [12300.0, float("nan"), float("inf"), 0.1])
def test_float_is_refused(value: float) -> None:
    with pytest.raises(ValidationError) as info:
        parse_money(value)  # type: ignore[arg-type]
    assert info.value.code == "money.float"


@pytest.mark.parametrize("value", [None, 12300, Decimal("1.00"), b"100"])
def test_other_non_text_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        parse_money(value)  # type: ignore[arg-type]
    assert info.value.code == "money.invalid"


# --- formatting ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "text", "formatted"),
    [
        (1230000, "12300.00", "¥12,300.00"),
        (0, "0.00", "¥0.00"),
        (5, "0.05", "¥0.05"),
        (123456789, "1234567.89", "¥1,234,567.89"),
        (100, "1.00", "¥1.00"),
        (-150, "-1.50", "-¥1.50"),
    ],
)
def test_formatting(fen: int, text: str, formatted: str) -> None:
    assert fen_to_text(fen) == text
    assert format_money(fen) == formatted


@pytest.mark.parametrize("bad", [1.0, True, "1"])
def test_formatting_requires_int(bad: object) -> None:
    with pytest.raises(TypeError):
        fen_to_text(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_money(bad)  # type: ignore[arg-type]


# --- properties ------------------------------------------------------------------

amounts = st.integers(0, 10**12) | st.integers(0, 100_000)


@settings(max_examples=500, database=None)
@given(amounts)
def test_text_round_trip(fen: int) -> None:
    assert parse_money(fen_to_text(fen)) == fen
    assert parse_money(format_money(fen)) == fen


_DIGIT = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def _decode_capitals(text: str) -> int:
    """Independent reader of capitals: the inverse of to_capitals, in fen."""
    yi = wan = section = digit = yuan = cents = 0
    for ch in text:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _UNIT:
            section += digit * _UNIT[ch]
            digit = 0
        elif ch == "万":
            wan, section, digit = (section + digit) * 10**4, 0, 0
        elif ch == "亿":
            yi, wan, section, digit = (wan + section + digit) * 10**8, 0, 0, 0
        elif ch == "元":
            yuan, yi, wan, section, digit = yi + wan + section + digit, 0, 0, 0, 0
        elif ch == "角":
            cents, digit = cents + digit * 10, 0
        elif ch == "分":
            cents, digit = cents + digit, 0
        else:
            assert ch == "整", text
    return yuan * 100 + cents


@settings(max_examples=1000, database=None)
@given(
    st.integers(0, MAX_CAPITALS_FEN) | st.integers(0, 10**7) | st.integers(0, 99_999).map(lambda n: n * 10**9)
)
def test_capitals_read_back_and_follow_the_rules(fen: int) -> None:
    text = to_capitals(fen)
    assert _decode_capitals(text) == fen
    assert "零零" not in text
    if fen:
        assert not any(f"零{unit}" in text for unit in "拾佰仟万亿元角分整")
    assert not text.startswith("拾")
    assert text.endswith("整") == (fen % 100 == 0)
    assert text.endswith("分") == (fen % 10 != 0)
    if fen >= 100 and fen % 100 and (fen // 10) % 10 == 0:
        assert "元零" in text  # rule 4
    for ch in text:
        assert ch in "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整", ch  # never 一二三 or 两


money_like = st.text(alphabet="0123456789,.¥￥-+ 元，．。０９eE", max_size=20)


@settings(max_examples=1000, database=None)
@given(st.text(max_size=30) | money_like)
def test_malformed_text_only_raises_validation_error(text: str) -> None:
    try:
        fen = parse_money(text)
    except ValidationError as exc:
        assert exc.code.startswith("money.")
    else:
        assert 0 <= fen <= 10**12
        assert parse_money(fen_to_text(fen)) == fen
