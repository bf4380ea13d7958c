"""The deadline engine against hand-computed fixtures, one case per track, with a fixed clock.

Calendar facts used (State Council schedule, as shipped in chinese_calendar): National Day +
Mid-Autumn 2025 is 1–8 October, with Sunday 28 September and Saturday 11 October made working
days; 1–5 May 2025 are holidays; 10–11 May 2025 are an ordinary weekend.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mediation_desk.domain.deadlines import (
    CaseFacts,
    DueKind,
    FastTrackFacts,
    InstalmentFacts,
    SessionFacts,
    due_items,
    end_of_day,
    next_open,
)
from mediation_desk.domain.enums import CaseStatus, Track
from mediation_desk.domain.limits import Limits
from mediation_desk.domain.workdays import WorkCalendar

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()
LIM = Limits()


def at(text: str) -> datetime:
    """A Shanghai wall-clock time."""
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def d(text: str) -> date:
    return date.fromisoformat(text)


def table(
    facts: CaseFacts, now: datetime, *, limits: Limits = LIM, calendar: WorkCalendar = CAL
) -> list[tuple[str, object, bool, bool]]:
    """(kind, due day or due instant, done, overdue) for each item."""
    return [
        (i.kind.value, i.due_on or i.due_at, i.done, i.overdue)
        for i in due_items(facts, limits, calendar, now)
    ]


def test_public_security_counts_working_days_through_golden_week() -> None:
    # Received Friday 26 Sep: Sat 27 is a weekend day, Sun 28 an adjusted working day → 28, 29, 30.
    # Accepted Tue 30 Sep: 1–8 Oct are holidays → Thu 9, Fri 10, adjusted Saturday 11 Oct.
    facts = CaseFacts(
        1,
        Track.PUBLIC_SECURITY,
        CaseStatus.IN_MEDIATION,
        received_at=at("2025-09-26T10:00"),
        accepted_at=at("2025-09-30T15:00"),
        sessions=(SessionFacts(7, at("2025-10-09T09:00"), at("2025-10-09T11:00")),),
    )
    assert table(facts, at("2025-10-11T18:00")) == [
        ("acceptance", d("2025-09-30"), True, False),
        ("session", at("2025-10-09T09:00"), True, False),
        ("mediation_limit", d("2025-10-11"), False, False),
    ]
    assert table(facts, at("2025-10-12T00:00"))[-1] == ("mediation_limit", d("2025-10-11"), False, True)


def test_public_security_counts_from_the_appraisal_report() -> None:
    # Report on Fri 10 Oct: Sat 11 (adjusted working day), Mon 13, Tue 14.
    facts = CaseFacts(
        1,
        Track.PUBLIC_SECURITY,
        CaseStatus.IN_MEDIATION,
        received_at=at("2025-09-26T10:00"),
        accepted_at=at("2025-09-30T15:00"),
        appraisal_at=at("2025-10-10T16:30"),
    )
    limit = [
        i for i in due_items(facts, LIM, CAL, at("2025-10-13T09:00")) if i.kind == DueKind.MEDIATION_LIMIT
    ]
    assert [(i.due_on, i.overdue, i.params["from_appraisal"]) for i in limit] == [
        (d("2025-10-14"), False, True)
    ]
    assert limit[0].remaining == timedelta(days=1, hours=15)  # until midnight after 14 Oct


def test_peoples_mediation_extension_instalments_follow_ups_and_confirmation() -> None:
    # Received Thu 6 Mar 2025: Fri 7, Mon 10, Tue 11 (weekend skipped).
    # Accepted 7 Mar + 30 days = 6 Apr, extended with consent to 20 Apr.
    # Agreement effective 10 Apr; 10 Apr + 30 = Sat 10 May → next working day Mon 12 May.
    facts = CaseFacts(
        2,
        Track.PEOPLE,
        CaseStatus.PERFORMING,
        received_at=at("2025-03-06T09:00"),
        accepted_at=at("2025-03-07T10:00"),
        extended_until=d("2025-04-20"),
        instalments=(
            InstalmentFacts(11, 600_00, 600_00, d("2025-04-15")),
            InstalmentFacts(12, 600_00, 200_00, d("2025-05-15")),
        ),
        performance_deadline=d("2025-05-15"),
        agreement_effective_on=d("2025-04-10"),
        follow_ups_done=(at("2025-04-18T10:00"),),
    )
    assert table(facts, at("2025-05-20T09:00")) == [
        ("acceptance", d("2025-03-11"), True, False),
        ("instalment", d("2025-04-15"), True, False),
        ("mediation_limit", d("2025-04-20"), True, False),
        ("follow_up", d("2025-04-22"), True, False),
        ("judicial_confirmation", d("2025-05-12"), False, True),
        ("instalment", d("2025-05-15"), False, True),
        ("follow_up", d("2025-05-22"), False, False),
    ]
    items = due_items(facts, LIM, CAL, at("2025-05-20T09:00"))
    assert next_open(items).kind == DueKind.INSTALMENT  # type: ignore[union-attr]  # confirmation is optional


def test_people_without_extension_is_one_month() -> None:
    facts = CaseFacts(
        2,
        Track.PEOPLE,
        CaseStatus.IN_MEDIATION,
        received_at=at("2025-03-06T09:00"),
        accepted_at=at("2025-03-07T10:00"),
    )
    assert table(facts, at("2025-04-06T23:59"))[-1] == ("mediation_limit", d("2025-04-06"), False, False)
    assert table(facts, at("2025-04-07T00:00"))[-1] == ("mediation_limit", d("2025-04-06"), False, True)


def test_lawyer_mediation_confirmation_window_ending_in_golden_week() -> None:
    # Received Fri 1 Aug → Mon 4, Tue 5, Wed 6. Accepted 4 Aug + 30 = 3 Sep.
    # Effective 2 Sep + 30 = 2 Oct (holiday) → Thu 9 Oct. On-the-spot payment due the day it took effect.
    facts = CaseFacts(
        3,
        Track.LAWYER,
        CaseStatus.PERFORMED,
        received_at=at("2025-08-01T14:00"),
        accepted_at=at("2025-08-04T09:00"),
        instalments=(InstalmentFacts(21, 3000_00, 3000_00, None, on_the_spot=True),),
        agreement_effective_on=d("2025-09-02"),
    )
    assert table(facts, at("2025-09-10T09:00")) == [
        ("acceptance", d("2025-08-06"), True, False),
        ("instalment", d("2025-09-02"), True, False),
        ("mediation_limit", d("2025-09-03"), True, False),
        ("follow_up", d("2025-09-09"), False, True),
        ("judicial_confirmation", d("2025-10-09"), False, False),
    ]


def test_criminal_fast_track_clock() -> None:
    # Summoned 30 Sep 18:00 → 48 hours → 2 Oct 18:00, holidays notwithstanding (hours, not working days).
    # Acceptance: 3 working days after 30 Sep → 9, 10 and the adjusted Saturday 11 Oct.
    ft = FastTrackFacts(
        summoned_at=at("2025-09-30T18:00"),
        investigation_done_at=at("2025-10-01T10:00"),
        review_done_at=at("2025-10-02T09:00"),
    )
    facts = CaseFacts(
        4, Track.CRIMINAL, CaseStatus.REGISTERED, received_at=at("2025-09-30T20:00"), fast_track=ft
    )
    deadline = at("2025-10-02T18:00")
    assert table(facts, at("2025-10-02T20:00")) == [
        ("fast_track.investigation", deadline, True, False),
        ("fast_track.review", deadline, True, False),
        ("fast_track.trial", deadline, False, True),
        ("acceptance", d("2025-10-11"), False, False),
    ]
    trial = [
        i for i in due_items(facts, LIM, CAL, at("2025-10-02T15:30")) if i.kind == DueKind.FAST_TRACK_TRIAL
    ][0]
    assert trial.remaining == timedelta(hours=2, minutes=30) and not trial.overdue
    assert trial.params["started_at"] == at("2025-09-30T18:00")


def test_pre_litigation_overdue_session_and_limit() -> None:
    # Received Fri 13 Jun 2025 → Mon 16, Tue 17, Wed 18. Accepted 16 Jun + 30 = 16 Jul.
    facts = CaseFacts(
        5,
        Track.PRE_LITIGATION,
        CaseStatus.IN_MEDIATION,
        received_at=at("2025-06-13T16:00"),
        accepted_at=at("2025-06-16T09:00"),
        sessions=(SessionFacts(31, at("2025-07-01T10:00")),),
    )
    assert table(facts, at("2025-07-20T09:00")) == [
        ("acceptance", d("2025-06-18"), True, False),
        ("session", at("2025-07-01T10:00"), False, True),
        ("mediation_limit", d("2025-07-16"), False, True),
    ]


def test_finished_case_has_nothing_overdue() -> None:
    facts = CaseFacts(
        5,
        Track.PRE_LITIGATION,
        CaseStatus.WITHDRAWN,
        received_at=at("2025-06-13T16:00"),
        accepted_at=at("2025-06-16T09:00"),
        sessions=(SessionFacts(31, at("2025-07-01T10:00")),),
    )
    items = due_items(facts, LIM, CAL, at("2025-09-01T09:00"))
    assert items and not any(i.overdue for i in items)


def test_limits_and_overrides_change_the_result() -> None:
    facts = CaseFacts(
        1,
        Track.PUBLIC_SECURITY,
        CaseStatus.ACCEPTED,
        received_at=at("2025-09-26T10:00"),
        accepted_at=at("2025-09-30T15:00"),
    )
    two = table(facts, at("2025-09-30T16:00"), limits=Limits(public_security_working_days=2))
    assert two[-1][:2] == ("mediation_limit", d("2025-10-10"))
    # An administrator makes Thu 9 Oct a holiday: 10, 11 and Mon 13.
    shifted = table(facts, at("2025-09-30T16:00"), calendar=WorkCalendar({d("2025-10-09"): False}))
    assert shifted[-1][:2] == ("mediation_limit", d("2025-10-13"))


def test_follow_up_before_the_deadline_does_not_count() -> None:
    facts = CaseFacts(
        2,
        Track.PEOPLE,
        CaseStatus.PERFORMING,
        received_at=at("2025-03-06T09:00"),
        accepted_at=at("2025-03-07T10:00"),
        performance_deadline=d("2025-04-15"),
        agreement_effective_on=d("2025-04-10"),
        follow_ups_done=(at("2025-04-14T10:00"),),
    )
    follow = [i for i in due_items(facts, LIM, CAL, at("2025-04-30T10:00")) if i.kind == DueKind.FOLLOW_UP]
    assert [(i.due_on, i.done, i.overdue) for i in follow] == [(d("2025-04-22"), False, True)]


@pytest.mark.parametrize("day", ["2025-10-11", "2025-02-28"])
def test_end_of_day_is_shanghai_midnight(day: str) -> None:
    end = end_of_day(d(day))
    assert (
        end.utcoffset() == timedelta(hours=8) and end.date() == d(day) + timedelta(days=1) and end.hour == 0
    )
