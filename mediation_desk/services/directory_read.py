"""What the directory screens read: a committee member's record for the editor, the organisations.

Reads go through the same policy as the writes in :mod:`.directory`: only directors and
administrators manage the directory (:data:`policy.DIRECTORY_MANAGE`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import false, select
from sqlmodel import col

from ..domain.clock import beijing_today
from ..domain.errors import ValidationError
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Organisation, Person
from ..store.queries import people as q
from ..store.queries.people import MemberRow, OrganisationRow
from . import policy
from .base import Actor


@dataclass(frozen=True)
class MemberRecord:
    """A committee member as the editor shows it (the ID number is shown masked, never in full)."""

    person_id: int
    name: str
    role: str
    organisation_id: int | None
    phone: str
    title: str
    id_number: str
    #: the person's ``row_version``: the editor's save is refused if someone saved meanwhile
    version: int = 1


@dataclass(frozen=True)
class MemberForm:
    """The editor's choices (organisations by name) and the member to edit (None: a new one)."""

    organisations: list[tuple[int, str]]
    member: MemberRecord | None


@dataclass(frozen=True)
class DirectoryData:
    """The committee members and the organisations, as the directory lists them."""

    members: list[MemberRow]
    organisations: list[OrganisationRow]


def directory(db: Database, actor: Actor) -> DirectoryData:
    """Members and organisations, with no case data whoever reads them.

    The directory is an administration screen: a member's open-case count is never read here (the
    case condition is false), so an administrator who may not see cases learns nothing of them.
    """
    del actor  # the directory lists carry no case data: every signed-in reader gets the same
    with read_session(db.engine) as s:
        return DirectoryData(
            q.members(session=s, today=beijing_today(), visible=false()), q.organisations(session=s)
        )


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation as its editor shows it, with the ``row_version`` a stale save is refused by."""

    id: int
    name: str
    kind: str
    org_code: str
    uscc: str
    address: str
    phone: str
    version: int


def organisations(db: Database, actor: Actor) -> list[OrganisationRow]:
    """Every organisation by name, with its number of active committee members (no case data)."""
    del actor  # the directory lists carry no case data: every signed-in reader gets the same
    with read_session(db.engine) as s:
        return q.organisations(session=s)


def organisation(db: Database, actor: Actor, org_id: int) -> OrganisationRecord | None:
    """The organisation ``org_id`` for its editor (None: no such organisation)."""
    del actor  # as :func:`organisations`; the save checks ``policy.DIRECTORY_MANAGE``
    with read_session(db.engine) as s:
        org = s.get(Organisation, org_id)
        if org is None:
            return None
        return OrganisationRecord(
            int(org_id),
            org.name,
            org.kind,
            org.org_code,
            org.uscc or "",
            org.address,
            org.phone,
            org.row_version,
        )


def member_form(db: Database, actor: Actor, person_id: int | None) -> MemberForm:
    """The organisations to choose from and, for ``person_id``, the member's current record.

    Raises:
        PermissionDenied: ``perm.role`` (only directors and administrators).
        ValidationError: ``member.not_member`` when ``person_id`` is not a committee member.
    """
    policy.require(actor, policy.DIRECTORY_MANAGE)
    with read_session(db.engine) as s:
        stmt = select(col(Organisation.id), col(Organisation.name)).order_by(col(Organisation.name))
        organisations = [(int(oid), str(name)) for oid, name in s.execute(stmt).all()]
        person = s.get(Person, person_id) if person_id is not None else None
        if person_id is not None and (person is None or person.member_role is None):
            raise ValidationError("member.not_member", person_id=person_id)
        member = (
            None
            if person is None
            else MemberRecord(
                person_id=int(person.id),  # type: ignore[arg-type]
                name=person.name,
                role=str(person.member_role),
                organisation_id=person.organisation_id,
                phone=person.phone,
                title=person.occupation,
                id_number=person.id_number or "",
                version=person.row_version,
            )
        )
    return MemberForm(organisations, member)


__all__ = [
    "DirectoryData",
    "MemberForm",
    "MemberRecord",
    "MemberRow",
    "OrganisationRow",
    "directory",
    "member_form",
]
