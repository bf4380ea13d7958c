"""What needs attention today: sessions, deadlines, instalments, follow-ups, new cases.

Every query takes ``visible`` (keyword-only): the caller's ``policy.visible_case_condition``,
so sealed and juvenile cases stay off the dashboard of everyone not on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...domain.workflow import OPEN_STATUSES
from ..models import Agreement, Case, FollowUp, MediationSession, Obligation, Payment
from ..types import SHANGHAI

LIMIT = 200


@dataclass(frozen=True)
class DashItem:
    """One line on the dashboard: which case, when, what (``detail`` is list-specific)."""

    case_id: int
    number: str
    title: str
    when: datetime | date | None
    detail: Any = None


def _start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=SHANGHAI)


def _open() -> Any:
    return Case.status.in_([s.value for s in OPEN_STATUSES])  # type: ignore[attr-defined]


def sessions_between(
    *, session: Session, first: date, last: date, organisation_id: int | None = None, visible: Any = None
) -> list[DashItem]:
    """Sessions starting on days ``first``..``last`` (inclusive, Asia/Shanghai); detail: place."""
    stmt = (
        select(Case.id, Case.number, Case.title, MediationSession.starts_at, MediationSession.place)
        .join(Case, Case.id == MediationSession.case_id)
        .where(
            MediationSession.starts_at >= _start(first),
            MediationSession.starts_at < _start(last + timedelta(days=1)),
        )
        .order_by(MediationSession.starts_at)
        .limit(LIMIT)
    )
    if organisation_id is not None:
        stmt = stmt.where(Case.organisation_id == organisation_id)
    if visible is not None:  # policy.visible_case_condition(actor)
        stmt = stmt.where(visible)
    return [DashItem(*row) for row in session.execute(stmt).all()]


def deadlines(
    *,
    session: Session,
    now: datetime,
    due_soon_days: int,
    organisation_id: int | None = None,
    visible: Any = None,
) -> tuple[list[DashItem], list[DashItem]]:
    """Open cases whose next deadline (``Case.due_at``) has passed, and those due soon."""
    base = (
        select(Case.id, Case.number, Case.title, Case.due_at, Case.status)
        .where(_open(), Case.due_at.is_not(None))
        .order_by(Case.due_at)
        .limit(LIMIT)
    )  # type: ignore[union-attr]
    if organisation_id is not None:
        base = base.where(Case.organisation_id == organisation_id)
    if visible is not None:  # policy.visible_case_condition(actor)
        base = base.where(visible)
    overdue = session.execute(base.where(Case.due_at < now)).all()  # type: ignore[operator]
    soon = session.execute(
        base.where(Case.due_at >= now, Case.due_at < now + timedelta(days=due_soon_days))
    ).all()  # type: ignore[operator]
    return [DashItem(*r) for r in overdue], [DashItem(*r) for r in soon]


def instalments_due(
    *, session: Session, until: date, organisation_id: int | None = None, visible: Any = None
) -> list[DashItem]:
    """Unpaid instalments due on or before ``until``; detail: the outstanding amount in fen."""
    paid = (
        select(Payment.obligation_id, func.sum(Payment.amount_fen).label("paid"))
        .group_by(Payment.obligation_id)
        .subquery()
    )
    outstanding = Obligation.amount_fen - func.coalesce(paid.c.paid, 0)
    stmt = (
        select(Case.id, Case.number, Case.title, Obligation.due_date, outstanding)
        .join(Case, Case.id == Obligation.case_id)
        .join(Agreement, Agreement.id == Obligation.agreement_id)
        .outerjoin(paid, paid.c.obligation_id == Obligation.id)
        .where(
            Agreement.state != "superseded",
            Obligation.due_date.is_not(None),  # type: ignore[union-attr]
            Obligation.due_date <= until,
            outstanding > 0,
        )  # type: ignore[operator]
        .order_by(Obligation.due_date)
        .limit(LIMIT)
    )
    if organisation_id is not None:
        stmt = stmt.where(Case.organisation_id == organisation_id)
    if visible is not None:  # policy.visible_case_condition(actor)
        stmt = stmt.where(visible)
    return [DashItem(r[0], r[1], r[2], r[3], int(r[4])) for r in session.execute(stmt).all()]


def follow_ups_due(
    *, session: Session, until: date, organisation_id: int | None = None, visible: Any = None
) -> list[DashItem]:
    """Follow-ups not yet done, due on or before ``until``; detail: the method."""
    stmt = (
        select(Case.id, Case.number, Case.title, FollowUp.due_on, FollowUp.method)
        .join(Case, Case.id == FollowUp.case_id)
        .where(FollowUp.done_at.is_(None), FollowUp.due_on.is_not(None), FollowUp.due_on <= until)  # type: ignore[union-attr,operator]
        .order_by(FollowUp.due_on)
        .limit(LIMIT)
    )
    if organisation_id is not None:
        stmt = stmt.where(Case.organisation_id == organisation_id)
    if visible is not None:  # policy.visible_case_condition(actor)
        stmt = stmt.where(visible)
    return [DashItem(*r) for r in session.execute(stmt).all()]


def awaiting_acceptance(
    *, session: Session, organisation_id: int | None = None, visible: Any = None
) -> list[DashItem]:
    """Registered cases waiting to be accepted or declined, oldest first; detail: parties."""
    stmt = (
        select(Case.id, Case.number, Case.title, Case.received_at, Case.party_names)
        .where(Case.status == "registered")
        .order_by(Case.received_at)
        .limit(LIMIT)
    )
    if organisation_id is not None:
        stmt = stmt.where(Case.organisation_id == organisation_id)
    if visible is not None:  # policy.visible_case_condition(actor)
        stmt = stmt.where(visible)
    return [DashItem(*r) for r in session.execute(stmt).all()]


__all__ = [
    "DashItem",
    "awaiting_acceptance",
    "deadlines",
    "follow_ups_due",
    "instalments_due",
    "sessions_between",
]
