"""Build the documents' snapshot dataclasses from the database (no rendering here).

The printed papers are the legal record: parties' basic information is printed in full (the
People's Mediation Law Art. 29 asks for it), so ID numbers are *not* masked here unless the
caller asks; phone numbers are printed in their display form. Every function takes an open
SQLModel session, so :func:`agreement_snapshot` also works inside the signing transaction.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from ..documents.snapshot import (
    AgreementSnapshot,
    CaseSnapshot,
    ClosingSnapshot,
    FollowUpSnapshot,
    JudicialConfirmationSnapshot,
    LinkedMatterSnapshot,
    MemberSnapshot,
    ObligationSnapshot,
    PartySnapshot,
    PaymentSnapshot,
    SessionSnapshot,
)
from ..domain.enums import (
    AgreementForm,
    AgreementState,
    CaseStatus,
    CommitteeRole,
    IdType,
    MatterStage,
    PartyRole,
    PaymentMethod,
    Procedure,
    Satisfaction,
    SessionOutcome,
    Sex,
    Source,
    Track,
)
from ..domain.idcard import mask_id
from ..domain.phone import display_phone, mask_phone
from ..domain.titles import case_title
from ..store.models import (
    Agreement,
    Attendance,
    Case,
    CaseParty,
    FollowUp,
    JudicialConfirmation,
    LinkedMatter,
    MediationSession,
    Membership,
    Obligation,
    Organisation,
    Payment,
    Person,
    StatusHistory,
    User,
)
from ..store.types import SHANGHAI, utcnow

FOLLOW_UP_METHODS = {"phone": "电话回访", "visit": "上门回访", "in_person": "当面回访", "home": "上门回访"}
_CLOSING = (CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value)
_INLINE_CLAUSE = re.compile(r"(?<=[；;。])\s*(?=[（(]?[一二三四五六七八九十]{1,3}[）)、])")
_NUMBERING = re.compile(r"^\s*(?:[（(]?[0-9一二三四五六七八九十]+[）)、.．]|第[一二三四五六七八九十]+条)\s*")


def _day(value: datetime | None) -> date | None:
    return value.astimezone(SHANGHAI).date() if value is not None else None


def _enum(kind: type, value: str | None):  # type: ignore[no-untyped-def]
    try:
        return kind(value) if value else None
    except ValueError:
        return None


def _party(
    person: Person, role: str, *, represents: str = "", authority: str = "", poa: bool = False, mask: bool
) -> PartySnapshot:
    ident = person.id_number or ""
    phone = paper_phone(person.phone) if person.phone else ""
    if mask:
        ident = mask_id(ident) if ident else ""
        phone = mask_phone(person.phone) if person.phone else ""
    return PartySnapshot(
        role=PartyRole(role),
        name=person.name,
        is_organisation=person.kind == "organisation",
        sex=_enum(Sex, person.sex),
        birth_date=person.birth_date,
        ethnicity=person.ethnicity,
        id_type=_enum(IdType, person.id_type) if ident else None,
        id_number=ident,
        phone=phone,
        address=person.address,
        occupation=person.occupation,
        employer=person.employer,
        uscc=person.uscc or "",
        legal_rep=person.legal_rep,
        legal_rep_title=person.legal_rep_title,
        represents=represents,
        agent_authority=authority,
        power_of_attorney=poa,
    )


def paper_phone(phone: str) -> str:
    """A phone number as the papers print it: digits without spaces (``13901234567``,
    ``010-62345678``)."""
    parts = display_phone(phone).split(" ")
    if len(parts) > 1 and parts[0].startswith("0"):  # landline: area code, hyphen, number
        return f"{parts[0]}-{''.join(parts[1:])}"
    return "".join(parts)


def parties(session: Session, case_id: int, *, mask: bool = False) -> tuple[PartySnapshot, ...]:
    """The case's parties in case order, guardians and agents naming whom they act for."""
    rows = session.execute(
        select(CaseParty, Person)
        .join(Person, col(Person.id) == col(CaseParty.person_id))
        .where(col(CaseParty.case_id) == case_id)
        .order_by(col(CaseParty.sort_order), col(CaseParty.id))
    ).all()
    names = {cp.id: person.name for cp, person in rows}
    out = []
    for cp, person in rows:
        target = cp.guardian_of_id or cp.agent_for_id
        out.append(
            _party(
                person,
                cp.role,
                represents=names.get(target, "") if target else "",
                authority=cp.agent_authority,
                poa=cp.power_of_attorney,
                mask=mask,
            )
        )
    return tuple(out)


