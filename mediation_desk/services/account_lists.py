"""What the user-accounts screen reads: the accounts and the committee members an account may link to.

Only those who manage accounts (:data:`policy.USERS`, the administrator) read them: the checks are
made here, whoever calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Person, User
from . import policy
from .base import Actor


@dataclass(frozen=True)
class UserRow:
    """An account as the list shows it (no password hash)."""

    id: int
    username: str
    display_name: str
    role: str
    locked_until: datetime | None


def users(db: Database, actor: Actor) -> list[UserRow]:
    """Every account by user name.

    Raises:
        PermissionDenied: ``perm.role`` (the actor does not manage accounts).
    """
    policy.require(actor, policy.USERS)
    with read_session(db.engine) as s:
        found = s.execute(select(User).order_by(col(User.username))).scalars()
        return [UserRow(int(u.id or 0), u.username, u.display_name, u.role, u.locked_until) for u in found]


def linkable_members(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Committee members a new account may be linked to: (person id, name), by name.

    Raises:
        PermissionDenied: ``perm.role`` (the actor does not manage accounts).
    """
    policy.require(actor, policy.USERS)
    with read_session(db.engine) as s:
        stmt = select(col(Person.id), col(Person.name)).where(col(Person.member_role).is_not(None))
        return [(int(pid), str(name)) for pid, name in s.execute(stmt.order_by(col(Person.name))).all()]


__all__ = ["UserRow", "linkable_members", "users"]
