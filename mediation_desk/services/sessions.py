"""Mediation sessions: schedule, record (attendance, record text, outcome)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import col

from ..domain.eligibility import PartyFacts, check_session_presence
from ..domain.enums import CaseStatus, SessionOutcome, Track
from ..domain.errors import RuleViolation, ValidationError
from ..domain.idcard import age_on
from ..domain.validation import clean
from ..store import locks, versions
from ..store.database import Database
from ..store.models import Attendance, Case, CaseParty, MediationSession, Person
from ..store.types import SHANGHAI
from . import policy
from .base import Actor, Changes, UnitOfWork, snapshot_of, unit_of_work
from .cases import record_status
from .deadlines import refresh_due_at
from .session_clash import Clash, find_clashes, session_end
from .settings import limits


@dataclass(frozen=True)
class SessionResult:
    session_id: int
    changes: Changes


def schedule_session(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    starts_at: datetime,
    place: str = "",
    public: bool = False,
    ends_at: datetime | None = None,
    allow_overlap: bool = False,
) -> SessionResult:
    """Schedule a session (治安调解: at most the configured number of sessions).

    ``ends_at`` is the planned end (default: an hour); the record replaces it with the actual end.

    Raises:
        RuleViolation: ``session.overlap`` (``count``, ``details``) when the same committee member or
            the same room is booked for an overlapping session and ``allow_overlap`` is not set (a
            warning the mediator may override; the override is audited); ``session.ends_before_start``.
    """
    if ends_at is not None and ends_at <= starts_at:
        raise ValidationError("session.ends_before_start")
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_SESSION, case)
        if case.status not in (CaseStatus.ACCEPTED.value, CaseStatus.IN_MEDIATION.value):
            raise RuleViolation("session.case_not_open", status=case.status)
        if case.track == Track.PUBLIC_SECURITY.value:
            count = uow.session.execute(
                select(func.count()).where(col(MediationSession.case_id) == case_id)
            ).scalar_one()
            maximum = limits(uow.session).public_security_max_sessions
            if count >= maximum:
                raise RuleViolation("public_security.max_sessions", maximum=maximum)
        room = clean("place", place)
        locks.hold(uow.session, locks.SESSION_BOOKINGS)  # a room or member booked at once elsewhere
        clashes = find_clashes(uow.session, case_id, starts_at, ends_at, room)
        if clashes and not allow_overlap:
            raise RuleViolation(
                "session.overlap", count=len(clashes), details=[_clash_text(c) for c in clashes]
            )
        s = MediationSession(
            case_id=case_id,
            starts_at=starts_at,
            ends_at=session_end(starts_at, ends_at),
            place=room,
            public=public,
        )
        uow.session.add(s)
        uow.session.flush()
        diff = snapshot_of(s, ["starts_at", "ends_at", "place", "public"])
        if clashes:  # scheduled over a warning: who overrode it, over which sessions
            diff["overlap_overridden"] = [None, [c.session_id for c in clashes]]
        uow.audit("session.schedule", "session", s.id, case_id=case_id, diff=diff)
        refresh_due_at(uow.session, case)
        return SessionResult(s.id, uow.changes)  # type: ignore[arg-type]


def _clash_text(c: Clash) -> str:
    """``（2026）…第0012号 09:30–10:30 赵敏、调解室`` — what the warning lists (Beijing time)."""
    span = f"{c.starts_at.astimezone(SHANGHAI):%Y-%m-%d %H:%M}–{c.ends_at.astimezone(SHANGHAI):%H:%M}"
    what = "、".join([*c.people, *(["同一调解室"] if c.same_room else [])])
    return f"{c.case_number} {span} {what}"


def party_facts(uow: UnitOfWork, case: Case) -> list[PartyFacts]:
    """The case's parties with their age at the incident, for the presence rules."""
    on = case.incident_on or case.received_at.astimezone(SHANGHAI).date()
    rows = uow.session.execute(
        select(CaseParty, Person)
        .join(Person, col(Person.id) == col(CaseParty.person_id))
        .where(col(CaseParty.case_id) == case.id)
        .order_by(col(CaseParty.sort_order))
    ).all()
    return [
        PartyFacts(
            party.id,
            person.id,
            person.name,
            party.role,
            age_on(person.birth_date, on) if person.birth_date else None,
            party.guardian_of_id,
            party.consent,
        )
        for party, person in rows
    ]


def _check_protectors(uow: UnitOfWork, case: Case, attendee_ids: set[int]) -> None:
    check_session_presence(
        Track(case.track),
        party_facts(uow, case),
        attendee_ids,
        limits(uow.session),
        juvenile_case=case.juvenile,
    )


def record_session(
    db: Database,
    actor: Actor,
    session_id: int,
    *,
    record: str,
    outcome: SessionOutcome,
    attendee_ids: list[int],
    ends_at: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Record what happened: attendance, the record (笔录), the outcome.

    ``expected_version``: the session's ``row_version`` the user edited (``record.changed``).
    """
    record = clean("record", record)
    if not record:
        raise ValidationError("session.record_empty")
    with unit_of_work(db, actor) as uow:
        s = uow.get(MediationSession, session_id)
        case = uow.get(Case, s.case_id)
        policy.check_case(uow, policy.CASE_SESSION, case)
        versions.check_version(uow.session, s, expected_version)
        if uow.now < s.starts_at:  # a session is recorded once it has been held
            raise RuleViolation(
                "session.not_started", starts=s.starts_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
            )
        if ends_at is not None and ends_at <= s.starts_at:
            raise ValidationError("session.ends_before_start")
        _check_protectors(uow, case, set(attendee_ids))
        s.record = record
        s.outcome = outcome.value
        s.ends_at = ends_at if ends_at is not None else s.ends_at  # the actual end, else the planned one
        s.recorded_at = uow.now
        uow.session.execute(Attendance.__table__.delete().where(col(Attendance.session_id) == s.id))  # type: ignore[attr-defined]
        for pid in sorted(set(attendee_ids)):
            uow.session.add(Attendance(session_id=s.id, person_id=pid))  # type: ignore[arg-type]
        if case.status == CaseStatus.ACCEPTED.value:
            record_status(uow, case, CaseStatus.IN_MEDIATION)
        uow.audit(
            "session.record",
            "session",
            s.id,
            case_id=case.id,
            diff={
                "outcome": [None, outcome.value],
                "attendees": [None, sorted(set(attendee_ids))],
                "record_chars": [None, len(s.record)],
            },
        )
        refresh_due_at(uow.session, case)
        return uow.changes
