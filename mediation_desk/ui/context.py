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
        open_case_at(int, str): open a case workspace on a tab (``sessions``, ``payments``, …;
            "" for the overview).
    """

    changed = Signal(object)
    open_case = Signal(int)
    open_case_at = Signal(int, str)

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

    def visible(self, *, counting: bool = False) -> Any:
        """The SQL condition on ``Case`` for what the signed-in user may list (sealed cases hidden);
        ``counting``: for the count of the case list (``list_plans.list_condition``)."""
        from ..services.list_plans import list_condition

        return list_condition(self.actor, counting=counting)

    def list_plan(self, *, searching: bool, order: str) -> Any:
        """How a page of the case list reads what the user may see: with a search text or not,
        sorted by ``order`` (``list_plans.list_plan``)."""
        from ..services.list_plans import list_plan

        return list_plan(self.actor, searching=searching, order=order)
