"""Performance: payments against obligations, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import col

from ..domain.enums import (
    AgreementState,
    CaseStatus,
    ContactMethod,
    FollowUpPerformance,
    PaymentMethod,
    Satisfaction,
)
from ..domain.errors import RuleViolation, ValidationError
from ..domain.validation import clean
from ..store.database import Database
from ..store.models import Agreement, Case, FollowUp, Obligation, Payment
from . import policy
from .base import Actor, Changes, snapshot_of, unit_of_work
from .cases import record_status
from .deadlines import refresh_due_at
from .guards import outstanding_fen


@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    outstanding_fen: int
    changes: Changes


def record_payment(
    db: Database,
    actor: Actor,
    obligation_id: int,
    *,
    amount_fen: int,
    paid_at: datetime,
    method: PaymentMethod = PaymentMethod.CASH,
    receipt_no: str = "",
    note: str = "",
) -> PaymentResult:
    """Record money paid; refuses more than is owed on the obligation."""
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool):
        raise ValidationError("money.float", field="amount")
    if amount_fen <= 0:
        raise ValidationError("payment.amount")
    with unit_of_work(db, actor) as uow:
        ob = uow.get(Obligation, obligation_id)
        policy.check_case(uow, policy.CASE_PERFORMANCE, uow.get(Case, ob.case_id))
        ob = uow.lock(Obligation, obligation_id)  # paid ≤ owed: checked on what others committed
        ag = uow.get(Agreement, ob.agreement_id)
        if ag.state == AgreementState.SUPERSEDED.value:
            raise RuleViolation("payment.agreement_superseded")
        if ag.state != AgreementState.SIGNED.value and ag.form != "oral":
            raise RuleViolation("payment.agreement_not_signed")
        paid = uow.session.execute(
            select(func.coalesce(func.sum(col(Payment.amount_fen)), 0)).where(
                col(Payment.obligation_id) == ob.id
            )
        ).scalar_one()
        remaining = ob.amount_fen - int(paid)
        if amount_fen > remaining:
            raise RuleViolation("payment.exceeds", remaining_fen=remaining)
        p = Payment(
            obligation_id=ob.id,  # type: ignore[arg-type]
            case_id=ob.case_id,
            amount_fen=amount_fen,
            paid_at=paid_at,
            method=method.value,
            receipt_no=clean("receipt_no", receipt_no),
            note=clean("note", note, max_len=500),
        )
        uow.session.add(p)
        uow.session.flush()
        uow.audit(
            "payment.record",
            "payment",
            p.id,
            case_id=ob.case_id,
            diff=snapshot_of(p, ["obligation_id", "amount_fen", "paid_at", "method", "receipt_no"]),
        )
        owed = outstanding_fen(uow.session, ob.case_id)
        case = uow.get(Case, ob.case_id)
        if owed == 0 and case.status in (
            CaseStatus.PERFORMING.value,
            CaseStatus.AGREEMENT_REACHED.value,
            CaseStatus.NOT_PERFORMED.value,
        ):
            if case.status == CaseStatus.NOT_PERFORMED.value:
                record_status(uow, case, CaseStatus.PERFORMING)
            record_status(uow, case, CaseStatus.PERFORMED)
        refresh_due_at(uow.session, case)
        return PaymentResult(p.id, owed, uow.changes)  # type: ignore[arg-type]


def record_follow_up(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    done_at: datetime,
    method: str = "phone",
    performed: bool | None = None,
    satisfaction: Satisfaction | None = None,
    note: str = "",
    performance: FollowUpPerformance | None = None,
    contact_person: str = "",
    response: str = "",
    satisfaction_asked: bool | None = None,
) -> Changes:
    """Record a follow-up (回访): who was contacted and how, what they said, performance, satisfaction.

    ``performance`` is 已履行, 部分履行 or 未履行 (``performed`` is kept for older callers and
    derived from it). A satisfaction is stored only as the answer to a question asked
    (``satisfaction_asked``; None: asked when there is an answer), so the satisfaction rate counts
    answers, never a default.

    Raises:
        ValidationError: ``followup.method`` (``method``), ``followup.satisfaction_not_asked``,
            ``text.too_long`` (``field``, ``max``, ``length``).
    """
    method = clean("method", method, max_len=30)
    if method not in {m.value for m in ContactMethod} | {"in_person", "message"}:  # two codes of 0.3
        raise ValidationError("followup.method", method=method)
    note = clean("note", note)
    response = clean("note", response)  # the same limits as a note: 1000 characters, several lines
    contact_person = clean("contact_person", contact_person, max_len=100)
    asked = satisfaction is not None if satisfaction_asked is None else satisfaction_asked
    if satisfaction is not None and not asked:
        raise ValidationError("followup.satisfaction_not_asked")
    if performance is None and performed is not None:
        performance = FollowUpPerformance.PERFORMED if performed else FollowUpPerformance.NOT_PERFORMED
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_FOLLOW_UP, case)
        f = FollowUp(
            case_id=case_id,
            done_at=done_at,
            method=method,
            performed=None if performance is None else performance == FollowUpPerformance.PERFORMED,
            performance=performance.value if performance else None,
            contact_person=contact_person,
            response=response,
            satisfaction_asked=asked,
            satisfaction=satisfaction.value if satisfaction else None,
            note=note,
        )
        uow.session.add(f)
        uow.session.flush()
        uow.audit(
            "followup.record",
            "followup",
            f.id,
            case_id=case_id,
            diff=snapshot_of(
                f,
                ["done_at", "method", "performance", "contact_person", "satisfaction_asked", "satisfaction"],
            ),
        )
        refresh_due_at(uow.session, case)
        return uow.changes
