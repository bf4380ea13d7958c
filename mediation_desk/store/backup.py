"""Backups of a SQLite installation: online copy, verification, rotation, restore.

A backup is one zip file ``mediation-desk-YYYYmmdd-HHMMSS-ffffff.zip`` (Beijing time) in
``paths.backup_dir()`` holding ``database.sqlite3`` (a consistent copy taken through SQLite's
online backup API), ``attachments/…`` (signed PDFs, scans) and ``manifest.json`` (SHA-256 and size
of every member, the installation id, schema revision and the audit chain's head — its sequence
and hash, an anchor ``check`` compares the chain with). The zip comment (the file's last bytes)
is a keyed seal: HMAC-SHA256 of everything before it with a key this installation keeps outside
the database (:mod:`.backup_seal`), so nobody without the key can re-seal a doctored backup.
A backup counts only after it has been verified: it is written in a scratch folder
(:mod:`.scratch`), re-read and checked like any other file, then renamed into place.

Verification (:func:`.backup_verify.verify_backup`) treats the file as hostile: seal first, then names and
declared sizes before inflating, capped streams, hashes, ``integrity_check``, the schema and the
installation id (:mod:`.backup_zip`, :mod:`.schema_check`). Restore (:mod:`.restore`) verifies
on a staged copy, takes a safety copy, and only then swaps the file in. Server installations
(PostgreSQL) are backed up on the server with ``pg_dump`` (docs/server-mode.md).
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__, paths
from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from .anchors import Anchor, record_anchor
from .audit import GENESIS
from .backup_seal import SEAL_LEN, load_or_create_seal_key, write_seal
from .backup_state import record_backup
from .backup_verify import (
    INSTALLATION_KEY,
    BackupInfo,
    read_installation_id,
    sha256_file,
    sqlite_facts,
    verify_backup,
)
from .backup_zip import DB_MEMBER, MANIFEST
from .disk import classify_db_error, disk_error
from .scratch import remove_stale, scratch

FORMAT = 1
PREFIX = "mediation-desk-"
STAMP = "%Y%m%d-%H%M%S-%f"  # in Beijing time (names before 0.1.1: UTC, read 8 h early — order kept)
Progress = Callable[[int, int], None]  # (done, total) pages or files


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_installation_id(engine: Any) -> str:
    """Read, or create once (with an audit event), the id that marks this installation's data."""
    from . import audit
    from .engine import write_session
    from .models import Setting

    with write_session(engine) as session:
        row = session.get(Setting, INSTALLATION_KEY)
        if row is not None:
            return str(json.loads(row.value))
        value = uuid.uuid4().hex
        session.add(Setting(key=INSTALLATION_KEY, value=json.dumps(value)))
        audit.append(
            session,
            action="settings.update",
            entity="settings",
            username="system",
            diff={INSTALLATION_KEY: [None, value]},
        )
        return value


def _attachment_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file())


def create_backup(
    db_path: Path,
    *,
    dest_dir: Path | None = None,
    attachments: Path | None = None,
    kind: str = "manual",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy the live database and attachments into a verified backup zip.

    Args:
        db_path: the SQLite file in use (other connections may keep writing meanwhile).
        dest_dir: the backup directory (default ``paths.backup_dir()``).
        attachments: the attachments directory (default ``paths.attachments_dir()``).
        kind: ``manual``, ``exit`` or ``daily`` (recorded in the manifest).
        now: the backup time (tests simulate days).
        progress: called with (pages done, pages total) during the copy.

    Raises:
        StorageError: ``backup.source_missing``, ``backup.source_damaged``, ``backup.verify_failed``,
            ``backup.disk`` (no space / not writable).
    """
    if not db_path.is_file():
        raise StorageError("backup.source_missing", path=str(db_path))
    dest_dir = dest_dir or paths.backup_dir()
    att_root = attachments if attachments is not None else paths.attachments_dir()
    created = (now or datetime.now(UTC)).astimezone(UTC)
    final = dest_dir / f"{PREFIX}{file_stamp(created, micro=True)}.zip"  # Beijing time
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        remove_stale([dest_dir])  # scratch folders of a killed backup
        key = load_or_create_seal_key()
        with scratch(dest_dir, "backup") as tmp:
            copy = tmp / DB_MEMBER
            src = sqlite3.connect(db_path)
            dst = sqlite3.connect(copy)
            try:
                src.backup(
                    dst,
                    pages=256,
                    progress=(lambda _s, rem, tot: progress(tot - rem, tot)) if progress else None,
                )
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
                src.close()
            facts = sqlite_facts(copy)
            if facts.get("integrity") != "ok":
                raise StorageError("backup.source_damaged", detail=str(facts.get("integrity")))
            files = _attachment_files(att_root)
            manifest = {
                "format": FORMAT,
                "app_version": __version__,
                "kind": kind,
                "created_at": created.isoformat(),
                "installation_id": read_installation_id(copy),
                **facts,
                "database": {"name": DB_MEMBER, "sha256": sha256_file(copy), "size": copy.stat().st_size},
                "attachments": [
                    {
                        "path": p.relative_to(att_root).as_posix(),
                        "sha256": sha256_file(p),
                        "size": p.stat().st_size,
                    }
                    for p in files
                ],
            }
            partial = tmp / "backup.zip"
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.write(copy, DB_MEMBER)
                for p in files:
                    zf.write(p, "attachments/" + p.relative_to(att_root).as_posix())
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
                zf.comment = b"0" * SEAL_LEN
            write_seal(partial, key)
            _fsync_path(partial)
            info = verify_backup(partial)  # only a verified backup counts
            os.replace(partial, final)
            _fsync_path(dest_dir)
    except OSError as exc:
        raise disk_error("backup.disk", dest_dir, exc) from exc
    except sqlite3.OperationalError as exc:  # the copy of the database ran out of space
        known = classify_db_error(str(exc), dest_dir)
        raise known or StorageError("backup.disk", path=str(dest_dir), detail=str(exc)) from exc
    head = Anchor(int(info.manifest.get("audit_seq") or 0), str(info.manifest.get("audit_head") or GENESIS))
    try:  # the backup is complete and verified; its records follow
        record_backup(final, info.manifest, dest_dir=dest_dir)
    except OSError as exc:
        raise disk_error("backup.disk", dest_dir, exc) from exc
    record_anchor(f"sqlite:///{db_path}", head, f"backup {final.name}")
    return BackupInfo(final, created, info.manifest)


__all__ = [
    "BackupInfo",
    "create_backup",
    "ensure_installation_id",
    "read_installation_id",
    "sha256_file",
    "verify_backup",
]
