"""When to back up and what to keep: the state file, the automatic rule, listing, rotation.

``state.json`` in the backup directory records the last verified backup (time and audit-chain
head, so "data changed since" is a string comparison) and the pause flag set by a restore.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import paths
from ..domain.clock import BEIJING
from ..domain.errors import StorageError
from .backup import PREFIX, STAMP, BackupInfo, Progress, create_backup, ensure_installation_id, verify_backup
from .backup_state import read_state
from .rotation import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, choose_keep


def current_audit_head(db_path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT hash FROM auditevent ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def backup_due(
    db_path: Path, *, now: datetime | None = None, dest_dir: Path | None = None, max_age_hours: float = 24.0
) -> bool:
    """Whether an automatic backup should run: data changed since the last one and it is old enough.

    ``max_age_hours=0`` gives the on-exit rule (any change since the last backup).
    """
    state = read_state(dest_dir)
    if state.get("paused"):
        return False
    last = state.get("last_backup")
    if not last:
        return True
    if last.get("audit_head") == current_audit_head(db_path):
        return False
    age = (now or datetime.now(UTC)) - datetime.fromisoformat(last["created_at"])
    return age.total_seconds() >= max_age_hours * 3600


# --- listing and rotation ---------------------------------------------------------------


def list_backups(dest_dir: Path | None = None) -> list[tuple[datetime, Path]]:
    """Backups in the directory by their names, newest first (not verified)."""
    out: list[tuple[datetime, Path]] = []
    for p in (dest_dir or paths.backup_dir()).glob(f"{PREFIX}*.zip"):
        try:
            stamp = datetime.strptime(p.stem.removeprefix(PREFIX), STAMP).replace(tzinfo=BEIJING)
        except ValueError:
            continue
        out.append((stamp, p))
    return sorted(out, reverse=True)


def newest_verified(dest_dir: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes :func:`verify_backup`, or None."""
    for _stamp, p in list_backups(dest_dir):
        try:
            return verify_backup(p)
        except StorageError:
            continue
    return None


def rotate(
    dest_dir: Path | None = None,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[Path]:
    """Delete the backups the rotation does not keep; returns the deleted paths."""
    found = list_backups(dest_dir)
    keep = choose_keep([s for s, _ in found], daily=daily, weekly=weekly, monthly=monthly)
    deleted = [p for s, p in found if s not in keep]
    for p in deleted:
        p.unlink(missing_ok=True)
    return deleted


def automatic_backup(
    db_path: Path,
    engine: Any = None,
    *,
    kind: str = "daily",
    now: datetime | None = None,
    max_age_hours: float = 24.0,
    progress: Progress | None = None,
) -> BackupInfo | None:
    """The automatic rule: back up (and rotate) if data changed and the last backup is old enough.

    Call with ``kind="exit", max_age_hours=0`` when the app closes and ``kind="daily"`` from a
    timer (e.g. hourly). Returns None when nothing was due (or backups are paused after a restore).
    """
    if not backup_due(db_path, now=now, max_age_hours=max_age_hours):
        return None
    if engine is not None:
        ensure_installation_id(engine)
    info = create_backup(db_path, kind=kind, now=now, progress=progress)
    rotate()
    return info
