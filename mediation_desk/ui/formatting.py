"""Display formats: dates and times in Asia/Shanghai, money, masked IDs and phones."""

from __future__ import annotations

from datetime import date, datetime

from ..domain.idcard import mask_id
from ..store.types import SHANGHAI


def local(dt: datetime) -> datetime:
    return dt.astimezone(SHANGHAI)


def fmt_date(value: date | datetime | None) -> str:
    """``2026-03-02`` (a datetime is shown as its Shanghai date)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value)
    return value.strftime("%Y-%m-%d")


def fmt_datetime(value: datetime | None) -> str:
    """``2026-03-02 09:30`` in Asia/Shanghai."""
    if value is None:
        return ""
    return local(value).strftime("%Y-%m-%d %H:%M")


def fmt_time(value: datetime | None) -> str:
    return "" if value is None else local(value).strftime("%H:%M")


def masked_id(number: str | None) -> str:
    """An ID number or credit code for a table: masked, never in full."""
    return mask_id(number) if number else ""


def phone(value: str | None) -> str:
    if not value:
        return ""
    from ..domain.phone import display_phone

    return display_phone(value)
