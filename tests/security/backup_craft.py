"""Crafting hostile backups for the tests: rebuild a real backup with changes, seal it as asked."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediation_desk.store.backup_seal import SEAL_LEN, load_or_create_seal_key, write_seal

Member = tuple[str, bytes]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rebuild(
    source: Path,
    out: Path,
    *,
    doctor_db: Callable[[sqlite3.Connection], None] | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),  # type: ignore[assignment]
    edit_manifest: Callable[[dict[str, Any]], None] | None = None,
    seal: str = "key",
    key: bytes | None = None,
) -> Path:
    """A copy of the backup ``source``, its database changed by ``doctor_db`` (manifest hashes
    updated to match), ``extra`` members added, sealed with ``seal``: ``key`` (this
    installation's key, or ``key``), ``sha256`` (0.3.1's unkeyed seal) or ``none``."""
    work = out.with_suffix(".db")
    with zipfile.ZipFile(source) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        work.write_bytes(zf.read("database.sqlite3"))
        attachments = {n: zf.read(n) for n in zf.namelist() if n.startswith("attachments/")}
    if doctor_db is not None:
        conn = sqlite3.connect(work)
        doctor_db(conn)
        conn.commit()
        conn.close()
    data = work.read_bytes()
    work.unlink()
    manifest["database"].update(sha256=sha256_bytes(data), size=len(data))
    if edit_manifest is not None:
        edit_manifest(manifest)
    comment = SEAL_LEN if seal in ("key", "none") else 64
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("database.sqlite3", data)
        for name, content in attachments.items():
            zf.writestr(name, content)
        for info, content in extra:
            zf.writestr(info, content)
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.comment = b"0" * comment
    if seal == "key":
        write_seal(out, key if key is not None else load_or_create_seal_key())
    elif seal == "sha256":  # what 0.3.1 did: anyone can compute it
        raw = out.read_bytes()
        out.write_bytes(raw[:-64] + sha256_bytes(raw[:-64]).encode("ascii"))
    return out
