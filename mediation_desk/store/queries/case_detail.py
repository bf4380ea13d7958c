"""Everything a case workspace shows, read in one short session. No Qt.

Each function is keyword-only (``get_parties(session=s, case_id=1)``) and returns plain,
frozen rows that are safe to hand from a worker thread to the UI thread.
:func:`load_case_detail` reads them all at once.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import BindParameter
from sqlmodel import Session, col

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
from .case_rows import (  # noqa: F401  (re-exported: the workspace imports them from here)
    AgreementRow,
    AttachmentRow,
    AuditRow,
    CaseDetail,
    DirectoryRow,
    FollowUpRow,
    MemberRow,
    ObligationRow,
    PartyRow,
    PaymentRow,
    SessionRow,
    StatusRow,
)


def get_case(*, session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError("record.not_found", entity="case", id=case_id)
    return case


# The lists below select the columns they show, not whole ORM objects, with statements built once
# (``case_id`` bound at execution): building ORM instances (every Person column, the users'
# password hashes) and the statements themselves was most of the CPU time of a case's load.

_CASE_ID: BindParameter[int] = bindparam("case_id")
_payer = aliased(Person)
_payee = aliased(Person)


def _cols(model: Any, names: str) -> list[Any]:
    """``model``'s columns ``names`` (space-separated), each labelled with its attribute name."""
    return [col(getattr(model, n)).label(n) for n in names.split()]


_PARTIES = (
    select(
        *_cols(CaseParty, "id role guardian_of_id agent_for_id agent_authority consent"),
        col(Person.id).label("person_id"),
        *_cols(Person, "name kind sex birth_date id_type id_number uscc phone address"),
        col(Person.row_version).label("person_version"),
    )
    .join(Person, col(Person.id) == col(CaseParty.person_id))
    .where(col(CaseParty.case_id) == _CASE_ID)
    .order_by(col(CaseParty.sort_order), col(CaseParty.id))
)


def get_parties(*, session: Session, case_id: int, on: date | None = None) -> list[PartyRow]:
    """Parties in intake order; ``age`` is taken on ``on`` (default: today in Shanghai)."""
    on = on or datetime.now(SHANGHAI).date()
    rows = [r._asdict() for r in session.execute(_PARTIES, {"case_id": case_id}).all()]
    names = {r["id"]: r["name"] for r in rows}
    out = []
    for r in rows:
        uscc = r.pop("uscc")
        r["id_number"] = r["id_number"] or uscc or ""
        r["age"] = age_on(r["birth_date"], on) if r["birth_date"] else None
        r["guardian_of_name"] = names.get(r["guardian_of_id"], "")
        r["agent_for_name"] = names.get(r["agent_for_id"], "")
        out.append(PartyRow(**r))
    return out


_MEMBERS = (
    select(
        *_cols(Membership, "id person_id role stages from_date to_date override_reason row_version"),
        col(Person.name).label("name"),
    )
    .join(Person, col(Person.id) == col(Membership.person_id))
    .where(col(Membership.case_id) == _CASE_ID)
    .order_by(col(Membership.from_date), col(Membership.id))
)


def get_members(*, session: Session, case_id: int) -> list[MemberRow]:
    rows = [r._asdict() for r in session.execute(_MEMBERS, {"case_id": case_id}).all()]
    return [MemberRow(**{**r, "stages": tuple(s for s in r["stages"].split(",") if s)}) for r in rows]


def get_directory(*, session: Session) -> list[DirectoryRow]:
    """Committee members anyone may assign: active persons with a ``member_role``."""
    stmt = (
        select(col(Person.id), col(Person.name), col(Person.member_role), col(Organisation.name))
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .where(col(Person.member_role).is_not(None), col(Person.active).is_(True))
        .order_by(col(Person.member_role), col(Person.name))
    )
    return [
        DirectoryRow(person_id=pid, name=name, member_role=member_role or "", organisation=org or "")
        for pid, name, member_role, org in session.execute(stmt).all()
    ]


_SESSIONS = (
    select(
        *_cols(MediationSession, "id starts_at ends_at place public record outcome recorded_at row_version")
    )
    .where(col(MediationSession.case_id) == _CASE_ID)
    .order_by(col(MediationSession.starts_at), col(MediationSession.id))
)
_ATTENDANCE = (
    select(col(Attendance.session_id), col(Person.id), col(Person.name))
    .join(Person, col(Person.id) == col(Attendance.person_id))
    .join(MediationSession, col(MediationSession.id) == col(Attendance.session_id))
    .where(col(MediationSession.case_id) == _CASE_ID)
    .order_by(col(Attendance.id))
)


