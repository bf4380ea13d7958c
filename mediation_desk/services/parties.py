"""Parties added to a case after intake (a guardian, an agent, another respondent)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from ..domain.enums import PRINCIPAL_ROLES, PartyRole
from ..domain.errors import ValidationError
from ..domain.idcard import age_on
from ..domain.validation import clean
from ..store import search
from ..store.database import Database
from ..store.models import Case, CaseParty, Person
from ..store.types import SHANGHAI
from . import policy
from .base import Actor, Changes, check_version, unit_of_work
from .inputs import PartyInput
from .people import check_not_on_case, upsert_person
from .settings import limits

_PRINCIPALS = {r.value for r in PRINCIPAL_ROLES}


@dataclass(frozen=True)
class PartyResult:
    party_id: int
    person_id: int
    version: int
    changes: Changes


def add_party(
    db: Database,
    actor: Actor,
    case_id: int,
    party: PartyInput,
    expected_version: int | None = None,
    *,
    guardian_of_party_id: int | None = None,
    agent_for_party_id: int | None = None,
) -> PartyResult:
    """Add a party to a registered case, in one transaction.

    The person is created or reused (one record per ID number); ``col(Case.party_names)``,
    the juvenile flag and the search index are brought up to date and the change audited.

    Args:
        db: The database.
        actor: Who is acting.
        case_id: The case.
        party: Role, person, authority, consent. ``party.guardian_of``/``party.agent_for``
            index the case's current parties in their displayed order (as at intake).
        expected_version: The case version the user saw (``case.changed`` when stale).
        guardian_of_party_id: The ``CaseParty`` id this party is guardian of (wins over the index).
        agent_for_party_id: The ``CaseParty`` id this party acts for (wins over the index).

    Returns:
        The new party's ids, the case's new version and the changes.

    Raises:
        ValidationError: ``party.reference`` for a guardian/agent link to a party not on the case,
            ``party.duplicate`` when the person already has this role on the case,
            ``text.too_long`` for the authority text, and every person validation code.
        ConflictError: ``case.changed`` when ``expected_version`` is stale.
    """
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        check_version(uow, case, expected_version)
        existing = list(
            uow.session.execute(
                select(CaseParty)
                .where(col(CaseParty.case_id) == case_id)
                .order_by(col(CaseParty.sort_order), col(CaseParty.id))
            ).scalars()
        )
        guardian_of = _reference(existing, guardian_of_party_id, party.guardian_of)
        agent_for = _reference(existing, agent_for_party_id, party.agent_for)
        authority = clean("agent_authority", party.agent_authority)
        check_not_on_case(uow, case_id, party.person)
        person = upsert_person(uow, party.person)
        if person.id in {p.person_id for p in existing if p.id in (guardian_of, agent_for)}:
            raise ValidationError("party.reference", index=guardian_of or agent_for)  # acts for themselves
        if any(p.person_id == person.id and p.role == party.role.value for p in existing):
            raise ValidationError("party.duplicate", name=person.name, role=party.role.value)
        link = CaseParty(
            case_id=case_id,
            person_id=person.id,  # type: ignore[arg-type]
            role=party.role.value,
            guardian_of_id=guardian_of,
            agent_for_id=agent_for,
            agent_authority=authority,
            power_of_attorney=party.power_of_attorney,
            consent=party.consent,
            sort_order=max((p.sort_order for p in existing), default=-1) + 1,
        )
        uow.session.add(link)
        uow.session.flush()
        _refresh_case(uow.session, case, existing + [link], limits(uow.session))
        uow.session.flush()
        uow.audit(
            "case.party_add",
            "case",
            case.id,
            case_id=case.id,
            diff={
                "party": [
                    None,
                    {
                        "party_id": link.id,
                        "person_id": person.id,
                        "name": person.name,
                        "role": link.role,
                        "guardian_of": guardian_of,
                        "agent_for": agent_for,
                        "agent_authority": authority,
                        "power_of_attorney": party.power_of_attorney,
                    },
                ]
            },
        )
        search.reindex_case(uow.session, case)
        uow.session.flush()
        return PartyResult(link.id, person.id, case.version, uow.changes)  # type: ignore[arg-type]


def _reference(existing: list[CaseParty], party_id: int | None, index: int | None) -> int | None:
    if party_id is not None:
        if party_id not in {p.id for p in existing}:
            raise ValidationError("party.reference", index=party_id)
        return party_id
    if index is not None:
        if not 0 <= index < len(existing):
            raise ValidationError("party.reference", index=index)
        return existing[index].id
    return None


def _refresh_case(session, case: Case, links: list[CaseParty], lim) -> None:  # type: ignore[no-untyped-def]
    """Recompute the denormalised names, the juvenile flag and sensitive persons."""
    people = {
        p.id: p
        for p in session.execute(
            select(Person).where(col(Person.id).in_({link.person_id for link in links}))
        ).scalars()
    }
    on = case.incident_on or case.received_at.astimezone(SHANGHAI).date()
    names: list[str] = []
    juvenile = False
    for link in links:
        person = people[link.person_id]
        if link.role in _PRINCIPALS and person.name not in names:
            names.append(person.name)
        if person.birth_date is not None:
            age = age_on(person.birth_date, on)
            juvenile = juvenile or age < lim.juvenile_age
            if age < lim.sensitive_age and not person.sensitive:
                person.sensitive = True
    joined = "、".join(names)[:500]
    if case.party_names != joined:
        case.party_names = joined
    if juvenile and not case.juvenile:
        case.juvenile = True  # a juvenile case stays juvenile (records stay sealed)


__all__ = ["PartyResult", "PartyRole", "add_party"]
