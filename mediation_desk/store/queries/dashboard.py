"""What needs attention today: sessions, deadlines, instalments, follow-ups, new cases.

Every query takes ``visible`` (keyword-only): the caller's ``policy.visible_case_condition``,
so sealed and juvenile cases stay off the dashboard of everyone not on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from ...domain.deadlines import FINISHED
from ...domain.workflow import OPEN_STATUSES
from ..models import Agreement, Case, FollowUp, MediationSession, Obligation, Payment, Person
from ..types import SHANGHAI

LIMIT = 200


@dataclass(frozen=True)
class DashItem:
    """One line on the dashboard: which case, when, what (``detail`` is list-specific).

    ``tab`` names the workspace tab the line opens on (``sessions``, ``payments``, …; empty:
    the overview), ``extra`` a second list-specific value (the payer's phone of an instalment).
    """

    case_id: int
    number: str
    title: str
    when: datetime | date | None
    detail: Any = None
    tab: str = ""
    extra: Any = None


@dataclass(frozen=True)
class DashList:
    """The first rows of a dashboard list and how many there are in all."""

    items: list[DashItem]
    total: int

    def __iter__(self) -> Any:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def _listed(session: Session, stmt: Any, limit: int, make: Any) -> DashList:
    """Read ``limit`` rows of ``stmt``; count them all only when the list is cut short."""
    rows = session.execute(stmt.limit(limit)).all()
    total = len(rows)
    if total >= limit:
        total = int(
            session.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()
        )
    return DashList([make(r) for r in rows], total)


def _opening(tab: str) -> Any:
    """Make a row of ``(case_id, number, title, when[, detail])`` into a line that opens on ``tab``."""

    def make(r: Any) -> DashItem:
        detail = r[4] if len(r) > 4 else None
        return DashItem(r[0], r[1], r[2], r[3], detail, tab=tab)

    return make


def _scoped(stmt: Any, organisation_id: int | None, visible: Any) -> Any:
    """``stmt`` narrowed to one organisation and to the reader's cases (``policy.visible_case_condition``)."""
    if organisation_id is not None:
        stmt = stmt.where(col(Case.organisation_id) == organisation_id)
    if visible is not None:
        stmt = stmt.where(visible)
    return stmt


def _working() -> Any:
    """The case is still being worked: closed, withdrawn, declined, failed, archived are not."""
    return col(Case.status).not_in([s.value for s in FINISHED])


def _in_force() -> Any:
    """The agreement binds: signed (or oral, in force when reached) and not superseded."""
    return (col(Agreement.state) != "superseded") & or_(
        col(Agreement.state) == "signed", col(Agreement.form) == "oral"
    )


def _start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=SHANGHAI)


def _open() -> Any:
    return col(Case.status).in_([s.value for s in OPEN_STATUSES])


def sessions_between(
    *,
    session: Session,
    first: date,
    last: date,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int = LIMIT,
) -> DashList:
    """Sessions still to hold starting on days ``first``..``last`` (inclusive, Asia/Shanghai); detail: place.

    A recorded session has been held: it leaves the list; so do sessions of finished cases.
    """
    stmt = (
        select(
            col(Case.id),
            col(Case.number),
            col(Case.title),
            col(MediationSession.starts_at),
            col(MediationSession.place),
        )
        .join(Case, col(Case.id) == col(MediationSession.case_id))
        .where(
            col(MediationSession.starts_at) >= _start(first),
            col(MediationSession.starts_at) < _start(last + timedelta(days=1)),
            col(MediationSession.recorded_at).is_(None),
            _working(),
        )
        .order_by(col(MediationSession.starts_at))
    )
    stmt = _scoped(stmt, organisation_id, visible)
    return _listed(session, stmt, limit, _opening("sessions"))


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
        select(col(Case.id), col(Case.number), col(Case.title), col(Case.due_at), col(Case.status))
        .where(_open(), col(Case.due_at).is_not(None))
        .order_by(col(Case.due_at))
        .limit(LIMIT)
    )
    base = _scoped(base, organisation_id, visible)
    overdue = session.execute(base.where(col(Case.due_at) < now)).all()
    soon = session.execute(
        base.where(col(Case.due_at) >= now, col(Case.due_at) < now + timedelta(days=due_soon_days))
    ).all()
    return [DashItem(*r) for r in overdue], [DashItem(*r) for r in soon]


