"""The directory (人员库): committee members, organisations, and a party's contact details.

* Committee members are :class:`~mediation_desk.store.models.Person` rows with ``member_role`` set
  and usually an ``organisation_id`` (the court, procuratorate, police station, law firm or
  social-work centre they come from). A member who is no longer available is *deactivated*: not
  offered for assignment any more, while their memberships of cases stay as they were.
* Directors and administrators manage the directory (:data:`policy.DIRECTORY_MANAGE`); a mediator
  may correct the phone, address and occupation of a party on a case they work
  (:data:`policy.PEOPLE_EDIT` plus :data:`policy.CASE_EDIT` on one of the person's cases).

Every change is one unit of work with one audit event; phone and ID numbers in audit diffs are
masked (``138****5678``, ``110105********1234``). Bad input raises :class:`ValidationError` before
anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from ..domain.enums import CommitteeRole, IdType, OrgKind
from ..domain.errors import PermissionDenied, ValidationError
from ..domain.idcard import mask_id, parse_resident_id
from ..domain.phone import mask_phone, normalize_phone
from ..domain.uscc import validate_uscc
from ..domain.validation import clean
from ..store import search, versions
from ..store.database import Database
from ..store.models import Case, CaseParty, Organisation, Person
from . import policy
from .base import Actor, Changes, UnitOfWork, diff_of, unit_of_work

MASKED = {"phone": mask_phone, "id_number": mask_id}


@dataclass(frozen=True)
class MemberInput:
    """A committee member as typed: ``title`` is their post (庭长, 检察官助理, 社工…)."""

    name: str
    role: CommitteeRole | str
    organisation_id: int | None = None
    phone: str = ""
    id_number: str = ""
    title: str = ""


@dataclass(frozen=True)
class OrganisationInput:
    """An organisation: ``org_code`` feeds case numbers (京朝), ``uscc`` is the credit code."""

    name: str
    kind: OrgKind | str
    org_code: str = ""
    uscc: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Saved:
    """The id of the created or changed record and what changed."""

    id: int
    changes: Changes


def _text(value: str, field: str, max_len: int, *, required: bool = False) -> str:
    value = clean(field, value, max_len=max_len)
    if required and not value:
        raise ValidationError("name.empty", field=field)
    return value


def _phone(text: str) -> str:
    return normalize_phone(text) if text.strip() else ""


def masked(diff: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """``diff`` with phone and ID numbers masked (old and new)."""
    out: dict[str, list[Any]] = {}
    for key, pair in diff.items():
        mask = MASKED.get(key)
        out[key] = [mask(v) if v else v for v in pair] if mask is not None else pair
    return out


# ---- committee members ------------------------------------------------------------------------


def _member_values(member: MemberInput) -> dict[str, Any]:
    try:
        role = CommitteeRole(member.role)
    except ValueError:
        raise ValidationError("member.role", role=str(member.role)) from None
    values: dict[str, Any] = {
        "name": _text(member.name, "name", 100, required=True),
        "member_role": role.value,
        "organisation_id": member.organisation_id,
        "phone": _phone(member.phone),
        "occupation": _text(member.title, "title", 50),
        "id_type": None,
        "id_number": None,
    }
    if member.id_number.strip():
        rid = parse_resident_id(member.id_number)
        values.update(
            id_type=IdType.RESIDENT_ID.value,
            id_number=rid.number,
            birth_date=rid.birth_date,
            sex=rid.sex.value,
        )
    return values


def _check_member_refs(uow: UnitOfWork, values: dict[str, Any], person_id: int | None) -> None:
    if values["organisation_id"] is not None:
        uow.get(Organisation, values["organisation_id"])
    if values["id_number"]:
        stmt = select(col(Person.id)).where(col(Person.id_number) == values["id_number"])
        other = uow.session.execute(stmt).scalar()
        if other is not None and other != person_id:
            raise ValidationError("member.id_exists", field="id_number")


def _member(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.lock(Person, person_id)
    if person.member_role is None:
        raise ValidationError("member.not_member", person_id=person_id)
    return person


def add_member(db: Database, actor: Actor, member: MemberInput) -> Saved:
    """Add a committee member to the directory (active, offered for assignment).

    Raises:
        PermissionDenied: ``perm.role`` (only directors and administrators).
        ValidationError: ``name.empty``, ``member.role``, ``phone.invalid``, ``id.*``,
            ``member.id_exists``, ``text.too_long``; NotFoundError for an unknown organisation.
    """
    policy.require(actor, policy.DIRECTORY_MANAGE)
    values = _member_values(member)
    with unit_of_work(db, actor) as uow:
        _check_member_refs(uow, values, None)
        person = Person(**values, active=True, created_at=uow.now, updated_at=uow.now)
        uow.session.add(person)
        uow.session.flush()
        diff = {
            k: [None, v.isoformat() if hasattr(v, "isoformat") else v]
            for k, v in values.items()
            if v not in (None, "")
        }
        uow.audit("member.create", "person", person.id, diff=masked(diff))
        return Saved(int(person.id), uow.changes)  # type: ignore[arg-type]


def update_member(
    db: Database, actor: Actor, person_id: int, member: MemberInput, *, expected_version: int | None = None
) -> Changes:
    """Change a member's name, role, organisation, phone, ID number or post (audited diff)."""
    policy.require(actor, policy.DIRECTORY_MANAGE)
    values = _member_values(member)
    if not values["id_number"]:
        values.pop("id_type")
        values.pop("id_number")  # left empty: keep what is on record
    with unit_of_work(db, actor) as uow:
        person = _member(uow, person_id)
        versions.check_version(uow.session, person, expected_version)
        _check_member_refs(uow, {"id_number": None, **values}, person_id)
        diff = diff_of(person, values)
        if diff:
            person.updated_at = uow.now
            uow.audit("member.update", "person", person_id, diff=masked(diff))
        return uow.changes


