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

Verification (:func:`verify_backup`) treats the file as hostile: seal first, then names and
declared sizes before inflating, capped streams, hashes, ``integrity_check``, the schema and the
installation id (:mod:`.backup_zip`, :mod:`.schema_check`). Restore (:mod:`.restore`) verifies
on a staged copy, takes a safety copy, and only then swaps the file in. Server installations
(PostgreSQL) are backed up on the server with ``pg_dump`` (docs/server-mode.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
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
from .anchors import Anchor, record_anchor
from .audit import GENESIS
from .backup_seal import SEAL_LEN, load_or_create_seal_key, write_seal
from .backup_state import record_backup
from .backup_zip import (
    DB_MEMBER,
    MANIFEST,
    Refused,
    check_members,
    copy_member,
    read_manifest,
    safe_attachment_path,
)
from .disk import classify_db_error, disk_error
from .scratch import scratch

FORMAT = 1
PREFIX = "mediation-desk-"
STAMP = "%Y%m%d-%H%M%S-%f"  # in Beijing time (names before 0.1.1: UTC, read 8 h early — order kept)
INSTALLATION_KEY = "installation_id"
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
        head = conn.execute("SELECT hash, id FROM auditevent ORDER BY id DESC LIMIT 1").fetchone()
        cases = conn.execute('SELECT count(*) FROM "case"').fetchone()
        facts.update(
            schema_revision=rev[0] if rev else None,
            audit_head=head[0] if head else None,
            audit_seq=head[1] if head else 0,
            cases=cases[0],
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
        record_anchor(f"sqlite:///{db_path}", head, f"backup {final.name}")
    except OSError as exc:
        raise disk_error("backup.disk", dest_dir, exc) from exc
    return BackupInfo(final, created, info.manifest)


def verify_backup(
    path: Path,
    *,
    extract_to: Path | None = None,
    staging: Path | None = None,
    seal_key_files: tuple[Path, ...] = (),
    trust_unverified: bool = False,
) -> BackupInfo:
    """Check a backup completely, as hostile input, on a staged copy.

    In order: the keyed seal (:mod:`.backup_seal`), the manifest, every member's name and
    declared size (:mod:`.backup_zip`, before inflating), each member inflated with a cap and
    its SHA-256 compared, ``PRAGMA integrity_check``, the schema against our migrations at its
    revision (:mod:`.schema_check`) and the installation id against the manifest.

    Args:
        path: the backup zip.
        extract_to: if given, the verified database copy is copied there.
        staging: a folder the caller owns (on the database's filesystem) where the database
            (``database.sqlite3``) and ``attachments/…`` are left verified; default a scratch
            folder in the backup directory, removed afterwards.
        seal_key_files: other installations' seal keys to accept (moving to a new computer).
        trust_unverified: accept a seal we cannot check (another installation's key we do not
            hold, or a 0.3.x unkeyed seal) — an administrator's explicit choice; every other
            check still runs.

    Raises:
        StorageError: ``backup.damaged`` (with ``reason``), ``backup.foreign_seal``,
            ``backup.unkeyed``, ``backup.missing``, ``backup.disk`` (no space to stage it).
    """
    from .backup_seal import check_seal, seal_keys
    from .scratch import scratch

    def damaged(reason: str) -> StorageError:
        return StorageError("backup.damaged", path=str(path), reason=reason)

    try:
        state, kid = check_seal(path, seal_keys(extra=seal_key_files))
        if state == "foreign" and not trust_unverified:
            raise StorageError("backup.foreign_seal", path=str(path), key_id=kid)
        if state == "unkeyed" and not trust_unverified:
            raise StorageError("backup.unkeyed", path=str(path))
        if staging is not None:
            manifest = _verify_staged(path, staging)
        else:
            with scratch(paths.backup_dir(), "verify") as tmp:
                manifest = _verify_staged(path, tmp)
                if extract_to is not None:
                    shutil.copyfile(tmp / DB_MEMBER, extract_to)
        if staging is not None and extract_to is not None:
            shutil.copyfile(staging / DB_MEMBER, extract_to)
        created = datetime.fromisoformat(manifest["created_at"])
    except StorageError:
        raise
    except FileNotFoundError as exc:
        raise StorageError("backup.missing", path=str(path)) from exc
    except Refused as exc:
        if exc.reason == "no_space":
            raise StorageError("backup.disk", path=str(path), detail="no_space") from exc
        raise damaged(exc.reason) from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        KeyError,
        TypeError,
        ValueError,
        EOFError,
        OSError,
        sqlite3.Error,
        UnicodeDecodeError,
    ) as exc:
        raise damaged(str(exc) if str(exc) == "seal" else type(exc).__name__) from exc
    return BackupInfo(path, created, manifest)


def _verify_staged(path: Path, stage: Path) -> dict[str, Any]:
    """Inflate and check every member of ``path`` into ``stage``; the manifest when all is well."""
    from . import migrate
    from .schema_check import schema_problems

    with zipfile.ZipFile(path) as zf:
        manifest = read_manifest(zf)
        sizes = check_members(zf, manifest, staging=stage)
        copy = stage / DB_MEMBER
        if copy_member(zf, DB_MEMBER, copy, sizes[DB_MEMBER]) != manifest["database"]["sha256"]:
            raise Refused("database_hash")
        facts = _sqlite_facts(copy)
        if facts.get("integrity") != "ok":
            raise Refused("integrity")
        revision = facts.get("schema_revision")
        if revision not in migrate.known_revisions() or revision != manifest.get("schema_revision"):
            raise Refused("schema_revision")
        if schema_problems(copy, revision):
            raise Refused("schema")
        if read_installation_id(copy) != manifest.get("installation_id"):
            raise Refused("installation")
        for att in manifest.get("attachments", []):
            rel = safe_attachment_path(str(att["path"]))
            target = stage / "attachments" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            name = "attachments/" + str(rel)
            if copy_member(zf, name, target, sizes[name]) != att["sha256"]:
                raise Refused("attachment_hash")
    return manifest


__all__ = [
    "BackupInfo",
    "create_backup",
    "ensure_installation_id",
    "read_installation_id",
    "sha256_file",
    "verify_backup",
]
