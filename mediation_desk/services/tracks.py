"""Track-specific steps: consent, extension, criminal checklist and override, the linked matter's clock.

Codes raised here (besides those of :mod:`mediation_desk.domain.eligibility`):
``consent.party_not_principal``, ``extension.not_allowed`` (``track``), ``extension.not_accepted``,
``extension.not_later`` (``current``), ``extension.consent_missing`` (``parties``),
``fast_track.order`` (``step``, ``previous``), ``fast_track.before_previous`` (``step``),
``matter.none``, ``decision.unknown`` (``decision``), ``protector.role``, ``protector.ward``,
``criminal.eligibility_unconfirmed`` (``warnings``), ``datetime.naive``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlmodel import col

from ..domain.eligibility import CriminalFacts, EligibilityWarning, check_override, criminal_warnings
from ..domain.enums import PRINCIPAL_ROLES, PROTECTOR_ROLES, PartyRole, Track
from ..domain.errors import RuleViolation, ValidationError
from ..domain.validation import clean
from ..store.database import Database
from ..store.models import Case, CaseParty, ConsentRecord, LinkedMatter, Person
from . import policy
from .base import Actor, Changes, UnitOfWork, check_version, unit_of_work
from .deadlines import refresh_due_at
from .inputs import PersonInput
from .people import check_not_on_case, upsert_person
from .tracks_matter import (
    FAST_TRACK_STEPS,
    PROCURATORATE_DECISIONS,
    _aware,
    _matter,
    record_appraisal,
    record_fast_track_step,
    record_police_recommendation,
    record_procuratorate_decision,
)

_PRINCIPALS = {r.value for r in PRINCIPAL_ROLES}


def _principals(uow: UnitOfWork, case_id: int) -> list[tuple[CaseParty, Person]]:
    rows = uow.session.execute(
        select(CaseParty, Person)
        .join(Person, col(Person.id) == col(CaseParty.person_id))
        .where(col(CaseParty.case_id) == case_id)
        .order_by(col(CaseParty.sort_order))
    ).all()
    return [(p, person) for p, person in rows if p.role in _PRINCIPALS]


def record_consent(
    db: Database, actor: Actor, case_id: int, party_id: int, *, given_at: datetime, note: str = ""
) -> Changes:
    """Record a principal party's consent to mediation (required on the 治安 track)."""
    _aware(given_at, "given_at")
    with unit_of_work(db, actor) as uow:
        policy.check_case(uow, policy.CASE_EDIT, uow.get(Case, case_id))
        party = uow.get(CaseParty, party_id)
        if party.case_id != case_id or party.role not in _PRINCIPALS:
            raise RuleViolation("consent.party_not_principal")
        party.consent = True
        rec = ConsentRecord(
            case_id=case_id,
            case_party_id=party_id,
            purpose="mediation",
            given_at=given_at,
            note=clean("note", note, max_len=500),
            user_id=actor.user_id,
        )
        uow.session.add(rec)
        uow.session.flush()
        uow.audit(
            "consent.record",
            "case",
            case_id,
            case_id=case_id,
            diff={
                "party_id": [None, party_id],
                "purpose": [None, "mediation"],
                "given_at": [None, given_at.isoformat()],
            },
        )
        return uow.changes


def extend_mediation(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    until: date,
    consenting_party_ids: list[int],
    reason: str = "",
    expected_version: int | None = None,
) -> Changes:
    """Extend the mediation limit to ``until`` with every principal party's recorded consent."""
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        check_version(uow, case, expected_version)
        if case.track == Track.PUBLIC_SECURITY.value:
            raise RuleViolation("extension.not_allowed", track=case.track)
        if case.accepted_at is None:
            raise RuleViolation("extension.not_accepted")
        from .deadlines import due_items_for_case

        current = next(
            (i for i in due_items_for_case(uow.session, case_id, uow.now) if i.kind == "mediation_limit"),
            None,
        )
        if current is not None and current.due_on is not None and until <= current.due_on:
            raise RuleViolation("extension.not_later", current=current.due_on.isoformat())
        principals = _principals(uow, case_id)
        given = set(consenting_party_ids)
        missing = [person.name for party, person in principals if party.id not in given]
        if missing:
            raise RuleViolation("extension.consent_missing", parties=missing)
        for party, _person in principals:
            assert party.id is not None
            uow.session.add(
                ConsentRecord(
                    case_id=case_id,
                    case_party_id=party.id,
                    purpose="extension",
                    given_at=uow.now,
                    until=until,
                    note=clean("reason", reason, max_len=500),
                    user_id=actor.user_id,
                )
            )
        old = case.extended_until
        case.extended_until = until
        case.extension_reason = clean("reason", reason, max_len=500)
        uow.session.flush()
        uow.audit(
            "case.extend",
            "case",
            case_id,
            case_id=case_id,
            diff={
                "extended_until": [old.isoformat() if old else None, until.isoformat()],
                "consenting_party_ids": [None, sorted(p.id for p, _ in principals)],
                "reason": [None, case.extension_reason],
            },
        )
        refresh_due_at(uow.session, case)
        return uow.changes


@dataclass(frozen=True)
class EligibilityResult:
    warnings: list[EligibilityWarning]
    overridden: bool
    changes: Changes


