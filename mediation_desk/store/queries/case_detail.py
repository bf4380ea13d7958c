"""Everything a case workspace shows, read in one short session. No Qt.

Each function is keyword-only (``get_parties(session=s, case_id=1)``) and returns plain,
frozen rows that are safe to hand from a worker thread to the UI thread.
:func:`load_case_detail` reads them all at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...domain.errors import NotFoundError
from ...domain.idcard import age_on
from ..models import (
    Agreement,
    Attachment,
    Attendance,
    AuditEvent,
    Case,
    CaseParty,
    Category,
    FollowUp,
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
from ..types import SHANGHAI


@dataclass(frozen=True)
class PartyRow:
    """A party of the case with the person's details."""

    id: int
    person_id: int
    role: str
    name: str
    kind: str
    sex: str | None
    birth_date: date | None
    age: int | None
    id_type: str | None
    id_number: str
    phone: str
    address: str
    guardian_of_id: int | None
    guardian_of_name: str
    agent_for_id: int | None
    agent_for_name: str
    agent_authority: str
    consent: bool


@dataclass(frozen=True)
class MemberRow:
    """A committee membership on the case."""

    id: int
    person_id: int
    name: str
    role: str
    stages: tuple[str, ...]
    from_date: date
    to_date: date | None
    override_reason: str

    def active_on(self, day: date) -> bool:
        return self.from_date <= day and (self.to_date is None or day <= self.to_date)


@dataclass(frozen=True)
class DirectoryRow:
    """A person in the committee directory (``Person.member_role`` set)."""

    person_id: int
    name: str
    member_role: str
    organisation: str


@dataclass(frozen=True)
class SessionRow:
    """A mediation session with who attended."""

    id: int
    starts_at: datetime
    ends_at: datetime | None
    place: str
    public: bool
    record: str
    outcome: str
    recorded_at: datetime | None
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]


@dataclass(frozen=True)
class ObligationRow:
    """One instalment with what has been paid on it."""

    id: int
    agreement_id: int
    seq: int
    payer_person_id: int
    payer_name: str
    payee_person_id: int
    payee_name: str
    description: str
    amount_fen: int
    due_date: date | None
    on_the_spot: bool
    paid_fen: int

    @property
    def outstanding_fen(self) -> int:
        return self.amount_fen - self.paid_fen

    def overdue(self, today: date) -> bool:
        """Unpaid after its due date."""
        return self.outstanding_fen > 0 and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class AgreementRow:
    """One version of the agreement and its obligations."""

    id: int
    version: int
    number: str
    form: str
    state: str
    facts: str
    issues: str
    responsibility: str
    terms: str
    performance_method: str
    performance_place: str
    performance_deadline: date | None
    effective_on: date | None
    supersedes_id: int | None
    printed_at: datetime | None
    signed_at: datetime | None
    signatories: str
    created_at: datetime
    obligations: tuple[ObligationRow, ...]


@dataclass(frozen=True)
class PaymentRow:
    id: int
    obligation_id: int
    obligation_seq: int
    payer_name: str
    payee_name: str
    amount_fen: int
    paid_at: datetime
    method: str
    receipt_no: str
    note: str


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    due_on: date | None
    done_at: datetime | None
    method: str
    performed: bool | None
    satisfaction: str | None
    note: str


