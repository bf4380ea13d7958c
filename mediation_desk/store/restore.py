"""Restore a verified backup over the SQLite database, safely.

Order of work: verify the backup completely on a staged copy in a scratch folder next to the
database (seal, names and sizes, hashes, ``integrity_check``, schema, installation); refuse a
backup of another installation; take a safety copy of the current database (even a damaged one,
byte for byte); only then put the restored file in place atomically (``os.replace``) and move
the verified attachments into place; pause automatic
backups until the user confirms the restored data (so a wrong restore cannot rotate the good
backups away). The database must be closed (engine disposed) while this runs.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import paths
from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from .backup import BackupInfo, _fsync_path, read_installation_id, verify_backup
from .backup_state import read_state, write_state
from .backup_zip import DB_MEMBER, safe_attachment_path
from .disk import disk_error
from .scratch import remove_stale, scratch, scratch_places

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
    seal_key_files: tuple[Path, ...] = (),
    trust_unverified: bool = False,
) -> RestoreResult:
    """Replace ``db_path`` (and the attachments) with the content of a verified backup.

    Everything is checked on a staged copy in a scratch folder next to the database before the
    live file is touched; a refused backup leaves the live database and attachments as they were.

    Args:
        backup_path: the backup zip chosen by the user.
        db_path: the SQLite file of this installation (closed).
        attachments: the attachments directory (default ``paths.attachments_dir()``).
        dest_dir: the backup directory holding the state file and the safety copy.
        allow_foreign: accept a backup of another installation's data (moving to a new PC whose
            fresh database has its own id); the user must have said so explicitly.
        seal_key_files: the seal key of the installation that made the backup (its
            ``keys/backup-seal.key``), when it is not this one.
        trust_unverified: accept a backup whose seal cannot be checked here (see
            :func:`.backup.verify_backup`); an administrator's explicit choice.

    Raises:
        StorageError: ``backup.damaged`` / ``backup.missing`` / ``backup.foreign_seal`` /
            ``backup.unkeyed`` / ``backup.foreign`` (nothing changed), ``backup.disk`` (nothing
            changed when raised before the swap), ``db.read_only``.
    """
    dest_dir = dest_dir or paths.backup_dir()
    att_root = attachments if attachments is not None else paths.attachments_dir()
    remove_stale(scratch_places(db_path))
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with scratch(db_path.parent, "restore") as stage:
            info = verify_backup(
                backup_path, staging=stage, seal_key_files=seal_key_files, trust_unverified=trust_unverified
            )
            mine = read_installation_id(db_path) if db_path.exists() else None
            theirs = info.installation_id
            if mine is not None and theirs != mine and not allow_foreign:
                raise StorageError(
                    "backup.foreign", path=str(backup_path), installation=theirs or "", ours=mine
                )
            staged = stage / DB_MEMBER
            _fsync_path(staged)
            kept = safety_copy(db_path, dest_dir)
            for suffix in SIDE_FILES:
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            os.replace(staged, db_path)
            _fsync_path(db_path.parent)
            for att in info.manifest.get("attachments", []):
                rel = safe_attachment_path(str(att["path"]))
                _place(stage / "attachments" / rel, att_root / rel)
    except OSError as exc:
        raise disk_error("backup.disk", db_path, exc) from exc
    from .anchors import Anchor, record_anchor
    from .audit import GENESIS

    head = Anchor(int(info.manifest.get("audit_seq") or 0), str(info.manifest.get("audit_head") or GENESIS))
    record_anchor(f"sqlite:///{db_path}", head, f"restore {backup_path.name}")
    state = read_state(dest_dir)
    state.update(paused=True, restored_from=str(backup_path), restored_at=datetime.now(UTC).isoformat())
    write_state(state, dest_dir)
    return RestoreResult(info, kept)


def _place(src: Path, target: Path) -> None:
    """Move a verified file into place atomically (copy first when it is on another filesystem)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(src, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        tmp = target.with_name(f".{target.name}.md-restoring")
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)


__all__ = ["RestoreResult", "restore_backup", "safety_copy"]
