"""Case numbers （2026）京朝调字第0012号."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.numbering import format_case_number, parse_case_number


@pytest.mark.parametrize(
    ("year", "org", "kind", "seq", "text"),
    [
        (2026, "京朝", "调", 12, "（2026）京朝调字第0012号"),
        (2026, "京朝", "调", 1, "（2026）京朝调字第0001号"),
        (2025, "京海律", "调", 9999, "（2025）京海律调字第9999号"),
        (2025, "京朝", "调", 12345, "（2025）京朝调字第12345号"),
        (2026, "京朝", "治调", 3, "（2026）京朝治调字第0003号"),
    ],
)
def test_format(year: int, org: str, kind: str, seq: int, text: str) -> None:
    assert format_case_number(year=year, org_code=org, type_code=kind, seq=seq) == text


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"year": 26}, "year"),
        ({"year": 10000}, "year"),
        ({"seq": 0}, "seq"),
        ({"seq": -1}, "seq"),
        ({"org_code": ""}, "org_code"),
        ({"org_code": "京 朝"}, "org_code"),
        ({"org_code": "京1"}, "org_code"),
        ({"org_code": "京（朝）"}, "org_code"),
        ({"org_code": "京\n"}, "org_code"),
        ({"type_code": ""}, "type_code"),
        ({"type_code": "调字"}, "type_code"),
        ({"type_code": "号"}, "type_code"),
    ],
)
def test_format_refuses_ambiguous_parts(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"year": 2026, "org_code": "京朝", "type_code": "调", "seq": 1, **kwargs}
    with pytest.raises(ValidationError) as info:
        format_case_number(**args)  # type: ignore[arg-type]
    assert (info.value.code, info.value.params) == ("number.invalid", {"field": field})


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("（2026）京朝调字第0012号", (2026, "京朝", "调", 12)),
        (" (2026)京朝调字第0012号 ", (2026, "京朝", "调", 12)),
        ("〔2026〕京朝调字第12号", (2026, "京朝", "调", 12)),
        ("（２０２６）京朝调字第００１２号", (2026, "京朝", "调", 12)),
        ("（2026） 京朝调字 第0012号", (2026, "京朝", "调", 12)),
        ("（2025）京海律调字第12345号", (2025, "京海律", "调", 12345)),
    ],
)
def test_parse(text: str, parts: tuple[int, str, str, int]) -> None:
    assert parse_case_number(text) == parts


def test_parse_with_configured_type_codes() -> None:
    text = "（2026）京朝治调字第0003号"
    assert parse_case_number(text) == (2026, "京朝治", "调", 3)
    assert parse_case_number(text, type_codes={"调", "治调"}) == (2026, "京朝", "治调", 3)
    # A type code that would leave no organisation code is ignored.
    assert parse_case_number("（2026）朝调字第1号", type_codes={"朝调"}) == (2026, "朝", "调", 1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026京朝调字第0012号",
        "（26）京朝调字第0012号",
        "（2026）调字第0012号",  # no organisation code
        "（2026）京朝调第0012号",
        "（2026）京朝调字第号",
        "（2026）京朝调字第0000号",
        "（2026）京朝调字第0012",
        "（2026）京朝调字第0012号附",
        "（2026）京1调字第0012号",
        "（2026）京朝调字第" + "9" * 5000 + "号",
        "（2026京朝调字第0012号",
    ],
)
def test_parse_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_case_number(text)
    assert info.value.code == "number.invalid"


cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF).filter(lambda c: c not in "字第号")


@settings(max_examples=300, database=None)
@given(
    year=st.integers(1000, 9999),
    org=st.text(alphabet=cjk, min_size=1, max_size=6),
    kind=cjk,
    seq=st.integers(1, 10**9),
)
def test_round_trip(year: int, org: str, kind: str, seq: int) -> None:
    text = format_case_number(year=year, org_code=org, type_code=kind, seq=seq)
    assert parse_case_number(text) == (year, org, kind, seq)
    assert len(text.split("第")[1]) >= 5  # at least 4 digits + 号


@settings(max_examples=500, database=None)
@given(st.text(max_size=30) | st.text(alphabet="（）()2026京朝调字第0012号 ", max_size=25))
def test_malformed_text_only_raises_validation_error(text: str) -> None:
    try:
        year, org, kind, seq = parse_case_number(text)
    except ValidationError as exc:
        assert exc.code == "number.invalid"
    else:
        assert 1000 <= year <= 9999 and org and kind and seq >= 1
