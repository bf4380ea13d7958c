"""Performance: payments against obligations, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ..domain.enums import AgreementState, CaseStatus, PaymentMethod, Satisfaction
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


def record_payment(db: Database, actor: Actor, obligation_id: int, *, amount_fen: int, paid_at: datetime,
                   method: PaymentMethod = PaymentMethod.CASH, receipt_no: str = "",
                   note: str = "") -> PaymentResult:
    """Record money paid; refuses more than is owed on the obligation."""
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool):
        raise ValidationError("money.float", field="amount")
    if amount_fen <= 0:
        raise ValidationError("payment.amount")
    with unit_of_work(db, actor) as uow:
        ob = uow.get(Obligation, obligation_id)
        policy.check_case(uow, policy.CASE_PERFORMANCE, uow.get(Case, ob.case_id))
        ag = uow.get(Agreement, ob.agreement_id)
        if ag.state == AgreementState.SUPERSEDED.value:
            raise RuleViolation("payment.agreement_superseded")
        if ag.state != AgreementState.SIGNED.value and ag.form != "oral":
            raise RuleViolation("payment.agreement_not_signed")
        paid = uow.session.execute(select(func.coalesce(func.sum(Payment.amount_fen), 0))
                                   .where(Payment.obligation_id == ob.id)).scalar_one()
        remaining = ob.amount_fen - int(paid)
        if amount_fen > remaining:
            raise RuleViolation("payment.exceeds", remaining_fen=remaining)
        p = Payment(obligation_id=ob.id, case_id=ob.case_id, amount_fen=amount_fen, paid_at=paid_at,  # type: ignore[arg-type]
                    method=method.value, receipt_no=clean("receipt_no", receipt_no),
                    note=clean("note", note, max_len=500))
        uow.session.add(p)
        uow.session.flush()
        uow.audit("payment.record", "payment", p.id, case_id=ob.case_id,
                  diff=snapshot_of(p, ["obligation_id", "amount_fen", "paid_at", "method", "receipt_no"]))
        owed = outstanding_fen(uow.session, ob.case_id)
        case = uow.get(Case, ob.case_id)
        if owed == 0 and case.status in (CaseStatus.PERFORMING.value, CaseStatus.AGREEMENT_REACHED.value,
                                         CaseStatus.NOT_PERFORMED.value):
            if case.status == CaseStatus.NOT_PERFORMED.value:
                record_status(uow, case, CaseStatus.PERFORMING)
            record_status(uow, case, CaseStatus.PERFORMED)
        refresh_due_at(uow.session, case)
        return PaymentResult(p.id, owed, uow.changes)  # type: ignore[arg-type]


def record_follow_up(db: Database, actor: Actor, case_id: int, *, done_at: datetime, method: str = "phone",
                     performed: bool | None = None, satisfaction: Satisfaction | None = None,
                     note: str = "") -> Changes:
    """Record a follow-up (回访) with performance and satisfaction."""
    note = clean("note", note)
    method = clean("method", method, max_len=30)
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_FOLLOW_UP, case)
        f = FollowUp(case_id=case_id, done_at=done_at, method=method, performed=performed,
                     satisfaction=satisfaction.value if satisfaction else None, note=note.strip())
        uow.session.add(f)
        uow.session.flush()
        uow.audit("followup.record", "followup", f.id, case_id=case_id,
                  diff=snapshot_of(f, ["done_at", "method", "performed", "satisfaction"]))
        refresh_due_at(uow.session, case)
        return uow.changes