def instalments_due(
    *,
    session: Session,
    until: date,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int = LIMIT,
) -> DashList:
    """Unpaid instalments due on or before ``until``; detail: the outstanding amount in fen, extra:
    the payer's stored phone (the caller masks it as the role requires).

    Only an agreement in force can be owed (a draft or unsigned one cannot), and only on a case
    still being worked (a closed or withdrawn case owes nothing more to this list).
    """
    paid = (
        select(col(Payment.obligation_id), func.sum(col(Payment.amount_fen)).label("paid"))
        .group_by(col(Payment.obligation_id))
        .subquery()
    )
    outstanding = col(Obligation.amount_fen) - func.coalesce(paid.c.paid, 0)
    stmt = (
        select(
            col(Case.id),
            col(Case.number),
            col(Case.title),
            col(Obligation.due_date),
            outstanding,
            col(Person.phone),
        )
        .join(Case, col(Case.id) == col(Obligation.case_id))
        .join(Agreement, col(Agreement.id) == col(Obligation.agreement_id))
        .join(Person, col(Person.id) == col(Obligation.payer_person_id))
        .outerjoin(paid, paid.c.obligation_id == col(Obligation.id))
        .where(
            _in_force(),
            _working(),
            col(Obligation.due_date).is_not(None),
            col(Obligation.due_date) <= until,
            outstanding > 0,
        )
        .order_by(col(Obligation.due_date), col(Obligation.id))
    )
    stmt = _scoped(stmt, organisation_id, visible)
    return _listed(
        session,
        stmt,
        limit,
        lambda r: DashItem(r[0], r[1], r[2], r[3], int(r[4]), tab="payments", extra=r[5] or ""),
    )


def follow_ups_due(
    *,
    session: Session,
    until: date,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int = LIMIT,
) -> DashList:
    """Follow-ups not yet done, due by ``until``, of cases still being worked; detail: the method."""
    stmt = (
        select(col(Case.id), col(Case.number), col(Case.title), col(FollowUp.due_on), col(FollowUp.method))
        .join(Case, col(Case.id) == col(FollowUp.case_id))
        .where(
            col(FollowUp.done_at).is_(None),
            col(FollowUp.due_on).is_not(None),
            col(FollowUp.due_on) <= until,
            _working(),
        )
        .order_by(col(FollowUp.due_on))
    )
    stmt = _scoped(stmt, organisation_id, visible)
    return _listed(session, stmt, limit, _opening("follow_ups"))


def fast_track_clocks(
    *,
    session: Session,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int = LIMIT,
) -> DashList:
    """Running 48-hour clocks (``Case.fast_track_due_at``, indexed), least time left first; detail: track."""
    stmt = (
        select(col(Case.id), col(Case.number), col(Case.title), col(Case.fast_track_due_at), col(Case.track))
        .where(col(Case.fast_track_due_at).is_not(None), _working())
        .order_by(col(Case.fast_track_due_at), col(Case.id))
    )
    stmt = _scoped(stmt, organisation_id, visible)
    return _listed(session, stmt, limit, _opening("track"))


def awaiting_acceptance(
    *,
    session: Session,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int = LIMIT,
) -> DashList:
    """Registered cases waiting to be accepted or declined, oldest first; detail: parties."""
    stmt = (
        select(col(Case.id), col(Case.number), col(Case.title), col(Case.received_at), col(Case.party_names))
        .where(col(Case.status) == "registered")
        .order_by(col(Case.received_at))
    )
    stmt = _scoped(stmt, organisation_id, visible)
    return _listed(session, stmt, limit, lambda r: DashItem(*r))


__all__ = [
    "DashItem",
    "DashList",
    "fast_track_clocks",
    "awaiting_acceptance",
    "deadlines",
    "follow_ups_due",
    "instalments_due",
    "sessions_between",
]
