"""Versions of editable records: who changed one last, and the refusal of a stale save.

Every table a user edits carries a ``row_version`` (the case: ``version``) that SQLAlchemy checks
and bumps on each UPDATE (``version_id_col``), and ``changed_by``/``changed_at``, kept here on
every flush from the session's ``info`` (set by the services' unit of work). A save based on an
older version is refused with :class:`ConflictError` ``record.changed`` (a case: ``case.changed``)
naming who changed the record and when, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlmodel import Session, col

from ..domain.errors import ConflictError
from .database import Database
from .engine import read_session
from .models import AuditEvent, Case
from .models._cols import Edited
from .types import SHANGHAI, utcnow

#: the entity name of each editable table in messages and the audit log
KINDS = {
    "Agreement": "agreement",
    "Obligation": "obligation",
    "MediationSession": "session",
    "FollowUp": "follow_up",
    "JudicialConfirmation": "confirmation",
    "CaseParty": "party",
    "LinkedMatter": "matter",
    "Membership": "membership",
    "Person": "person",
    "Organisation": "organisation",
    "Setting": "settings",
    "Category": "category",
    "Case": "case",
}


def versioned(cls: type) -> bool:
    """Whether records of ``cls`` carry a version."""
    return cls is Case or issubclass(cls, Edited)


def version_of(record: Any) -> int:
    """The version of ``record`` (a case's ``version``, any other record's ``row_version``)."""
    return int(record.version if isinstance(record, Case) else record.row_version)


def _when(at: Any) -> str:
    return at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if at is not None else ""


def stale_error(session: Session, record: Any) -> ConflictError:
    """The refusal of a save based on an older version of ``record`` (as now stored)."""
    if isinstance(record, Case):
        stmt = (
            select(AuditEvent)
            .where(col(AuditEvent.case_id) == record.id)
            .order_by(col(AuditEvent.id).desc())
            .limit(1)
        )
        last = session.execute(stmt).scalars().first()
        if last is None:  # changed outside the app's services: nobody to name
            return ConflictError("record.stale", version=record.version)
        return ConflictError("case.changed", by=last.username, at=_when(last.at), version=record.version)
    if record.changed_at is None:
        return ConflictError("record.stale", version=record.row_version)
    return ConflictError(
        "record.changed",
        by=record.changed_by,
        at=_when(record.changed_at),
        version=record.row_version,
        record=KINDS.get(type(record).__name__, "record"),
    )


def check_version(session: Session, record: Any, expected: int | None) -> None:
    """Refuse a save based on stale data (``expected``: the version the user saw; None: no check).

    The caller holds the record (or its case) locked, so what is compared is what was committed.
    """
    if expected is not None and version_of(record) != expected:
        raise stale_error(session, record)


def stale_conflict(db: Database, seen: list[tuple[type, Any, int]]) -> ConflictError:
    """After a flush found a record changed under it: who changed which (read afresh)."""
    with read_session(db.engine) as session:
        for cls, ident, version in seen:
            record = session.get(cls, ident)
            if record is not None and version_of(record) != version:
                return stale_error(session, record)
    return ConflictError("record.stale")


def unique_violation(exc: Exception) -> bool:
    """Whether a database error is a unique key taken (by a record saved at the same moment)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "23505":  # PostgreSQL unique_violation
        return True
    return "UNIQUE constraint failed" in str(orig)  # SQLite


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    """Mark each new or changed editable record with who changed it and when."""
    by = str(session.info.get("actor", ""))[:50]
    at = session.info.get("now") or utcnow()
    for record in list(session.new) + list(session.dirty):
        if isinstance(record, Edited) and (record in session.new or session.is_modified(record)):
            record.changed_by = by
            record.changed_at = at


event.listen(Session, "before_flush", _stamp)
