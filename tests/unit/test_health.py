"""Start-up checks: network filesystems, newer versions, foreign keys, quarantine of damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mediation_desk.domain.errors import StorageError
from mediation_desk.store import backup, health


def _mounts(tmp_path: Path, fstype: str) -> Path:
    f = tmp_path / "mounts"
    f.write_text(f"/dev/sda1 / ext4 rw 0 0\n//nas/share {tmp_path / 'share'} {fstype} rw 0 0\n")
    return f


@pytest.mark.parametrize("fstype", ["cifs", "smb3", "nfs", "nfs4"])
def test_sqlite_on_a_network_share_is_refused_pointing_to_server_mode(tmp_path: Path, fstype: str) -> None:
    share = tmp_path / "share"
    share.mkdir()
    url = f"sqlite:///{share / 'case.sqlite3'}"
    with pytest.raises(StorageError) as err:
        health.startup_check(url, mounts_file=_mounts(tmp_path, fstype))
    assert err.value.code == "db.network_filesystem"
    assert err.value.params["hint"] == "server_mode" and err.value.params["fstype"] == fstype
    # a local path next to it is fine
    assert health.startup_check(
        f"sqlite:///{tmp_path / 'local.sqlite3'}", mounts_file=_mounts(tmp_path, fstype)
    ).ok


def test_mount_point_is_the_longest_prefix(tmp_path: Path) -> None:
    f = tmp_path / "mounts"
    f.write_text("rootfs / ext4 rw 0 0\nsrv:/x /mnt nfs4 rw 0 0\n/dev/b /mnt/local ext4 rw 0 0\n")
    assert health.mount_of(Path("/mnt/local/a.db"), f) == ("/mnt/local", "ext4")
    assert health.mount_of(Path("/mnt/other/a.db"), f) == ("/mnt", "nfs4")
    assert health.mount_of(Path("/mntx/a.db"), f) == ("/", "ext4")


def test_healthy_and_new_databases_pass(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    report = health.startup_check(sqlite_db.url)
    assert report.status == "ok" and report.revision is not None
    assert health.startup_check(f"sqlite:///{sqlite_db.path.parent / 'none.sqlite3'}").status == "new"


def test_newer_version_is_refused_clearly(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    with sqlite3.connect(sqlite_db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    with pytest.raises(StorageError) as err:
        health.startup_check(sqlite_db.url)
    assert err.value.code == "db.newer_version" and err.value.params["revision"] == "9999_from_the_future"
    assert sqlite_db.path.exists()  # not a corruption: nothing moved


def test_foreign_key_violation_is_reported_and_quarantined(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    with sqlite3.connect(sqlite_db.path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO numberseries (organisation_id, type_code, year, last_seq) VALUES (999, 'x', 2026, 0)"
        )
    conn.close()
    before = backup.sha256_file(sqlite_db.path)
    report = health.startup_check(sqlite_db.url)
    assert report.status == "corrupt" and report.foreign_key_violations == 1
    assert report.moved_to is not None and not sqlite_db.path.exists()
    assert backup.sha256_file(report.moved_to) == before
    assert report.newest_backup is None  # no backup yet: nothing to offer


def test_check_alone_does_not_move_anything(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    sqlite_db.path.write_bytes(b"not a database at all" * 300)
    report = health.startup_check(sqlite_db.url, quarantine=False)
    assert report.status == "corrupt" and report.moved_to is None and sqlite_db.path.exists()