def get_sessions(*, session: Session, case_id: int) -> list[SessionRow]:
    rows = session.execute(_SESSIONS, {"case_id": case_id}).all()
    attend: dict[int, list[tuple[int, str]]] = {}
    if rows:
        for sid, pid, name in session.execute(_ATTENDANCE, {"case_id": case_id}).all():
            attend.setdefault(sid, []).append((pid, name))
    return [
        SessionRow(
            **r._asdict(),
            attendee_ids=tuple(p for p, _ in attend.get(r.id, [])),
            attendee_names=tuple(n for _, n in attend.get(r.id, [])),
        )
        for r in rows
    ]


_AGREEMENTS = (
    select(
        *_cols(
            Agreement,
            "id version number form state facts issues responsibility terms performance_method "
            "performance_place performance_deadline effective_on supersedes_id printed_at signed_at "
            "signatories created_at row_version",
        )
    )
    .where(col(Agreement.case_id) == _CASE_ID)
    .order_by(col(Agreement.version).desc())
)
_PAID = select(func.sum(col(Payment.amount_fen))).where(col(Payment.obligation_id) == col(Obligation.id))
_OBLIGATIONS = (
    select(
        *_cols(
            Obligation,
            "id agreement_id seq payer_person_id payee_person_id description amount_fen due_date on_the_spot",
        ),
        col(_payer.name).label("payer_name"),
        col(_payee.name).label("payee_name"),
        _PAID.scalar_subquery().label("paid_fen"),
    )
    .outerjoin(_payer, col(_payer.id) == col(Obligation.payer_person_id))
    .outerjoin(_payee, col(_payee.id) == col(Obligation.payee_person_id))
    .where(col(Obligation.case_id) == _CASE_ID)
    .order_by(col(Obligation.agreement_id), col(Obligation.seq))
)


def get_agreements(*, session: Session, case_id: int) -> list[AgreementRow]:
    """All versions, newest first, each with its obligations and the amount paid on them."""
    ags = session.execute(_AGREEMENTS, {"case_id": case_id}).all()
    by_ag: dict[int, list[ObligationRow]] = {}
    if ags:
        for r in session.execute(_OBLIGATIONS, {"case_id": case_id}).all():
            row = r._asdict()
            row.update(
                payer_name=row["payer_name"] or "",
                payee_name=row["payee_name"] or "",
                paid_fen=int(row["paid_fen"] or 0),
            )
            by_ag.setdefault(r.agreement_id, []).append(ObligationRow(**row))
    return [AgreementRow(**a._asdict(), obligations=tuple(by_ag.get(a.id, []))) for a in ags]


_PAYMENTS = (
    select(
        *_cols(Payment, "id obligation_id amount_fen paid_at method receipt_no note"),
        col(Obligation.seq).label("obligation_seq"),
        col(_payer.name).label("payer_name"),
        col(_payee.name).label("payee_name"),
    )
    .join(Obligation, col(Obligation.id) == col(Payment.obligation_id))
    .outerjoin(_payer, col(_payer.id) == col(Obligation.payer_person_id))
    .outerjoin(_payee, col(_payee.id) == col(Obligation.payee_person_id))
    .where(col(Payment.case_id) == _CASE_ID)
    .order_by(col(Payment.paid_at), col(Payment.id))
)


def get_payments(*, session: Session, case_id: int) -> list[PaymentRow]:
    return [
        PaymentRow(**{**r._asdict(), "payer_name": r.payer_name or "", "payee_name": r.payee_name or ""})
        for r in session.execute(_PAYMENTS, {"case_id": case_id}).all()
    ]


_FOLLOW_UPS = (
    select(
        *_cols(
            FollowUp,
            "id due_on done_at method performed satisfaction note performance contact_person "
            "response satisfaction_asked row_version",
        )
    )
    .where(col(FollowUp.case_id) == _CASE_ID)
    .order_by(col(FollowUp.done_at), col(FollowUp.id))
)


def get_follow_ups(*, session: Session, case_id: int) -> list[FollowUpRow]:
    return [FollowUpRow(**r._asdict()) for r in session.execute(_FOLLOW_UPS, {"case_id": case_id}).all()]


