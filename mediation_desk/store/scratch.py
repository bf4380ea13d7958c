"""Scratch folders of backups, restores and verifications: one recognisable name, removed at start.

Every temporary folder the backup, restore and verification code makes is called
``.md-scratch-<kind>-<pid>-<random>`` and lives in a known place (the backup folder, the
database's folder, the data folder). A killed backup or restore leaves its folder behind;
:func:`remove_stale` (run at start and by the backup/restore commands) deletes the folders whose
process is gone (POSIX) or that are older than a day (Windows, where a process cannot be probed
without a handle), never one of this process or of a live one.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

SCRATCH_PREFIX = ".md-scratch-"
STALE_SECONDS = 24 * 3600  # Windows: a scratch folder this old belongs to no running backup


def new_scratch(parent: Path, kind: str) -> Path:
    """Create ``parent/.md-scratch-<kind>-<pid>-<random>`` (and ``parent``)."""
    parent.mkdir(parents=True, exist_ok=True)
    path = parent / f"{SCRATCH_PREFIX}{kind}-{os.getpid()}-{secrets.token_hex(4)}"
    path.mkdir(mode=0o700)
    return path


@contextmanager
def scratch(parent: Path, kind: str) -> Iterator[Path]:
    """A scratch folder removed on exit, whatever happens inside."""
    path = new_scratch(parent, kind)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _owner_alive(name: str) -> bool:
    try:
        pid = int(name.removeprefix(SCRATCH_PREFIX).split("-")[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process there: judged by age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def remove_stale(parents: Iterable[Path]) -> list[Path]:
    """Delete the scratch folders left in ``parents`` by interrupted work; returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    for parent in {p for p in parents if p.is_dir()}:
        try:
            found = [p for p in parent.iterdir() if p.name.startswith(SCRATCH_PREFIX)]
        except OSError:
            continue
        for path in found:
            if path.is_symlink() or not path.is_dir():
                continue
            try:
                old = now - path.stat().st_mtime > STALE_SECONDS
            except OSError:
                continue
            if _owner_alive(path.name) and not (os.name == "nt" and old):
                continue
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                removed.append(path)
    return sorted(removed)


def scratch_places(db_path: Path | None = None) -> list[Path]:
    """Where scratch folders are made: the backup and data folders and the database's folder."""
    from .. import paths

    places = [paths.backup_dir(), paths.data_dir()]
    if db_path is not None:
        places.append(db_path.parent)
    return places


__all__ = ["SCRATCH_PREFIX", "new_scratch", "remove_stale", "scratch", "scratch_places"]
