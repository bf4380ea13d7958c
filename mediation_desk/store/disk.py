"""Naming disk trouble: a full disk and a read-only file or folder are not "damage".

:func:`disk_error` turns an ``OSError`` into the known error the user should see;
:func:`classify_db_error` does the same for a SQLite error ("database or disk is full",
"attempt to write a readonly database"); :func:`writable` tells whether the app may write the
database file and its folder (SQLite needs the folder too, for its journal).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from urllib.parse import quote

from ..domain.errors import StorageError

FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def disk_error(code: str, path: Path, exc: OSError) -> StorageError:
    """``disk.full`` / ``disk.read_only`` when the OS says so, else ``code`` with the OS's words."""
    if exc.errno in FULL:
        return StorageError("disk.full", path=str(path))
    if exc.errno in READ_ONLY:
        return StorageError("disk.read_only", path=str(getattr(exc, "filename", None) or path))
    return StorageError(code, path=str(path), detail=exc.strerror or str(exc))


def classify_db_error(message: str, path: Path | None = None) -> StorageError | None:
    """The known error behind a SQLite driver message, or None when it is not about the disk."""
    text = message.lower()
    where = str(path) if path is not None else ""
    if "disk is full" in text or "disk full" in text:
        return StorageError("disk.full", path=where)
    if "readonly database" in text or "read-only" in text:
        return StorageError("db.read_only", path=where)
    return None


def known_db_error(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """The known error behind a driver exception (SQLite message, PostgreSQL SQLSTATE), or None."""
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None)
    if state == "53100":  # disk_full
        return StorageError("disk.full", path=str(path or ""))
    if state == "25006":  # read_only_sql_transaction (a standby, or a read-only role)
        return StorageError("db.read_only", path=str(path or ""))
    return classify_db_error(str(orig), path)


def readonly_uri(path: Path) -> str:
    """A SQLite URI that reads ``path`` without writing anything next to it (no -shm, no lock):
    for a file in a read-only folder, which nobody can be writing either."""
    return f"file:{quote(str(path))}?mode=ro&immutable=1"


def writable(db_path: Path) -> bool:
    """Whether the database file (if present) and its folder can be written."""
    folder = db_path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not db_path.exists() or os.access(db_path, os.W_OK)


__all__ = ["classify_db_error", "disk_error", "known_db_error", "readonly_uri", "writable"]