def criminal_checklist(uow_session, case_id: int) -> tuple[CriminalFacts, list[EligibilityWarning]]:  # type: ignore[no-untyped-def]
    """The stored checklist of a case and its warnings."""
    matter = (
        uow_session.execute(select(LinkedMatter).where(col(LinkedMatter.case_id) == case_id))
        .scalars()
        .first()
    )
    facts = CriminalFacts.from_json(json.loads(matter.eligibility) if matter and matter.eligibility else None)
    return facts, criminal_warnings(facts)


def set_criminal_checklist(
    db: Database, actor: Actor, case_id: int, facts: CriminalFacts
) -> EligibilityResult:
    """Save the criminal-reconciliation checklist; returns its warnings (not a refusal)."""
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        matter = _matter(uow, case_id, create=True)
        old = json.loads(matter.eligibility) if matter.eligibility else None
        matter.eligibility = json.dumps(facts.to_json(), sort_keys=True)
        warnings = criminal_warnings(facts)
        uow.audit(
            "criminal.checklist",
            "case",
            case_id,
            case_id=case_id,
            diff={"eligibility": [old, facts.to_json()], "warnings": [None, [w.code for w in warnings]]},
        )
        return EligibilityResult(warnings, bool(case.eligibility_override), uow.changes)


def override_eligibility(
    db: Database, actor: Actor, case_id: int, reason: str, *, expected_version: int | None = None
) -> EligibilityResult:
    """Proceed despite the checklist's warnings; the reason goes to the case and the audit history."""
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        check_version(uow, case, expected_version)
        _facts, warnings = criminal_checklist(uow.session, case_id)
        reason_text = clean("eligibility_override", check_override(warnings, reason))
        old = case.eligibility_override
        case.eligibility_override = reason_text
        uow.audit(
            "case.eligibility_override",
            "case",
            case_id,
            case_id=case_id,
            diff={
                "eligibility_override": [old or None, reason_text],
                "warnings": [None, [w.code for w in warnings]],
            },
        )
        return EligibilityResult(warnings, True, uow.changes)


def check_criminal_acceptance(uow: UnitOfWork, case: Case) -> None:
    """A criminal-reconciliation case is accepted only with a clean checklist or a recorded override."""
    if case.track != Track.CRIMINAL.value or case.eligibility_override.strip():
        return
    _facts, warnings = criminal_checklist(uow.session, case.id)  # type: ignore[arg-type]
    if warnings:
        raise RuleViolation("criminal.eligibility_unconfirmed", warnings=[w.code for w in warnings])


@dataclass(frozen=True)
class ProtectorResult:
    party_id: int
    changes: Changes


def add_protector(
    db: Database,
    actor: Actor,
    case_id: int,
    person: PersonInput,
    *,
    role: PartyRole = PartyRole.GUARDIAN,
    ward_party_id: int | None = None,
) -> ProtectorResult:
    """Add a guardian or appropriate adult to a case (for a juvenile party)."""
    if role not in PROTECTOR_ROLES:
        raise ValidationError("protector.role", role=role.value)
    with unit_of_work(db, actor) as uow:
        policy.check_case(uow, policy.CASE_EDIT, uow.get(Case, case_id))
        if ward_party_id is not None:
            ward = uow.get(CaseParty, ward_party_id)
            if ward.case_id != case_id or ward.role not in _PRINCIPALS:
                raise RuleViolation("protector.ward")
        check_not_on_case(uow, case_id, person)
        p = upsert_person(uow, person)
        if ward_party_id is not None and uow.get(CaseParty, ward_party_id).person_id == p.id:
            raise ValidationError("party.reference", index=ward_party_id)  # nobody guards themselves
        taken = select(col(CaseParty.id)).where(
            col(CaseParty.case_id) == case_id,
            col(CaseParty.person_id) == p.id,
            col(CaseParty.role) == role.value,
        )
        if uow.session.execute(taken).first() is not None:
            raise ValidationError("party.duplicate", name=p.name, role=role.value)
        order = uow.session.execute(
            select(func.count()).where(col(CaseParty.case_id) == case_id)
        ).scalar_one()
        assert p.id is not None
        link = CaseParty(
            case_id=case_id,
            person_id=p.id,
            role=role.value,
            guardian_of_id=ward_party_id,
            sort_order=order,
        )
        uow.session.add(link)
        uow.session.flush()
        uow.audit(
            "party.add",
            "case",
            case_id,
            case_id=case_id,
            diff={
                "role": [None, role.value],
                "person_id": [None, p.id],
                "guardian_of_id": [None, ward_party_id],
            },
        )
        return ProtectorResult(link.id, uow.changes)  # type: ignore[arg-type]


__all__ = [
    "FAST_TRACK_STEPS",
    "PROCURATORATE_DECISIONS",
    "EligibilityResult",
    "ProtectorResult",
    "add_protector",
    "check_criminal_acceptance",
    "criminal_checklist",
    "extend_mediation",
    "override_eligibility",
    "record_appraisal",
    "record_consent",
    "record_fast_track_step",
    "record_police_recommendation",
    "record_procuratorate_decision",
    "set_criminal_checklist",
]
