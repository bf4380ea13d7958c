"""The cheap start-up check: a file known to be good is not read whole before the window shows.

A file unchanged since a passing full check (or a clean exit) skips ``quick_check`` at start;
any change (copied in, damaged, crashed session) brings the full check back; the background
``quick_check`` finds what the skipped check would have found; ``mediation-desk check`` always
reads everything, foreign keys included.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from mediation_desk.__main__ import main
from mediation_desk.domain.errors import StorageError
from mediation_desk.store import health
from mediation_desk.store.engine import make_engine, read_session, write_session


def _damage(path: Path) -> None:
    """Two pages of garbage in the middle of the file (size unchanged)."""
    with open(path, "r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(os.urandom(8192))


def test_known_good_file_skips_the_full_check_and_a_changed_one_gets_it(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    path = sqlite_db.path
    first = health.startup_check(sqlite_db.url)
    assert first.status == "ok" and first.full_check  # no record yet: the whole file is read
    assert health.known_good(path) and health.record_path(path).exists()
    again = health.startup_check(sqlite_db.url)
    assert again.status == "ok" and not again.full_check and again.revision == first.revision
    # damage the file as a disk would, without the record noticing (forged after the damage)
    _damage(path)
    health.record_known_good(path)
    skipped = health.startup_check(sqlite_db.url)
    assert skipped.status == "ok" and not skipped.full_check  # the cheap check cannot see it ...
    assert health.quick_check(path).status == "corrupt"  # ... the background check does
    assert path.exists()


def test_a_file_changed_since_the_record_is_checked_whole_and_caught(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    path = sqlite_db.path
    assert health.startup_check(sqlite_db.url).full_check
    _damage(path)  # changes mtime/ctime: no longer the recorded file
    assert not health.known_good(path)
    report = health.startup_check(sqlite_db.url, backup_dir=tmp_path / "none")
    assert report.status == "corrupt" and report.full_check and report.moved_to is not None
    assert not health.record_path(path).exists()  # the record of the old file is dropped


def test_a_crashed_session_leaves_no_matching_record(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    assert health.startup_check(sqlite_db.url).full_check
    engine = make_engine(sqlite_db.url)  # the next session writes, then "crashes" (no record refresh)
    with write_session(engine) as s:
        s.execute(text("UPDATE organisation SET name = name || ' '"))
    engine.dispose()
    assert not health.known_good(sqlite_db.path)
    assert health.startup_check(sqlite_db.url).full_check


@pytest.mark.parametrize(
    ("damage", "finding"),
    [
        (lambda p: p.write_bytes(b"SQLite format 2\x00" + p.read_bytes()[16:]), "magic"),
        (lambda p: p.write_bytes(p.read_bytes()[:-100]), "multiple of the page size"),
        (lambda p: p.write_bytes(p.read_bytes()[: 4096 * 2]), "pages but the file holds"),
    ],
)
def test_header_damage_is_caught_even_when_known_good(sqlite_db, damage, finding: str) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    path = sqlite_db.path
    damage(path)
    health.record_known_good(path)  # even a matching record does not skip the header check
    report = health.startup_check(sqlite_db.url, quarantine=False)
    assert report.status == "corrupt" and not report.full_check
    assert any(finding in p for p in report.problems), report.problems


def test_cli_check_reads_everything_foreign_keys_included(sqlite_db, capsys) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    with sqlite3.connect(sqlite_db.path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO numberseries (organisation_id, type_code, year, last_seq) VALUES (999, 'x', 2026, 0)"
        )
    conn.close()
    health.record_known_good(sqlite_db.path)  # the app's start would skip the full check now
    assert health.startup_check(sqlite_db.url, quarantine=False).status == "ok"
    assert main(["--database", str(sqlite_db.url), "check"]) == 3
    out = capsys.readouterr().out
    assert "foreign key" in out and sqlite_db.path.exists()


def test_after_damage_is_found_the_app_writes_nothing(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    engine = sqlite_db.engine
    with read_session(engine) as s:
        s.execute(text("SELECT 1")).all()  # a pooled connection from before
    health.refuse_writes(engine)
    with read_session(engine) as s:
        assert s.execute(text("SELECT count(*) FROM organisation")).scalar_one() == 1
    with pytest.raises(StorageError) as err, write_session(engine) as s:
        s.execute(text("UPDATE organisation SET name = 'x'"))
    assert err.value.code == "db.damaged"
    with sqlite3.connect(sqlite_db.path) as conn:
        assert conn.execute("SELECT name FROM organisation").fetchone()[0] != "x"
    conn.close()
