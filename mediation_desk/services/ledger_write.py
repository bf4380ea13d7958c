"""Writing one validated ledger row as a case: parties, status history, agreement, payment, follow-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import col

from ..domain.enums import AgreementState, CaseStatus, PartyRole, Satisfaction, Source, Track
from ..domain.idcard import age_on
from ..domain.vocabulary import zh
from ..domain.workflow import check_transition
from ..store import search
from ..store.models import (
    Agreement,
    Case,
    CaseParty,
    FollowUp,
    NumberSeries,
    Obligation,
    Organisation,
    Payment,
    Person,
    StatusHistory,
)
from . import ledger as L
from .base import UnitOfWork, snapshot_of
from .inputs import PersonInput
from .people import upsert_person
from .settings import limits

IMPORT_REASON = "台账导入"
PAYERS = (PartyRole.RESPONDENT, PartyRole.SUSPECT)
PAYEES = (PartyRole.APPLICANT, PartyRole.VICTIM)


@dataclass(frozen=True)
class PartyCell:
    role: PartyRole
    person: PersonInput


@dataclass(frozen=True)
class ParsedRow:
    """A ledger row that passed validation (amounts in fen)."""

    row: int
    number: str
    year: int
    org_code: str
    type_code: str
    seq: int
    received: date
    accepted: date | None
    closed: date | None
    parties: list[PartyCell]
    category: str
    source: Source
    track: Track
    mediator: str
    result: str
    agreement_no: str
    agreed_fen: int | None
    paid_fen: int | None
    confidential: bool
    performance: str
    follow_up: date | None
    satisfaction: Satisfaction | None


def status_steps(row: ParsedRow, at: Callable[[date], datetime]) -> list[tuple[CaseStatus, datetime]]:
    """The status history the row implies, each step allowed by the workflow."""
    S = CaseStatus
    received = at(row.received)
    accepted = at(row.accepted) if row.accepted else None
    outcome = at(row.closed) if row.closed else (accepted or received)
    steps = [(S.REGISTERED, received)]
    if row.result == L.RESULT_DECLINED:
        steps.append((S.DECLINED, outcome))
    elif accepted is not None:
        steps.append((S.ACCEPTED, accepted))
        if row.result != L.RESULT_WITHDRAWN:
            steps.append((S.IN_MEDIATION, accepted))
    if row.result == L.RESULT_RESOLVED:
        steps.append((S.AGREEMENT_REACHED, outcome))
        if row.performance == L.PERF_DONE:
            steps.append((S.PERFORMED, outcome))
        elif row.performance in (L.PERF_ONGOING, L.PERF_NOT):
            steps.append((S.PERFORMING, outcome))
            if row.performance == L.PERF_NOT:
                steps.append((S.NOT_PERFORMED, outcome))
    elif row.result == L.RESULT_FAILED:
        steps.append((S.MEDIATION_FAILED, outcome))
    elif row.result == L.RESULT_WITHDRAWN:
        steps.append((S.WITHDRAWN, outcome))
    if row.closed is not None:
        steps.append((S.CLOSED, at(row.closed)))
    for (a, _), (b, _) in zip(steps, steps[1:], strict=False):
        check_transition(a, b, IMPORT_REASON)
    return steps


def _mediator(uow: UnitOfWork, name: str, cache: dict[str, int]) -> int:
    if name not in cache:
        found = (
            uow.session.execute(
                select(col(Person.id))
                .where(col(Person.name) == name, col(Person.member_role).is_not(None))
                .order_by(col(Person.id))
            )
            .scalars()
            .first()
        )
        if found is None:
            person = Person(name=name, member_role="mediator")
            uow.session.add(person)
            uow.session.flush()
            uow.audit("person.create", "person", person.id, diff=snapshot_of(person, ["name", "member_role"]))
            found = person.id
        cache[name] = found  # type: ignore[assignment]
    return cache[name]


def _bump_series(uow: UnitOfWork, org: Organisation, row: ParsedRow) -> None:
    """Keep the number series ahead of imported numbers, so new cases never collide with them."""
    if row.org_code != org.org_code:
        return
    series = (
        uow.session.execute(
            select(NumberSeries).where(
                col(NumberSeries.organisation_id) == org.id,
                col(NumberSeries.type_code) == row.type_code,
                col(NumberSeries.year) == row.year,
            )
        )
        .scalars()
        .first()
    )
    if series is None:
        uow.session.add(
            NumberSeries(
                organisation_id=org.id,  # type: ignore[arg-type]
                type_code=row.type_code,
                year=row.year,
                last_seq=row.seq,
            )
        )
    elif series.last_seq < row.seq:
        series.last_seq = row.seq


def _agreement(
    uow: UnitOfWork, case: Case, row: ParsedRow, people: list[Person], signed: datetime, paid_at: datetime
) -> None:
    ag = Agreement(
        case_id=case.id,  # type: ignore[arg-type]
        number=row.agreement_no,
        state=AgreementState.SIGNED.value,
        terms=IMPORT_REASON,
        signed_at=signed,
        effective_on=row.closed or row.accepted or row.received,
        signatories="、".join(p.name for p in people),
    )
    uow.session.add(ag)
    uow.session.flush()
    if not row.agreed_fen:
        return
    roles = [p.role for p in row.parties]
    payer = next((people[i] for i, r in enumerate(roles) if r in PAYERS), people[-1])
    payee = next(
        (people[i] for i, r in enumerate(roles) if r in PAYEES and people[i].id != payer.id),
        next(p for p in people if p.id != payer.id),
    )
    ob = Obligation(
        agreement_id=ag.id,  # type: ignore[arg-type]
        case_id=case.id,  # type: ignore[arg-type]
        seq=1,
        payer_person_id=payer.id,  # type: ignore[arg-type]
        payee_person_id=payee.id,  # type: ignore[arg-type]
        amount_fen=row.agreed_fen,
        description=IMPORT_REASON,
    )
    uow.session.add(ob)
    uow.session.flush()
    if row.paid_fen:
        uow.session.add(
            Payment(
                obligation_id=ob.id,  # type: ignore[arg-type]
                case_id=case.id,  # type: ignore[arg-type]
                amount_fen=row.paid_fen,
                paid_at=paid_at,
                note=IMPORT_REASON,
            )
        )


def write_row(
    uow: UnitOfWork,
    org: Organisation,
    row: ParsedRow,
    mediators: dict[str, int],
    *,
    at: Callable[[date], datetime],
) -> int:
    """Create the case of ``row`` inside ``uow``; returns its id."""
    steps = status_steps(row, at)
    people = [upsert_person(uow, p.person) for p in row.parties]
    names = "、".join(
        p.name
        for p, c in zip(people, row.parties, strict=True)
        if c.role not in (PartyRole.AGENT, PartyRole.GUARDIAN, PartyRole.APPROPRIATE_ADULT)
    )
    received = at(row.received)
    juvenile_age = limits(uow.session).juvenile_age
    case = Case(
        number=row.number,
        year=row.year,
        seq=row.seq,
        organisation_id=org.id,  # type: ignore[arg-type]
        title=f"{names}{zh(row.category)}"[:200],
        track=row.track.value,
        source=row.source.value,
        category=row.category,
        status=steps[-1][0].value,
        received_at=received,
        accepted_at=at(row.accepted) if row.accepted else None,
        closed_at=at(row.closed) if row.closed else None,
        confidential_amounts=row.confidential,
        party_names=names[:500],
        created_by=uow.actor.user_id,
        chief_mediator_id=_mediator(uow, row.mediator, mediators) if row.mediator else None,
        juvenile=any(p.birth_date and age_on(p.birth_date, row.received) < juvenile_age for p in people),
    )
    uow.session.add(case)
    uow.session.flush()
    for order, (cell, person) in enumerate(zip(row.parties, people, strict=True)):
        uow.session.add(
            CaseParty(
                case_id=case.id,  # type: ignore[arg-type]
                person_id=person.id,  # type: ignore[arg-type]
                role=cell.role.value,
                sort_order=order,
            )
        )
    prev: CaseStatus | None = None
    for seq, (status, when) in enumerate(steps, start=1):
        uow.session.add(
            StatusHistory(
                case_id=case.id,  # type: ignore[arg-type]
                seq=seq,
                from_status=prev.value if prev else None,
                to_status=status.value,
                at=when,
                user_id=uow.actor.user_id,
                reason=IMPORT_REASON if seq > 1 else "",
            )
        )
        prev = status
    if row.result == L.RESULT_RESOLVED:
        outcome = next(when for status, when in steps if status == CaseStatus.AGREEMENT_REACHED)
        _agreement(uow, case, row, people, outcome, at(row.closed) if row.closed else outcome)
    if row.follow_up is not None:
        uow.session.add(
            FollowUp(
                case_id=case.id,  # type: ignore[arg-type]
                done_at=at(row.follow_up),
                satisfaction=row.satisfaction.value if row.satisfaction else None,
                note=IMPORT_REASON,
            )
        )
    _bump_series(uow, org, row)
    uow.session.flush()
    uow.audit(
        "case.import",
        "case",
        case.id,
        case_id=case.id,
        diff={
            **snapshot_of(case, ["number", "track", "source", "category", "status", "confidential_amounts"]),
            "row": [None, row.row],
        },
    )
    search.reindex_case(uow.session, case)
    return case.id  # type: ignore[return-value]


__all__ = ["IMPORT_REASON", "ParsedRow", "PartyCell", "status_steps", "write_row"]
