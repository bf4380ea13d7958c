"""Session clashes: the same committee member or the same room booked twice at once. No Qt.

A session lasts from its start to its end (planned at scheduling, actual once recorded), or
:data:`DEFAULT_MINUTES` when no end is known. Two sessions clash when their spans overlap and
they share a committee member on duty (a membership running that day) or the room (the place,
compared without case and spaces). Sessions of finished cases are left out: they will not
be held.

Scheduling over a clash is a warning the mediator may override (a joint session of two linked
cases in the same room, a mediator who hands over after ten minutes): the service refuses with
``session.overlap`` unless ``allow_overlap`` is set, and the override is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlmodel import Session, col

from ..domain.deadlines import FINISHED
from ..store.models import Case, MediationSession, Membership, Person
from ..store.types import SHANGHAI

DEFAULT_MINUTES = 60
_LONGEST = timedelta(hours=12)  # no session is longer: bounds the indexed range on starts_at


@dataclass(frozen=True)
class Clash:
    session_id: int
    case_number: str
    starts_at: datetime
    ends_at: datetime
    people: tuple[str, ...]  # committee members on both sessions
    same_room: bool


def session_end(starts_at: datetime, ends_at: datetime | None) -> datetime:
    if ends_at is not None and ends_at > starts_at:
        return ends_at
    return starts_at + timedelta(minutes=DEFAULT_MINUTES)


def _room(place: str) -> str:
    return "".join(place.split()).casefold()


def _members(session: Session, case_id: int, day: date) -> dict[int, str]:
    rows = session.execute(
        select(col(Membership.person_id), col(Person.name))
        .join(Person, col(Person.id) == col(Membership.person_id))
        .where(
            col(Membership.case_id) == case_id,
            col(Membership.from_date) <= day,
            or_(col(Membership.to_date).is_(None), col(Membership.to_date) >= day),
        )
    ).all()
    return {int(pid): str(name) for pid, name in rows}


def find_clashes(
    session: Session,
    case_id: int,
    starts_at: datetime,
    ends_at: datetime | None,
    place: str,
    *,
    exclude_id: int | None = None,
) -> list[Clash]:
    """Other sessions overlapping ``starts_at``–``ends_at`` with a shared member or the same room."""
    end = session_end(starts_at, ends_at)
    day = starts_at.astimezone(SHANGHAI).date()
    mine = _members(session, case_id, day)
    room = _room(place)
    rows = session.execute(
        select(
            col(MediationSession.id),
            col(MediationSession.case_id),
            col(MediationSession.starts_at),
            col(MediationSession.ends_at),
            col(MediationSession.place),
            col(Case.number),
        )
        .join(Case, col(Case.id) == col(MediationSession.case_id))
        .where(
            col(MediationSession.starts_at) > starts_at - _LONGEST,
            col(MediationSession.starts_at) < end,
            col(Case.status).not_in([s.value for s in FINISHED]),
        )
        .order_by(col(MediationSession.starts_at))
    ).all()
    out: list[Clash] = []
    for sid, other_case, other_start, other_end, other_place, number in rows:
        if sid == exclude_id:
            continue
        other_stop = session_end(other_start, other_end)
        if not (other_start < end and starts_at < other_stop):
            continue
        theirs = _members(session, other_case, day)
        shared = tuple(sorted(name for pid, name in theirs.items() if pid in mine))
        same_room = bool(room) and _room(other_place) == room
        if shared or same_room:
            out.append(Clash(int(sid), str(number), other_start, other_stop, shared, same_room))
    return out


__all__ = ["DEFAULT_MINUTES", "Clash", "find_clashes", "session_end"]