@dataclass(frozen=True)
class StatusRow:
    seq: int
    from_status: str | None
    to_status: str
    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    diff: dict[str, Any]


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    filename: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class CaseDetail:
    """A case and everything its workspace shows."""

    case: Case
    organisation: str
    category_zh: str
    category_en: str
    chief_mediator: str
    matter: LinkedMatter | None
    parties: tuple[PartyRow, ...] = ()
    members: tuple[MemberRow, ...] = ()
    sessions: tuple[SessionRow, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
    payments: tuple[PaymentRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()
    status_history: tuple[StatusRow, ...] = ()
    audit: tuple[AuditRow, ...] = ()
    attachments: tuple[AttachmentRow, ...] = ()
    loaded_at: datetime | None = field(default=None, compare=False)

    @property
    def current_agreement(self) -> AgreementRow | None:
        """The newest version that is not superseded (versions are listed newest first)."""
        for ag in self.agreements:
            if ag.state != "superseded":
                return ag
        return None

    @property
    def outstanding_fen(self) -> int:
        ag = self.current_agreement
        return sum(o.outstanding_fen for o in ag.obligations) if ag else 0


def get_case(*, session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError("record.not_found", entity="case", id=case_id)
    return case


def get_parties(*, session: Session, case_id: int, on: date | None = None) -> list[PartyRow]:
    """Parties in intake order; ``age`` is taken on ``on`` (default: today in Shanghai)."""
    on = on or datetime.now(SHANGHAI).date()
    stmt = (
        select(CaseParty, Person)
        .join(Person, Person.id == CaseParty.person_id)
        .where(CaseParty.case_id == case_id)
        .order_by(CaseParty.sort_order, CaseParty.id)
    )
    pairs = list(session.execute(stmt).all())
    names = {cp.id: p.name for cp, p in pairs}
    return [
        PartyRow(
            id=cp.id,
            person_id=p.id,
            role=cp.role,
            name=p.name,
            kind=p.kind,
            sex=p.sex,  # type: ignore[arg-type]
            birth_date=p.birth_date,
            age=age_on(p.birth_date, on) if p.birth_date else None,
            id_type=p.id_type,
            id_number=p.id_number or p.uscc or "",
            phone=p.phone,
            address=p.address,
            guardian_of_id=cp.guardian_of_id,
            guardian_of_name=names.get(cp.guardian_of_id, ""),  # type: ignore[arg-type]
            agent_for_id=cp.agent_for_id,
            agent_for_name=names.get(cp.agent_for_id, ""),  # type: ignore[arg-type]
            agent_authority=cp.agent_authority,
            consent=cp.consent,
        )
        for cp, p in pairs
    ]


def get_members(*, session: Session, case_id: int) -> list[MemberRow]:
    stmt = (
        select(Membership, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.case_id == case_id)
        .order_by(Membership.from_date, Membership.id)
    )
    return [
        MemberRow(
            id=m.id,
            person_id=m.person_id,
            name=name,
            role=m.role,  # type: ignore[arg-type]
            stages=tuple(s for s in m.stages.split(",") if s),
            from_date=m.from_date,
            to_date=m.to_date,
            override_reason=m.override_reason,
        )
        for m, name in session.execute(stmt).all()
    ]


def get_directory(*, session: Session) -> list[DirectoryRow]:
    """Committee members anyone may assign: active persons with a ``member_role``."""
    stmt = (
        select(Person, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.member_role.is_not(None), Person.active.is_(True))
        .order_by(Person.member_role, Person.name)
    )  # type: ignore[union-attr]
    return [
        DirectoryRow(
            person_id=p.id,
            name=p.name,
            member_role=p.member_role or "",  # type: ignore[arg-type]
            organisation=org or "",
        )
        for p, org in session.execute(stmt).all()
    ]


def get_sessions(*, session: Session, case_id: int) -> list[SessionRow]:
    rows = list(
        session.execute(
            select(MediationSession)
            .where(MediationSession.case_id == case_id)
            .order_by(MediationSession.starts_at, MediationSession.id)
        ).scalars()
    )
    ids = [r.id for r in rows]
    attend: dict[int, list[tuple[int, str]]] = {}
    if ids:
        stmt = (
            select(Attendance.session_id, Person.id, Person.name)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.session_id.in_(ids))
            .order_by(Attendance.id)
        )  # type: ignore[union-attr]
        for sid, pid, name in session.execute(stmt).all():
            attend.setdefault(sid, []).append((pid, name))
    return [
        SessionRow(
            id=r.id,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            place=r.place,
            public=r.public,  # type: ignore[arg-type]
            record=r.record,
            outcome=r.outcome,
            recorded_at=r.recorded_at,
            attendee_ids=tuple(p for p, _ in attend.get(r.id, [])),  # type: ignore[arg-type]
            attendee_names=tuple(n for _, n in attend.get(r.id, [])),
        )  # type: ignore[arg-type]
        for r in rows
    ]


def _person_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())  # type: ignore[union-attr]


def get_agreements(*, session: Session, case_id: int) -> list[AgreementRow]:
    """All versions, newest first, each with its obligations and the amount paid on them."""
    ags = list(
        session.execute(
            select(Agreement).where(Agreement.case_id == case_id).order_by(Agreement.version.desc())
        ).scalars()
    )  # type: ignore[attr-defined]
    obs = list(
        session.execute(
            select(Obligation)
            .where(Obligation.case_id == case_id)
            .order_by(Obligation.agreement_id, Obligation.seq)
        ).scalars()
    )
    paid = dict(
        session.execute(
            select(Payment.obligation_id, func.sum(Payment.amount_fen))
            .where(Payment.case_id == case_id)
            .group_by(Payment.obligation_id)
        ).all()
    )
    names = _person_names(session, {o.payer_person_id for o in obs} | {o.payee_person_id for o in obs})
    by_ag: dict[int, list[ObligationRow]] = {}
    for o in obs:
        by_ag.setdefault(o.agreement_id, []).append(
            ObligationRow(
                id=o.id,
                agreement_id=o.agreement_id,
                seq=o.seq,
                payer_person_id=o.payer_person_id,  # type: ignore[arg-type]
                payer_name=names.get(o.payer_person_id, ""),
                payee_person_id=o.payee_person_id,
                payee_name=names.get(o.payee_person_id, ""),
                description=o.description,
                amount_fen=o.amount_fen,
                due_date=o.due_date,
                on_the_spot=o.on_the_spot,
                paid_fen=int(paid.get(o.id, 0) or 0),
            )
        )
    return [
        AgreementRow(
            id=a.id,
            version=a.version,
            number=a.number,
            form=a.form,
            state=a.state,
            facts=a.facts,  # type: ignore[arg-type]
            issues=a.issues,
            responsibility=a.responsibility,
            terms=a.terms,
            performance_method=a.performance_method,
            performance_place=a.performance_place,
            performance_deadline=a.performance_deadline,
            effective_on=a.effective_on,
            supersedes_id=a.supersedes_id,
            printed_at=a.printed_at,
            signed_at=a.signed_at,
            signatories=a.signatories,
            created_at=a.created_at,
            obligations=tuple(by_ag.get(a.id, [])),
        )  # type: ignore[arg-type]
        for a in ags
    ]


def get_payments(*, session: Session, case_id: int) -> list[PaymentRow]:
    stmt = (
        select(Payment, Obligation)
        .join(Obligation, Obligation.id == Payment.obligation_id)
        .where(Payment.case_id == case_id)
        .order_by(Payment.paid_at, Payment.id)
    )
    pairs = list(session.execute(stmt).all())
    names = _person_names(
        session, {o.payer_person_id for _, o in pairs} | {o.payee_person_id for _, o in pairs}
    )
    return [
        PaymentRow(
            id=p.id,
            obligation_id=o.id,
            obligation_seq=o.seq,
            payer_name=names.get(o.payer_person_id, ""),  # type: ignore[arg-type]
            payee_name=names.get(o.payee_person_id, ""),
            amount_fen=p.amount_fen,
            paid_at=p.paid_at,
            method=p.method,
            receipt_no=p.receipt_no,
            note=p.note,
        )
        for p, o in pairs
    ]


def get_follow_ups(*, session: Session, case_id: int) -> list[FollowUpRow]:
    stmt = select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.done_at, FollowUp.id)
    return [
        FollowUpRow(
            id=f.id,
            due_on=f.due_on,
            done_at=f.done_at,
            method=f.method,
            performed=f.performed,  # type: ignore[arg-type]
            satisfaction=f.satisfaction,
            note=f.note,
        )
        for f in session.execute(stmt).scalars()
    ]