def members(session: Session, case: Case) -> tuple[MemberSnapshot, ...]:
    """Committee members of the case (one entry per person and role, earliest first)."""
    org = session.get(Organisation, case.organisation_id)
    rows = session.execute(
        select(Membership, Person)
        .join(Person, col(Person.id) == col(Membership.person_id))
        .where(col(Membership.case_id) == case.id)
        .order_by(col(Membership.from_date), col(Membership.id))
    ).all()
    seen: set[tuple[int, str]] = set()
    out = []
    chief = case.chief_mediator_id
    for m, person in sorted(rows, key=lambda r: r[1].id != chief):  # the chief mediator first
        key = (person.id, m.role)
        if key in seen:
            continue
        seen.add(key)
        where = session.get(Organisation, person.organisation_id) if person.organisation_id else org
        out.append(
            MemberSnapshot(
                name=person.name, role=CommitteeRole(m.role), organisation=where.name if where else ""
            )
        )
    if chief is not None and not any(m.role == CommitteeRole.MEDIATOR for m in out):
        person = session.get(Person, chief)
        if person is not None:
            out.insert(0, MemberSnapshot(person.name, CommitteeRole.MEDIATOR, org.name if org else ""))
    return tuple(out)


def _terms(text: str) -> tuple[str, ...]:
    """One term per clause: lines, and clauses numbered inline ("一、…；二、…") split apart; the
    paper numbers them itself （一）（二）."""
    pieces = [piece for line in text.splitlines() for piece in _INLINE_CLAUSE.split(line)]
    lines = [_NUMBERING.sub("", piece).strip() for piece in pieces]
    return tuple(line for line in lines if line)


def document_date(ag: Agreement) -> date:
    """The date under the seal: the signing date once signed; before that the day it was printed
    for signature, else today."""
    return (
        ag.effective_on or _day(ag.signed_at) or _day(ag.printed_at) or utcnow().astimezone(SHANGHAI).date()
    )


def agreement_snapshot(session: Session, ag: Agreement, *, case: Case | None = None) -> AgreementSnapshot:
    """The agreement version ``ag`` as the documents print it (full ID numbers)."""
    case = case or session.get(Case, ag.case_id)
    assert case is not None
    org = session.get(Organisation, case.organisation_id)
    people = parties(session, case.id)  # type: ignore[arg-type]
    staff = members(session, case)
    track = Track(case.track)
    matter = (
        session.execute(select(LinkedMatter).where(col(LinkedMatter.case_id) == case.id)).scalars().first()
    )
    police = next((m.organisation for m in staff if m.role == CommitteeRole.POLICE), "")
    rows = list(
        session.execute(
            select(Obligation).where(col(Obligation.agreement_id) == ag.id).order_by(col(Obligation.seq))
        ).scalars()
    )
    ids = {o.payer_person_id for o in rows} | {o.payee_person_id for o in rows}
    names = {p.id: p.name for p in session.execute(select(Person).where(col(Person.id).in_(ids))).scalars()}
    obligations = tuple(
        ObligationSnapshot(
            payer=names.get(o.payer_person_id, ""),
            payee=names.get(o.payee_person_id, ""),
            description=o.description or f"第{o.seq}期款项",
            amount_fen=o.amount_fen,
            due_date=o.due_date,
            on_the_spot=o.on_the_spot,
        )
        for o in rows
    )
    place = (
        session.execute(
            select(col(MediationSession.place))
            .where(col(MediationSession.case_id) == case.id)
            .order_by(col(MediationSession.starts_at).desc())
        )
        .scalars()
        .first()
    )
    offender = next((p.name for p in people if p.role == PartyRole.SUSPECT), "")
    return AgreementSnapshot(
        number=ag.number,
        version=ag.version,
        track=track,
        form=AgreementForm(ag.form),
        organisation=org.name if org else "",
        seal_name=org.name if org else "",
        case_number=case.number,
        parties=people,
        mediators=staff,  # every member signs under their role; the track decides (documents.signatories)
        facts=ag.facts or case.facts,
        issues=ag.issues,
        responsibility=ag.responsibility,
        terms=_terms(ag.terms),
        obligations=obligations,
        performance_method=ag.performance_method,
        performance_place=ag.performance_place,
        performance_deadline=ag.performance_deadline,
        signed_on=document_date(ag),
        place=place or "",
        confidential_amounts=case.confidential_amounts,
        police_organ=police,
        police_case_number=matter.police_case_no if matter else "",
        charge=matter.charge if matter else "",
        offender_admission=f"{offender}承认犯罪事实，对犯罪事实没有异议，真诚悔罪。"
        if ag.offender_admits and offender
        else "",
        apology=ag.apology,
        victim_requests_leniency=ag.victim_leniency,
    )


