"""The pick lists the screens fill their drop-downs from: dispute categories and mediators.

Neither carries case data, so every signed-in actor reads the same lists; the actor is still
taken, like every read below ``ui/``, so no screen reads the database without one.
"""

from __future__ import annotations

from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Category
from ..store.queries import case_list as q
from .base import Actor


def categories(db: Database, actor: Actor, *, active_only: bool = True) -> list[Category]:
    """Dispute categories in display order (only the active ones unless ``active_only`` is False)."""
    del actor  # the same for every reader
    with read_session(db.engine) as s:
        return q.categories(session=s, active_only=active_only)


def mediators(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Committee members who can be chief mediator: (person id, name), by name."""
    del actor  # the same for every reader
    with read_session(db.engine) as s:
        return q.mediators(session=s)


__all__ = ["Category", "categories", "mediators"]
