"""Open a database: engine, schema upgrade (with a backup copy first), basic facts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from ..domain.clock import file_stamp
from ..domain.errors import StorageError
from . import migrate
from .disk import disk_error, known_db_error, writable
from .engine import is_sqlite, make_engine, sqlite_path


@dataclass
class Database:
    """An open database: its URL, engine and (for SQLite) file path."""

    url: str
    engine: Engine
    path: Path | None = None
    upgraded_from: str | None = field(default=None)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def display_name(self) -> str:
        """The database for a status bar, without any password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_copy(src: Path, dest: Path) -> None:
    """Copy a live SQLite file consistently through the online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    target.close()
    source.close()


def _pre_upgrade_copy(path: Path, revision: str | None, *, now: datetime | None = None) -> Path:
    stamp = file_stamp(now)  # Beijing time, as the user reads it (not the workstation's zone)
    dest = path.with_name(f"{path.stem}.before-upgrade-{revision or 'empty'}-{stamp}{path.suffix}")
    if path.exists() and path.stat().st_size > 0:
        sqlite_copy(path, dest)
    return dest


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open (and if needed upgrade) the database at ``url``.

    An existing SQLite file is copied aside before an upgrade. A database written by a
    newer version of the app is refused with ``StorageError('db.newer_version')``.
    """
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is not None and path.exists() and path.is_dir():
        raise StorageError("db.is_directory", path=str(path))
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error("db.open", path.parent, exc) from exc
        if not writable(path):  # SQLite writes the file and, for its journal, the folder
            raise StorageError("db.read_only" if path.exists() else "disk.read_only", path=str(path))
    engine = make_engine(url)
    db = Database(url=url, engine=engine, path=path)
    try:
        if upgrade and migrate.needs_upgrade(engine):
            current = migrate.current_revision(engine)
            if path is not None and current is not None:
                _pre_upgrade_copy(path, current)
            migrate.upgrade(engine)
            db.upgraded_from = current
    except DBAPIError as exc:
        engine.dispose()
        known = known_db_error(exc, path)
        if known is None:
            raise
        raise known from exc
    except Exception:
        engine.dispose()
        raise
    return db


__all__ = ["Database", "open_database", "sqlite_copy"]
