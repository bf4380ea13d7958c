"""Working-day calendar: official schedule, overrides, Monday–Friday fallback.

Dates below were checked against chinese_calendar 1.11's data (State Council notices):
National Day + Mid-Autumn 2025 is 1–8 October, with Sunday 28 September and
Saturday 11 October made working days; Spring Festival 2025 is 28 January – 4
February, with Sunday 26 January and Saturday 8 February made working days.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.workdays import WorkCalendar

CAL = WorkCalendar()


def _d(text: str) -> date:
    return date.fromisoformat(text)


GOLDEN_WEEK_2025 = [_d(f"2025-10-0{i}") for i in range(1, 9)]
SPRING_FESTIVAL_2025 = [_d("2025-01-28") + timedelta(days=i) for i in range(8)]


def test_golden_week_2025_holidays() -> None:
    assert not any(CAL.is_working_day(d) for d in GOLDEN_WEEK_2025)
    # Weekdays among them, to show these are not just weekends.
    assert [d.weekday() for d in GOLDEN_WEEK_2025[:3]] == [2, 3, 4]


@pytest.mark.parametrize(("day", "weekday"), [("2025-09-28", 6), ("2025-10-11", 5)])
def test_golden_week_2025_adjusted_working_weekend_days(day: str, weekday: int) -> None:
    assert _d(day).weekday() == weekday
    assert CAL.is_working_day(_d(day))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2025-09-26", True),  # Friday
        ("2025-09-27", False),  # ordinary Saturday
        ("2025-09-30", True),
        ("2025-10-09", True),
        ("2025-10-12", False),  # ordinary Sunday
        ("2025-10-13", True),
    ],
)
def test_days_around_golden_week_2025(day: str, working: bool) -> None:
    assert CAL.is_working_day(_d(day)) is working


def test_spring_festival_2025() -> None:
    assert not any(CAL.is_working_day(d) for d in SPRING_FESTIVAL_2025)
    assert CAL.is_working_day(_d("2025-01-26"))  # Sunday made a working day
    assert CAL.is_working_day(_d("2025-02-08"))  # Saturday made a working day
    assert CAL.is_working_day(_d("2025-02-05"))
    assert CAL.is_working_day(_d("2025-01-27"))


@pytest.mark.parametrize(
    ("start", "n", "end"),
    [
        ("2025-09-30", 1, "2025-10-09"),
        ("2025-09-30", 3, "2025-10-11"),  # 3 working days for 治安调解 end on a Saturday
        ("2025-09-30", 4, "2025-10-13"),
        ("2025-09-26", 1, "2025-09-28"),
        ("2025-10-01", 1, "2025-10-09"),
        ("2025-01-27", 1, "2025-02-05"),
        ("2025-01-24", 1, "2025-01-26"),
        ("2025-06-30", 0, "2025-06-30"),
        ("2025-10-09", -1, "2025-09-30"),
        ("2025-10-13", -2, "2025-10-10"),  # counts back past the Sunday, over the Saturday
    ],
)
def test_add_working_days(start: str, n: int, end: str) -> None:
    assert CAL.add_working_days(_d(start), n) == _d(end)


def test_working_days_between() -> None:
    assert CAL.working_days_between(_d("2025-09-26"), _d("2025-10-12")) == 6
    assert (
        CAL.working_days_between(_d("2025-10-12"), _d("2025-09-26")) == -7
    )  # [09-26, 10-12): includes 09-26
    assert CAL.working_days_between(_d("2025-10-01"), _d("2025-10-01")) == 0
    assert CAL.working_days_between(_d("2025-01-27"), _d("2025-02-05")) == 1


def test_overrides_take_precedence() -> None:
    cal = WorkCalendar({_d("2025-10-08"): True, _d("2025-10-09"): False, _d("2025-10-11"): False})
    assert cal.is_working_day(_d("2025-10-08"))
    assert not cal.is_working_day(_d("2025-10-09"))
    assert not cal.is_working_day(_d("2025-10-11"))
    assert cal.add_working_days(_d("2025-09-30"), 2) == _d("2025-10-10")
    assert CAL.add_working_days(_d("2025-09-30"), 2) == _d("2025-10-10")  # 10-09, 10-10
    assert cal.add_working_days(_d("2025-09-30"), 1) == _d("2025-10-08")


def test_known_years_and_fallback_outside_them() -> None:
    years = WorkCalendar.known_years()
    assert 2004 in years and 2025 in years
    later = years.stop + 1
    first_monday = date(later, 1, 1) + timedelta(days=(7 - date(later, 1, 1).weekday()) % 7)
    week = [first_monday + timedelta(days=i) for i in range(7)]
    assert [CAL.is_working_day(d) for d in week] == [True] * 5 + [False] * 2
    # Before the data starts: Monday–Friday too (1 October 2003 was a Wednesday).
    assert CAL.is_working_day(date(years.start - 1, 10, 1))
    cal = WorkCalendar({date(later, 10, 1): False})
    assert not cal.is_working_day(date(later, 10, 1))


def test_datetime_is_accepted() -> None:
    cal = WorkCalendar({datetime(2025, 10, 9, 8, 30): False})
    assert not cal.is_working_day(datetime(2025, 10, 9, 17, 0))
    assert not CAL.is_working_day(datetime(2025, 10, 1, 9, 0))
    assert CAL.add_working_days(datetime(2025, 9, 30, 23, 59), 1) == _d("2025-10-09")


def test_chinese_calendar_is_imported_lazily() -> None:
    import mediation_desk

    root = str(__import__("pathlib").Path(mediation_desk.__file__).parent.parent)
    code = (
        "import sys, datetime, mediation_desk.domain.workdays as w\n"
        "assert 'chinese_calendar' not in sys.modules\n"
        "w.WorkCalendar().is_working_day(datetime.date(2025, 10, 1))\n"
        "assert 'chinese_calendar' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True, cwd=root)


@settings(max_examples=200, database=None, deadline=None)
@given(st.dates(min_value=date(2003, 1, 1), max_value=date(2030, 12, 31)), st.integers(-40, 40))
def test_add_and_count_are_inverse(start: date, n: int) -> None:
    end = CAL.add_working_days(start, n)
    assert CAL.working_days_between(start, end) == n
    if n:
        assert CAL.is_working_day(end)
        assert (end > start) == (n > 0)


@settings(max_examples=200, database=None, deadline=None)
@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 12, 31)))
def test_weekdays_and_weekends_follow_the_official_data(day: date) -> None:
    import chinese_calendar

    expected = day in chinese_calendar.workdays or (
        day.weekday() < 5 and day not in chinese_calendar.holidays
    )
    assert CAL.is_working_day(day) is expected
