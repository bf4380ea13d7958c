"""Backups of a SQLite installation: online copy, verification, rotation, restore.

A backup is one zip file ``mediation-desk-YYYYmmdd-HHMMSS-ffffff.zip`` (Beijing time) in
``paths.backup_dir()`` holding ``database.sqlite3`` (a consistent copy taken through SQLite's
online backup API), ``attachments/…`` (signed PDFs, scans) and ``manifest.json`` (SHA-256 and size of every
member, the installation id, schema revision and audit-chain head). The zip comment (the file's
last 64 bytes) is the SHA-256 of everything before it, so truncation or any flipped bit is
caught before the zip is even parsed. A backup counts only after it has been verified: it is
written under a temporary name, re-read, every hash
compared and ``PRAGMA integrity_check`` run on the extracted copy, then renamed.

Restore (:func:`restore_backup`) verifies first, refuses a damaged or foreign backup, takes
a safety copy of the current database, replaces the file and pauses automatic backups until
the user confirms the restored data (:func:`confirm_restore`). Server installations
(PostgreSQL) are backed up on the server with ``pg_dump`` (docs/server-mode.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__, paths
from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from .backup_state import record_backup

FORMAT = 1
DB_MEMBER = "database.sqlite3"
MANIFEST = "manifest.json"
PREFIX = "mediation-desk-"
STAMP = "%Y%m%d-%H%M%S-%f"  # in Beijing time (names before 0.1.1: UTC, read 8 h early — order kept)
INSTALLATION_KEY = "installation_id"
SEAL_LEN = 64  # the zip comment: SHA-256 (hex) of the whole file before it
Progress = Callable[[int, int], None]  # (done, total) pages or files


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup: where it is, when it was made, and its manifest."""

    path: Path
    created_at: datetime
    manifest: dict[str, Any]

    @property
    def installation_id(self) -> str | None:
        return self.manifest.get("installation_id")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_installation_id(db_path: Path) -> str | None:
    """The installation id stored in a SQLite file (read-only; None if absent or unreadable)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (INSTALLATION_KEY,)).fetchone()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()


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


def _sqlite_facts(db_file: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db_file)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        facts: dict[str, Any] = {"integrity": integrity}
        if integrity != "ok":
            return facts
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        head = conn.execute("SELECT hash FROM auditevent ORDER BY id DESC LIMIT 1").fetchone()
        cases = conn.execute('SELECT count(*) FROM "case"').fetchone()
        facts.update(
            schema_revision=rev[0] if rev else None, audit_head=head[0] if head else None, cases=cases[0]
        )
        return facts
    except sqlite3.DatabaseError as exc:
        return {"integrity": f"error: {exc}"}
    finally:
        conn.close()


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
        with tempfile.TemporaryDirectory(dir=dest_dir, prefix=".tmp-") as tmp:
            copy = Path(tmp) / DB_MEMBER
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
            facts = _sqlite_facts(copy)
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
            partial = Path(tmp) / "backup.zip"
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.write(copy, DB_MEMBER)
                for p in files:
                    zf.write(p, "attachments/" + p.relative_to(att_root).as_posix())
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
                zf.comment = b"0" * SEAL_LEN
            _seal(partial)
            _fsync_path(partial)
            info = verify_backup(partial)  # only a verified backup counts
            os.replace(partial, final)
            _fsync_path(dest_dir)
    except OSError as exc:
        raise StorageError("backup.disk", path=str(dest_dir), detail=exc.strerror or str(exc)) from exc
    record_backup(final, info.manifest, dest_dir=dest_dir)
    return BackupInfo(final, created, info.manifest)


def _seal(path: Path) -> None:
    """Write the SHA-256 of everything before the zip comment into the comment (the last bytes)."""
    data = path.read_bytes()
    digest = hashlib.sha256(data[:-SEAL_LEN]).hexdigest().encode("ascii")
    with open(path, "r+b") as fh:
        fh.seek(len(data) - SEAL_LEN)
        fh.write(digest)


def _check_seal(path: Path) -> bool:
    data = path.read_bytes()
    if len(data) <= SEAL_LEN:
        return False
    return hashlib.sha256(data[:-SEAL_LEN]).hexdigest().encode("ascii") == data[-SEAL_LEN:]


def _read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError("manifest format")
    return manifest


def verify_backup(path: Path, *, extract_to: Path | None = None) -> BackupInfo:
    """Check a backup completely: zip structure, every SHA-256 and size, ``integrity_check``.

    Args:
        path: the backup zip.
        extract_to: if given, the verified database copy is left there (used by restore).

    Raises:
        StorageError: ``backup.damaged`` (with ``reason``) for anything unreadable or mismatched.
    """

    def damaged(reason: str) -> StorageError:
        return StorageError("backup.damaged", path=str(path), reason=reason)

    try:
        if not _check_seal(path):
            raise damaged("file_hash")
        with zipfile.ZipFile(path) as zf:
            manifest = _read_manifest(zf)
            names = set(zf.namelist())
            entry = manifest["database"]
            with tempfile.TemporaryDirectory(prefix="md-verify-") as tmp:
                copy = Path(tmp) / DB_MEMBER
                with zf.open(DB_MEMBER) as member, open(copy, "wb") as out:
                    shutil.copyfileobj(member, out)
                if copy.stat().st_size != entry["size"] or sha256_file(copy) != entry["sha256"]:
                    raise damaged("database_hash")
                if _sqlite_facts(copy).get("integrity") != "ok":
                    raise damaged("integrity")
                if extract_to is not None:
                    shutil.copyfile(copy, extract_to)
            for att in manifest.get("attachments", []):
                member_name = "attachments/" + att["path"]
                if member_name not in names:
                    raise damaged("attachment_missing")
                if hashlib.sha256(zf.read(member_name)).hexdigest() != att["sha256"]:
                    raise damaged("attachment_hash")
    except StorageError:
        raise
    except FileNotFoundError as exc:
        raise StorageError("backup.missing", path=str(path)) from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        KeyError,
        ValueError,
        EOFError,
        OSError,
        sqlite3.Error,
        UnicodeDecodeError,
    ) as exc:
        raise damaged(type(exc).__name__) from exc
    return BackupInfo(path, datetime.fromisoformat(manifest["created_at"]), manifest)


__all__ = [
    "BackupInfo",
    "create_backup",
    "ensure_installation_id",
    "read_installation_id",
    "sha256_file",
    "verify_backup",
]
