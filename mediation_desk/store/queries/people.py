"""The people directory: committee members with their case load; parties with their cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, true
from sqlmodel import Session, col

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
    """Committee members (``col(Person.member_role)`` set) by role and organisation, with open cases."""
    open_codes = [s.value for s in OPEN_STATUSES]
    load = (
        select(col(Membership.person_id), func.count(func.distinct(col(Membership.case_id))).label("n"))
        .join(Case, col(Case.id) == col(Membership.case_id))
        .where(
            col(Case.status).in_(open_codes),
            or_(col(Membership.to_date).is_(None), col(Membership.to_date) >= today),
            true() if visible is None else visible,
        )
        .group_by(col(Membership.person_id))
        .subquery()
    )
    stmt = (
        select(
            col(Person.id),
            col(Person.name),
            col(Person.member_role),
            func.coalesce(col(Organisation.name), ""),
            col(Person.phone),
            func.coalesce(load.c.n, 0),
            col(Person.active),
            col(Person.organisation_id),
        )
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .outerjoin(load, load.c.person_id == col(Person.id))
        .where(col(Person.member_role).is_not(None))
        .order_by(
            col(Person.active).desc(), col(Person.member_role), col(Organisation.name), col(Person.name)
        )
    )
    return [
        MemberRow(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), bool(r[6]), r[7])
        for r in session.execute(stmt).all()
    ]


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
        select(col(Person.organisation_id), func.count().label("n"))
        .where(col(Person.member_role).is_not(None), col(Person.active).is_(True))
        .group_by(col(Person.organisation_id))
        .subquery()
    )
    stmt = (
        select(Organisation, func.coalesce(count.c.n, 0))
        .outerjoin(count, count.c.organisation_id == col(Organisation.id))
        .order_by(col(Organisation.name), col(Organisation.id))
    )
    return [
        OrganisationRow(int(o.id), o.name, o.kind, o.org_code, o.uscc or "", o.address, o.phone, int(n))
        for o, n in session.execute(stmt).all()
    ]


def parties(*, session: Session, text: str = "", limit: int = 500, visible: Any = None) -> list[PartyRow]:
    """Persons who are party to at least one case, optionally filtered by name, ID or phone prefix.

    ``visible`` (``policy.visible_case_condition``) limits it to the cases the user may see.
    """
    count = func.count(func.distinct(col(CaseParty.case_id)))
    stmt = (
        select(
            col(Person.id),
            col(Person.name),
            col(Person.kind),
            func.coalesce(col(Person.id_number), col(Person.uscc), ""),
            col(Person.phone),
            count,
        )
        .join(CaseParty, col(CaseParty.person_id) == col(Person.id))
        .join(Case, col(Case.id) == col(CaseParty.case_id))
        .where(true() if visible is None else visible)
        .group_by(
            col(Person.id),
            col(Person.name),
            col(Person.kind),
            col(Person.id_number),
            col(Person.uscc),
            col(Person.phone),
        )
        .order_by(col(Person.name), col(Person.id))
        .limit(limit)
    )
    q = "".join(text.split())
    if q:
        like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            or_(
                col(Person.name).like(f"%{like}%", escape="\\"),
                col(Person.id_number).like(f"{like}%", escape="\\"),
                col(Person.phone).like(f"%{like}%", escape="\\"),
            )
        )
    return [PartyRow(int(r[0]), r[1], r[2], r[3] or "", r[4], int(r[5])) for r in session.execute(stmt).all()]


def cases_of_person(*, session: Session, person_id: int, visible: Any = None) -> list[PersonCase]:
    """Every case a person is party to (newest first), with their role in it (``visible`` ones)."""
    stmt = (
        select(
            col(Case.id),
            col(Case.number),
            col(Case.title),
            col(CaseParty.role),
            col(Case.status),
            col(Case.received_at),
        )
        .join(CaseParty, col(CaseParty.case_id) == col(Case.id))
        .where(col(CaseParty.person_id) == person_id, true() if visible is None else visible)
        .order_by(col(Case.received_at).desc(), col(Case.id).desc())
    )
    return [PersonCase(*r) for r in session.execute(stmt).all()]
