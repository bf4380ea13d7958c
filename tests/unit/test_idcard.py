"""Resident ID numbers (GB 11643): parsing, check digit, masking, age."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.enums import Sex
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.idcard import (
    PROVINCE_CODES,
    ResidentId,
    age_on,
    check_digit,
    make_resident_id,
    mask_id,
    normalize_id,
    parse_resident_id,
)

TODAY = date(2025, 6, 30)
# The worked example printed in GB 11643-1999 and countless references.
GB_EXAMPLE = "11010519491231002X"
ID_CHARS = "0123456789X"

ids = st.builds(
    make_resident_id,
    region=st.integers(0, 999_999).map(lambda n: f"{n:06d}"),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    seq=st.integers(0, 999),
    sex=st.none() | st.sampled_from(Sex),
)


def _code(text: str) -> str:
    with pytest.raises(ValidationError) as info:
        parse_resident_id(text, today=TODAY)
    return info.value.code


# --- normalize -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11010519491231002x", GB_EXAMPLE),
        (" 110105 19491231 002X ", GB_EXAMPLE),
        ("１１０１０５１９４９１２３１００２Ｘ", GB_EXAMPLE),
        ("１１０１０５\u3000１９４９１２３１\t００２ｘ", GB_EXAMPLE),
        ("", ""),
        ("abc", "abc"),  # other letters are left for the validator to refuse
    ],
)
def test_normalize_id(raw: str, expected: str) -> None:
    assert normalize_id(raw) == expected


# --- check digit -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first17", "expected"),
    [("11010519491231002", "X"), ("44052418800101001", "4")],  # both printed in GB 11643,
)
def test_check_digit_known_values(first17: str, expected: str) -> None:
    assert check_digit(first17) == expected


@pytest.mark.parametrize(
    "bad",
    ["1101051949123100", "110105194912310021", "1101051949123100X", "１１０１０５１９４９１２３１００２"],
)
def test_check_digit_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError):
        check_digit(bad)


# --- parse -----------------------------------------------------------------------


def test_parse_gb_example() -> None:
    rid = parse_resident_id("110105 19491231 002x", today=TODAY)
    assert rid == ResidentId(
        number=GB_EXAMPLE, region_code="110105", birth_date=date(1949, 12, 31), sex=Sex.FEMALE, warnings=()
    )


def test_parse_male_from_odd_17th_digit() -> None:
    number = make_resident_id("320102", date(1990, 5, 17), 123)
    assert number[16] == "3"
    assert parse_resident_id(number, today=TODAY).sex is Sex.MALE


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_empty(text: str) -> None:
    assert _code(text) == "id.empty"


@pytest.mark.parametrize("text", ["1101051949123100", "110105194912310", "11010519491231002X1"])
def test_length(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_resident_id(text, today=TODAY)
    assert info.value.code == "id.length"
    assert info.value.params == {"length": len(text)}


@pytest.mark.parametrize(
    "text",
    [
        "11010519491231002A",
        "1101051949123100X2",
        "X10105194912310022",
        "11010519491231-02X",
        "٠١٠١٠٥١٩٤٩١٢٣١٠٠٢X",
    ],
)
def test_characters(text: str) -> None:
    assert _code(text) == "id.characters"


def _with_check(first17: str) -> str:
    return first17 + check_digit(first17)


@pytest.mark.parametrize(
    "birth",
    ["19490230", "19491301", "19490000", "20230229", "18991231", "20250701", "99991231"],
)
def test_birth_date_refused_even_with_correct_check_digit(birth: str) -> None:
    assert _code(_with_check(f"110105{birth}002")) == "id.birth_date"


def test_birth_date_boundaries_accepted() -> None:
    assert parse_resident_id(_with_check("11010519000101002"), today=TODAY).birth_date == date(1900, 1, 1)
    assert parse_resident_id(_with_check("11010520240229002"), today=TODAY).birth_date == date(2024, 2, 29)
    assert parse_resident_id(_with_check("11010520250630002"), today=TODAY).birth_date == TODAY


def test_today_defaults_to_beijing_date() -> None:
    from mediation_desk.domain.clock import beijing_today

    tomorrow = date.fromordinal(beijing_today().toordinal() + 1)  # not the workstation's date
    with pytest.raises(ValidationError, match="id.birth_date"):
        parse_resident_id(make_resident_id("110105", tomorrow, 1))


def test_checksum_reports_expected() -> None:
    with pytest.raises(ValidationError) as info:
        parse_resident_id("110105194912310021", today=TODAY)
    assert info.value.code == "id.checksum"
    assert info.value.params == {"expected": "X"}


@pytest.mark.parametrize("region", ["000000", "100000", "990000", "720000", "160000"])
def test_unknown_region_is_a_warning(region: str) -> None:
    rid = parse_resident_id(make_resident_id(region, date(1980, 1, 1), 10), today=TODAY)
    assert rid.warnings == ("id.region_unknown",)


@pytest.mark.parametrize("province", sorted(PROVINCE_CODES))
def test_known_provinces_have_no_warning(province: int) -> None:
    rid = parse_resident_id(make_resident_id(f"{province}0101", date(1980, 1, 1), 10), today=TODAY)
    assert rid.warnings == ()


def test_province_list() -> None:
    assert {11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83, 91} <= PROVINCE_CODES
    assert not {10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 90, 92, 99} & PROVINCE_CODES


# --- make ------------------------------------------------------------------------


def test_make_resident_id_reproduces_gb_example() -> None:
    assert make_resident_id("110105", date(1949, 12, 31), 2) == GB_EXAMPLE
    assert make_resident_id("110105", date(1949, 12, 31), 2, Sex.FEMALE) == GB_EXAMPLE


@pytest.mark.parametrize(
    ("seq", "sex", "order"),
    [
        (2, Sex.MALE, "003"),
        (3, Sex.FEMALE, "002"),
        (0, Sex.MALE, "001"),
        (999, Sex.FEMALE, "998"),
        (999, Sex.MALE, "999"),
    ],
)
def test_make_resident_id_adjusts_parity(seq: int, sex: Sex, order: str) -> None:
    number = make_resident_id("440305", date(2001, 2, 3), seq, sex)
    assert number[14:17] == order
    assert parse_resident_id(number, today=TODAY).sex is sex


@pytest.mark.parametrize(
    ("region", "birth", "seq"),
    [
        ("11010", date(2000, 1, 1), 1),
        ("11010X", date(2000, 1, 1), 1),
        ("110105", date(2000, 1, 1), 1000),
        ("110105", date(2000, 1, 1), -1),
        ("110105", date(999, 1, 1), 1),
    ],
)
def test_make_resident_id_rejects_bad_arguments(region: str, birth: date, seq: int) -> None:
    with pytest.raises(ValueError):
        make_resident_id(region, birth, seq)


# --- age and mask ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2009, 6, 30), date(2025, 6, 29), 15),
        (date(2009, 6, 30), date(2025, 6, 30), 16),
        (date(2009, 6, 30), date(2025, 7, 1), 16),
        (date(2007, 12, 31), date(2025, 12, 30), 17),
        (date(2007, 12, 31), date(2025, 12, 31), 18),
        (date(2008, 2, 29), date(2024, 2, 28), 15),
        (date(2008, 2, 29), date(2024, 2, 29), 16),
        (date(2008, 2, 29), date(2025, 2, 28), 16),  # no 29 Feb in 2025: birthday is 1 March
        (date(2008, 2, 29), date(2025, 3, 1), 17),
        (date(2000, 1, 1), date(2000, 1, 1), 0),
        (date(2000, 1, 2), date(2000, 1, 1), -1),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        (GB_EXAMPLE, "110105********002X"),
        ("G12345678", "G1*****78"),
        ("110105194912310", "11***********10"),
        ("12345", "12*45"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked


# --- properties ------------------------------------------------------------------


@settings(max_examples=300, database=None, deadline=None)
@given(ids)
def test_constructed_ids_are_accepted(number: str) -> None:
    rid = parse_resident_id(number, today=TODAY)
    assert rid.number == number
    assert rid.region_code == number[:6]
    assert rid.birth_date.strftime("%Y%m%d") == number[6:14]
    assert rid.sex is (Sex.MALE if int(number[16]) % 2 else Sex.FEMALE)
    assert rid.warnings == (() if int(number[:2]) in PROVINCE_CODES else ("id.region_unknown",))
    assert parse_resident_id(number.lower(), today=TODAY) == rid


@settings(max_examples=150, database=None, deadline=None)
@given(ids)
def test_every_single_substitution_is_rejected(number: str) -> None:
    for pos in range(18):
        for ch in ID_CHARS + "A":
            if ch == number[pos]:
                continue
            changed = number[:pos] + ch + number[pos + 1 :]
            with pytest.raises(ValidationError):
                parse_resident_id(changed, today=TODAY)
            if changed[:17].isdigit() and changed[17] in ID_CHARS:
                # The check digit alone catches it, whatever the date check says.
                assert check_digit(changed[:17]) != changed[17], changed


@settings(max_examples=150, database=None, deadline=None)
@given(ids)
def test_every_adjacent_transposition_is_rejected(number: str) -> None:
    for pos in range(17):
        if number[pos] == number[pos + 1]:
            continue
        swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
        with pytest.raises(ValidationError):
            parse_resident_id(swapped, today=TODAY)
        if swapped[:17].isdigit():
            assert check_digit(swapped[:17]) != swapped[17], swapped


@settings(max_examples=300, database=None, deadline=None)
@given(st.text(max_size=30) | st.text(alphabet="0123456789Xx １２ ", max_size=25))
def test_malformed_text_only_raises_validation_error(text: str) -> None:
    try:
        rid = parse_resident_id(text, today=TODAY)
    except ValidationError as exc:
        assert exc.code.startswith("id.")
    else:
        assert check_digit(rid.number[:17]) == rid.number[17]
