"""Class 13: read-only and full disks are named as such, and leave nothing half-written.

On 0.3.1 a read-only database was reported as "damaged" with advice to restore, and a full
disk gave raw SQL errors and a backup traceback.

Root ignores file permissions, so "read-only" is made with a read-only bind mount (skipped where
mounting is not allowed) and, everywhere, by making ``os.access`` answer as for a read-only
file. A full disk is a 2 MB tmpfs (skipped where mounting is not allowed) and, everywhere, a
SQLite page limit (SQLite then fails with "database or disk is full") and a write that raises
``ENOSPC``.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from mediation_desk import paths
from mediation_desk.__main__ import main
from mediation_desk.domain.errors import StorageError
from mediation_desk.services import cases
from mediation_desk.services.setup import initialise
from mediation_desk.store import backup, disk
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, Organisation
from mediation_desk.store.scratch import SCRATCH_PREFIX
from tests.helpers.factories import MEDIATOR, new_case, seed_users


def _mount(args: list[str]) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


def _made(path: Path) -> None:
    db = open_database(f"sqlite:///{path}")
    initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    seed_users(db)
    db.dispose()


def _assert_read_only_reported(url: str, path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = sorted(p.name for p in path.parent.iterdir())
    code = main(["--database", url, "check"])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == 2, text
    assert "read-only" in text and "只读" in text and "[db.read_only]" in text
    assert "damaged:" not in text and "restore" not in text.lower().replace("not damaged", "")
    with pytest.raises(StorageError) as caught:
        open_database(url)
    assert caught.value.code == "db.read_only"
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing moved aside


@pytest.fixture
def read_only_access(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``os.access`` answers "not writable" for the folders given, as for a non-root user."""
    folders: list[Path] = []
    real = os.access

    def access(path, mode, **kw):  # type: ignore[no-untyped-def]
        if mode & os.W_OK and any(Path(path).resolve().is_relative_to(f) for f in folders):
            return False
        return real(path, mode, **kw)

    monkeypatch.setattr(disk.os, "access", access)
    return folders


def test_a_read_only_database_is_read_only_not_damaged(tmp_path, capsys, read_only_access) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "data" / "md.sqlite3"
    _made(path)
    read_only_access.append(path.parent.resolve())
    _assert_read_only_reported(f"sqlite:///{path}", path, capsys)


def test_a_read_only_folder_without_a_database_yet(tmp_path, read_only_access) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "locked"
    folder.mkdir()
    read_only_access.append(folder.resolve())
    with pytest.raises(StorageError) as caught:
        open_database(f"sqlite:///{folder / 'new.sqlite3'}")
    assert caught.value.code == "disk.read_only"


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    source, view = tmp_path / "rw", tmp_path / "ro"
    source.mkdir()
    view.mkdir()
    _made(source / "md.sqlite3")
    if not (_mount(["--bind", str(source), str(view)]) and _mount(["-o", "remount,ro,bind", str(view)])):
        subprocess.run(["umount", str(view)], capture_output=True, check=False)
        pytest.skip("bind mounts are not allowed here")
    try:
        yield source, view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_database_on_a_read_only_mount(read_only_mount, capsys) -> None:  # type: ignore[no-untyped-def]
    _source, view = read_only_mount
    path = view / "md.sqlite3"
    _assert_read_only_reported(f"sqlite:///{path}", path, capsys)


def _case_count(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return int(s.execute(select(func.count()).select_from(Case)).scalar_one())


def _org(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return int(s.execute(select(Organisation.id)).scalar_one())


def test_a_full_database_rolls_back_and_says_so(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    org = _org(sqlite_db)
    cases.register_case(sqlite_db, MEDIATOR, new_case(org))
    before = _case_count(sqlite_db)
    sqlite_db.engine.dispose()

    @event.listens_for(sqlite_db.engine, "connect")
    def full(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: "disk full"

    with pytest.raises(StorageError) as caught:
        for _ in range(50):
            cases.register_case(sqlite_db, MEDIATOR, new_case(org))
    assert caught.value.code == "disk.full"
    event.remove(sqlite_db.engine, "connect", full)
    sqlite_db.engine.dispose()
    assert _case_count(sqlite_db) >= before
    with read_session(sqlite_db.engine) as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_backup_onto_a_full_disk_leaves_nothing(sqlite_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "backups"

    def no_space(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", no_space)
    with pytest.raises(StorageError) as caught:
        backup.create_backup(sqlite_db.path, dest_dir=dest)
    assert caught.value.code == "disk.full"
    assert list(dest.iterdir()) == []  # no zip, no scratch folder


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    if not _mount(["-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)]):
        pytest.skip("tmpfs mounts are not allowed here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_real_full_disk(small_disk, sqlite_db, capsys) -> None:  # type: ignore[no-untyped-def]
    path = small_disk / "md.sqlite3"
    sqlite_db.dispose()  # the last checkpoint: the file holds everything
    shutil.copyfile(sqlite_db.path, path)
    db = open_database(f"sqlite:///{path}")
    org = _org(db)
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # fill the disk to the last block
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    before = _case_count(db)
    with pytest.raises(StorageError) as caught:
        for _ in range(200):
            cases.register_case(db, MEDIATOR, new_case(org))
    assert caught.value.code == "disk.full"
    db.dispose()
    with pytest.raises(StorageError) as full_backup:
        backup.create_backup(path, dest_dir=small_disk / "backups")
    assert full_backup.value.code == "disk.full"
    left = list((small_disk / "backups").iterdir()) if (small_disk / "backups").exists() else []
    assert left == []  # no half-written zip, no scratch folder
    assert not [p for p in paths.backup_dir().iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    filler.unlink()
    db = open_database(f"sqlite:///{path}")
    try:
        assert _case_count(db) >= before
        with read_session(db.engine) as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("server said no")
        self.sqlstate = sqlstate


def test_postgresql_disk_full_and_read_only_are_named() -> None:
    from sqlalchemy.exc import OperationalError

    full = disk.known_db_error(OperationalError("INSERT", {}, _PgError("53100")))
    read_only = disk.known_db_error(OperationalError("INSERT", {}, _PgError("25006")))
    assert full is not None and full.code == "disk.full"
    assert read_only is not None and read_only.code == "db.read_only"


@pytest.mark.gui
def test_the_app_says_read_only_at_start(qapp, tmp_path, read_only_access, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.ui import errors, startup
    from mediation_desk.ui.messages import render, tr

    path = tmp_path / "data" / "md.sqlite3"
    _made(path)
    read_only_access.append(path.parent.resolve())
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_known_error", lambda _parent, exc: shown.append(exc.code))
    asked: list[str] = []
    monkeypatch.setattr(startup, "_ask", lambda *a, **k: asked.append("restore?") or False)
    assert startup.check_storage(f"sqlite:///{path}") == (2, False)
    assert shown == ["db.read_only"] and asked == []  # explained; no damage dialog, no restore offer
    with tr.using(tr.catalogue("en")):
        text = render(StorageError("db.read_only", path=str(path)))
    assert "not damaged" in text and "restore" not in text
