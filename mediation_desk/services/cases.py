"""Case intake and workflow: register, accept, decline, change status (with history)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import col

from ..domain.eligibility import PS_EXCLUSIONS, check_fee, check_public_security, is_juvenile, is_sensitive
from ..domain.enums import PRINCIPAL_ROLES, CaseStatus, PartyRole, Track
from ..domain.errors import ValidationError
from ..domain.idcard import age_on
from ..domain.validation import clean
from ..domain.workflow import check_transition
from ..store import search
from ..store.database import Database
from ..store.models import Case, CaseParty, LinkedMatter, Organisation, Person, StatusHistory
from ..store.series import next_number
from ..store.types import SHANGHAI
from . import policy
from .base import Actor, Changes, UnitOfWork, check_version, snapshot_of, unit_of_work
from .case_fields import typed_case_values
from .deadlines import refresh_due_at
from .guards import check_can_enter
from .inputs import NewCase
from .people import upsert_person
from .settings import limits, type_code

PUBLIC_SECURITY_EXCLUSIONS = PS_EXCLUSIONS


@dataclass(frozen=True)
class CaseResult:
    case_id: int
    number: str
    version: int
    changes: Changes


def _text(value: object, field: str, max_len: int) -> str:
    return clean(field, value, max_len=max_len)


def record_status(uow: UnitOfWork, case: Case, target: CaseStatus, reason: str = "") -> None:
    """Move ``case`` to ``target`` (checked against the workflow) and keep its history."""
    current = CaseStatus(case.status)
    check_transition(current, target, reason)
    seq = uow.session.execute(select(func.count()).where(col(StatusHistory.case_id) == case.id)).scalar_one()
    assert case.id is not None
    uow.session.add(
        StatusHistory(
            case_id=case.id,
            seq=seq + 1,
            from_status=current.value,
            to_status=target.value,
            at=uow.now,
            user_id=uow.actor.user_id,
            reason=clean("reason", reason),
        )
    )
    case.status = target.value
    if target == CaseStatus.ACCEPTED:
        case.accepted_at = uow.now
    if target in (CaseStatus.CLOSED,):
        case.closed_at = uow.now
    uow.audit(
        "case.status",
        "case",
        case.id,
        case_id=case.id,
        diff={"status": [current.value, target.value], "reason": [None, reason]},
    )
    refresh_due_at(uow.session, case)


def _check_parties(data: NewCase) -> None:
    principals = [p for p in data.parties if p.role in PRINCIPAL_ROLES]
    if len(principals) < 2:
        raise ValidationError("case.parties_min", minimum=2, given=len(principals))
    for i, party in enumerate(data.parties):
        for ref in (party.guardian_of, party.agent_for):
            if ref is not None and not (0 <= ref < len(data.parties) and ref != i):
                raise ValidationError("party.reference", index=i)
        same = party.same_as
        if same is not None:
            acts_for_self = same in (party.guardian_of, party.agent_for)
            if not 0 <= same < i or data.parties[same].same_as is not None or acts_for_self:
                raise ValidationError("party.reference", index=i)
            if data.parties[same].role == party.role:
                raise ValidationError("party.duplicate", name=party.person.name, role=party.role.value)


def _check_track(data: NewCase) -> None:
    if data.track == Track.PUBLIC_SECURITY:
        check_public_security(data.exclusions, data.matter.charge if data.matter is not None else "")


def register_case(db: Database, actor: Actor, data: NewCase) -> CaseResult:
    """Register a new dispute with its parties (one transaction; nothing saved on error)."""
    policy.require(actor, policy.CASE_REGISTER, organisation_id=data.organisation_id)
    _check_parties(data)
    _check_track(data)
    with unit_of_work(db, actor) as uow:
        lim = limits(uow.session)
        check_fee(data.track, data.fee_fen, lim)
        org = uow.get(Organisation, data.organisation_id)
        received = data.received_at or uow.now
        year = received.astimezone(SHANGHAI).year
        # The case number is allocated last (below): its series row stays locked from there to
        # commit only, so registrations at other workstations do not queue behind this one's parties.
        case = Case(
            number=f"~{uuid.uuid4().hex}",
            year=year,
            seq=0,
            organisation_id=org.id,  # type: ignore[arg-type]
            title=_text(data.title, "title", 200),
            track=data.track.value,
            source=data.source.value,
            category=_text(data.category, "category", 30),
            status=CaseStatus.REGISTERED.value,
            received_at=received,
            incident_on=data.incident_on,
            facts=_text(data.facts, "facts", 20000),
            claims=_text(data.claims, "claims", 20000),
            confidential_amounts=data.confidential_amounts,
            sealed=data.sealed,
            chief_mediator_id=data.chief_mediator_id,
            fee_fen=data.fee_fen,
            eligibility_override=_text(data.eligibility_override, "eligibility_override", 1000),
            created_by=actor.user_id,
        )
        uow.session.add(case)
        uow.session.flush()
        people: list[Person] = []
        for p in data.parties:  # a party who is an earlier party again keeps that one record
            people.append(people[p.same_as] if p.same_as is not None else upsert_person(uow, p.person))
        links: list[CaseParty] = []
        for order, (party, person) in enumerate(zip(data.parties, people, strict=True)):
            link = CaseParty(
                case_id=case.id,  # type: ignore[arg-type]
                person_id=person.id,  # type: ignore[arg-type]
                role=party.role.value,
                agent_authority=_text(party.agent_authority, "agent_authority", 500),
                power_of_attorney=party.power_of_attorney,
                consent=party.consent,
                sort_order=order,
            )
            uow.session.add(link)
            links.append(link)
        uow.session.flush()
        for party, link in zip(data.parties, links, strict=True):
            if party.guardian_of is not None:
                link.guardian_of_id = links[party.guardian_of].id
            if party.agent_for is not None:
                link.agent_for_id = links[party.agent_for].id
        on = data.incident_on or received.astimezone(SHANGHAI).date()
        ages = [age_on(p.birth_date, on) for p in people if p.birth_date]
        case.juvenile = any(is_juvenile(a, lim) for a in ages)
        for person in people:
            if person.birth_date and is_sensitive(age_on(person.birth_date, on), lim):
                person.sensitive = True
        case.party_names = "、".join(
            p.name for p, r in zip(people, data.parties, strict=True) if r.role in PRINCIPAL_ROLES
        )[:500]
        if data.matter is not None:
            m = data.matter
            uow.session.add(
                LinkedMatter(
                    case_id=case.id,  # type: ignore[arg-type]
                    police_case_no=_text(m.police_case_no, "police_case_no", 60),
                    charge=_text(m.charge, "charge", 100),
                    procedure=m.procedure.value,
                    stage=m.stage,
                    summoned_at=m.summoned_at,
                )
            )
        uow.session.add(
            StatusHistory(
                case_id=case.id,  # type: ignore[arg-type]
                seq=1,
                from_status=None,
                to_status=CaseStatus.REGISTERED.value,
                at=uow.now,
                user_id=actor.user_id,
            )
        )
        case.number, case.seq = next_number(
            uow.session, organisation=org, type_code=type_code(uow.session, data.track.value), year=year
        )
        case.title = case.title or case.number
        uow.session.flush()
        uow.audit(
            "case.register",
            "case",
            case.id,
            case_id=case.id,
            diff=snapshot_of(case, ["number", "title", "track", "source", "category", "status", "juvenile"]),
        )
        if data.hotline is not None:
            from .hotline import add_ticket

            add_ticket(uow, case, data.hotline)
        search.reindex_case(uow.session, case)
        refresh_due_at(uow.session, case)
        uow.session.flush()
        return CaseResult(case.id, case.number, case.version, uow.changes)  # type: ignore[arg-type]


def change_status(
    db: Database,
    actor: Actor,
    case_id: int,
    target: CaseStatus,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> CaseResult:
    """Change a case's status through the workflow (close refuses unpaid obligations)."""
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        check_version(uow, case, expected_version)
        check_can_enter(uow, case, target)
        record_status(uow, case, target, reason)
        uow.session.flush()
        return CaseResult(case.id, case.number, case.version, uow.changes)  # type: ignore[arg-type]


