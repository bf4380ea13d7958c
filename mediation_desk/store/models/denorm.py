"""Keep ``case.chief_mediator_name`` equal to the chief mediator's name on every ORM write.

The case list sorts by the chief mediator's name; a joined name cannot be served by an index
of ``case`` (230–340 ms a page on 100,000 cases), so ``case`` carries a copy (migration 0009).
A ``before_flush`` hook keeps the copy right for every service at once: a case whose
``chief_mediator_id`` is set or changed (register, update, committee assign/release, ledger
import, test fixtures) gets the person's name, and a renamed person (directory, party details)
renames the copy on all of their cases. Writers that bypass the ORM (the demo generator's
bulk rows) fill the column themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from .people import Person

if TYPE_CHECKING:  # pragma: no cover - the class is handed in by models/cases.py (no import cycle)
    from .cases import Case


def _name_of(session: Session, person_id: int | None) -> str | None:
    if person_id is None:
        return None
    for obj in session.identity_map.values():  # a person renamed in this flush: the new name
        if isinstance(obj, Person) and obj.id == person_id:
            return obj.name
    with session.no_autoflush:
        name = session.execute(select(Person.name).where(Person.id == person_id)).scalar()  # type: ignore[call-overload]
    return None if name is None else str(name)


def keep_chief_mediator_name(case_table: type[Case]) -> None:
    """Register the ``before_flush`` hook for ``case_table`` (called once, by ``models/cases.py``)."""

    def sync(session: Session, _context: Any, _instances: Any) -> None:
        _sync_chief_mediator_name(case_table, session)

    event.listen(Session, "before_flush", sync)


def _sync_chief_mediator_name(Case: type[Case], session: Session) -> None:  # noqa: N803 - the table class
    renamed: list[Person] = []
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Case):
            changed = obj in session.new or inspect(obj).attrs.chief_mediator_id.history.has_changes()
            if changed:
                obj.chief_mediator_name = _name_of(session, obj.chief_mediator_id)
        elif isinstance(obj, Person) and obj not in session.new:
            if inspect(obj).attrs.name.history.has_changes():
                renamed.append(obj)
    for person in renamed:
        table = Case.__table__  # type: ignore[attr-defined]
        stmt = update(table).where(table.c.chief_mediator_id == person.id)
        session.connection().execute(stmt.values(chief_mediator_name=person.name))
        for obj in session.identity_map.values():  # loaded cases show the new name without a reload
            if isinstance(obj, Case) and obj.chief_mediator_id == person.id:
                set_committed_value(obj, "chief_mediator_name", person.name)
