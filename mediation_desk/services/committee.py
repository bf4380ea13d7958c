"""Committee membership: assign members to a case for stages, with recusal checks; release."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from ..domain.enums import CommitteeRole, Stage
from ..domain.errors import RuleViolation, ValidationError
from ..domain.validation import clean
from ..store.database import Database
from ..store.models import Case, CaseParty, Membership, Person, PersonRelation
from . import policy
from .base import Actor, Changes, UnitOfWork, snapshot_of, unit_of_work


@dataclass(frozen=True)
class MembershipResult:
    membership_id: int
    changes: Changes


def conflicts(uow: UnitOfWork, case_id: int, person_id: int) -> list[dict[str, object]]:
    """Why ``person_id`` has an interest in the case: same person, kinship, employer, agent..."""
    parties = list(uow.session.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars())
    party_ids = {p.person_id for p in parties}
    found: list[dict[str, object]] = []
    if person_id in party_ids:
        found.append({"kind": "is_party", "party_id": person_id})
    rels = uow.session.execute(
        select(PersonRelation).where(
            or_(
                (PersonRelation.person_id == person_id) & PersonRelation.other_person_id.in_(party_ids),  # type: ignore[attr-defined]
                (PersonRelation.other_person_id == person_id) & PersonRelation.person_id.in_(party_ids),  # type: ignore[attr-defined]
            )
        )
    ).scalars()
    for rel in rels:
        other = rel.other_person_id if rel.person_id == person_id else rel.person_id
        found.append({"kind": rel.kind, "party_id": other})
    member = uow.session.get(Person, person_id)
    if member is not None and member.organisation_id is not None:
        for party in parties:
            person = uow.session.get(Person, party.person_id)
            if person is not None and person.kind == "organisation" and person.uscc:
                from ..store.models import Organisation

                org = uow.session.get(Organisation, member.organisation_id)
                if org is not None and org.uscc == person.uscc:
                    found.append({"kind": "employer", "party_id": person.id})
    return found


def assign_member(
    db: Database,
    actor: Actor,
    case_id: int,
    person_id: int,
    role: CommitteeRole,
    stages: list[Stage],
    *,
    from_date: date,
    to_date: date | None = None,
    override_reason: str = "",
) -> MembershipResult:
    """Assign a committee member; an interest in the case refuses it unless a reason is recorded."""
    if not stages:
        raise ValidationError("membership.no_stages")
    if to_date is not None and to_date < from_date:
        raise ValidationError("membership.dates", from_date=from_date.isoformat(),
                              to_date=to_date.isoformat())
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_COMMITTEE, case)
        if not uow.get(Person, person_id).active:
            raise RuleViolation("member.inactive", person_id=person_id)
        found = conflicts(uow, case_id, person_id)
        if found and not override_reason.strip():
            raise RuleViolation("recusal.conflict", kind=found[0]["kind"], conflicts=found)
        m = Membership(case_id=case_id, person_id=person_id, role=role.value,
                       stages=",".join(s.value for s in stages), from_date=from_date, to_date=to_date,
                       override_reason=clean("override_reason", override_reason))
        uow.session.add(m)
        if role == CommitteeRole.MEDIATOR and case.chief_mediator_id is None:
            case.chief_mediator_id = person_id
        uow.session.flush()
        diff = snapshot_of(m, ["person_id", "role", "stages", "from_date", "to_date", "override_reason"])
        if found:
            diff["recusal_conflicts"] = [None, found]
        uow.audit("committee.assign", "membership", m.id, case_id=case_id, diff=diff)
        return MembershipResult(m.id, uow.changes)  # type: ignore[arg-type]


def release_member(db: Database, actor: Actor, membership_id: int, *, on: date, reason: str = "") -> Changes:
    """End a membership on ``on`` (the record stays)."""
    with unit_of_work(db, actor) as uow:
        m = uow.get(Membership, membership_id)
        policy.check_case(uow, policy.CASE_COMMITTEE, uow.get(Case, m.case_id))
        if on < m.from_date:
            raise ValidationError("membership.dates", from_date=m.from_date.isoformat(),
                                  to_date=on.isoformat())
        old = m.to_date
        m.to_date = on
        case = uow.get(Case, m.case_id)
        if case.chief_mediator_id == m.person_id:
            case.chief_mediator_id = None
        uow.audit("committee.release", "membership", m.id, case_id=m.case_id,
                  diff={"to_date": [old.isoformat() if old else None, on.isoformat()],
                        "reason": [None, reason]})
        return uow.changes


def add_relation(db: Database, actor: Actor, person_id: int, other_person_id: int, kind: str,
                 note: str = "") -> Changes:
    """Record a relation (kinship, employer, agent, adviser, shared_interest, gift) for recusal."""
    policy.require(actor, policy.PEOPLE_EDIT)
    with unit_of_work(db, actor) as uow:
        rel = PersonRelation(person_id=person_id, other_person_id=other_person_id, kind=kind, note=note[:200])
        uow.session.add(rel)
        uow.session.flush()
        uow.audit("person.relation", "person", person_id, diff=snapshot_of(rel))
        return uow.changes
