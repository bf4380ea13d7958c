"""Verifying a backup as hostile input, on a staged copy (see :mod:`.backup` for the format).

In order: the keyed seal (:mod:`.backup_seal`), the manifest, every member's name and declared
size before inflating (:mod:`.backup_zip`), each member inflated with a cap and its SHA-256
compared, ``PRAGMA integrity_check``, the schema against our migrations at its revision
(:mod:`.schema_check`) and the installation id against the manifest.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import paths
from ..domain.errors import StorageError
from .backup_zip import DB_MEMBER, Refused, check_members, copy_member, read_manifest, safe_attachment_path

INSTALLATION_KEY = "installation_id"


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


def sqlite_facts(db_file: Path) -> dict[str, Any]:
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
        facts = sqlite_facts(copy)
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
    "INSTALLATION_KEY",
    "BackupInfo",
    "read_installation_id",
    "sha256_file",
    "sqlite_facts",
    "verify_backup",
]
