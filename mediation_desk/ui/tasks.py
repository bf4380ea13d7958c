"""One runner for long work off the UI thread (Picard ``run_task``, Anki ``CollectionOp``).

A task is a plain callable that never touches widgets. Its result or exception is
delivered to callbacks on the main thread. Database tasks run one at a time on a
dedicated single-thread pool, so two writes never race inside the app.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def alive(callback: Callable[..., Any] | None) -> bool:
    """False when ``callback`` is a method of a Qt object that was deleted meanwhile.

    A page or workspace tab may be closed while its task runs; its result is then dropped
    instead of touching a deleted widget.
    """
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        import shiboken6

        return bool(shiboken6.isValid(owner))
    return True


class TaskCancelled(Exception):
    """Raised inside a task by its progress callback once the user cancelled it."""


class _Relay(QObject):
    """Lives on the main thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class TaskHandle:
    """What :meth:`TaskRunner.run` returns: cancel it, ask whether it finished."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], relay: _Relay, handle: TaskHandle, with_progress: bool
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._handle = handle
        self._with_progress = with_progress

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._handle.cancelled:
            raise TaskCancelled
        self._relay.progressed.emit(int(done), int(total), str(text))

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(progress=self._progress) if self._with_progress else self._fn()
        except BaseException as exc:  # delivered to the main thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs callables on a background thread and calls back on the main thread.

    Args:
        parent: Owner of the runner (usually the application or main window).
        on_unhandled_error: Called with the exception when a task fails and the
            caller gave no ``on_error`` (the app shows the error dialog).
    """

    def __init__(
        self, parent: QObject | None = None, on_unhandled_error: Callable[[BaseException], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)  # one database worker at a time
        self._pending: set[_Relay] = set()
        self.on_unhandled_error = on_unhandled_error

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle:
        """Run ``fn`` in the background.

        Args:
            fn: The work. When ``progress`` is given it is called as
                ``fn(progress=report)`` where ``report(done, total, text="")``
                raises :class:`TaskCancelled` after :meth:`TaskHandle.cancel`.
            on_success: Called on the main thread with the return value.
            on_error: Called on the main thread with the exception.
            progress: Called on the main thread with ``(done, total, text)``.

        Returns:
            A handle to cancel the task.
        """
        handle = TaskHandle()
        relay = _Relay()
        self._pending.add(relay)

        def finish() -> None:
            handle.done = True
            self._pending.discard(relay)
            relay.deleteLater()

        def ok(result: object) -> None:
            finish()
            if on_success is not None and alive(on_success):
                on_success(result)

        def fail(exc: object) -> None:
            finish()
            assert isinstance(exc, BaseException)
            if isinstance(exc, TaskCancelled):
                log.info("task cancelled")
                return
            if on_error is not None:
                if alive(on_error):
                    on_error(exc)
            elif self.on_unhandled_error is not None:
                self.on_unhandled_error(exc)
            else:
                log.error("task failed", exc_info=exc)

        relay.succeeded.connect(ok)
        relay.failed.connect(fail)
        if progress is not None:
            relay.progressed.connect(progress)
        self._db_pool.start(_Job(fn, relay, handle, progress is not None))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (shutdown and tests); callbacks still need the event loop."""
        return self._db_pool.waitForDone(msecs)
