"""Reading a SQLite file's health without writing it: header, background check, known-good record.

The design (what is checked when) is described in :mod:`mediation_desk.store.health`.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError

log = logging.getLogger(__name__)
#: Statements a database with damage found in it may still run (no writes).
READING = frozenset({"SELECT", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "RELEASE", "SAVEPOINT", "END"})


@dataclass
class HealthReport:
    """Findings of a check. ``status``: ok, new (no file yet), corrupt, newer_version (interrupted)."""

    status: str
    problems: list[str] = field(default_factory=list)
    foreign_key_violations: int = 0
    revision: str | None = None
    moved_to: Path | None = None
    newest_backup: Path | None = None
    #: Whether the whole file was read (``quick_check``); False when only the header was checked.
    full_check: bool = False

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "new")


SQLITE_MAGIC = b"SQLite format 3\x00"
RECORD_SUFFIX = ".checked"


def header_problems(path: Path) -> list[str]:
    """What is wrong with the file header and size (empty when they look like SQLite's)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return [f"read: {exc}"]
    if size == 0:
        return []  # an empty file is a new database to SQLite
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return ["header: not a SQLite database (magic)"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return [f"header: invalid page size {page_size}"]
    if header[21:24] != b"\x40\x20\x20":  # payload fractions, fixed by the file format
        return ["header: invalid payload fractions"]
    if size % page_size:
        return [f"file size {size} is not a multiple of the page size {page_size}"]
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid only then
    settled = not any(_nonempty(Path(str(path) + side)) for side in ("-wal", "-journal"))
    if counted and settled and pages * page_size > size:
        return [f"header: {pages} pages but the file holds {size // page_size}"]
    return []


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


#: The open background check's connection (so :func:`interrupt_checks` can stop it at exit).
_running: set[sqlite3.Connection] = set()


def quick_check(path: Path) -> HealthReport:
    """The background check after the window shows: header and ``PRAGMA quick_check``, read-only.

    Runs on its own connection (sqlite3 releases the GIL while stepping); ``status`` is
    ``ok``, ``corrupt`` or ``interrupted`` (:func:`interrupt_checks`, e.g. the app quit first).
    """
    problems = header_problems(path)
    if problems:
        return HealthReport("corrupt", problems, full_check=True)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        return HealthReport("corrupt", [f"open: {exc}"], full_check=True)
    _running.add(conn)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return HealthReport("interrupted", [str(exc)])
        return HealthReport("corrupt", [str(exc)], full_check=True)
    except sqlite3.DatabaseError as exc:
        return HealthReport("corrupt", [str(exc)], full_check=True)
    finally:
        _running.discard(conn)
        conn.close()
    if rows != ["ok"]:
        return HealthReport("corrupt", rows[:20], full_check=True)
    return HealthReport("ok", full_check=True)


def interrupt_checks() -> None:
    """Stop a running :func:`quick_check` (its report says ``interrupted``)."""
    for conn in list(_running):
        conn.interrupt()


# ---- the known-good record ---------------------------------------------------------------------
def record_path(path: Path) -> Path:
    """The sidecar record of the last state of ``path`` known to be good."""
    return path.with_name(path.name + RECORD_SUFFIX)


def _stamp(path: Path) -> dict[str, Any]:
    def one(p: Path) -> list[int] | None:
        try:
            st = p.stat()
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns] if st.st_size else None

    # An empty -wal holds nothing (any reader may create one): the same as none.
    return {"db": one(path), "wal": one(Path(str(path) + "-wal"))}


def known_good(path: Path) -> bool:
    """Whether ``path`` (and its ``-wal``) are exactly as when a check last passed or the app exited."""
    try:
        saved = json.loads(record_path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    now = _stamp(path)
    return now["db"] is not None and saved == now


def record_known_good(path: Path) -> None:
    """Remember the current state of ``path`` as good (never fatal: then the next start checks fully)."""
    record = record_path(path)
    tmp = record.with_name(record.name + ".tmp")
    try:
        tmp.write_text(json.dumps(_stamp(path)), "utf-8")
        os.replace(tmp, record)
    except OSError as exc:
        log.warning("could not write %s: %s", record, exc)


def forget_known_good(path: Path) -> None:
    """Drop the record: the next start checks the whole file."""
    try:
        record_path(path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove %s: %s", record_path(path), exc)


def refuse_writes(engine: Any) -> None:
    """After damage was found in a running app: no statement may change the file any more.

    New connections are ``query_only``; pooled ones are dropped; a write on a connection
    still checked out fails with ``StorageError('db.damaged')``.
    """
    from sqlalchemy import event

    def read_only(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")

    def guard(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        words = statement.upper().split()
        if words and (words[0] not in READING or words[1:2] in (["IMMEDIATE"], ["EXCLUSIVE"])):
            raise StorageError("db.damaged")

    event.listen(engine, "connect", read_only)
    event.listen(engine, "before_cursor_execute", guard)
    engine.dispose()