def shown_agreement(session: Session, case_id: int) -> Agreement | None:
    """The version the dossier prints: the latest version that is not superseded."""
    return (
        session.execute(
            select(Agreement)
            .where(col(Agreement.case_id) == case_id, col(Agreement.state) != AgreementState.SUPERSEDED.value)
            .order_by(col(Agreement.version).desc())
        )
        .scalars()
        .first()
    )


def _sessions(session: Session, case_id: int, host: str) -> tuple[SessionSnapshot, ...]:
    rows = list(
        session.execute(
            select(MediationSession)
            .where(col(MediationSession.case_id) == case_id)
            .order_by(col(MediationSession.starts_at), col(MediationSession.id))
        ).scalars()
    )
    out = []
    for index, s in enumerate(rows, 1):
        attendees = tuple(
            session.execute(
                select(col(Person.name))
                .join(Attendance, col(Attendance.person_id) == col(Person.id))
                .where(col(Attendance.session_id) == s.id)
                .order_by(col(Person.id))
            ).scalars()
        )
        out.append(
            SessionSnapshot(
                index=index,
                start=s.starts_at,
                end=s.ends_at,
                place=s.place,
                host=host,
                recorder=host,
                attendees=attendees,
                record=s.record,
                outcome=SessionOutcome(s.outcome),
                private=not s.public,
            )
        )
    return tuple(out)


def _payments(session: Session, case_id: int, host: str) -> tuple[PaymentSnapshot, ...]:
    rows = session.execute(
        select(Payment, Obligation)
        .join(Obligation, col(Obligation.id) == col(Payment.obligation_id))
        .where(col(Payment.case_id) == case_id)
        .order_by(col(Payment.paid_at), col(Payment.id))
    ).all()
    out = []
    for pay, ob in rows:
        payer, payee = session.get(Person, ob.payer_person_id), session.get(Person, ob.payee_person_id)
        local = pay.paid_at.astimezone(SHANGHAI)
        out.append(
            PaymentSnapshot(
                receipt_number=pay.receipt_no or f"SK{local:%Y%m%d}-{pay.id:04d}",
                payer=payer.name if payer else "",
                payee=payee.name if payee else "",
                amount_fen=pay.amount_fen,
                paid_at=pay.paid_at,
                method=PaymentMethod(pay.method),
                purpose=ob.description or f"第{ob.seq}期款项",
                handled_by=host,
                note=pay.note,
            )
        )
    return tuple(out)


def _follow_ups(session: Session, case_id: int, host: str, interviewee: str) -> tuple[FollowUpSnapshot, ...]:
    rows = session.execute(
        select(FollowUp)
        .where(col(FollowUp.case_id) == case_id, col(FollowUp.done_at).is_not(None))
        .order_by(col(FollowUp.done_at), col(FollowUp.id))
    ).scalars()
    performance = {True: "已按协议履行", False: "未按协议履行", None: "未询问"}
    return tuple(
        FollowUpSnapshot(
            at=f.done_at,
            method=FOLLOW_UP_METHODS.get(f.method, f.method),
            by=host,
            interviewee=interviewee,
            performance=performance[f.performed],
            satisfaction=_enum(Satisfaction, f.satisfaction),
            opinion=f.note,
        )
        for f in rows
    )


