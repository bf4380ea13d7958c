"""What every page and dialog is given: the database, the signed-in actor, the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ..services.base import Actor, Changes, Database
from .tasks import TaskHandle, TaskRunner, alive

T = TypeVar("T")
#: A service call as the helpers run it: ``fn(db, actor)``.
ServiceCall = Callable[[Database, Actor], T]


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

    def read(
        self,
        fn: ServiceCall[T],
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Run the service read ``fn(db, actor)`` on the database worker, off the UI thread.

        The service opens its own session and applies the actor's policy; ``on_success`` gets the
        result on the UI thread (dropped when its widget was deleted meanwhile), ``on_error`` a
        failure (default: the runner's error dialog).
        """
        db, actor = self.db, self.actor
        return self.tasks.run(lambda: fn(db, actor), on_success=on_success, on_error=on_error)

    def write(
        self,
        fn: ServiceCall[T],
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Run the service write ``fn(db, actor)`` on the database worker, then publish its changes.

        ``fn`` returns a :class:`~mediation_desk.services.base.Changes`, or a result carrying one in
        ``.changes``; the change bus broadcasts it on the UI thread before ``on_success`` runs.
        """
        db, actor = self.db, self.actor

        def done(result: T) -> None:
            changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
            if isinstance(changes, Changes):
                self.bus.publish(changes)
            if on_success is not None and alive(on_success):
                on_success(result)

        return self.tasks.run(lambda: fn(db, actor), on_success=done, on_error=on_error)
