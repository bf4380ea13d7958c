"""Start-up checks: where the database lives, whether it is whole, whether we may open it.

Nothing here writes the database: every check uses a read-only connection, so it is safe on
a damaged file. :func:`startup_check` is what the app and ``mediation-desk check`` run before
opening: it refuses a SQLite file on a network filesystem (SQLite's locking is not reliable
there — use server mode), refuses a database written by a newer version of the app, and on
corruption moves the damaged file aside (never writing to it) and names the newest verified
backup so the UI can offer to restore it.

How much is read at start (issue 8: a full check of a 640 MB file took 10 s before the window):

* **Always, before opening — cheap:** the file header (the 16-byte magic, a valid page size,
  the file size a whole number of pages, the page count in the header not beyond the end of
  the file), then a read-only connection reads ``sqlite_master`` and ``alembic_version`` (a
  newer revision is refused here, as before).
* **The full check at start only when the file is not known to be good:** ``PRAGMA
  quick_check`` and ``PRAGMA foreign_key_check``, as before this design. "Known good" is a
  small sidecar record ``<db>.checked`` (JSON, next to the database) of the size,
  modification time, inode and change time of the database and its ``-wal``, written after a
  full check passes and refreshed when the app exits cleanly after the final checkpoint
  (:func:`record_known_good`, only if this session's check passed). A file copied in, changed
  by another program, damaged since, or left by a crashed session does not match the record
  and gets the full check before it is opened — a damaged copy is still caught at start.
  Foreign-key violations can only be written with ``foreign_keys`` off (the app turns it on
  for every connection), i.e. by another program, which also changes the file: that is why
  ``foreign_key_check`` runs with the full check only.
* **After the window shows:** :func:`quick_check` (header + ``PRAGMA quick_check``) in a
  background thread with its own read-only connection (the UI stays responsive and the one
  database worker stays free). Damage found then: the record is dropped, writes are refused
  (:func:`refuse_writes`), and the app closes the database and runs the start-up restore
  offer (:func:`quarantine` moves the file aside and names the newest verified backup).
* ``mediation-desk check`` always runs the full check (``full=True``), foreign keys included.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from .disk import readonly_uri, writable
from .engine import is_sqlite, sqlite_path
from .integrity import (
    HealthReport,
    forget_known_good,
    header_problems,
    interrupt_checks,
    known_good,
    quick_check,
    record_known_good,
    record_path,
    refuse_writes,
)
from .scratch import remove_stale, scratch_places

NETWORK_FS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "fuse.rclone",
    }
)
SIDE_FILES = ("-wal", "-shm", "-journal")


def mount_of(path: Path, mounts_file: Path = Path("/proc/mounts")) -> tuple[str, str] | None:
    """(mount point, filesystem type) holding ``path``, from ``/proc/mounts`` (None elsewhere)."""
    try:
        lines = mounts_file.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best: tuple[str, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, parts[2])
    return best


def check_local_filesystem(path: Path, mounts_file: Path = Path("/proc/mounts")) -> None:
    """Refuse a SQLite file on SMB/CIFS/NFS: ``StorageError('db.network_filesystem')``."""
    probe = path if path.exists() else path.parent
    found = mount_of(probe, mounts_file)
    if found and (found[1] in NETWORK_FS or found[1].startswith("nfs")):
        raise StorageError(
            "db.network_filesystem", path=str(path), fstype=found[1], mount=found[0], hint="server_mode"
        )
    if os.name == "nt" and str(path).startswith("\\\\"):  # a UNC path is a network share
        raise StorageError(
            "db.network_filesystem", path=str(path), fstype="smb", mount=str(path), hint="server_mode"
        )


def inspect(path: Path, *, full: bool = True, immutable: bool = False) -> HealthReport:
    """Check ``path`` read-only; report, change nothing.

    Args:
        path: The SQLite file.
        full: Also run ``quick_check`` and ``foreign_key_check`` (whole file); without it only
            the header, ``sqlite_master`` and ``alembic_version`` are read.
        immutable: Read a file in a read-only place (no ``-shm`` or lock can be made there).
    """
    from . import migrate

    if not path.exists():
        return HealthReport("new")
    problems = header_problems(path)
    if problems:
        return HealthReport("corrupt", problems, full_check=full)
    try:
        conn = sqlite3.connect(readonly_uri(path) if immutable else f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return HealthReport("corrupt", [f"open: {exc}"], full_check=full)
    fk: list[Any] = []
    try:
        conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()  # the schema parses
        if full:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if rows != ["ok"]:
                return HealthReport("corrupt", rows[:20], full_check=True)
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except sqlite3.OperationalError:
            revision = None
    except sqlite3.DatabaseError as exc:
        return HealthReport("corrupt", [str(exc)], full_check=full)
    finally:
        conn.close()
    if fk:
        return HealthReport(
            "corrupt",
            [f"foreign key: {r}" for r in fk[:20]],
            foreign_key_violations=len(fk),
            revision=revision,
            full_check=True,
        )
    if (
        revision is not None
        and revision != migrate.script_head()
        and revision not in migrate.known_revisions()
    ):
        return HealthReport("newer_version", [f"revision {revision}"], revision=revision, full_check=full)
    return HealthReport("ok", revision=revision, full_check=full)


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename the damaged file (and its -wal/-shm) to ``<name>.damaged-<stamp>``; content untouched."""
    stamp = file_stamp(now)  # Beijing time
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, target)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target


