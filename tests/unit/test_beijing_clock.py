"""Today and the times in file names are Beijing time, whatever the workstation's time zone."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mediation_desk.domain import clock
from mediation_desk.domain.clock import beijing_today, file_stamp
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.idcard import make_resident_id, parse_resident_id
from mediation_desk.store import backup, health
from mediation_desk.store.backup_schedule import list_backups
from mediation_desk.store.database import _pre_upgrade_copy
from mediation_desk.store.restore import safety_copy

# 20:30 UTC on 1 March is 04:30 on 2 March in Beijing: the two calendars disagree on the date.
EVENING_UTC = datetime(2026, 3, 1, 20, 30, 5, 123456, tzinfo=UTC)


def test_today_and_file_stamps_are_beijing_time() -> None:
    assert beijing_today(EVENING_UTC) == date(2026, 3, 2)
    assert file_stamp(EVENING_UTC) == "20260302-043005"
    assert file_stamp(EVENING_UTC, micro=True) == "20260302-043005-123456"
    with pytest.raises(ValueError):
        file_stamp(datetime(2026, 3, 1, 20, 30))  # naive: the zone would be a guess


def test_id_birth_date_is_checked_against_beijing_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "_utcnow", lambda: EVENING_UTC)
    born_today = make_resident_id("110105", date(2026, 3, 2), 11)  # a newborn's ID, Beijing's today
    assert parse_resident_id(born_today).birth_date == date(2026, 3, 2)
    with pytest.raises(ValidationError) as err:
        parse_resident_id(make_resident_id("110105", date(2026, 3, 3), 11))
    assert err.value.code == "id.birth_date"


def _sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    return path


def test_file_names_carry_beijing_time(tmp_path: Path) -> None:
    db = _sqlite(tmp_path / "desk.sqlite3")
    assert (
        safety_copy(db, tmp_path / "safe", now=EVENING_UTC).name
        == "before-restore-20260302-043005-123456.sqlite3"
    )
    assert (
        _pre_upgrade_copy(db, "0008", now=EVENING_UTC).name
        == "desk.before-upgrade-0008-20260302-043005.sqlite3"
    )
    other = _sqlite(tmp_path / "other.sqlite3")
    assert health.move_aside(other, now=EVENING_UTC).name == "other.sqlite3.damaged-20260302-043005"


def test_backup_file_name_is_beijing_time_and_lists_as_the_same_instant(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    backup.ensure_installation_id(sqlite_db.engine)
    info = backup.create_backup(sqlite_db.path, now=EVENING_UTC)
    assert info.path.name == "mediation-desk-20260302-043005-123456.zip"
    later = backup.create_backup(sqlite_db.path, now=EVENING_UTC + timedelta(hours=1))
    assert list_backups(info.path.parent) == [
        (EVENING_UTC + timedelta(hours=1), later.path),
        (EVENING_UTC, info.path),
    ]
