"""What every service shares: the actor, the unit of work, the ``Changes`` value."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from ..domain.errors import ConflictError, NotFoundError
from ..store import audit
from ..store.database import Database
from ..store.engine import write_session
from ..store.models import AuditEvent, Case
from ..store.types import SHANGHAI, utcnow

T = TypeVar("T", bound=SQLModel)


@dataclass(frozen=True)
class Actor:
    """Who is acting: the signed-in user (or the system) at a workstation.

    ``role``: mediator, director, member, custodian, admin, auditor, system.
    """

    user_id: int | None
    username: str
    role: str
    workstation: str = field(default_factory=socket.gethostname)
    person_id: int | None = None
    organisation_id: int | None = None
    #: how the lists find the cases this person is on (see ``policy.on_case_condition``): True when
    #: they are on so many that walking a list's sort index is cheaper than sorting their cases;
    #: set at sign-in, not part of the actor's identity
    walk_lists: bool = field(default=False, compare=False)
    #: the same for a search of the case list (a search's matches are a fraction of every case:
    #: walking pays only for a person on many more cases; ``list_plans.with_list_plans``)
    walk_searches: bool = field(default=False, compare=False)
    #: the same for the list sorted by chief mediator, where a chief mediator's own cases lie in
    #: one block under their name: only their other cases count (``list_plans.with_list_plans``)
    walk_chief_order: bool = field(default=False, compare=False)


SYSTEM = Actor(user_id=None, username="system", role="system")


@dataclass(frozen=True)
class Changes:
    """What a service changed, so the UI can refresh exactly that (Anki's OpChanges)."""

    cases: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()  # "case", "people", "agreement", "payment", "settings"...

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.cases | other.cases, self.kinds | other.kinds)

    @property
    def empty(self) -> bool:
        return not self.cases and not self.kinds


@dataclass
class UnitOfWork:
    """One transaction: the session, the actor, the audit appender and the changes made."""

    session: Session
    actor: Actor
    now: datetime
    cases: set[int] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None = None,
        *,
        case_id: int | None = None,
        diff: dict[str, Any] | None = None,
    ) -> None:
        audit.append(
            self.session,
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            diff=diff,
            user_id=self.actor.user_id,
            username=self.actor.username,
            workstation=self.actor.workstation,
            at=self.now,
        )
        if case_id is not None:
            self.cases.add(case_id)
        self.kinds.add(entity)

    def get(self, model: type[T], ident: int | str | None, *, code: str = "record.not_found") -> T:
        obj = self.session.get(model, ident) if ident is not None else None
        if obj is None:
            raise NotFoundError(code, entity=model.__name__.lower(), id=ident)
        return obj

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self.cases), frozenset(self.kinds))


@contextmanager
def unit_of_work(db: Database, actor: Actor, *, now: datetime | None = None) -> Iterator[UnitOfWork]:
    """Run a service body in one write transaction; nothing is written if it raises."""
    try:
        with write_session(db.engine) as session:
            uow = UnitOfWork(session=session, actor=actor, now=now or utcnow())
            yield uow
            session.flush()
    except StaleDataError as exc:
        raise ConflictError("record.stale", by="", at="") from exc


def diff_of(obj: SQLModel, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Apply ``values`` to ``obj`` and return the field-level diff ``{field: [old, new]}``."""
    out: dict[str, list[Any]] = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            out[key] = [_plain(old), _plain(new)]
            setattr(obj, key, new)
    return out


def snapshot_of(obj: SQLModel, fields: list[str] | None = None) -> dict[str, Any]:
    """A created record as a diff ``{field: [None, value]}``."""
    data = obj.model_dump()
    keys = fields if fields is not None else [k for k in data if k not in ("id",)]
    return {k: [None, _plain(data[k])] for k in keys if data.get(k) not in (None, "", False)}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def check_version(uow: UnitOfWork, case: Case, expected_version: int | None) -> None:
    """Refuse a save based on stale data, naming who changed the case and when."""
    if expected_version is None or case.version == expected_version:
        return
    stmt = select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id.desc()).limit(1)  # type: ignore[union-attr]
    last = uow.session.execute(stmt).scalars().first()
    raise ConflictError(
        "case.changed",
        by=last.username if last else "",
        at=last.at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if last else "",
        version=case.version,
    )
