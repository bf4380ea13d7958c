"""Working-day calendar for deadlines counted in working days (工作日).

Order of precedence for a day:

1. an administrator's override (``True`` working day, ``False`` holiday);
2. the State Council holiday schedule shipped in ``chinese_calendar`` (statutory
   holidays, and weekend days made working days by 调休) for the years it knows;
3. Monday to Friday for any other year.

``chinese_calendar`` is imported on first use. It raises ``NotImplementedError``
for years outside its data; :meth:`WorkCalendar.known_years` tells which years are
covered so the UI can warn that a later year's schedule has not been published.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from functools import cache
from types import ModuleType
from zoneinfo import ZoneInfo

__all__ = ["WORKING_HOURS", "WorkCalendar", "in_working_hours"]

_ONE_DAY = timedelta(days=1)


@cache
def _calendar() -> ModuleType:
    import chinese_calendar  # untyped package

    module: ModuleType = chinese_calendar
    return module


@cache
def _known_years() -> range:
    holidays = _calendar().holidays
    return range(min(holidays).year, max(holidays).year + 1)


def _as_date(d: date) -> date:
    return d.date() if isinstance(d, datetime) else d


class WorkCalendar:
    """Decides which days are working days.

    Args:
        overrides: Days whose status the administrator fixed: ``True`` makes a
            day a working day, ``False`` a holiday.
    """

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides: dict[date, bool] = {_as_date(d): bool(v) for d, v in (overrides or {}).items()}

    @staticmethod
    def known_years() -> range:
        """Years covered by the bundled official holiday schedule."""
        return _known_years()

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day.

        Args:
            d: The day (a ``datetime`` is reduced to its date).

        Returns:
            True for a working day.
        """
        d = _as_date(d)
        override = self._overrides.get(d)
        if override is not None:
            return override
        if d.year in _known_years():
            try:
                return bool(_calendar().is_workday(d))
            except NotImplementedError:  # defensive: data range narrower than thought
                pass
        return d.weekday() < 5

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself not counted).

        Args:
            start: The day counting starts from (e.g. the acceptance date).
            n: Number of working days; 0 returns ``start``; negative counts back.

        Returns:
            The resulting day.
        """
        d = _as_date(start)
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        remaining = abs(n)
        while remaining:
            d += step
            if self.is_working_day(d):
                remaining -= 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Count working days from ``a`` to ``b``, ``a`` itself not counted.

        For ``b >= a`` this counts the working days in ``(a, b]``; for ``b < a``
        it is minus the count in ``[b, a)``. Either way
        ``working_days_between(a, add_working_days(a, n)) == n``.

        Args:
            a: Start day.
            b: End day.

        Returns:
            The signed number of working days.
        """
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -sum(1 for d in _days(b, a) if self.is_working_day(d))
        return sum(1 for d in _days(a + _ONE_DAY, b + _ONE_DAY) if self.is_working_day(d))


def _days(first: date, stop: date) -> Iterator[date]:
    """Days from ``first`` up to but excluding ``stop``."""
    d = first
    while d < stop:
        yield d
        d += _ONE_DAY


#: Office hours of a working day (Beijing wall-clock): morning and afternoon.
WORKING_HOURS: tuple[tuple[time, time], ...] = ((time(8, 30), time(12, 0)), (time(13, 30), time(17, 30)))
_BEIJING = ZoneInfo("Asia/Shanghai")


def in_working_hours(at: datetime, calendar: WorkCalendar, *, later: bool = True) -> datetime:
    """``at`` moved into office hours on a working day (Beijing time), if it is not already.

    Args:
        at: A timezone-aware instant.
        calendar: The working-day calendar.
        later: Move forward to the next opening (default), else back to the last closing.

    Returns:
        ``at`` itself when it falls within :data:`WORKING_HOURS` on a working day, else the nearest
        opening after it (or closing before it), in ``at``'s time zone.
    """
    local = at.astimezone(_BEIJING)
    day = local.date()
    for _ in range(40):  # the longest holiday run is far shorter
        if calendar.is_working_day(day):
            spans = [
                (datetime.combine(day, a, _BEIJING), datetime.combine(day, b, _BEIJING))
                for a, b in WORKING_HOURS
            ]
            for start, end in spans if later else reversed(spans):
                if start <= local < end:
                    return at
                if later and local < start:
                    return start.astimezone(at.tzinfo)
                if not later and local >= end:
                    return (end - timedelta(minutes=1)).astimezone(at.tzinfo)
        day = day + (_ONE_DAY if later else -_ONE_DAY)
        local = datetime.combine(day, time(0) if later else time(23, 59), _BEIJING)
    return at
