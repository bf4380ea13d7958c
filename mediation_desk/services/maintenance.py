"""Backup, restore and storage health: what ``ui/`` calls for them (ui/ imports no store module).

Backing up and restoring from the File menu need a signed-in actor allowed to
(:data:`policy.BACKUP`, :data:`policy.RESTORE`): the checks are made here, whoever calls. The
start-up checks, the restore offered at start, the automatic and exit backups and the background
storage check run before anyone signs in or outside any user's action (the database may be
damaged, or not open yet): those take no actor and read no case data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError
from ..store import backup as bk
from ..store import backup_schedule, backup_state, health
from ..store.backup_verify import BackupInfo
from ..store.database import Database
from ..store.engine import is_sqlite, read_session, sqlite_path
from ..store.integrity import HealthReport
from ..store.restore import restore_backup
from . import policy
from .base import Actor
from .settings import get_value

Progress = Callable[[int, int], None]


# ---- from the File menu (a signed-in actor) ----------------------------------------------------
def scan_backups(actor: Actor) -> list[tuple[Path, BackupInfo | None, str]]:
    """Every backup file, newest first, with its verification (or why it failed)."""
    policy.require(actor, policy.BACKUP)
    out: list[tuple[Path, BackupInfo | None, str]] = []
    for _stamp, path in backup_schedule.list_backups():
        try:
            out.append((path, bk.verify_backup(path), ""))
        except StorageError as exc:
            out.append((path, None, str(exc.params.get("reason", exc.code))))
    return out


def back_up_now(db: Database, actor: Actor, db_path: Path, progress: Progress | None = None) -> BackupInfo:
    """A manual backup of ``db_path``, verified, then the old ones rotated."""
    policy.require(actor, policy.BACKUP)
    bk.ensure_installation_id(db.engine)
    info = bk.create_backup(db_path, kind="manual", progress=progress)
    backup_schedule.rotate()
    return info


def restore(actor: Actor, backup: Path, db_path: Path) -> Any:
    """Restore ``backup`` over ``db_path`` (the caller closed the database first)."""
    policy.require(actor, policy.RESTORE)
    return restore_backup(backup, db_path)


def automatic_paused() -> bool:
    """Automatic backups wait until restored data is confirmed."""
    return backup_state.automatic_paused()


# ---- before sign-in and in the background (no actor) -------------------------------------------
def startup_check(url: str) -> HealthReport:
    """The start-up storage check of ``url`` (damage moved aside, the newest verified backup named)."""
    return health.startup_check(url)


def quarantine_report(found: HealthReport, url: str) -> HealthReport:
    """Damage found while running: move the file of ``url`` aside, name the newest verified backup."""
    path = sqlite_path(url)
    assert path is not None
    return health.quarantine_report(found, path)


def backup_created_at(backup: Path) -> Any:
    """When the verified ``backup`` was made."""
    return bk.verify_backup(backup).created_at


def restore_at_start(backup: Path, url: str) -> Any:
    """Restore ``backup`` over the damaged database of ``url`` (offered at start, before sign-in)."""
    path = sqlite_path(url)
    assert path is not None
    return restore_backup(backup, path)


def confirm_restore() -> None:
    """The user confirmed the restored data: automatic backups resume."""
    backup_state.confirm_restore()


def db_file(db: Database) -> Path | None:
    """The SQLite file of ``db`` (None in server mode: backups are made on the server)."""
    return db.path if is_sqlite(db.url) else None


def automatic_backup(db: Database, path: Path, *, kind: str, max_age_hours: float) -> Any:
    """The automatic backup rule (hourly, daily, at exit) for the SQLite file ``path``."""
    return backup_schedule.automatic_backup(path, db.engine, kind=kind, max_age_hours=max_age_hours)


def setting(db: Database, key: str, default: Any) -> Any:
    """An installation setting read outside any case (e.g. the idle-lock minutes)."""
    with read_session(db.engine) as s:
        return get_value(s, key, default)


def quick_check(path: Path) -> HealthReport:
    """The background storage check of ``path``."""
    return health.quick_check(path)


def interrupted_report(reason: str) -> HealthReport:
    return HealthReport("interrupted", [reason])


def interrupt_checks() -> None:
    health.interrupt_checks()


def forget_known_good(path: Path) -> None:
    health.forget_known_good(path)


def refuse_writes(db: Database) -> None:
    health.refuse_writes(db.engine)


def record_known_good(path: Path) -> None:
    health.record_known_good(path)


__all__ = [
    "BackupInfo",
    "HealthReport",
    "automatic_backup",
    "automatic_paused",
    "back_up_now",
    "backup_created_at",
    "confirm_restore",
    "db_file",
    "forget_known_good",
    "interrupt_checks",
    "interrupted_report",
    "quarantine_report",
    "quick_check",
    "record_known_good",
    "refuse_writes",
    "restore",
    "restore_at_start",
    "scan_backups",
    "setting",
    "startup_check",
]
