"""Start-up checks: where the database lives, whether it is whole, whether we may open it.

:func:`inspect` only reads (a read-only connection; the main file is never written), so it
is safe on a damaged file. :func:`startup_check` is what the app and ``mediation-desk check``
run before opening the database: it refuses a SQLite file on a network filesystem (SQLite's
locking is not reliable there — use server mode), refuses a database written by a newer
version of the app, and on corruption moves the damaged file aside (never writing to it)
and names the newest verified backup so the UI can offer to restore it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from .engine import is_sqlite, sqlite_path

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


@dataclass
class HealthReport:
    """Findings of a check. ``status``: ok, new (no file yet), corrupt, newer_version."""

    status: str
    problems: list[str] = field(default_factory=list)
    foreign_key_violations: int = 0
    revision: str | None = None
    moved_to: Path | None = None
    newest_backup: Path | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "new")


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


def inspect(path: Path) -> HealthReport:
    """Run ``quick_check`` and ``foreign_key_check`` read-only; report, change nothing."""
    from . import migrate

    if not path.exists():
        return HealthReport("new")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return HealthReport("corrupt", [f"open: {exc}"])
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if rows != ["ok"]:
            return HealthReport("corrupt", rows[:20])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except sqlite3.OperationalError:
            revision = None
    except sqlite3.DatabaseError as exc:
        return HealthReport("corrupt", [str(exc)])
    finally:
        conn.close()
    if fk:
        return HealthReport(
            "corrupt",
            [f"foreign key: {r}" for r in fk[:20]],
            foreign_key_violations=len(fk),
            revision=revision,
        )
    if revision is not None and revision not in migrate.known_revisions():
        return HealthReport("newer_version", [f"revision {revision}"], revision=revision)
    return HealthReport("ok", revision=revision)


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
) -> HealthReport:
    """The checks before opening ``url``; returns the report (``ok`` or ``new`` to go on).

    Raises:
        StorageError: ``db.network_filesystem`` (use server mode), ``db.newer_version``.
    On corruption the report has ``status='corrupt'``, ``moved_to`` (when ``quarantine``) and
    ``newest_backup`` (None when no verified backup exists); do not open the database then.
    """
    if not is_sqlite(url):
        return _server_check(url)
    path = sqlite_path(url)
    if path is None:
        return HealthReport("ok")
    check_local_filesystem(path, mounts_file)
    report = inspect(path)
    if report.status == "newer_version":
        raise StorageError("db.newer_version", revision=report.revision, path=str(path))
    if report.status == "corrupt":
        from .backup import newest_verified

        if quarantine:
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


__all__ = ["HealthReport", "check_local_filesystem", "inspect", "mount_of", "move_aside", "startup_check"]
