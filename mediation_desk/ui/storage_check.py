"""The storage check after the window shows: ``PRAGMA quick_check`` in a thread of its own.

Not the task runner: the check reads the whole file (seconds on a large database) and must not
hold the one database worker. It uses its own read-only connection (sqlite3 releases the GIL
while stepping, so the window stays responsive); the result comes back on the main thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..services import maintenance

log = logging.getLogger(__name__)


class StorageCheck(QObject):
    """Runs :func:`mediation_desk.store.health.quick_check` on ``path`` once.

    Signals:
        finished(object): the :class:`~mediation_desk.store.maintenance.HealthReport`, on the main thread.
    """

    finished = Signal(object)
    _result = Signal(object)  # emitted from the thread, queued to the main thread

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.report: maintenance.HealthReport | None = None
        self._thread: threading.Thread | None = None
        self._result.connect(self._deliver)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="storage-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:  # the check's thread
        try:
            report = maintenance.quick_check(self.path)
        except Exception as exc:  # a bug in the check must not look like damage
            log.exception("background storage check failed")
            report = maintenance.interrupted_report(str(exc))
        self._result.emit(report)

    def _deliver(self, report: object) -> None:
        assert isinstance(report, maintenance.HealthReport)
        self.report = report
        log.info("background storage check of %s: %s %s", self.path, report.status, report.problems[:3])
        self.finished.emit(report)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        """Interrupt a running check (at exit) and wait for its thread."""
        if self._thread is not None and self._thread.is_alive():
            maintenance.interrupt_checks()
            self._thread.join(timeout)


@dataclass
class StorageState:
    """What this session knows of the SQLite file (see :mod:`mediation_desk.store.health`).

    ``verified``: the whole file was checked this session (at start, in the background, or it
    is new / freshly restored), so a clean exit may record it as known good. ``damage``: the
    background check's report when it found damage (the app then closes the database).
    """

    verified: bool = False
    damage: Any = None
    check: Any = None


#: This session's knowledge (reset by :func:`mediation_desk.ui.startup.check_storage`).
state = StorageState()


def reset() -> StorageState:
    """A new session's state (before its start-up check)."""
    global state
    if state.check is not None:
        state.check.stop()
    state = StorageState()
    return state


def _db_file(db: Any) -> Path | None:
    return db.path if db.is_sqlite else None


def watch_storage(ctx: Any) -> Any:
    """After the window shows: ``quick_check`` in the background unless the start read the whole file.

    Damage found → no more writes, the app quits its event loop and ``startup.check_storage`` with
    ``found`` offers the restore (the composition root does that after ``exec``).
    """
    path = _db_file(ctx.db)
    if path is None or state.verified or (state.check is not None and state.check.running):
        return None  # server mode, already read whole, or still reading (signed in again)
    check = StorageCheck(path, QCoreApplication.instance())
    check.finished.connect(lambda report: storage_checked(ctx, report))
    state.check = check
    check.start()
    return check


def storage_checked(ctx: Any, report: Any) -> None:
    """The background check's result: remember a pass; on damage refuse writes and quit."""
    if report.status == "ok":
        state.verified = True
        return
    if report.status != "corrupt" or state.damage is not None:
        return  # interrupted (the app is closing)
    path = _db_file(ctx.db)
    log.error("background storage check found damage in %s: %s", path, report.problems[:5])
    state.damage = report
    if path is not None:
        maintenance.forget_known_good(path)
    maintenance.refuse_writes(ctx.db)
    QTimer.singleShot(0, _quit)


def _quit() -> None:
    # exit(), not quit(): quit() first closes the windows, and a case tab with unsaved edits
    # could refuse and keep the app running on a damaged database.
    QCoreApplication.exit(0)


def record_clean_exit(db: Any) -> None:
    """After the last connection closed (final checkpoint): remember the file as known good.

    Only when this session's check read the whole file and found nothing; otherwise the record
    stays stale and the next start checks the whole file.
    """
    if state.check is not None:
        state.check.stop()
    path = _db_file(db)
    if path is not None and state.verified and state.damage is None and path.exists():
        maintenance.record_known_good(path)


__all__ = ["StorageCheck", "StorageState", "record_clean_exit", "reset", "storage_checked", "watch_storage"]
