"""Phone numbers: E.164 normalization, display, masking."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.phone import display_phone, mask_phone, normalize_phone


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("13812345678", "+8613812345678"),
        ("138 1234 5678", "+8613812345678"),
        ("138-1234-5678", "+8613812345678"),
        ("+86 138 1234 5678", "+8613812345678"),
        ("+86-13812345678", "+8613812345678"),
        ("0086 138 1234 5678", "+8613812345678"),
        ("8613812345678", "+8613812345678"),
        ("１３８１２３４５６７８", "+8613812345678"),
        ("＋８６ １３８ １２３４ ５６７８", "+8613812345678"),
        ("010-65123456", "+861065123456"),
        ("010 6512 3456", "+861065123456"),
        ("(010)65123456", "+861065123456"),
        ("（０１０）６５１２３４５６", "+861065123456"),
        ("+86 10 6512 3456", "+861065123456"),
        ("0755-12345678", "+8675512345678"),
        ("020-12345678", "+862012345678"),
        ("+852 9123 4567", "+85291234567"),  # a Hong Kong party
    ],
)
def test_normalize_phone(text: str, e164: str) -> None:
    assert normalize_phone(text) == e164


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "phone.empty"),
        ("  ", "phone.empty"),
        ("\u3000", "phone.empty"),
        ("65123456", "phone.invalid"),  # landline without area code
        ("12345", "phone.invalid"),
        ("1381234567", "phone.invalid"),  # 10 digits
        ("138123456789", "phone.invalid"),  # 12 digits
        ("138ABCDEFGH", "phone.invalid"),  # letters would be read as vanity digits
        ("call 13812345678", "phone.invalid"),
        ("13812345678 abc", "phone.invalid"),
        ("010-65123456 ext. 801", "phone.invalid"),  # E.164 cannot keep an extension
        ("010-65123456转801", "phone.invalid"),
        ("13812345678;13912345678", "phone.invalid"),
        ("+", "phone.invalid"),
        ("---", "phone.invalid"),
        ("1" * 100, "phone.invalid"),
    ],
)
def test_normalize_phone_refuses(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_phone(text)
    assert info.value.code == code


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+8613812345678", "138 1234 5678"),
        ("+861065123456", "010 6512 3456"),
        ("+8675512345678", "0755 1234 5678"),
        ("+85291234567", "+852 9123 4567"),
        ("not a number", "not a number"),
    ],
)
def test_display_phone(e164: str, shown: str) -> None:
    assert display_phone(e164) == shown


@pytest.mark.parametrize(
    ("e164", "masked"),
    [
        ("+8613812345678", "138****5678"),
        ("+861065123456", "010****3456"),
        ("+8675512345678", "075*****5678"),
        ("+85291234567", "+852****4567"),
        ("12345", "*****"),
        ("", ""),
    ],
)
def test_mask_phone(e164: str, masked: str) -> None:
    assert mask_phone(e164) == masked


def test_phonenumbers_is_imported_lazily() -> None:
    code = (
        "import sys, mediation_desk.domain.phone as p\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "p.normalize_phone('13812345678')\n"
        "assert 'phonenumbers' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=_repo_root())


def _repo_root() -> str:
    import mediation_desk

    return str(__import__("pathlib").Path(mediation_desk.__file__).parent.parent)


# --- properties ------------------------------------------------------------------

mobiles = st.builds(
    lambda prefix, rest: f"1{prefix}{rest:08d}",
    st.sampled_from(["30", "31", "32", "35", "38", "39", "50", "58", "86", "88", "89"]),
    st.integers(0, 99_999_999),
)
styles = st.sampled_from(
    [
        lambda m: m,
        lambda m: f"{m[:3]} {m[3:7]} {m[7:]}",
        lambda m: f"{m[:3]}-{m[3:7]}-{m[7:]}",
        lambda m: f"+86 {m}",
        lambda m: f"0086{m}",
        lambda m: m.translate({ord(str(i)): chr(0xFF10 + i) for i in range(10)}),
    ]
)


@settings(max_examples=200, database=None, deadline=None)
@given(mobiles, styles)
def test_mobile_numbers_in_any_style(mobile: str, style: object) -> None:
    e164 = normalize_phone(style(mobile))  # type: ignore[operator]
    assert e164 == "+86" + mobile
    assert display_phone(e164).replace(" ", "") == mobile
    assert mask_phone(e164) == mobile[:3] + "****" + mobile[-4:]
    assert normalize_phone(display_phone(e164)) == e164


@settings(max_examples=500, database=None, deadline=None)
@given(st.text(max_size=30) | st.text(alphabet="0123456789+-() ０１８６", max_size=20))
def test_malformed_text_only_raises_validation_error(text: str) -> None:
    try:
        e164 = normalize_phone(text)
    except ValidationError as exc:
        assert exc.code in {"phone.empty", "phone.invalid"}
    else:
        assert e164.startswith("+") and e164[1:].isdigit()
        assert normalize_phone(e164) == e164
