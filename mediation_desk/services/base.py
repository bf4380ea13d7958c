"""What every service shares: the actor, the unit of work, the ``Changes`` value."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from ..domain.errors import ConflictError, NotFoundError
from ..store import audit
from ..store.database import Database as Database  # the handle ui/ passes to every service call
from ..store.engine import write_session
from ..store.models import AuditEvent, Case
from ..store.types import utcnow
from ..store.versions import check_version as check_record_version
from ..store.versions import stale_conflict, unique_violation, version_of, versioned

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
    #: audit events of this transaction, linked into the chain just before commit
    events: list[AuditEvent] = field(default_factory=list)
    #: the cases whose row this transaction holds locked (``get``)
    locked: set[int] = field(default_factory=set)

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None = None,
        *,
        case_id: int | None = None,
        diff: dict[str, Any] | None = None,
    ) -> None:
        self.events.append(
            audit.new_event(
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
        )
        if case_id is not None:
            self.cases.add(case_id)
        self.kinds.add(entity)

    def get(self, model: type[T], ident: int | str | None, *, code: str = "record.not_found") -> T:
        """The record ``ident`` of ``model``; a case is locked for the rest of the transaction.

        Every write about a case reads its case through here, so two workstations writing about
        one case queue on the case's row (``SELECT … FOR UPDATE``; SQLite: one writer at a time)
        and each read-check-write rule of the case (paid ≤ owed, one agreement, the session limit,
        the chief mediator, the version) is checked on what the other one committed. What the
        transaction read before taking the lock is read again.
        """
        if ident is None:
            raise NotFoundError(code, entity=model.__name__.lower(), id=ident)
        if model is Case and ident not in self.locked:
            self.session.flush()
            self.session.expire_all()
            obj = self.session.get(model, ident, with_for_update=True, populate_existing=True)
            if obj is not None:
                self.locked.add(int(ident))
        else:
            obj = self.session.get(model, ident)
        if obj is None:
            raise NotFoundError(code, entity=model.__name__.lower(), id=ident)
        return obj

    def lock(self, model: type[T], ident: int | str | None, *, code: str = "record.not_found") -> T:
        """The record ``ident`` read again under a row lock held until commit (PostgreSQL)."""
        obj = (
            self.session.get(model, ident, with_for_update=True, populate_existing=True)
            if ident is not None
            else None
        )
        if obj is None:
            raise NotFoundError(code, entity=model.__name__.lower(), id=ident)
        return obj

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self.cases), frozenset(self.kinds))


@contextmanager
def unit_of_work(db: Database, actor: Actor, *, now: datetime | None = None) -> Iterator[UnitOfWork]:
    """Run a service body in one write transaction; nothing is written if it raises."""
    seen: list[tuple[type, Any, int]] = []
    try:
        with write_session(db.engine) as session:
            uow = UnitOfWork(session=session, actor=actor, now=now or utcnow())
            session.info["actor"] = actor.username
            session.info["now"] = uow.now
            try:
                yield uow
                session.flush()
            except StaleDataError:
                seen = [
                    (type(o), o.id, version_of(o))
                    for o in list(session.dirty) + list(session.deleted)
                    if versioned(type(o))
                ]
                raise
            audit.link_and_add(session, uow.events)  # the chain's lock: from here to commit
    except StaleDataError as exc:
        raise stale_conflict(db, seen) from exc
    except IntegrityError as exc:
        if not unique_violation(exc):
            raise  # a bug: the crash dialog and the log
        # a record another workstation saved at the same moment (a key or a number taken)
        raise ConflictError("record.duplicate") from exc


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
    """Refuse a save based on stale data, naming who changed the case and when.

    ``case`` comes from ``uow.get``, which holds its row locked: the version compared is the one
    committed, on PostgreSQL too (``store.versions.check_version``).
    """
    check_record_version(uow.session, case, expected_version)
