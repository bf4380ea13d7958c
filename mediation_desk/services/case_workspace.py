"""What a case's workspace reads in one go: the case detail, its due items and the limits in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.deadlines import DueItem
from ..domain.limits import Limits
from ..store.database import Database
from ..store.engine import read_session
from ..store.queries.case_detail import load_case_detail
from ..store.queries.case_rows import CaseDetail
from ..store.types import utcnow
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

    The caller opened the case through :func:`.case_access.case_access` (the read check).
    """
    with read_session(db.engine) as session:
        detail = load_case_detail(session=session, case_id=case_id)
        due = due_items_for_case(session, case_id, now or utcnow())
        return Workspace(detail, due, limits(session))
