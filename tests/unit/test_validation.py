"""Names and free text: refused, never truncated."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.validation import validate_name, validate_text


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("张三", "张三"),
        ("  李四\u3000", "李四"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        ("John Smith", "John Smith"),
        ("\ue000\u4e00", "\ue000\u4e00"),  # private-use 生僻字 kept
        ("𠀀𪚥", "𠀀𪚥"),
        ("北京市朝阳区某某物业管理有限公司", "北京市朝阳区某某物业管理有限公司"),
    ],
)
def test_validate_name_accepts(raw: str, name: str) -> None:
    assert validate_name(raw) == name


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "name.empty"),
        ("   ", "name.empty"),
        ("\u3000\t", "name.empty"),
        ("张\x00三", "name.characters"),
        ("张\n三", "name.characters"),
        ("张\u200b三", "name.characters"),  # zero-width space
        ("张\u202e三", "name.characters"),  # right-to-left override
        ("张\u2028三", "name.characters"),
        ("张\x7f三", "name.characters"),
    ],
)
def test_validate_name_refuses(raw: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_name(raw)
    assert info.value.code == code


def test_name_length_limit() -> None:
    assert validate_name("名" * 50) == "名" * 50
    assert validate_name(" " + "名" * 50 + " ") == "名" * 50
    with pytest.raises(ValidationError) as info:
        validate_name("名" * 51)
    assert (info.value.code, info.value.params) == ("name.too_long", {"max": 50, "length": 51})
    assert validate_name("名" * 100, max_len=100) == "名" * 100
    with pytest.raises(ValidationError, match="name.too_long"):
        validate_name("王五", max_len=1)


def test_validate_text() -> None:
    text = "第一条：甲方赔偿乙方。\n第二条：\t当场履行。"
    assert validate_text(f"  {text}\n", field="terms", max_len=100) == text
    assert validate_text("", field="notes", max_len=10) == ""
    assert validate_text("a\r\nb", field="notes", max_len=10) == "a\r\nb"


@pytest.mark.parametrize(
    ("raw", "kwargs", "code", "params"),
    [
        ("x" * 11, {"max_len": 10}, "text.too_long", {"field": "facts", "max": 10, "length": 11}),
        ("  ", {"max_len": 10, "required": True}, "text.empty", {"field": "facts"}),
        ("a\x07b", {"max_len": 10}, "text.characters", {"field": "facts"}),
        ("a\u200bb", {"max_len": 10}, "text.characters", {"field": "facts"}),
    ],
)
def test_validate_text_refuses(
    raw: str, kwargs: dict[str, object], code: str, params: dict[str, object]
) -> None:
    with pytest.raises(ValidationError) as info:
        validate_text(raw, field="facts", **kwargs)  # type: ignore[arg-type]
    assert (info.value.code, info.value.params) == (code, params)


@settings(max_examples=500, database=None)
@given(st.text(max_size=80), st.integers(1, 60))
def test_text_is_returned_whole_or_refused(text: str, max_len: int) -> None:
    try:
        value = validate_text(text, field="f", max_len=max_len)
    except ValidationError as exc:
        assert exc.code in {"text.too_long", "text.characters"}
        if exc.code == "text.too_long":
            assert len(text.strip()) > max_len
    else:
        assert value == text.strip()
        assert len(value) <= max_len


@settings(max_examples=500, database=None)
@given(st.text(max_size=80), st.integers(1, 60))
def test_name_is_returned_whole_or_refused(text: str, max_len: int) -> None:
    try:
        value = validate_name(text, max_len=max_len)
    except ValidationError as exc:
        assert exc.code in {"name.empty", "name.too_long", "name.characters"}
    else:
        assert value == text.strip() and 0 < len(value) <= max_len


def test_domain_validation_modules_import_no_qt_or_sql() -> None:
    import mediation_desk

    root = str(__import__("pathlib").Path(mediation_desk.__file__).parent.parent)
    code = (
        "import sys\n"
        "from mediation_desk.domain import idcard, money, numbering, phone, uscc, validation, workdays\n"
        "banned = {'PySide6', 'sqlalchemy', 'sqlmodel', 'sqlite3', 'psycopg'}\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in banned]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
