"""Which backups to keep: the newest of each of the last N days, ISO weeks and months.

A pure function (no files), so the policy can be tested over years of simulated days.
The rules are applied independently and their union is kept (as ``borg prune``/Time Machine
do): a backup that is the newest of its day, week or month within the window survives.
Periods are counted in Beijing time, which is when the users' days begin and end.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
ZONE = ZoneInfo("Asia/Shanghai")


def _newest_per_period(
    stamps: list[datetime], key: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    chosen: dict[Hashable, datetime] = {}
    for stamp in sorted(stamps, reverse=True):  # newest first
        period = key(stamp.astimezone(ZONE))
        if period in chosen:
            continue
        if len(chosen) == count:
            break
        chosen[period] = stamp
    return set(chosen.values())


def choose_keep(
    stamps: Iterable[datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """The backup times to keep out of ``stamps`` (aware datetimes).

    Args:
        stamps: the creation times of the existing backups.
        daily: keep the newest backup of each of the last ``daily`` days that have one.
        weekly: likewise for ISO weeks.
        monthly: likewise for calendar months.

    Returns:
        The subset of ``stamps`` to keep; everything else may be deleted.
    """
    items = list(stamps)
    return (
        _newest_per_period(items, lambda d: d.date(), daily)
        | _newest_per_period(items, lambda d: d.isocalendar()[:2], weekly)
        | _newest_per_period(items, lambda d: (d.year, d.month), monthly)
    )
