"""The people directory: committee members with their case load; parties with their cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, true
from sqlmodel import Session

from ...domain.workflow import OPEN_STATUSES
from ..models import Case, CaseParty, Membership, Organisation, Person


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    role: str
    organisation: str
    phone: str
    open_cases: int
    active: bool = True
    organisation_id: int | None = None


@dataclass(frozen=True)
class PartyRow:
    person_id: int
    name: str
    kind: str
    id_number: str  # unmasked: the UI masks it
    phone: str
    cases: int


@dataclass(frozen=True)
class PersonCase:
    case_id: int
    number: str
    title: str
    role: str
    status: str
    received_at: datetime


def members(*, session: Session, today: date, visible: Any = None) -> list[MemberRow]:
    """Committee members (``Person.member_role`` set) by role and organisation, with open cases."""
    open_codes = [s.value for s in OPEN_STATUSES]
    load = (
        select(Membership.person_id, func.count(func.distinct(Membership.case_id)).label("n"))
        .join(Case, Case.id == Membership.case_id)
        .where(
            Case.status.in_(open_codes),  # type: ignore[attr-defined]
            or_(Membership.to_date.is_(None), Membership.to_date >= today),
            true() if visible is None else visible,
        )
        .group_by(Membership.person_id)
        .subquery()
    )
    stmt = (
        select(
            Person.id,
            Person.name,
            Person.member_role,
            func.coalesce(Organisation.name, ""),
            Person.phone,
            func.coalesce(load.c.n, 0),
            Person.active,
            Person.organisation_id,
        )
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(load, load.c.person_id == Person.id)
        .where(Person.member_role.is_not(None))  # type: ignore[union-attr]
        .order_by(Person.active.desc(), Person.member_role, Organisation.name, Person.name)  # type: ignore[attr-defined]
    )
    return [MemberRow(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), bool(r[6]), r[7])
            for r in session.execute(stmt).all()]


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    org_code: str
    uscc: str
    address: str
    phone: str
    members: int


def organisations(*, session: Session) -> list[OrganisationRow]:
    """Every organisation by name, with the number of active committee members from it."""
    count = (
        select(Person.organisation_id, func.count().label("n"))  # type: ignore[call-overload]
        .where(Person.member_role.is_not(None), Person.active.is_(True))  # type: ignore[union-attr,attr-defined]
        .group_by(Person.organisation_id)
        .subquery()
    )
    stmt = (
        select(Organisation, func.coalesce(count.c.n, 0))
        .outerjoin(count, count.c.organisation_id == Organisation.id)
        .order_by(Organisation.name, Organisation.id)  # type: ignore[arg-type]
    )
    return [
        OrganisationRow(int(o.id), o.name, o.kind, o.org_code, o.uscc or "", o.address, o.phone, int(n))
        for o, n in session.execute(stmt).all()
    ]


def parties(*, session: Session, text: str = "", limit: int = 500, visible: Any = None) -> list[PartyRow]:
    """Persons who are party to at least one case, optionally filtered by name, ID or phone prefix.

    ``visible`` (``policy.visible_case_condition``) limits it to the cases the user may see.
    """
    count = func.count(func.distinct(CaseParty.case_id))
    stmt = (
        select(
            Person.id,
            Person.name,
            Person.kind,
            func.coalesce(Person.id_number, Person.uscc, ""),
            Person.phone,
            count,
        )
        .join(CaseParty, CaseParty.person_id == Person.id)
        .join(Case, Case.id == CaseParty.case_id)
        .where(true() if visible is None else visible)
        .group_by(Person.id, Person.name, Person.kind, Person.id_number, Person.uscc, Person.phone)
        .order_by(Person.name, Person.id)
        .limit(limit)
    )
    q = "".join(text.split())
    if q:
        like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            or_(
                Person.name.like(f"%{like}%", escape="\\"),  # type: ignore[attr-defined]
                Person.id_number.like(f"{like}%", escape="\\"),  # type: ignore[union-attr]
                Person.phone.like(f"%{like}%", escape="\\"),
            )
        )
    return [PartyRow(int(r[0]), r[1], r[2], r[3] or "", r[4], int(r[5])) for r in session.execute(stmt).all()]


def cases_of_person(*, session: Session, person_id: int, visible: Any = None) -> list[PersonCase]:
    """Every case a person is party to (newest first), with their role in it (``visible`` ones)."""
    stmt = (
        select(Case.id, Case.number, Case.title, CaseParty.role, Case.status, Case.received_at)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .where(CaseParty.person_id == person_id, true() if visible is None else visible)
        .order_by(Case.received_at.desc(), Case.id.desc())
    )
    return [PersonCase(*r) for r in session.execute(stmt).all()]
