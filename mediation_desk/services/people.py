"""Persons: validate and normalise what intake typed, find or create the one record per ID."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from ..domain.enums import IdType, PersonKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.idcard import mask_id, normalize_id, parse_resident_id
from ..domain.phone import normalize_phone
from ..domain.uscc import validate_uscc
from ..domain.validation import clean
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, CaseParty, Person
from . import policy
from .base import Actor, UnitOfWork, diff_of, snapshot_of
from .inputs import PersonInput


def _limit(value: object, field: str, max_len: int) -> str:
    return clean(field, value, max_len=max_len)


def normalised(person: PersonInput, *, today: date | None = None) -> dict[str, object]:
    """Validated column values for ``person`` (raises ValidationError with field context)."""
    kind = PersonKind(person.kind)
    name = _limit(person.name, "name", 100)
    if not name:
        raise ValidationError("name.empty", field="name")
    values: dict[str, object] = {
        "name": name,
        "kind": kind.value,
        "ethnicity": _limit(person.ethnicity, "ethnicity", 20),
        "address": _limit(person.address, "address", 200),
        "occupation": _limit(person.occupation, "occupation", 50),
        "employer": _limit(person.employer, "employer", 100),
        "legal_rep": _limit(person.legal_rep, "legal_rep", 50),
        "legal_rep_title": _limit(person.legal_rep_title, "legal_rep_title", 30),
        "phone": normalize_phone(person.phone) if person.phone.strip() else "",
        "sex": person.sex,
        "birth_date": person.birth_date,
        "id_type": None,
        "id_number": None,
        "uscc": None,
    }
    if kind == PersonKind.ORGANISATION:
        if person.uscc.strip():
            values["uscc"] = validate_uscc(person.uscc)
        return values
    if person.id_number.strip():
        id_type = IdType(person.id_type or IdType.RESIDENT_ID)
        values["id_type"] = id_type.value
        if id_type == IdType.RESIDENT_ID:
            rid = parse_resident_id(person.id_number, today=today)
            values["id_number"] = rid.number
            values["birth_date"] = rid.birth_date
            values["sex"] = rid.sex.value
        else:
            values["id_number"] = _limit(normalize_id(person.id_number), "id_number", 40)
    return values


def find_existing(session: Session, values: dict[str, object], actor: Actor) -> Person | None:
    """The person with the same ID number or credit code whom ``actor`` may see, if any."""
    seen = policy.visible_person_condition(actor)
    if values.get("id_number"):
        stmt = select(Person).where(col(Person.id_number) == values["id_number"], seen)
        return session.execute(stmt.order_by(col(Person.id))).scalars().first()
    if values.get("uscc"):
        stmt = select(Person).where(col(Person.uscc) == values["uscc"], seen).order_by(col(Person.id))
        return session.execute(stmt).scalars().first()
    return None


def matches(
    session: Session, actor: Actor, *, id_number: str = "", name: str = "", phone: str = ""
) -> list[Person]:
    """Existing persons an intake clerk may mean and may see: same ID number, or same name and phone."""
    seen = policy.visible_person_condition(actor)
    out: list[Person] = []
    if id_number.strip():
        try:
            number = parse_resident_id(id_number).number
        except ValidationError:
            number = normalize_id(id_number)
        stmt = select(Person).where(col(Person.id_number) == number, seen).order_by(col(Person.id))
        out += session.execute(stmt).scalars()
    if name.strip() and phone.strip():
        try:
            e164 = normalize_phone(phone)
        except ValidationError:
            e164 = ""
        if e164:
            stmt = select(Person).where(col(Person.name) == name.strip(), col(Person.phone) == e164, seen)
            out += [p for p in session.execute(stmt.order_by(col(Person.id))).scalars() if p not in out]
    return out


@dataclass(frozen=True)
class PersonMatch:
    """An existing person intake may offer: only what the user may see of them."""

    person_id: int
    name: str
    masked_id: str
    address: str
    case_numbers: tuple[str, ...]


def look_up(
    db: Database, actor: Actor, *, id_number: str = "", name: str = "", phone: str = ""
) -> list[PersonMatch]:
    """The persons intake may offer for what was typed, with the visible cases of each.

    Persons the actor may not see (party only to sealed, juvenile or other committees' cases)
    are never returned, whatever is typed.
    """
    visible = policy.visible_case_condition(actor)
    with read_session(db.engine) as session:
        found = matches(session, actor, id_number=id_number, name=name, phone=phone)
        out = []
        for person in found:
            stmt = (
                select(col(Case.number))
                .join(CaseParty, col(CaseParty.case_id) == col(Case.id))
                .where(col(CaseParty.person_id) == person.id, visible)
                .order_by(col(Case.received_at).desc(), col(Case.id).desc())
            )
            numbers = tuple(dict.fromkeys(session.execute(stmt).scalars()))
            ident = person.id_number or person.uscc or ""
            out.append(PersonMatch(int(person.id), person.name, mask_id(ident), person.address, numbers))  # type: ignore[arg-type]
        return out


def visible_person(uow: UnitOfWork, person_id: int) -> Person:
    """The person ``person_id`` if the unit of work's actor may see them (else ``person.not_found``)."""
    stmt = select(Person).where(col(Person.id) == person_id, policy.visible_person_condition(uow.actor))
    found: Person | None = uow.session.execute(stmt).scalars().first()
    if found is None:  # the same refusal as for a record that does not exist: no oracle
        raise NotFoundError("person.not_found", entity="person", id=person_id)
    return found


def check_not_on_case(uow: UnitOfWork, case_id: int, person: PersonInput) -> None:
    """Refuse a new record for someone already on the case under the same name and no ID number.

    A guardian typed by name (no ID) would otherwise become a second record of a parent who is
    already a party; the user picks them from the case's people instead (``existing_person_id``),
    or enters the ID number when it really is another person of the same name.

    Raises:
        ValidationError: ``party.same_name``.
    """
    if person.existing_person_id is not None or person.id_number.strip() or person.uscc.strip():
        return
    name = person.name.strip()
    stmt = (
        select(col(Person.id))
        .join(CaseParty, col(CaseParty.person_id) == col(Person.id))
        .where(col(CaseParty.case_id) == case_id, col(Person.name) == name)
    )
    if uow.session.execute(stmt).first() is not None:
        raise ValidationError("party.same_name", name=name)


def upsert_person(uow: UnitOfWork, person: PersonInput) -> Person:
    """Create the person, or reuse an existing record the actor may see (one per ID / credit code)."""
    values = normalised(person, today=uow.now.date())
    existing: Person | None
    if person.existing_person_id is not None:
        existing = visible_person(uow, person.existing_person_id)
    else:
        existing = find_existing(uow.session, values, uow.actor)
    if existing is not None:
        fill = {k: v for k, v in values.items() if v not in (None, "") and getattr(existing, k) in (None, "")}
        diff = diff_of(existing, fill)
        if diff:
            existing.updated_at = uow.now
            uow.audit("person.update", "person", existing.id, diff=diff)
        return existing
    created = Person(**values)  # type: ignore[arg-type]
    uow.session.add(created)
    uow.session.flush()
    uow.audit("person.create", "person", created.id, diff=snapshot_of(created))
    return created


def cases_of(session: Session, person_id: int) -> list[int]:
    """Ids of the cases a person is party to."""
    stmt = select(col(CaseParty.case_id)).where(col(CaseParty.person_id) == person_id).distinct()
    return list(session.execute(stmt).scalars())
