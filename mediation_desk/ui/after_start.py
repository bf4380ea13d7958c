"""What the app does once its window is on screen: the start's background work, ``gc.freeze``.

Started after the window's first paint so that none of it competes with showing the window
(issue 8): the overdue notice, the background storage check (:mod:`.storage_check`) and
:func:`freeze_after_start`.
"""

from __future__ import annotations

from typing import Any


def background_work(ctx: Any, window: Any) -> None:
    """The start's background work, once the window is painted (it must not compete with that).

    The overdue notice (roles that see case lines), the storage check unless the start read the
    whole file, and :func:`freeze_after_start`.
    """
    from ..services import policy
    from . import storage_check

    if policy.can(ctx.actor, policy.STATISTICS):
        from .overdue_notice import notify_overdue

        notify_overdue(window)  # list what is overdue (non-modal), dashboard focused
    storage_check.watch_storage(ctx)
    warm_up_workspace()
    freeze_after_start()


#: what the first case opened needs (~0.3 s of imports), loaded while the user looks at the list
WORKSPACE_MODULES = (
    "mediation_desk.ui.workspace",
    "mediation_desk.ui.workspace.overview",
    "mediation_desk.ui.dialogs.sealed",
)


def warm_up_workspace(delay_ms: int = 500) -> None:
    """Import the case workspace's modules shortly after start (before :func:`freeze_after_start`),
    so the first case opens as fast as the later ones instead of paying the imports then."""
    import importlib

    from PySide6.QtCore import QTimer

    QTimer.singleShot(delay_ms, lambda: [importlib.import_module(m) for m in WORKSPACE_MODULES])


def after_first_paint(widget: Any, fn: Any, *, latest_ms: int = 5000) -> Any:
    """Call ``fn`` once (from the event loop) after ``widget``'s first paint, or after
    ``latest_ms`` if it is not painted by then (e.g. started minimised); returns the filter."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        fired = False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                widget.removeEventFilter(self)
                fn()

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint and not self.fired:
                QTimer.singleShot(0, self.fire)
            return False

    first = FirstPaint(widget)
    widget.installEventFilter(first)
    QTimer.singleShot(latest_ms, first.fire)
    return first


def freeze_after_start(delay_ms: int = 1000) -> None:
    """Once the window is painted: move everything alive into the GC's permanent generation.

    Start-up leaves hundreds of thousands of long-lived objects (ORM mappers, Qt wrappers,
    modules); every full collection scanned them all, which made some case-list fetches pause
    75–115 ms at 100,000 cases. ``gc.freeze`` takes them out of the collector's scans.
    """
    import gc
    import linecache

    from PySide6.QtCore import QTimer

    def freeze() -> None:
        # PySide6's import hook read the source of every module imported after Qt into
        # linecache (inspect.getsource); nothing needs it kept (a traceback reads it again).
        linecache.clearcache()
        gc.collect()
        gc.freeze()

    QTimer.singleShot(delay_ms, freeze)


__all__ = ["after_first_paint", "background_work", "freeze_after_start", "warm_up_workspace"]