def startup_check(
    url: str,
    *,
    quarantine: bool = True,
    backup_dir: Path | None = None,
    mounts_file: Path = Path("/proc/mounts"),
    full: bool | None = None,
) -> HealthReport:
    """The checks before opening ``url``; returns the report (``ok`` or ``new`` to go on).

    Args:
        full: Read the whole file (``quick_check``, ``foreign_key_check``). None (the app):
            only when the file is not known to be good (:func:`known_good`); a passing full
            check records the file as known good.

    Raises:
        StorageError: ``db.network_filesystem`` (use server mode), ``db.newer_version``,
            ``db.read_only`` (the file or its folder cannot be written; its integrity was
            checked read-only and is fine), ``disk.read_only`` (no file yet, folder read-only).
    On corruption the report has ``status='corrupt'``, ``moved_to`` (when ``quarantine``) and
    ``newest_backup`` (None when no verified backup exists); do not open the database then.
    """
    if not is_sqlite(url):
        remove_stale(scratch_places())  # a killed verification's folder in the data folder
        return _server_check(url)
    path = sqlite_path(url)
    if path is None:
        return HealthReport("ok")
    check_local_filesystem(path, mounts_file)
    if not writable(path):
        return _read_only(path, backup_dir=backup_dir)
    remove_stale(scratch_places(path))  # left by a backup or restore that was killed
    if full is None:
        full = not known_good(path)
    report = inspect(path, full=full)
    if report.status == "newer_version":
        raise StorageError("db.newer_version", revision=report.revision, path=str(path))
    if report.status == "corrupt":
        forget_known_good(path)
        quarantine_report(report, path, quarantine=quarantine, backup_dir=backup_dir)
    elif report.status == "ok" and full:
        record_known_good(path)
    return report


def _read_only(path: Path, *, backup_dir: Path | None) -> HealthReport:
    """A database that cannot be written: damage is reported as damage (nothing can be moved),
    an intact file as ``db.read_only`` — never as damage, never with advice to restore."""
    if not path.exists():
        raise StorageError("disk.read_only", path=str(path.parent))
    report = inspect(path, full=True, immutable=True)
    if report.status == "corrupt":
        return quarantine_report(report, path, quarantine=False, backup_dir=backup_dir)
    if report.status == "newer_version":
        raise StorageError("db.newer_version", revision=report.revision, path=str(path))
    raise StorageError("db.read_only", path=str(path))


def quarantine_report(
    report: HealthReport, path: Path, *, quarantine: bool = True, backup_dir: Path | None = None
) -> HealthReport:
    """For a damaged ``path`` (at start or found later): move it aside, name the newest verified backup."""
    from .backup_schedule import newest_verified

    if quarantine and path.exists():
        report.moved_to = move_aside(path)
    found = newest_verified(backup_dir)
    report.newest_backup = found.path if found else None
    return report


def _server_check(url: str) -> HealthReport:
    """PostgreSQL: the server keeps its own integrity; check we can connect and the version."""
    from sqlalchemy.exc import OperationalError

    from . import migrate
    from .engine import make_nullpool_engine

    engine = make_nullpool_engine(url)
    try:
        migrate.needs_upgrade(engine)  # raises db.newer_version
        return HealthReport("ok", revision=migrate.current_revision(engine))
    except OperationalError as exc:
        raise StorageError(
            "db.server_unreachable", detail=str(exc.orig).splitlines()[0] if exc.orig else ""
        ) from exc
    finally:
        engine.dispose()


__all__ = [
    "HealthReport",
    "check_local_filesystem",
    "forget_known_good",
    "header_problems",
    "inspect",
    "interrupt_checks",
    "known_good",
    "mount_of",
    "move_aside",
    "quarantine_report",
    "quick_check",
    "record_known_good",
    "record_path",
    "refuse_writes",
    "startup_check",
]
