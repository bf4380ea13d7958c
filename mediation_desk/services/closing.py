"""Before 结案: what is still open on the case, for the confirmation the mediator reads.

:func:`open_items` lists unpaid instalments of the agreement in force, follow-ups not done
(due by the deadline engine, or scheduled and not recorded), sessions scheduled and never
recorded, a judicial-confirmation window still open, a running 48-hour clock. Closing stops
every clock (the deadline engine treats a closed case as finished); the closing report
(结案报告表) is the documents service's ``closing_report_pdf``. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlmodel import col

from ..domain.deadlines import DueKind, due_items, local_date
from ..domain.errors import NotFoundError
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, FollowUp, MediationSession, Obligation, Payment, Person
from ..store.types import utcnow
from . import policy
from .base import Actor
from .deadlines import case_facts, current_agreement, work_calendar
from .settings import limits


@dataclass(frozen=True)
class UnpaidInstalment:
    seq: int
    payer: str
    outstanding_fen: int
    due_on: date | None


@dataclass(frozen=True)
class OpenItems:
    """What closing the case now would leave behind (all empty: nothing is left open)."""

    unpaid: tuple[UnpaidInstalment, ...] = ()
    follow_ups_pending: int = 0
    sessions_open: tuple[datetime, ...] = ()
    judicial_window_until: date | None = None  # the 30 days are still running, no application yet
    fast_track_running: bool = False

    @property
    def outstanding_fen(self) -> int:
        return sum(u.outstanding_fen for u in self.unpaid)

    @property
    def empty(self) -> bool:
        return not (
            self.unpaid
            or self.follow_ups_pending
            or self.sessions_open
            or self.judicial_window_until
            or self.fast_track_running
        )


def open_items(db: Database, actor: Actor, case_id: int, *, now: datetime | None = None) -> OpenItems:
    """What is still open on ``case_id`` (the actor must be able to read the case).

    Raises:
        NotFoundError: ``record.not_found`` when the case does not exist.
        PermissionDenied: when the actor may not read it.
    """
    at = now or utcnow()
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFoundError("record.not_found", entity="case", id=case_id)
        policy.require(actor, policy.CASE_READ, case=case, session=s)
        unpaid: list[UnpaidInstalment] = []
        agreement = current_agreement(s, case_id)
        if agreement is not None:
            paid = func.coalesce(
                select(func.sum(col(Payment.amount_fen)))
                .where(col(Payment.obligation_id) == col(Obligation.id))
                .correlate(Obligation)
                .scalar_subquery(),
                0,
            )
            rows = s.execute(
                select(
                    col(Obligation.seq),
                    col(Person.name),
                    col(Obligation.amount_fen) - paid,
                    col(Obligation.due_date),
                )
                .join(Person, col(Person.id) == col(Obligation.payer_person_id))
                .where(col(Obligation.agreement_id) == agreement.id)
                .order_by(col(Obligation.seq))
            ).all()
            unpaid = [UnpaidInstalment(int(q), str(n), int(o), d) for q, n, o, d in rows if int(o) > 0]
        items = due_items(case_facts(s, case), limits(s), work_calendar(s), at)
        # a follow-up is owed when the agreement has one due and none has been recorded since it
        # took effect (a follow-up after an early full payment settles it), or one was scheduled
        effective = agreement.effective_on if agreement is not None else None
        done = s.execute(select(col(FollowUp.done_at)).where(col(FollowUp.case_id) == case_id)).scalars()
        done_since = any(d is not None and effective is not None and local_date(d) >= effective for d in done)
        owed = any(i.kind == DueKind.FOLLOW_UP and not i.done for i in items)
        pending = int(owed and not done_since)
        pending += int(
            s.execute(
                select(func.count()).where(col(FollowUp.case_id) == case_id, col(FollowUp.done_at).is_(None))
            ).scalar_one()
        )
        sessions = tuple(
            s.execute(
                select(col(MediationSession.starts_at))
                .where(col(MediationSession.case_id) == case_id, col(MediationSession.recorded_at).is_(None))
                .order_by(col(MediationSession.starts_at))
            ).scalars()
        )
        judicial = next(
            (i for i in items if i.kind == DueKind.JUDICIAL_CONFIRMATION and not i.done and i.due_at > at),
            None,
        )
        running = any(str(i.kind).startswith("fast_track.") and not i.done for i in items)
        return OpenItems(tuple(unpaid), pending, sessions, judicial.due_on if judicial else None, running)


__all__ = ["OpenItems", "UnpaidInstalment", "open_items"]