_AUDIT = (
    select(*_cols(AuditEvent, "id at username workstation action entity entity_id diff"))
    .where(col(AuditEvent.case_id) == _CASE_ID)
    .order_by(col(AuditEvent.id))
)


def get_audit(*, session: Session, case_id: int) -> list[AuditRow]:
    """The case's audit events, oldest first."""
    return [
        AuditRow(**{**r._asdict(), "diff": json.loads(r.diff or "{}")})
        for r in session.execute(_AUDIT, {"case_id": case_id}).all()
    ]


_STATUS_HISTORY = (
    select(
        *_cols(StatusHistory, "seq from_status to_status at user_id reason"),
        col(User.display_name).label("display_name"),
    )
    .outerjoin(User, col(User.id) == col(StatusHistory.user_id))
    .where(col(StatusHistory.case_id) == _CASE_ID)
    .order_by(col(StatusHistory.seq))
)


def get_status_history(
    *, session: Session, case_id: int, audit: list[AuditRow] | None = None
) -> list[StatusRow]:
    """Status changes; ``by`` is the user's display name, else the audit event's username."""
    rows = session.execute(_STATUS_HISTORY, {"case_id": case_id}).all()
    at_user: dict[datetime, str] = {}
    if any(not r.user_id for r in rows):  # the audit trail names who made the change
        events = audit if audit is not None else get_audit(session=session, case_id=case_id)
        at_user = {e.at: e.username for e in events if e.action in ("case.status", "case.register")}
    return [
        StatusRow(
            seq=r.seq,
            from_status=r.from_status,
            to_status=r.to_status,
            at=r.at,
            by=(r.display_name or "") if r.user_id else at_user.get(r.at, ""),
            reason=r.reason,
        )
        for r in rows
    ]


_ATTACHMENTS = (
    select(*_cols(Attachment, "id kind filename size created_at"))
    .where(col(Attachment.case_id) == _CASE_ID)
    .order_by(col(Attachment.created_at), col(Attachment.id))
)


def get_attachments(*, session: Session, case_id: int) -> list[AttachmentRow]:
    return [AttachmentRow(**r._asdict()) for r in session.execute(_ATTACHMENTS, {"case_id": case_id}).all()]


_NAMES = select(  # the names of the case's organisation, category and chief mediator, in one statement
    select(col(Organisation.name)).where(col(Organisation.id) == bindparam("org")).scalar_subquery(),
    select(col(Category.name_zh)).where(col(Category.code) == bindparam("cat")).scalar_subquery(),
    select(col(Category.name_en)).where(col(Category.code) == bindparam("cat")).scalar_subquery(),
    select(col(Person.name)).where(col(Person.id) == bindparam("chief")).scalar_subquery(),
)
_MATTER = select(LinkedMatter).where(col(LinkedMatter.case_id) == _CASE_ID)


def load_case_detail(*, session: Session, case_id: int, today: date | None = None) -> CaseDetail:
    """The case and every list its workspace shows.

    Raises:
        NotFoundError: ``record.not_found`` when the case does not exist.
    """
    case = get_case(session=session, case_id=case_id)
    org, cat_zh, cat_en, chief = session.execute(
        _NAMES, {"org": case.organisation_id, "cat": case.category, "chief": case.chief_mediator_id}
    ).one()
    matter = session.execute(_MATTER, {"case_id": case_id}).scalars().first()
    audit = get_audit(session=session, case_id=case_id)
    agreements = get_agreements(session=session, case_id=case_id)
    return CaseDetail(
        case=case,
        organisation=org or "",
        category_zh=cat_zh if cat_zh is not None else case.category,
        category_en=(cat_en or cat_zh) if cat_zh is not None else case.category,
        chief_mediator=(chief or "") if case.chief_mediator_id else "",
        matter=matter,
        parties=tuple(get_parties(session=session, case_id=case_id, on=today)),
        members=tuple(get_members(session=session, case_id=case_id)),
        sessions=tuple(get_sessions(session=session, case_id=case_id)),
        agreements=tuple(agreements),
        # a payment is made on an agreement's obligation: none without an agreement
        payments=tuple(get_payments(session=session, case_id=case_id)) if agreements else (),
        follow_ups=tuple(get_follow_ups(session=session, case_id=case_id)),
        status_history=tuple(get_status_history(session=session, case_id=case_id, audit=audit)),
        audit=tuple(audit),
        attachments=tuple(get_attachments(session=session, case_id=case_id)),
        loaded_at=datetime.now(SHANGHAI),
    )
