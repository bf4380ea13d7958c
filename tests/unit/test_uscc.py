"""Unified social credit codes (GB 32100-2015)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.uscc import (
    ALPHABET,
    AUTHORITIES,
    make_uscc,
    normalize_uscc,
    uscc_check_char,
    validate_uscc,
)

body16 = st.text(alphabet=ALPHABET, min_size=16, max_size=16)
codes = st.builds(lambda a, rest: make_uscc(a + rest), st.sampled_from(sorted(AUTHORITIES)), body16)


def _code(text: str) -> str:
    with pytest.raises(ValidationError) as info:
        validate_uscc(text)
    return info.value.code


@pytest.mark.parametrize(
    "code",
    [
        "91350100M000100Y43",  # python-stdnum's documented example
        "914403001922038216",  # published codes of large companies
        "9144030071526726XG",
        "91110000600037341L",
    ],
)
def test_published_codes_are_valid(code: str) -> None:
    assert validate_uscc(code) == code


def test_weights_and_alphabet_match_the_standard() -> None:
    assert len(ALPHABET) == 31
    assert not set("IOZSV") & set(ALPHABET)
    # The weights are 3**i mod 31; the check of all-zero is 0 (31 → 0).
    assert uscc_check_char("0" * 17) == "0"
    assert uscc_check_char("1" + "0" * 16) == "Y"  # 31 - 1 = 30 → Y, the last character
    assert uscc_check_char("0" * 16 + "1") == "3"  # 31 - 28 = 3


def test_authority_set() -> None:
    assert set("123456789ANY") == AUTHORITIES


@pytest.mark.parametrize("authority", ["N", "Y", "A", "1", "5", "9", "2", "3", "8"])
def test_every_authority_accepted_including_n_and_y(authority: str) -> None:
    code = make_uscc(authority + "2110105MA0000001")
    assert validate_uscc(code) == code


def test_village_collective_n_code() -> None:
    # 农业农村部门 (N) + 2 (农村集体经济组织) — rejected by python-stdnum.
    code = make_uscc("N2320583MF0000001")
    assert code.startswith("N2") and validate_uscc(code.lower()) == code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" 9135 0100 M000 100Y43 ", "91350100M000100Y43"),
        ("91350100m000100y43", "91350100M000100Y43"),
        ("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"),
        ("９１３５０１００ｍ０００１００ｙ４３", "91350100M000100Y43"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize_uscc(raw) == expected
    assert validate_uscc(raw) == expected


@pytest.mark.parametrize("text", ["", "  ", "\u3000"])
def test_empty(text: str) -> None:
    assert _code(text) == "uscc.empty"


def test_length() -> None:
    with pytest.raises(ValidationError) as info:
        validate_uscc("91350100M000100Y4")
    assert (info.value.code, info.value.params) == ("uscc.length", {"length": 17})


@pytest.mark.parametrize("bad", ["I", "O", "Z", "S", "V", "-", "é"])
def test_characters(bad: str) -> None:
    assert _code("91350100M000100" + bad + "43") == "uscc.characters"


@pytest.mark.parametrize("authority", sorted(set(ALPHABET) - AUTHORITIES))
def test_authority_refused_even_with_correct_check(authority: str) -> None:
    code = make_uscc(authority + "1350100M000100Y4")
    with pytest.raises(ValidationError) as info:
        validate_uscc(code)
    assert (info.value.code, info.value.params) == ("uscc.authority", {"authority": authority})


def test_checksum_reports_expected() -> None:
    with pytest.raises(ValidationError) as info:
        validate_uscc("91350100M000100Y44")
    assert (info.value.code, info.value.params) == ("uscc.checksum", {"expected": "3"})


@pytest.mark.parametrize("bad", ["9135010", "9135010OM000100Y4", "9135010I000100Y43"])
def test_make_uscc_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError):
        make_uscc(bad)


# --- properties ------------------------------------------------------------------


@settings(max_examples=300, database=None, deadline=None)
@given(codes)
def test_constructed_codes_are_accepted(code: str) -> None:
    assert validate_uscc(code) == code
    assert validate_uscc(code.lower()) == code


@settings(max_examples=100, database=None, deadline=None)
@given(codes)
def test_every_single_substitution_is_rejected(code: str) -> None:
    for pos in range(18):
        for ch in ALPHABET + "IOZSV":
            if ch == code[pos]:
                continue
            with pytest.raises(ValidationError):
                validate_uscc(code[:pos] + ch + code[pos + 1 :])


@settings(max_examples=200, database=None, deadline=None)
@given(codes)
def test_every_adjacent_transposition_is_rejected(code: str) -> None:
    for pos in range(17):
        if code[pos] == code[pos + 1]:
            continue
        swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
        with pytest.raises(ValidationError):
            validate_uscc(swapped)
        # Not only via the authority rule: the check character itself differs.
        assert uscc_check_char(swapped[:17]) != swapped[17], swapped


@settings(max_examples=300, database=None, deadline=None)
@given(st.text(max_size=25) | st.text(alphabet=ALPHABET + "iosz ＡＢ１", min_size=16, max_size=20))
def test_malformed_text_only_raises_validation_error(text: str) -> None:
    try:
        code = validate_uscc(text)
    except ValidationError as exc:
        assert exc.code.startswith("uscc.")
    else:
        assert code[0] in AUTHORITIES and uscc_check_char(code[:17]) == code[17]
