"""What a case's workspace reads in one go: the case detail, its due items and the limits in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from ..domain.deadlines import DueItem
from ..domain.errors import NotFoundError
from ..domain.limits import Limits
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, CaseParty, Person
from ..store.queries.case_detail import load_case_detail
from ..store.queries.case_rows import (
    AgreementRow,
    AttachmentRow,
    AuditRow,
    CaseDetail,
    FollowUpRow,
    MemberRow,
    ObligationRow,
    PartyRow,
    PaymentRow,
    SessionRow,
    StatusRow,
)
from ..store.types import utcnow
from . import policy
from .base import Actor
from .deadlines import due_items_for_case
from .settings import limits


@dataclass(frozen=True)
class Workspace:
    """The case as its workspace shows it (read together, in one session)."""

    detail: CaseDetail
    due: list[DueItem]
    limits: Limits


def load_workspace(db: Database, actor: Actor, case_id: int, *, now: datetime | None = None) -> Workspace:
    """The detail, every due item (:func:`.deadlines.due_items_for_case`) and the limits of a case.

    The caller opened the case through :func:`.case_access.case_access`; the read check is made
    here again, so no caller reads a case its actor may not see.

    Raises:
        PermissionDenied: the actor may not read the case (``policy.CASE_READ``).
        NotFoundError: no such case.
    """
    with read_session(db.engine) as session:
        case = session.get(Case, case_id)
        if case is not None:
            policy.require(actor, policy.CASE_READ, case=case, session=session)
        detail = load_case_detail(session=session, case_id=case_id)
        due = due_items_for_case(session, case_id, now or utcnow())
        return Workspace(detail, due, limits(session))


def party_occupation(db: Database, actor: Actor, case_id: int, person_id: int) -> str:
    """The occupation of ``person_id`` as a party of case ``case_id`` (for the contact editor).

    Raises:
        PermissionDenied: the actor may not read the case.
        NotFoundError: ``record.not_found`` (no such case).
    """
    with read_session(db.engine) as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError("record.not_found", entity="case", id=case_id)
        policy.require(actor, policy.CASE_READ, case=case, session=session)
        stmt = select(col(Person.occupation)).join(CaseParty, col(CaseParty.person_id) == col(Person.id))
        stmt = stmt.where(col(CaseParty.case_id) == case_id, col(Person.id) == person_id)
        return str(session.execute(stmt.limit(1)).scalar() or "")


__all__ = [
    "AgreementRow",
    "AttachmentRow",
    "AuditRow",
    "CaseDetail",
    "FollowUpRow",
    "MemberRow",
    "ObligationRow",
    "PartyRow",
    "PaymentRow",
    "SessionRow",
    "StatusRow",
    "Workspace",
    "load_workspace",
    "party_occupation",
]
