"""Display formats: dates and times in Asia/Shanghai, money, masked IDs and phones."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..domain.clock import SHANGHAI
from ..domain.idcard import mask_id


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


def fmt_deadline(value: datetime | None) -> str:
    """A deadline: ``2026-03-02`` for one that runs to the end of that day, else with its time.

    Day deadlines are stored as the instant they run out, the next midnight in Asia/Shanghai
    (:func:`mediation_desk.domain.deadlines.end_of_day`); showing that midnight as the next day's
    ``00:00`` would put the deadline one day late in the reader's eyes.
    """
    if value is None:
        return ""
    at = local(value)
    if at.time() == time(0):
        return (at.date() - timedelta(days=1)).strftime("%Y-%m-%d")
    return at.strftime("%Y-%m-%d %H:%M")


def today() -> date:
    """Today in Asia/Shanghai (not the workstation's time zone)."""
    return datetime.now(SHANGHAI).date()


def now_local() -> datetime:
    """Now in Asia/Shanghai, aware."""
    return datetime.now(SHANGHAI)


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
