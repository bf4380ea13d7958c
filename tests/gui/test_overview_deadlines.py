"""The overview's deadline states: a finished case's open items read "stopped", never "Today"; day
words are Beijing days."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mediation_desk.domain.deadlines import CaseFacts, InstalmentFacts, due_items
from mediation_desk.domain.enums import CaseStatus, Track
from mediation_desk.domain.limits import Limits
from mediation_desk.domain.workdays import WorkCalendar
from mediation_desk.ui.workspace.overview import DeadlinesModel

T0 = datetime(2025, 4, 1, 2, 0, tzinfo=UTC)


def _states(status: CaseStatus, now: datetime) -> dict[str, str]:
    facts = CaseFacts(
        1,
        Track.PEOPLE,
        status,
        received_at=T0,
        accepted_at=T0,
        instalments=(InstalmentFacts(7, 500_00, 0, date(2025, 4, 17)),),
        performance_deadline=date(2025, 4, 17),
        agreement_effective_on=date(2025, 4, 2),
    )
    model = DeadlinesModel()
    model.now = now
    model.set_rows(due_items(facts, Limits(), WorkCalendar(), now))
    return {str(model.row(r).kind): model.index(r, 2).data() for r in range(model.rowCount())}


def test_a_closed_case_shows_stopped_deadlines_not_today(qapp) -> None:  # type: ignore[no-untyped-def]
    states = _states(CaseStatus.CLOSED, datetime(2025, 12, 1, 2, 0, tzinfo=UTC))
    assert states["instalment"] == states["follow_up"] == "Stopped (case finished)"
    assert "Today" not in states.values()


def test_day_words_are_beijing_days(qapp) -> None:  # type: ignore[no-untyped-def]
    # 17:00 UTC on 16 April is 01:00 on 17 April in Beijing: the instalment is due today there
    def state(*at: int) -> str:
        return _states(CaseStatus.PERFORMING, datetime(*at, tzinfo=UTC))["instalment"]

    assert state(2025, 4, 16, 17, 0) == "Today"
    assert state(2025, 4, 16, 3, 0) == "Tomorrow"
    assert state(2025, 4, 20, 3, 0) == "Overdue by 3 day(s)"
