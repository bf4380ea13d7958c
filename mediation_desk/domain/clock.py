"""Beijing time for "today" and for time stamps in file names.

The users' day begins and ends in Asia/Shanghai, whatever time zone the workstation is set to
(a laptop left on UTC, a server). Anything a user reads as a date or a time — "today", the time
in a backup's file name — comes from here. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
SHANGHAI = BEIJING  # the name store/ and ui/ have long used for the same zone
FILE_STAMP = "%Y%m%d-%H%M%S"


def utcnow() -> datetime:
    """Now, timezone-aware in UTC (what every stored time stamp is made from)."""
    return datetime.now(UTC)


def _utcnow() -> datetime:
    """The current instant (tests replace this to fix the clock)."""
    return datetime.now(UTC)


def beijing_now(now: datetime | None = None) -> datetime:
    """``now`` (default: the current instant) in Beijing time.

    Raises:
        ValueError: ``now`` is naive (its zone would be a guess).
    """
    at = now if now is not None else _utcnow()
    if at.tzinfo is None:
        raise ValueError("a naive datetime has no defined Beijing time")
    return at.astimezone(BEIJING)


def beijing_today(now: datetime | None = None) -> date:
    """Today's date in Beijing (of ``now``, default the current instant)."""
    return beijing_now(now).date()


def file_stamp(now: datetime | None = None, *, micro: bool = False) -> str:
    """``20260302-093000`` (``-123456`` microseconds with ``micro``) in Beijing time, for file names."""
    return beijing_now(now).strftime(FILE_STAMP + ("-%f" if micro else ""))
