"""Anchors of the audit chain: its head (sequence and hash) written outside the database.

The chain (:mod:`.audit`) proves that no event was changed *inside* it, but someone who can write
the database can cut its tail, or edit an event and recompute every later hash: the chain then
verifies again. An anchor is the head at a moment, kept where the database cannot reach it: every
backup manifest, every monthly report (printed on the paper), and ``anchors.jsonl`` in the data
folder — one line per anchor, each sealed with this installation's backup-seal key
(:mod:`.backup_seal`). :func:`compare_with_anchor` (run by ``mediation-desk check``) then finds
the anchored event: missing means the tail was cut, another hash means the chain was rewritten.

A restore appends an anchor of the restored chain, so the newest anchor always describes the
database as it should be now.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from .audit import GENESIS

ANCHORS_FILE = "anchors.jsonl"


@dataclass(frozen=True)
class Anchor:
    """The chain's head: the id of its last event (0: empty) and that event's hash."""

    seq: int
    hash: str
    source: str = ""
    at: str = ""

    def note(self) -> str:
        """One line for a printed report."""
        return f"审计链锚点 / audit anchor: 第 {self.seq} 条事件 · {self.hash[:16]}"


def chain_head(session: Session) -> Anchor:
    """The head of the chain as it is in ``session``'s database."""
    row = session.execute(text("SELECT id, hash FROM auditevent ORDER BY id DESC LIMIT 1")).first()
    return Anchor(int(row[0]), str(row[1])) if row else Anchor(0, GENESIS)


def database_key(url: str) -> str:
    """Which database an anchor belongs to: the SQLite file, or the server's host and database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return "sqlite:" + str(Path(parsed.database or "").resolve())
    return f"{parsed.get_backend_name()}://{parsed.host or ''}:{parsed.port or ''}/{parsed.database or ''}"


def _mac(key: bytes, body: dict[str, Any]) -> str:
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hmac.new(key, raw, hashlib.sha256).hexdigest()


def _path(folder: Path | None) -> Path:
    from ..paths import data_dir

    return (folder or data_dir()) / ANCHORS_FILE


def record_anchor(url: str, anchor: Anchor, source: str, *, folder: Path | None = None) -> None:
    """Append ``anchor`` of the database ``url`` to the anchors file (sealed, flushed to disk).

    Raises:
        StorageError: ``disk.full``, ``disk.read_only``, ``file.write_failed``.
    """
    from .backup_seal import load_or_create_seal_key

    body = {
        "db": database_key(url),
        "seq": anchor.seq,
        "hash": anchor.hash,
        "source": source,
        "at": datetime.now(UTC).isoformat(),
    }
    line = json.dumps({**body, "mac": _mac(load_or_create_seal_key(), body)}, ensure_ascii=False)
    path = _path(folder)
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        from .disk import disk_error

        raise disk_error("file.write_failed", path, exc) from exc


def latest_anchor(url: str, *, folder: Path | None = None) -> tuple[Anchor | None, int]:
    """The newest sealed anchor of ``url``, and how many lines failed their seal."""
    from .backup_seal import load_or_create_seal_key

    path = _path(folder)
    if not path.exists():
        return None, 0
    key, wanted = load_or_create_seal_key(), database_key(url)
    found: Anchor | None = None
    forged = 0
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                entry = json.loads(line)
                body = {k: entry[k] for k in ("db", "seq", "hash", "source", "at")}
            except (ValueError, KeyError, TypeError):
                forged += 1
                continue
            if not hmac.compare_digest(str(entry.get("mac", "")), _mac(key, body)):
                forged += 1
            elif body["db"] == wanted:
                found = Anchor(int(body["seq"]), str(body["hash"]), str(body["source"]), str(body["at"]))
    return found, forged


@dataclass(frozen=True)
class AnchorCheck:
    """``status``: ``ok``, ``none`` (no anchor yet), ``truncated``, ``rewritten`` or ``forged``."""

    status: str
    anchor: Anchor | None = None
    forged_lines: int = 0

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "none")


def compare_with_anchor(engine: Engine, url: str, *, folder: Path | None = None) -> AnchorCheck:
    """Compare the chain in ``engine`` with the newest anchor of ``url``."""
    anchor, forged = latest_anchor(url, folder=folder)
    if anchor is None:
        return AnchorCheck("forged" if forged else "none", None, forged)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT hash FROM auditevent WHERE id = :id"), {"id": anchor.seq}).first()
        last = conn.execute(text("SELECT max(id) FROM auditevent")).scalar() or 0
    if anchor.seq == 0:
        status = "ok"
    elif row is None:
        status = "truncated" if last < anchor.seq else "rewritten"
    else:
        status = "ok" if row[0] == anchor.hash else "rewritten"
    if status == "ok" and forged:
        status = "forged"
    return AnchorCheck(status, anchor, forged)


__all__ = [
    "Anchor",
    "AnchorCheck",
    "chain_head",
    "compare_with_anchor",
    "database_key",
    "latest_anchor",
    "record_anchor",
]
