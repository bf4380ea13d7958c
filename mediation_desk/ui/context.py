"""What every page and dialog is given: the database, the signed-in actor, the change bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..services.base import Actor, Changes
from ..store.database import Database
from .tasks import TaskRunner


class ChangeBus(QObject):
    """Broadcasts what a service changed; models refresh what they show (no polling).

    Signals:
        changed(object): a :class:`~mediation_desk.services.base.Changes` value.
        open_case(int): a request to open a case workspace.
    """

    changed = Signal(object)
    open_case = Signal(int)

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)


@dataclass
class AppContext:
    """The composition root's handles, passed down to every page."""

    db: Database
    actor: Actor
    organisation_id: int
    bus: ChangeBus = field(default_factory=ChangeBus)
    #: The background runner for database work (one worker at a time).
    tasks: TaskRunner = field(default_factory=TaskRunner)

    def visible(self, *, searching: bool = False, counting: bool = False) -> Any:
        """The SQL condition on ``Case`` for what the signed-in user may list (sealed cases hidden);
        ``searching``/``counting``: for a page of the case list with a search text, or its count
        (``policy.list_condition``)."""
        from ..services.policy import list_condition

        return list_condition(self.actor, searching=searching, counting=counting)
