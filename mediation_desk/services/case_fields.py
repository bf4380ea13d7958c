"""Typed updates of a case: each field is checked with its type before anything is written.

``0``, ``1``, ``"false"`` or ``None`` are not booleans; a string is not a number; a field the
update does not know is refused. Text goes through the one validation layer
(:func:`mediation_desk.domain.validation.clean`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from ..domain.enums import Source
from ..domain.errors import ValidationError
from ..domain.validation import clean

Check = Callable[[str, object], object]


def _bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):  # 0, 1, "false", None are refused, never read as a flag
        raise ValidationError("field.type", field=field, expected="bool")
    return value


def _int(*, nullable: bool) -> Check:
    def check(field: str, value: object) -> object:
        if value is None and nullable:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError("field.type", field=field, expected="int")
        if value < 0:
            raise ValidationError("field.range", field=field, minimum=0)
        return value

    return check


def _date(field: str, value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError("field.type", field=field, expected="date")
    return value


def _text(max_len: int) -> Check:
    return lambda field, value: clean(field, value, max_len=max_len)


def _source(field: str, value: object) -> str:
    codes = {s.value for s in Source}
    if not isinstance(value, str) or value not in codes:
        raise ValidationError("field.type", field=field, expected="source")
    return value


#: Every field ``update_case`` accepts, with its check.
CASE_FIELDS: dict[str, Check] = {
    "title": _text(200),
    "facts": _text(20000),
    "claims": _text(20000),
    "category": _text(30),
    "source": _source,
    "confidential_amounts": _bool,
    "sealed": _bool,
    "chief_mediator_id": _int(nullable=True),
    "incident_on": _date,
    "fee_fen": _int(nullable=True),
}


def typed_case_values(values: Mapping[str, object]) -> dict[str, object]:
    """``values`` checked field by field (nothing is written when one is wrong).

    Raises:
        ValidationError: ``field.unknown``, ``field.type`` (``expected``), ``field.range`` and
            every text code (``text.characters``, ``text.too_long``...).
    """
    if not isinstance(values, Mapping):
        raise ValidationError("field.type", field="values", expected="mapping")
    out: dict[str, object] = {}
    for key, value in values.items():
        check = CASE_FIELDS.get(key) if isinstance(key, str) else None
        if check is None:
            raise ValidationError("field.unknown", field=str(key)[:50])
        out[key] = check(key, value)
    return out