def get_audit(*, session: Session, case_id: int) -> list[AuditRow]:
    """The case's audit events, oldest first."""
    stmt = select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
    return [
        AuditRow(
            id=e.id,
            at=e.at,
            username=e.username,
            workstation=e.workstation,
            action=e.action,  # type: ignore[arg-type]
            entity=e.entity,
            entity_id=e.entity_id,
            diff=json.loads(e.diff or "{}"),
        )
        for e in session.execute(stmt).scalars()
    ]


def get_status_history(
    *, session: Session, case_id: int, audit: list[AuditRow] | None = None
) -> list[StatusRow]:
    """Status changes; ``by`` is the user's display name, else the audit event's username."""
    rows = list(
        session.execute(
            select(StatusHistory).where(StatusHistory.case_id == case_id).order_by(StatusHistory.seq)
        ).scalars()
    )
    users = {
        u.id: u.display_name
        for u in session.execute(
            select(User).where(User.id.in_({r.user_id for r in rows if r.user_id}))
        ).scalars()
    }  # type: ignore[union-attr]
    events = audit if audit is not None else get_audit(session=session, case_id=case_id)
    at_user = {e.at: e.username for e in events if e.action in ("case.status", "case.register")}
    return [
        StatusRow(
            seq=r.seq,
            from_status=r.from_status,
            to_status=r.to_status,
            at=r.at,
            by=users.get(r.user_id, "") if r.user_id else at_user.get(r.at, ""),
            reason=r.reason,
        )
        for r in rows
    ]


