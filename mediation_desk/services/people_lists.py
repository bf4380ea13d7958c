"""What the People page lists, read under the reader's policy (no ``visible=`` from the caller).

Members with their open cases, parties with their cases and one party's cases: each counts and lists
only the cases the actor may see (``list_plans.list_condition``, the case list's own rule), so a
party who is on sealed or juvenile cases only never appears for someone who may not see them.
"""

from __future__ import annotations

from ..store.database import Database
from ..store.engine import read_session
from ..store.queries import people as q
from ..store.queries.people import MemberRow, PartyRow, PersonCase
from ..store.types import SHANGHAI, utcnow
from .base import Actor
from .list_plans import list_condition


def members(db: Database, actor: Actor) -> list[MemberRow]:
    """Committee members, each with the number of open cases the actor may see."""
    with read_session(db.engine) as s:
        return q.members(session=s, today=utcnow().astimezone(SHANGHAI).date(), visible=list_condition(actor))


def parties(db: Database, actor: Actor, text: str = "") -> list[PartyRow]:
    """Persons party to a case the actor may see, filtered by name, ID or phone prefix."""
    with read_session(db.engine) as s:
        return q.parties(session=s, text=text, visible=list_condition(actor))


def cases_of(db: Database, actor: Actor, person_id: int) -> list[PersonCase]:
    """The cases of ``person_id`` the actor may see, newest first."""
    with read_session(db.engine) as s:
        return q.cases_of_person(session=s, person_id=person_id, visible=list_condition(actor))


__all__ = ["MemberRow", "PartyRow", "PersonCase", "cases_of", "members", "parties"]
