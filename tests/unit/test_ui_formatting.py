"""Display formats the reader relies on: deadlines by their day, today in Beijing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mediation_desk.domain.deadlines import end_of_day
from mediation_desk.store.types import SHANGHAI
from mediation_desk.ui import formatting


def test_day_deadline_shows_its_own_day_not_the_next_midnight() -> None:
    # A deadline "on 26 November" runs out at 27 November 00:00 in Beijing (16:00 UTC on the 26th).
    due = end_of_day(date(2026, 11, 26)).astimezone(UTC)
    assert formatting.fmt_deadline(due) == "2026-11-26"


def test_deadline_with_a_time_keeps_it() -> None:
    due = datetime(2026, 11, 29, 16, 53, tzinfo=SHANGHAI)  # a session, a 48-hour clock
    assert formatting.fmt_deadline(due) == "2026-11-29 16:53"
    assert formatting.fmt_deadline(None) == ""


def test_today_is_the_beijing_date() -> None:
    now = datetime.now(SHANGHAI)
    assert formatting.today() in (now.date(), (now + timedelta(seconds=1)).date())
    assert formatting.now_local().utcoffset() == timedelta(hours=8)