def _set_active(db: Database, actor: Actor, person_id: int, active: bool) -> Changes:
    policy.require(actor, policy.DIRECTORY_MANAGE)
    with unit_of_work(db, actor) as uow:
        person = _member(uow, person_id)
        if person.active != active:
            person.active = active
            person.updated_at = uow.now
            action = "member.reactivate" if active else "member.deactivate"
            uow.audit(action, "person", person_id, diff={"active": [not active, active]})
        return uow.changes


def deactivate_member(db: Database, actor: Actor, person_id: int) -> Changes:
    """The member is no longer offered for assignment; their memberships stay."""
    return _set_active(db, actor, person_id, False)


def reactivate_member(db: Database, actor: Actor, person_id: int) -> Changes:
    """Offer a deactivated member for assignment again."""
    return _set_active(db, actor, person_id, True)


# ---- organisations ----------------------------------------------------------------------------


def _org_values(org: OrganisationInput) -> dict[str, Any]:
    try:
        kind = OrgKind(org.kind)
    except ValueError:
        raise ValidationError("organisation.kind", kind=str(org.kind)) from None
    return {
        "name": _text(org.name, "name", 100, required=True),
        "kind": kind.value,
        "org_code": _text(org.org_code, "org_code", 20),
        "uscc": validate_uscc(org.uscc) if org.uscc.strip() else None,
        "address": _text(org.address, "address", 200),
        "phone": _phone(org.phone),
    }


def _check_org_unique(uow: UnitOfWork, values: dict[str, Any], org_id: int | None) -> None:
    if values["uscc"]:
        stmt = select(col(Organisation.id)).where(col(Organisation.uscc) == values["uscc"])
        if any(i != org_id for i in uow.session.execute(stmt).scalars()):
            raise ValidationError("organisation.uscc_exists", field="uscc")


def add_organisation(db: Database, actor: Actor, org: OrganisationInput) -> Saved:
    """Add an organisation (court, procuratorate, police station, law firm, social-work centre…).

    Raises:
        PermissionDenied: ``perm.role``.
        ValidationError: ``name.empty``, ``organisation.kind``, ``uscc.*``,
            ``organisation.uscc_exists``, ``phone.invalid``, ``text.too_long``.
    """
    policy.require(actor, policy.DIRECTORY_MANAGE)
    values = _org_values(org)
    with unit_of_work(db, actor) as uow:
        _check_org_unique(uow, values, None)
        row = Organisation(**values, created_at=uow.now)
        uow.session.add(row)
        uow.session.flush()
        diff = {k: [None, v] for k, v in values.items() if v not in (None, "")}
        uow.audit("organisation.create", "organisation", row.id, diff=masked(diff))
        return Saved(int(row.id), uow.changes)  # type: ignore[arg-type]


def update_organisation(
    db: Database, actor: Actor, org_id: int, org: OrganisationInput, *, expected_version: int | None = None
) -> Changes:
    """Change an organisation's details (audited diff)."""
    policy.require(actor, policy.DIRECTORY_MANAGE)
    values = _org_values(org)
    with unit_of_work(db, actor) as uow:
        row = uow.lock(Organisation, org_id)
        versions.check_version(uow.session, row, expected_version)
        _check_org_unique(uow, values, org_id)
        diff = diff_of(row, values)
        if diff:
            uow.audit("organisation.update", "organisation", org_id, diff=masked(diff))
        return uow.changes


# ---- a party's contact details ----------------------------------------------------------------


def update_person_contact(
    db: Database,
    actor: Actor,
    person_id: int,
    *,
    phone: str | None = None,
    address: str | None = None,
    occupation: str | None = None,
    case_id: int | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Correct a party's phone, address or occupation (``None`` keeps a field; ``""`` clears it).

    The actor must be allowed to edit one of the person's cases (``case_id`` when given: the case
    the correction is made from, recorded with the audit event). A changed phone number re-indexes
    the person's cases for search.

    Raises:
        PermissionDenied: ``perm.role``; ``perm.not_on_case`` (no case of the person the actor works).
        ValidationError: ``phone.invalid``, ``text.too_long``.
    """
    policy.require(actor, policy.PEOPLE_EDIT)
    values: dict[str, Any] = {}
    if phone is not None:
        values["phone"] = _phone(phone)
    if address is not None:
        values["address"] = _text(address, "address", 200)
    if occupation is not None:
        values["occupation"] = _text(occupation, "occupation", 50)
    with unit_of_work(db, actor) as uow:
        person = uow.lock(Person, person_id)
        versions.check_version(uow.session, person, expected_version)
        ids = select(col(CaseParty.case_id)).where(col(CaseParty.person_id) == person_id)
        if case_id is not None:
            ids = ids.where(col(CaseParty.case_id) == case_id)
        stmt = select(Case).where(col(Case.id).in_(ids)).order_by(col(Case.id))
        cases = list(uow.session.execute(stmt).scalars())
        editable = [c for c in cases if policy.can(actor, policy.CASE_EDIT, case=c, session=uow.session)]
        if not editable:
            raise PermissionDenied("perm.not_on_case", person_id=person_id, case_id=case_id)
        diff = diff_of(person, values)
        if not diff:
            return uow.changes
        person.updated_at = uow.now
        if "phone" in diff:
            for case in cases:
                search.reindex_case(uow.session, case)
        uow.audit("person.contact", "person", person_id, case_id=editable[0].id, diff=masked(diff))
        uow.cases.update(int(c.id) for c in cases if c.id is not None and c in editable)
        return uow.changes
