"""The audit log for the auditor: filtered reading and chain verification (read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlmodel import col

from ..store import audit
from ..store.audit import mask_diff as mask_diff  # the workspace history shows diffs masked alike
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import AuditEvent, Case
from ..store.types import SHANGHAI
from . import policy
from .audit_view import AuditRow, auditor_row
from .base import Actor

MAX_ROWS = 2000


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. Dates are Beijing calendar days, inclusive."""

    username: str = ""
    case_id: int | None = None
    action: str = ""
    start: date | None = None
    end: date | None = None


def _edge(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHANGHAI)


def events(db: Database, actor: Actor, filt: AuditFilter, *, limit: int = MAX_ROWS) -> list[AuditRow]:
    """Newest first, at most ``limit`` events (the auditor narrows the filter for older ones).

    Each row names the action, the user, the workstation, the time and the case number; the case
    contents in its change are hidden (:mod:`.audit_view`).
    """
    policy.require(actor, policy.AUDIT_READ)
    stmt = select(AuditEvent, col(Case.number)).outerjoin(Case, col(Case.id) == col(AuditEvent.case_id))
    if filt.username.strip():
        stmt = stmt.where(col(AuditEvent.username) == filt.username.strip())
    if filt.case_id is not None:
        stmt = stmt.where(col(AuditEvent.case_id) == filt.case_id)
    if filt.action.strip():
        stmt = stmt.where(col(AuditEvent.action).startswith(filt.action.strip()))
    if filt.start is not None:
        stmt = stmt.where(col(AuditEvent.at) >= _edge(filt.start))
    if filt.end is not None:
        stmt = stmt.where(col(AuditEvent.at) < _edge(filt.end + timedelta(days=1)))
    with read_session(db.engine) as s:
        rows = s.execute(stmt.order_by(col(AuditEvent.id).desc()).limit(limit)).all()
        return [auditor_row(event, number) for event, number in rows]


def verify(db: Database, actor: Actor) -> audit.ChainReport:
    """Walk the whole chain; ``broken_id`` names the first altered event."""
    policy.require(actor, policy.AUDIT_READ)
    with read_session(db.engine) as s:
        return audit.verify_chain(s)
