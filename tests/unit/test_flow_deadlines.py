"""Issue 16 — deadlines to trust: one test per rule, with a fixed clock.

The engine stops at closure; relative days are Beijing days; only an agreement in force can be
owed; the sign-in notice and the dashboard count the same set; a recorded session leaves the
upcoming list; the 48-hour clock is cached on the case and stops with it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.domain.deadlines import (
    CaseFacts,
    DueKind,
    InstalmentFacts,
    days_left,
    due_items,
    fast_track_alert,
    next_open,
)
from mediation_desk.domain.enums import CaseStatus, Procedure, SessionOutcome, Track
from mediation_desk.domain.errors import RuleViolation
from mediation_desk.domain.limits import Limits
from mediation_desk.domain.workdays import WorkCalendar
from mediation_desk.services import agreements, base, cases, dashboard, sessions
from mediation_desk.services.deadlines import count_overdue
from mediation_desk.services.inputs import AgreementInput, MatterInput, ObligationInput
from mediation_desk.services.tracks_matter import record_fast_track_step
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, CaseParty, Organisation
from mediation_desk.store.queries import dashboard as q
from tests.helpers.factories import MEDIATOR, new_case

T0 = datetime(2025, 4, 1, 2, 0, tzinfo=UTC)  # Tue 1 Apr 2025, 10:00 in Beijing


def _org(db: Any) -> int:
    with read_session(db.engine) as s:
        return int(s.execute(select(Organisation.id)).scalar_one())


def _describe(item: Any, _now: datetime) -> str:
    return str(item.kind)


def _closed_facts() -> CaseFacts:
    return CaseFacts(
        1,
        Track.PEOPLE,
        CaseStatus.CLOSED,
        received_at=T0,
        accepted_at=T0,
        instalments=(InstalmentFacts(7, 500_00, 0, date(2025, 4, 17)),),
        performance_deadline=date(2025, 4, 17),
        agreement_effective_on=date(2025, 4, 2),
    )


def test_a_closed_case_keeps_no_live_deadline() -> None:
    now = datetime(2025, 12, 1, 2, 0, tzinfo=UTC)
    items = due_items(_closed_facts(), Limits(), WorkCalendar(), now)
    kinds = {i.kind for i in items}
    assert {DueKind.INSTALMENT, DueKind.FOLLOW_UP, DueKind.JUDICIAL_CONFIRMATION} <= kinds
    assert all(i.stopped and not i.overdue for i in items if not i.done)
    assert next_open(items) is None


def test_relative_days_are_beijing_days() -> None:
    # 17:00 UTC on 17 April is 01:00 on 18 April in Beijing: the 17th is yesterday, not "today"
    late_evening_utc = datetime(2025, 4, 17, 17, 0, tzinfo=UTC)
    assert days_left(date(2025, 4, 17), late_evening_utc) == -1
    assert days_left(date(2025, 4, 18), late_evening_utc) == 0
    assert days_left(date(2025, 4, 19), late_evening_utc) == 1
    assert days_left(datetime(2025, 4, 18, 1, 30, tzinfo=UTC), late_evening_utc) == 0  # 09:30 Beijing


def test_the_48_hour_clock_warns_at_12_and_4_hours() -> None:
    assert fast_track_alert(timedelta(hours=13)) is None
    assert fast_track_alert(timedelta(hours=12)) == 12
    assert fast_track_alert(timedelta(hours=4, minutes=1)) == 12
    assert fast_track_alert(timedelta(hours=3, minutes=59)) == 4
    assert fast_track_alert(timedelta(0)) == 0


def _case_with_agreement(db: Any, *, sign: bool, due: date, now: list[datetime]) -> int:
    case_id = cases.register_case(db, MEDIATOR, new_case(_org(db), received_at=now[0])).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    with read_session(db.engine) as s:
        parties = {
            p.role: p.person_id
            for p in s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars()
        }
    sid = sessions.schedule_session(
        db, MEDIATOR, case_id, starts_at=now[0], place=f"调解室{case_id}"
    ).session_id
    sessions.record_session(
        db,
        MEDIATOR,
        sid,
        record="双方同意。",
        outcome=SessionOutcome.AGREED,
        attendee_ids=list(parties.values()),
    )
    data = AgreementInput(
        facts="事实",
        issues="争议",
        responsibility="责任",
        terms="赔偿500元",
        performance_method="银行转账",
        performance_place="调解室",
        obligations=[ObligationInput(parties["respondent"], parties["applicant"], 500_00, due)],
    )
    ag = agreements.draft_agreement(db, MEDIATOR, case_id, data)
    if sign:
        agreements.mark_printed(db, MEDIATOR, ag.agreement_id)
        agreements.sign_agreement(
            db, MEDIATOR, ag.agreement_id, signatories=["张伟", "李娜"], signed_at=now[0]
        )
    return case_id


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    now = [T0]
    monkeypatch.setattr(base, "utcnow", lambda: now[0])
    return now


def test_only_signed_agreements_of_working_cases_are_owed(db: Any, clock: list[datetime]) -> None:
    signed = _case_with_agreement(db, sign=True, due=date(2025, 4, 17), now=clock)
    _case_with_agreement(db, sign=False, due=date(2025, 4, 17), now=clock)  # a draft: never owed
    closed = _case_with_agreement(db, sign=True, due=date(2025, 4, 17), now=clock)
    cases.change_status(db, MEDIATOR, closed, CaseStatus.NOT_PERFORMED, reason="拒不履行")
    cases.change_status(db, MEDIATOR, closed, CaseStatus.CLOSED)
    with read_session(db.engine) as s:
        owed = q.instalments_due(session=s, until=date(2025, 12, 31))
    assert [i.case_id for i in owed] == [signed] and owed.total == 1
    assert owed.items[0].tab == "payments" and owed.items[0].extra  # the payer's phone, for a call


def test_notice_and_dashboard_count_the_same_overdue_set(db: Any, clock: list[datetime]) -> None:
    for _ in range(4):
        _case_with_agreement(db, sign=True, due=date(2025, 4, 17), now=clock)
    closed = _case_with_agreement(db, sign=True, due=date(2025, 4, 17), now=clock)
    cases.change_status(db, MEDIATOR, closed, CaseStatus.NOT_PERFORMED, reason="拒不履行")
    cases.change_status(db, MEDIATOR, closed, CaseStatus.CLOSED)
    later = datetime(2025, 5, 20, 2, 0, tzinfo=UTC)
    with read_session(db.engine) as s:
        notice_total = count_overdue(s, later)
        overdue, _soon = dashboard.deadline_lists(
            s, later, organisation_id=None, visible=None, describe=_describe, rows=2
        )
    assert notice_total == 4 and overdue.total == 4 and len(overdue.items) == 2  # cut short, true count
    assert closed not in {i.case_id for i in overdue.items}


def test_a_recorded_session_leaves_the_upcoming_list(db: Any, clock: list[datetime]) -> None:
    case_id = cases.register_case(db, MEDIATOR, new_case(_org(db), received_at=T0)).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    day = date(2025, 4, 3)
    first = sessions.schedule_session(
        db, MEDIATOR, case_id, starts_at=T0 + timedelta(days=2), place="调解室"
    ).session_id
    sessions.schedule_session(
        db, MEDIATOR, case_id, starts_at=T0 + timedelta(days=2, hours=4), place="调解室"
    )
    clock[0] = T0 + timedelta(days=2, hours=2)
    with read_session(db.engine) as s:
        attendees = [
            p.person_id for p in s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars()
        ]
    sessions.record_session(
        db, MEDIATOR, first, record="第一次调解。", outcome=SessionOutcome.CONTINUED, attendee_ids=attendees
    )
    with read_session(db.engine) as s:
        upcoming = q.sessions_between(session=s, first=day, last=day)
    assert len(upcoming) == 1 and upcoming.items[0].tab == "sessions"


def test_fast_track_steps_are_real_times_in_order_and_the_clock_stops_at_closure(
    db: Any, clock: list[datetime]
) -> None:
    matter = MatterInput(
        police_case_no="京公朝刑字〔2025〕0100号", charge="盗窃", procedure=Procedure.FAST_TRACK_48H
    )
    case_id = cases.register_case(db, MEDIATOR, new_case(_org(db), matter=matter, received_at=T0)).case_id
    with pytest.raises(RuleViolation) as future:
        record_fast_track_step(db, MEDIATOR, case_id, _step("summons"), T0 + timedelta(minutes=5))
    assert future.value.code == "fast_track.future"
    last_night = T0 - timedelta(hours=12)  # 22:00 the evening before, Beijing
    record_fast_track_step(db, MEDIATOR, case_id, _step("summons"), last_night)
    with read_session(db.engine) as s:
        assert s.get(Case, case_id).fast_track_due_at == last_night + timedelta(hours=48)  # type: ignore[union-attr]
        assert q.fast_track_clocks(session=s).total == 1
    record_fast_track_step(db, MEDIATOR, case_id, _step("investigation"), T0 - timedelta(hours=1))
    with pytest.raises(RuleViolation) as late:  # correcting the summons past the next step
        record_fast_track_step(db, MEDIATOR, case_id, _step("summons"), T0 - timedelta(minutes=30))
    assert late.value.code == "fast_track.after_next"
    cases.change_status(db, MEDIATOR, case_id, CaseStatus.WITHDRAWN, reason="撤回")
    with read_session(db.engine) as s:
        assert s.get(Case, case_id).fast_track_due_at is None  # type: ignore[union-attr]
        assert q.fast_track_clocks(session=s).total == 0


def _step(name: str) -> Any:
    from mediation_desk.domain.enums import MatterStage

    return {"summons": MatterStage.SUMMONS, "investigation": MatterStage.INVESTIGATION}[name]


def test_closing_sums_up_what_is_left_open(db: Any, clock: list[datetime]) -> None:
    from mediation_desk.services.closing import open_items

    case_id = _case_with_agreement(db, sign=True, due=date(2025, 4, 17), now=clock)
    items = open_items(db, MEDIATOR, case_id, now=T0 + timedelta(days=2))
    assert [(u.payer, u.outstanding_fen) for u in items.unpaid] == [("李娜", 500_00)]
    assert items.sessions_open == () and items.follow_ups_pending == 1
    assert items.judicial_window_until is not None and not items.empty


def test_a_session_over_the_same_member_or_room_is_flagged_and_may_be_overridden(
    db: Any, clock: list[datetime]
) -> None:
    from mediation_desk.domain.enums import CommitteeRole, Stage
    from mediation_desk.services import committee
    from mediation_desk.store.engine import write_session
    from mediation_desk.store.models import MediationSession, Person

    with write_session(db.engine) as s:
        zhao = Person(name="赵敏", member_role="mediator")
        s.add(zhao)
        s.commit()
        zhao_id = zhao.id
    first, second = (
        cases.register_case(db, MEDIATOR, new_case(_org(db), received_at=T0)).case_id for _ in range(2)
    )
    for cid in (first, second):
        cases.accept_case(db, MEDIATOR, cid)
        committee.assign_member(
            db,
            MEDIATOR,
            cid,
            zhao_id,
            CommitteeRole.MEDIATOR,
            [Stage.MEDIATION],  # type: ignore[arg-type]
            from_date=date(2025, 4, 1),
        )
    nine_thirty = datetime(2025, 4, 2, 1, 30, tzinfo=UTC)  # 09:30 Beijing, an hour
    sessions.schedule_session(
        db,
        MEDIATOR,
        first,
        starts_at=nine_thirty,
        place="第一调解室",
        ends_at=nine_thirty + timedelta(hours=1),
    )
    with pytest.raises(RuleViolation) as clash:  # 09:37, same mediator, another room
        sessions.schedule_session(
            db, MEDIATOR, second, starts_at=nine_thirty + timedelta(minutes=7), place="第二调解室"
        )
    assert clash.value.code == "session.overlap" and "赵敏" in clash.value.params["details"][0]
    # after the first one ends: no clash; the same room at the same time for a case without him: a clash
    sessions.schedule_session(
        db, MEDIATOR, second, starts_at=nine_thirty + timedelta(hours=1), place="第二调解室"
    )
    third = cases.register_case(db, MEDIATOR, new_case(_org(db), received_at=T0)).case_id
    cases.accept_case(db, MEDIATOR, third)
    with pytest.raises(RuleViolation) as room:
        sessions.schedule_session(
            db, MEDIATOR, third, starts_at=nine_thirty + timedelta(minutes=30), place="第一 调解室"
        )
    assert "同一调解室" in room.value.params["details"][0]
    sessions.schedule_session(
        db,
        MEDIATOR,
        third,
        starts_at=nine_thirty + timedelta(minutes=30),
        place="第一调解室",
        allow_overlap=True,
    )  # the mediator overrides the warning
    with read_session(db.engine) as s:
        assert s.execute(select(MediationSession).where(MediationSession.case_id == third)).scalars().one()


def test_a_session_cannot_be_recorded_before_it_starts(db: Any, clock: list[datetime]) -> None:
    case_id = cases.register_case(db, MEDIATOR, new_case(_org(db), received_at=T0)).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    sid = sessions.schedule_session(
        db, MEDIATOR, case_id, starts_at=T0 + timedelta(days=1), place="调解室"
    ).session_id
    with read_session(db.engine) as s:
        attendees = [
            p.person_id for p in s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars()
        ]
    with pytest.raises(RuleViolation) as early:
        sessions.record_session(
            db, MEDIATOR, sid, record="提前记录。", outcome=SessionOutcome.CONTINUED, attendee_ids=attendees
        )
    assert early.value.code == "session.not_started" and early.value.params["starts"] == "2025-04-02 10:00"
    clock[0] = T0 + timedelta(days=1, minutes=5)
    sessions.record_session(
        db, MEDIATOR, sid, record="按时调解。", outcome=SessionOutcome.CONTINUED, attendee_ids=attendees
    )