def get_attachments(*, session: Session, case_id: int) -> list[AttachmentRow]:
    stmt = (
        select(Attachment).where(Attachment.case_id == case_id).order_by(Attachment.created_at, Attachment.id)
    )
    return [
        AttachmentRow(id=a.id, kind=a.kind, filename=a.filename, size=a.size, created_at=a.created_at)  # type: ignore[arg-type]
        for a in session.execute(stmt).scalars()
    ]


def load_case_detail(*, session: Session, case_id: int, today: date | None = None) -> CaseDetail:
    """The case and every list its workspace shows.

    Raises:
        NotFoundError: ``record.not_found`` when the case does not exist.
    """
    case = get_case(session=session, case_id=case_id)
    org = session.get(Organisation, case.organisation_id)
    cat = session.get(Category, case.category)
    chief = session.get(Person, case.chief_mediator_id) if case.chief_mediator_id else None
    matter = session.execute(select(LinkedMatter).where(LinkedMatter.case_id == case_id)).scalars().first()
    audit = get_audit(session=session, case_id=case_id)
    return CaseDetail(
        case=case,
        organisation=org.name if org else "",
        category_zh=cat.name_zh if cat else case.category,
        category_en=(cat.name_en or cat.name_zh) if cat else case.category,
        chief_mediator=chief.name if chief else "",
        matter=matter,
        parties=tuple(get_parties(session=session, case_id=case_id, on=today)),
        members=tuple(get_members(session=session, case_id=case_id)),
        sessions=tuple(get_sessions(session=session, case_id=case_id)),
        agreements=tuple(get_agreements(session=session, case_id=case_id)),
        payments=tuple(get_payments(session=session, case_id=case_id)),
        follow_ups=tuple(get_follow_ups(session=session, case_id=case_id)),
        status_history=tuple(get_status_history(session=session, case_id=case_id, audit=audit)),
        audit=tuple(audit),
        attachments=tuple(get_attachments(session=session, case_id=case_id)),
        loaded_at=datetime.now(SHANGHAI),
    )
