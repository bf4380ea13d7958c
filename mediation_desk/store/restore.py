"""Restore a verified backup over the SQLite database, safely.

Order of work: verify the backup completely (hashes, ``integrity_check``); refuse a backup of
another installation; take a safety copy of the current database (even a damaged one, byte
for byte); put the restored file in place atomically; restore the attachments; pause automatic
backups until the user confirms the restored data (so a wrong restore cannot rotate the good
backups away). The database must be closed (engine disposed) while this runs.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import paths
from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from .backup import BackupInfo, _fsync_path, read_installation_id, verify_backup
from .backup_state import read_state, write_state

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup used and where the previous database was kept."""

    backup: BackupInfo
    safety_copy: Path | None


def safety_copy(
    db_path: Path, dest_dir: Path, *, label: str = "before-restore", now: datetime | None = None
) -> Path | None:
    """Copy the current database aside (online API; raw bytes if the file is damaged)."""
    if not db_path.exists():
        return None
    stamp = file_stamp(now, micro=True)  # Beijing time
    target = dest_dir / f"{label}-{stamp}.sqlite3"
    dest_dir.mkdir(parents=True, exist_ok=True)
    try:
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error:
        target.unlink(missing_ok=True)
        shutil.copyfile(db_path, target)
        for suffix in SIDE_FILES:
            side = Path(str(db_path) + suffix)
            if side.exists():
                shutil.copyfile(side, Path(str(target) + suffix))
    return target


def restore_backup(
    backup_path: Path,
    db_path: Path,
    *,
    attachments: Path | None = None,
    dest_dir: Path | None = None,
    allow_foreign: bool = False,
) -> RestoreResult:
    """Replace ``db_path`` (and the attachments) with the content of a verified backup.

    Args:
        backup_path: the backup zip chosen by the user.
        db_path: the SQLite file of this installation (closed).
        attachments: the attachments directory (default ``paths.attachments_dir()``).
        dest_dir: the backup directory holding the state file and the safety copy.
        allow_foreign: accept a backup of another installation (moving to a new PC whose
            fresh database has its own id); the user must have said so explicitly.

    Raises:
        StorageError: ``backup.damaged`` / ``backup.missing`` (nothing changed), ``backup.foreign``
            (another installation's data; nothing changed), ``backup.disk``.
    """
    dest_dir = dest_dir or paths.backup_dir()
    att_root = attachments if attachments is not None else paths.attachments_dir()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        info = verify_backup(backup_path, extract_to=staged)
        mine = read_installation_id(db_path) if db_path.exists() else None
        theirs = info.installation_id
        if mine is not None and theirs != mine and not allow_foreign:
            raise StorageError("backup.foreign", path=str(backup_path), installation=theirs or "", ours=mine)
        kept = safety_copy(db_path, dest_dir)
        _fsync_path(staged)
        for suffix in SIDE_FILES:
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
        _fsync_path(db_path.parent)
        with zipfile.ZipFile(backup_path) as zf:
            for att in info.manifest.get("attachments", []):
                target = att_root / att["path"]
                if att_root.resolve() not in target.resolve().parents:
                    raise StorageError("backup.damaged", path=str(backup_path), reason="attachment_path")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read("attachments/" + att["path"]))
    except OSError as exc:
        raise StorageError("backup.disk", path=str(db_path), detail=exc.strerror or str(exc)) from exc
    finally:
        staged.unlink(missing_ok=True)
    state = read_state(dest_dir)
    state.update(paused=True, restored_from=str(backup_path), restored_at=datetime.now(UTC).isoformat())
    write_state(state, dest_dir)
    return RestoreResult(info, kept)


__all__ = ["RestoreResult", "restore_backup", "safety_copy"]
