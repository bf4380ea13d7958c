"""Agreements: draft, revise, print for signature, sign (freeze), correct by a new version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlmodel import col

from ..domain.enums import PRINCIPAL_ROLES, AgreementState, CaseStatus, PartyRole
from ..domain.errors import RuleViolation, ValidationError
from ..domain.idcard import age_on
from ..domain.validation import clean
from ..store import versions
from ..store.database import Database
from ..store.models import Agreement, Case, CaseParty, Obligation, Organisation, Person
from ..store.series import next_number
from ..store.types import SHANGHAI
from . import policy
from .base import Actor, Changes, UnitOfWork, diff_of, unit_of_work
from .cases import record_status
from .deadlines import refresh_due_at
from .inputs import AgreementInput
from .settings import limits, type_code

FROZEN = (AgreementState.SIGNED.value, AgreementState.SUPERSEDED.value)
_TEXT_LIMITS = {
    "facts": 20000,
    "issues": 20000,
    "responsibility": 20000,
    "terms": 20000,
    "performance_method": 200,
    "performance_place": 200,
    "apology": 1000,
}


@dataclass(frozen=True)
class AgreementResult:
    agreement_id: int
    number: str
    version: int
    changes: Changes


def _values(data: AgreementInput) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, max_len in _TEXT_LIMITS.items():
        out[key] = clean(key, getattr(data, key), max_len=max_len)
    out.update(
        form=data.form,
        performance_deadline=data.performance_deadline,
        offender_admits=data.offender_admits,
        victim_leniency=data.victim_leniency,
    )
    return out


def _write_obligations(uow: UnitOfWork, agreement: Agreement, data: AgreementInput) -> None:
    maximum = limits(uow.session).max_amount_fen
    stmt = select(col(CaseParty.person_id)).where(col(CaseParty.case_id) == agreement.case_id)
    parties = set(uow.session.execute(stmt).scalars())  # payer and payee are parties of this case
    uow.session.execute(delete(Obligation).where(col(Obligation.agreement_id) == agreement.id))
    for seq, ob in enumerate(data.obligations, start=1):
        if not isinstance(ob.amount_fen, int) or isinstance(ob.amount_fen, bool):
            raise ValidationError("money.float", field="amount")
        if ob.amount_fen <= 0:
            raise ValidationError("obligation.amount", seq=seq)
        if ob.amount_fen > maximum:
            raise ValidationError("money.too_large", maximum=maximum)
        if ob.payer_person_id == ob.payee_person_id:
            raise ValidationError("obligation.same_person", seq=seq)
        for side, pid in (("payer", ob.payer_person_id), ("payee", ob.payee_person_id)):
            if not isinstance(pid, int) or isinstance(pid, bool) or pid not in parties:
                raise ValidationError("obligation.not_a_party", seq=seq, side=side)
        uow.session.add(
            Obligation(
                agreement_id=agreement.id,  # type: ignore[arg-type]
                case_id=agreement.case_id,
                seq=seq,
                payer_person_id=ob.payer_person_id,
                payee_person_id=ob.payee_person_id,
                description=clean("description", ob.description),
                amount_fen=ob.amount_fen,
                due_date=ob.due_date,
                on_the_spot=ob.on_the_spot,
            )
        )
    uow.session.flush()


def draft_agreement(db: Database, actor: Actor, case_id: int, data: AgreementInput) -> AgreementResult:
    """Start the agreement of a case (version 1, draft) with its obligations."""
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_AGREEMENT, case)
        exists = uow.session.execute(
            select(func.count()).where(col(Agreement.case_id) == case_id)
        ).scalar_one()
        if exists:
            raise RuleViolation("agreement.exists")
        if case.status not in (CaseStatus.ACCEPTED.value, CaseStatus.IN_MEDIATION.value):
            raise RuleViolation("agreement.case_not_in_mediation", status=case.status)
        org = uow.get(Organisation, case.organisation_id)
        year = uow.now.astimezone(SHANGHAI).year
        number, _ = next_number(
            uow.session, organisation=org, type_code=type_code(uow.session, case.track) + "协", year=year
        )
        ag = Agreement(case_id=case_id, version=1, number=number, **_values(data))  # type: ignore[arg-type]
        uow.session.add(ag)
        uow.session.flush()
        _write_obligations(uow, ag, data)
        uow.audit(
            "agreement.draft",
            "agreement",
            ag.id,
            case_id=case_id,
            diff={"number": [None, number], "obligations": [None, [o.amount_fen for o in data.obligations]]},
        )
        return AgreementResult(ag.id, ag.number, ag.version, uow.changes)  # type: ignore[arg-type]


def revise_agreement(
    db: Database,
    actor: Actor,
    agreement_id: int,
    data: AgreementInput,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> AgreementResult:
    """Edit a draft in place; a signed agreement gets a new version linked to the old one.

    ``expected_version``: the agreement's ``row_version`` the user edited (``record.changed``
    when someone saved it, or its obligations, meanwhile).
    """
    with unit_of_work(db, actor) as uow:
        ag = uow.get(Agreement, agreement_id)
        policy.check_case(uow, policy.CASE_AGREEMENT, uow.get(Case, ag.case_id))
        versions.check_version(uow.session, ag, expected_version)
        if ag.state == AgreementState.SUPERSEDED.value:
            raise RuleViolation("agreement.superseded")
        if ag.state in (AgreementState.DRAFT.value, AgreementState.PRINTED.value):
            diff = diff_of(ag, _values(data))
            ag.state = AgreementState.DRAFT.value
            _write_obligations(uow, ag, data)
            uow.audit("agreement.revise", "agreement", ag.id, case_id=ag.case_id, diff=diff)
            return AgreementResult(ag.id, ag.number, ag.version, uow.changes)  # type: ignore[arg-type]
        if not reason.strip():
            raise RuleViolation("agreement.correction_reason_required")
        new = Agreement(
            case_id=ag.case_id,
            version=ag.version + 1,
            number=ag.number,
            supersedes_id=ag.id,
            **_values(data),  # type: ignore[arg-type]
        )
        ag.state = AgreementState.SUPERSEDED.value
        uow.session.add(new)
        uow.session.flush()
        _write_obligations(uow, new, data)
        uow.audit(
            "agreement.correct",
            "agreement",
            new.id,
            case_id=ag.case_id,
            diff={
                "supersedes": [None, ag.id],
                "version": [ag.version, new.version],
                "reason": [None, reason],
            },
        )
        refresh_due_at(uow.session, uow.get(Case, ag.case_id))
        return AgreementResult(new.id, new.number, new.version, uow.changes)  # type: ignore[arg-type]


def check_printable(db: Database, actor: Actor, agreement_id: int) -> None:
    """Refuse printing for signature while the agreement has no terms or contradicts itself
    (the same checks :func:`mark_printed` makes, before the paper leaves the printer).

    Raises:
        RuleViolation: ``agreement.no_terms`` or an ``agreement.fact_*`` code.
    """
    from ..documents.facts import check_consistent
    from .dossier_snapshot import agreement_snapshot

    with unit_of_work(db, actor) as uow:
        ag = uow.get(Agreement, agreement_id)
        policy.check_case(uow, policy.CASE_READ, uow.get(Case, ag.case_id))
        if ag.state in FROZEN:
            return
        if not ag.terms.strip():
            raise RuleViolation("agreement.no_terms")
        check_consistent(agreement_snapshot(uow.session, ag))


def mark_printed(
    db: Database, actor: Actor, agreement_id: int, *, expected_version: int | None = None
) -> Changes:
    """Printed for signature (content may still be corrected as a draft until signed).

    Called after a real print job, or when the user marks the agreement printed — never for a
    preview or a saved PDF.

    Raises:
        RuleViolation: ``agreement.no_terms``; an ``agreement.fact_*`` code when a stated fact
            (deadline, method, terms) disagrees with the obligations (see :mod:`..documents.facts`).
        ConflictError: ``record.changed`` when ``expected_version`` is not the agreement's.
    """
    with unit_of_work(db, actor) as uow:
        ag = uow.get(Agreement, agreement_id)
        policy.check_case(uow, policy.CASE_AGREEMENT, uow.get(Case, ag.case_id))
        versions.check_version(uow.session, ag, expected_version)
        if ag.state in FROZEN:
            return uow.changes
        if not ag.terms.strip():
            raise RuleViolation("agreement.no_terms")
        from ..documents.facts import check_consistent  # pure; imported where printing needs it
        from .dossier_snapshot import agreement_snapshot

        check_consistent(agreement_snapshot(uow.session, ag))  # one fact, one value, on paper
        ag.state = AgreementState.PRINTED.value
        ag.printed_at = uow.now
        uow.audit(
            "agreement.print", "agreement", ag.id, case_id=ag.case_id, diff={"state": ["draft", "printed"]}
        )
        return uow.changes


def _check_guardians_signed(
    uow: UnitOfWork, case_id: int, signatories: list[str], signed_at: datetime
) -> None:
    """A principal party under age on the signing day signs with a guardian (法定代理人) beside them.

    Raises:
        RuleViolation: ``agreement.guardian_unsigned`` naming the minor none of whose guardians signed.
    """
    signed = {name.strip() for name in signatories if name.strip()}
    day = signed_at.astimezone(SHANGHAI).date()
    adult_age = limits(uow.session).juvenile_age
    rows = uow.session.execute(
        select(CaseParty, Person)
        .join(Person, col(Person.id) == col(CaseParty.person_id))
        .where(col(CaseParty.case_id) == case_id)
    ).all()
    for party, person in rows:
        if party.role not in PRINCIPAL_ROLES or person.birth_date is None:
            continue
        if age_on(person.birth_date, day) >= adult_age:
            continue
        guardians = {
            g_person.name
            for g_party, g_person in rows
            if g_party.role == PartyRole.GUARDIAN.value and g_party.guardian_of_id == party.id
        }
        if not guardians & signed:
            raise RuleViolation("agreement.guardian_unsigned", name=person.name)


def sign_agreement(
    db: Database,
    actor: Actor,
    agreement_id: int,
    *,
    signatories: list[str],
    signed_at: datetime,
    content_sha256: str = "",
    expected_version: int | None = None,
) -> Changes:
    """Record who signed and when; the agreement and its obligations are frozen."""
    with unit_of_work(db, actor) as uow:
        ag = uow.get(Agreement, agreement_id)
        policy.check_case(uow, policy.CASE_AGREEMENT, uow.get(Case, ag.case_id))
        versions.check_version(uow.session, ag, expected_version)
        if ag.state in FROZEN:
            raise RuleViolation("agreement.frozen", state=ag.state)
        if not ag.terms.strip():
            raise RuleViolation("agreement.no_terms")
        if ag.state != AgreementState.PRINTED.value:  # print for signature → sign → attach the scan
            raise RuleViolation("agreement.not_printed", state=ag.state)
        if not [s for s in signatories if s.strip()]:
            raise ValidationError("agreement.no_signatories")
        _check_guardians_signed(uow, ag.case_id, signatories, signed_at)
        printed_day = ag.printed_at.astimezone(SHANGHAI).date() if ag.printed_at else None
        signed_day = signed_at.astimezone(SHANGHAI).date()
        if (
            printed_day is not None
            and ag.printed_at is not None
            and signed_at > ag.printed_at
            and signed_day != printed_day
        ):
            # the paper carries the day it was printed as the signing date under the seal
            raise RuleViolation(
                "agreement.print_day", printed=printed_day.isoformat(), signed=signed_day.isoformat()
            )
        case = uow.get(Case, ag.case_id)
        ag.state = AgreementState.SIGNED.value
        ag.signed_at = signed_at
        ag.effective_on = signed_at.astimezone(SHANGHAI).date()
        ag.signatories = clean("signatories", "、".join(s.strip() for s in signatories if s.strip()))
        from .dossier import archive_agreement  # here: only signing needs the dossier service

        digest = archive_agreement(uow.session, ag)  # the canonical content the QR code vouches for
        if content_sha256 and content_sha256 != digest:
            raise RuleViolation("agreement.content_changed")
        uow.session.flush()
        uow.audit(
            "agreement.sign",
            "agreement",
            ag.id,
            case_id=ag.case_id,
            diff={
                "state": ["printed", "signed"],
                "signatories": [None, ag.signatories],
                "content_sha256": [None, digest],
            },
        )
        if case.status == CaseStatus.IN_MEDIATION.value:
            record_status(uow, case, CaseStatus.AGREEMENT_REACHED)
            obligations = uow.session.execute(
                select(func.count()).where(col(Obligation.agreement_id) == ag.id)
            ).scalar_one()
            if obligations:
                record_status(uow, case, CaseStatus.PERFORMING)
        refresh_due_at(uow.session, case)
        return uow.changes
