"""Rules checked before a case may enter a status (beyond the workflow graph)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import col

from ..domain.enums import AgreementState, CaseStatus
from ..domain.errors import RuleViolation
from ..store.models import Agreement, Case, Obligation, Payment
from .base import UnitOfWork


def outstanding_fen(uow_session, case_id: int) -> int:  # type: ignore[no-untyped-def]
    """Amount still owed on the case's current (non-superseded) agreement."""
    agreed = uow_session.execute(
        select(func.coalesce(func.sum(col(Obligation.amount_fen)), 0))
        .join(Agreement, col(Agreement.id) == col(Obligation.agreement_id))
        .where(col(Obligation.case_id) == case_id, col(Agreement.state) != AgreementState.SUPERSEDED.value)
    ).scalar_one()
    paid = uow_session.execute(
        select(func.coalesce(func.sum(col(Payment.amount_fen)), 0))
        .join(Obligation, col(Obligation.id) == col(Payment.obligation_id))
        .join(Agreement, col(Agreement.id) == col(Obligation.agreement_id))
        .where(col(Payment.case_id) == case_id, col(Agreement.state) != AgreementState.SUPERSEDED.value)
    ).scalar_one()
    return int(agreed) - int(paid)


def check_can_enter(uow: UnitOfWork, case: Case, target: CaseStatus) -> None:
    """Raise :class:`RuleViolation` when ``case`` may not enter ``target`` now."""
    assert case.id is not None
    if target == CaseStatus.ACCEPTED:
        from .tracks import check_criminal_acceptance

        check_criminal_acceptance(uow, case)
    if target == CaseStatus.PERFORMED or (
        target == CaseStatus.CLOSED and case.status == CaseStatus.PERFORMED.value
    ):
        owed = outstanding_fen(uow.session, case.id)
        if owed > 0:
            raise RuleViolation("case.unpaid_obligations", outstanding_fen=owed)
    if target == CaseStatus.AGREEMENT_REACHED:
        stmt = select(func.count()).where(
            col(Agreement.case_id) == case.id, col(Agreement.state) == AgreementState.SIGNED.value
        )
        oral = select(func.count()).where(
            col(Agreement.case_id) == case.id,
            col(Agreement.form) == "oral",
            col(Agreement.state) != AgreementState.SUPERSEDED.value,
        )
        if uow.session.execute(stmt).scalar_one() == 0 and uow.session.execute(oral).scalar_one() == 0:
            raise RuleViolation("case.no_signed_agreement")