def accept_case(
    db: Database, actor: Actor, case_id: int, *, expected_version: int | None = None
) -> CaseResult:
    return change_status(db, actor, case_id, CaseStatus.ACCEPTED, expected_version=expected_version)


def decline_case(
    db: Database, actor: Actor, case_id: int, reason: str, *, expected_version: int | None = None
) -> CaseResult:
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        check_version(uow, case, expected_version)
        record_status(uow, case, CaseStatus.DECLINED, reason)
        case.decline_reason = _text(reason, "reason", 500)
        uow.session.flush()
        return CaseResult(case.id, case.number, case.version, uow.changes)  # type: ignore[arg-type]


def update_case(
    db: Database,
    actor: Actor,
    case_id: int,
    values: dict[str, object],
    *,
    expected_version: int | None = None,
    legal_basis: str = "",
) -> CaseResult:
    """Edit a case's descriptive fields (title, facts, claims, category...), each checked with its type.

    Unsealing (``{"sealed": False}`` on a sealed case) is reserved to the custodian (after opening
    the case with a legal basis) or a director of the case's committee, needs ``legal_basis`` and is
    audited as ``case.unseal``.

    Raises:
        ValidationError: ``field.unknown``, ``field.type``, text codes; ``sealed.legal_basis_required``.
        PermissionDenied: ``perm.*`` (``perm.unseal`` for anyone else unsealing).
        ConflictError: ``case.changed`` when ``expected_version`` is stale.
    """
    from .base import diff_of

    clean_values = typed_case_values(values)
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        unsealing = case.sealed and clean_values.get("sealed") is False
        basis = ""
        if unsealing:
            basis = clean("legal_basis", legal_basis)
            if not basis:
                raise ValidationError("sealed.legal_basis_required")
            policy.require_unseal(uow.actor, case)
        if not unsealing or len(clean_values) > 1:
            policy.check_case(uow, policy.CASE_EDIT, case)
        check_version(uow, case, expected_version)
        if clean_values.get("fee_fen") is not None:  # people's mediation is free; lawyer mediation: a low fee
            check_fee(Track(case.track), clean_values["fee_fen"], limits(uow.session))  # type: ignore[arg-type]
        if clean_values.get("chief_mediator_id") is not None:
            uow.get(Person, clean_values["chief_mediator_id"], code="person.not_found")  # type: ignore[arg-type]
        diff = diff_of(case, clean_values)
        if unsealing:
            uow.audit(
                "case.unseal",
                "case",
                case.id,
                case_id=case.id,
                diff={"sealed": [True, False], "legal_basis": [None, basis]},
            )
            diff.pop("sealed", None)
        if diff:
            uow.audit("case.update", "case", case.id, case_id=case.id, diff=diff)
        if diff or unsealing:
            search.reindex_case(uow.session, case)
        uow.session.flush()
        return CaseResult(case.id, case.number, case.version, uow.changes)  # type: ignore[arg-type]


def now_shanghai(at: datetime) -> datetime:
    return at.astimezone(SHANGHAI)


__all__ = [
    "CaseResult",
    "PartyRole",
    "accept_case",
    "change_status",
    "decline_case",
    "register_case",
    "update_case",
]