def _closing(session: Session, case: Case, host: str) -> ClosingSnapshot | None:
    history = list(
        session.execute(
            select(StatusHistory)
            .where(col(StatusHistory.case_id) == case.id)
            .order_by(col(StatusHistory.seq))
        ).scalars()
    )
    failed = next((h for h in reversed(history) if h.to_status == CaseStatus.MEDIATION_FAILED.value), None)
    if case.status not in _CLOSING and failed is None:
        return None
    outcome = [h for h in history if h.to_status not in _CLOSING]
    last = outcome[-1] if outcome else None
    status = CaseStatus(last.to_status) if last else CaseStatus(case.status)
    closed = _day(case.closed_at) or (_day(last.at) if last else None) or utcnow().astimezone(SHANGHAI).date()
    reason = failed.reason if failed else ""
    summary = {
        CaseStatus.PERFORMED: "经调解双方达成协议，协议已履行完毕。",
        CaseStatus.MEDIATION_FAILED: "经调解双方未能达成协议，已告知当事人通过其他途径解决。",
        CaseStatus.WITHDRAWN: "当事人撤回调解申请。",
    }.get(status, "")
    return ClosingSnapshot(
        status=status,
        closed_on=closed,
        summary=(last.reason if last and last.reason else summary),
        handled_by=host,
        failure_reason=reason,
    )


def case_snapshot(session: Session, case: Case, *, mask: bool = False) -> CaseSnapshot:
    """Everything the case documents and the dossier need, from the database."""
    org = session.get(Organisation, case.organisation_id)
    people = parties(session, case.id, mask=mask)  # type: ignore[arg-type]
    staff = members(session, case)
    host = next((m.name for m in staff if m.role in (CommitteeRole.MEDIATOR, CommitteeRole.LAWYER)), "")
    registrar = session.get(User, case.created_by) if case.created_by else None
    ag = shown_agreement(session, case.id)  # type: ignore[arg-type]
    matter = (
        session.execute(select(LinkedMatter).where(col(LinkedMatter.case_id) == case.id)).scalars().first()
    )
    judicial = (
        session.execute(
            select(JudicialConfirmation)
            .where(col(JudicialConfirmation.case_id) == case.id)
            .order_by(col(JudicialConfirmation.id).desc())
        )
        .scalars()
        .first()
    )
    first_applicant = next((p.name for p in people if p.role in (PartyRole.APPLICANT, PartyRole.VICTIM)), "")
    title = case.title
    if case.track == Track.CRIMINAL.value and matter is not None and matter.charge:
        # a criminal reconciliation is named after the suspect and the charge
        title = case_title(Track.CRIMINAL, [(p.role, p.name) for p in people], charge=matter.charge) or title
    return CaseSnapshot(
        number=case.number,
        title=title,
        track=Track(case.track),
        source=Source(case.source),
        category=case.category,
        organisation=org.name if org else "",
        seal_name=org.name if org else "",
        received_at=case.received_at,
        facts=case.facts,
        claims=case.claims,
        parties=people,
        members=staff,
        accepted_on=_day(case.accepted_at),
        registered_by=registrar.display_name if registrar else host,
        declined_reason=case.decline_reason,
        sessions=_sessions(session, case.id, host),  # type: ignore[arg-type]
        agreement=agreement_snapshot(session, ag, case=case) if ag is not None else None,
        payments=_payments(session, case.id, host),  # type: ignore[arg-type]
        follow_ups=_follow_ups(session, case.id, host, first_applicant),  # type: ignore[arg-type]
        judicial=JudicialConfirmationSnapshot(
            court=judicial.court,
            applied_on=judicial.applied_on,
            ruled_on=judicial.decided_on,
            result=judicial.result,
        )
        if judicial is not None
        else None,
        closing=_closing(session, case, host),
        matter=LinkedMatterSnapshot(
            police_case_number=matter.police_case_no,
            charge=matter.charge,
            procedure=_enum(Procedure, matter.procedure),
            stage=_enum(MatterStage, matter.stage),
            decision=matter.decision,
            decided_on=_day(matter.decision_at),
        )
        if matter is not None
        else None,
    )
