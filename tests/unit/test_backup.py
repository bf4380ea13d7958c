"""Backups: verified copies, refused damage, restore identical to the backup, rotation."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mediation_desk import paths
from mediation_desk.domain.errors import StorageError
from mediation_desk.services import cases
from mediation_desk.store import backup, backup_state
from mediation_desk.store import backup_schedule as schedule
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, Organisation
from mediation_desk.store.restore import restore_backup
from mediation_desk.store.rotation import ZONE, choose_keep
from tests.helpers.factories import MEDIATOR, new_case


def _org(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return s.execute(select(Organisation.id)).scalar_one()


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return s.execute(select(func.count()).select_from(Case)).scalar_one()


@pytest.fixture
def filled(sqlite_db):  # type: ignore[no-untyped-def]
    backup.ensure_installation_id(sqlite_db.engine)
    for _ in range(3):
        cases.register_case(sqlite_db, MEDIATOR, new_case(_org(sqlite_db)))
    att = paths.attachments_dir() / "2026" / "agreement-1.pdf"
    att.parent.mkdir(parents=True)
    att.write_bytes(b"%PDF-1.4 signed agreement " * 100)
    return sqlite_db


def test_backup_is_verified_and_restore_gives_back_the_same_file(filled) -> None:  # type: ignore[no-untyped-def]
    db = filled
    info = backup.create_backup(db.path, kind="manual")
    assert info.manifest["integrity"] == "ok" and info.manifest["cases"] == 3
    assert [a["path"] for a in info.manifest["attachments"]] == ["2026/agreement-1.pdf"]
    cases.register_case(db, MEDIATOR, new_case(_org(db)))  # a change after the backup
    (paths.attachments_dir() / "2026" / "agreement-1.pdf").write_bytes(b"overwritten")
    assert _count(db) == 4
    db.dispose()
    result = restore_backup(info.path, db.path)
    restored = backup.sha256_file(db.path)
    print(f"\nrestored sha256 {restored[:16]}… == backup {info.manifest['database']['sha256'][:16]}…")
    assert restored == info.manifest["database"]["sha256"]
    assert (paths.attachments_dir() / "2026" / "agreement-1.pdf").read_bytes().startswith(b"%PDF-1.4 signed")
    assert result.safety_copy is not None and result.safety_copy.exists()
    with sqlite3.connect(result.safety_copy) as kept:  # the pre-restore data, with its 4th case
        assert kept.execute('SELECT count(*) FROM "case"').fetchone()[0] == 4
    kept.close()
    assert _count(db) == 3
    assert backup_state.automatic_paused()
    assert not schedule.backup_due(db.path)  # paused until the user confirms
    backup_state.confirm_restore()
    assert not backup_state.automatic_paused()


def test_damaged_backups_are_refused_and_nothing_changes(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = filled
    info = backup.create_backup(db.path)
    db.dispose()
    current = backup.sha256_file(db.path)
    raw = info.path.read_bytes()
    rng = random.Random(7)
    variants: list[bytes] = [raw[: len(raw) // 2], raw[:-1], raw[:100], b""]
    for _ in range(60):
        pos = rng.randrange(len(raw))
        flipped = bytearray(raw)
        flipped[pos] ^= 1 << rng.randrange(8)
        variants.append(bytes(flipped))
    refused = 0
    for i, data in enumerate(variants):
        bad = tmp_path / f"bad-{i}.zip"
        bad.write_bytes(data)
        with pytest.raises(StorageError) as err:
            restore_backup(bad, db.path)
        assert err.value.code == "backup.damaged"
        refused += 1
        assert backup.sha256_file(db.path) == current
    print(f"\ndamaged backups refused: {refused}/{len(variants)} (4 truncated, 60 bit flips)")
    assert refused == len(variants)
    assert not backup_state.automatic_paused()


def test_foreign_backup_is_refused(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    initialise(other, org_name="别的调解委员会", org_code="京海")
    backup.ensure_installation_id(other.engine)
    other.dispose()
    foreign = backup.create_backup(other.path, dest_dir=tmp_path / "other-backups")  # type: ignore[arg-type]
    filled.dispose()
    with pytest.raises(StorageError) as err:
        restore_backup(foreign.path, filled.path)
    assert err.value.code == "backup.foreign"
    with read_session(filled.engine) as s:
        assert s.execute(select(Organisation.name)).scalar_one() == "朝阳区人民调解委员会"
    # moving to a new PC: the user explicitly accepts the other installation's data
    filled.dispose()
    restore_backup(foreign.path, filled.path, allow_foreign=True)
    with read_session(filled.engine) as s:
        assert s.execute(select(Organisation.name)).scalar_one() == "别的调解委员会"


def test_automatic_backup_only_when_data_changed(filled) -> None:  # type: ignore[no-untyped-def]
    db = filled
    t0 = datetime(2026, 3, 2, 10, tzinfo=UTC)
    assert schedule.automatic_backup(db.path, db.engine, now=t0) is not None
    assert (
        schedule.automatic_backup(
            db.path, db.engine, kind="exit", max_age_hours=0, now=t0 + timedelta(hours=1)
        )
        is None
    )
    cases.register_case(db, MEDIATOR, new_case(_org(db)))
    later = t0 + timedelta(hours=2)
    assert schedule.automatic_backup(db.path, db.engine, now=later) is None  # daily: not yet
    on_exit = schedule.automatic_backup(
        db.path, db.engine, kind="exit", max_age_hours=0, now=t0 + timedelta(hours=3)
    )
    assert on_exit is not None and on_exit.manifest["cases"] == 4
    # rotation keeps the newest backup of the day
    assert [p for _, p in schedule.list_backups()] == [on_exit.path]


def _expected(days: list[date], today: date) -> set[date]:
    """The configured set, stated per calendar rule (one backup per simulated day)."""
    last12 = {today - timedelta(days=i) for i in range(12)} & set(days)
    week_ends = sorted({d + timedelta(days=6 - d.weekday()) for d in days}, reverse=True)[:10]
    weekly = {min(w, today) for w in week_ends}
    month_ends = sorted(
        {(d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) for d in days},
        reverse=True,
    )[:9]
    monthly = {min(m, today) for m in month_ends}
    return last12 | weekly | monthly


def test_rotation_over_400_days_keeps_exactly_the_configured_set(tmp_path: Path) -> None:
    start = date(2026, 1, 1)
    kept: set[datetime] = set()
    made: list[date] = []
    rng = random.Random(3)
    for n in range(400):
        day = start + timedelta(days=n)
        made.append(day)
        for hour in sorted(rng.sample(range(8, 22), rng.randint(1, 3))):  # 1–3 backups a day
            kept.add(datetime(day.year, day.month, day.day, hour, tzinfo=ZONE))
        kept = choose_keep(kept)
        # once a day, the set on disk is exactly the configured one
        assert {k.date() for k in kept} == _expected(made, day)
        assert len({k.date() for k in kept}) == len(kept)  # one per kept day: the newest
    days = sorted(k.date() for k in kept)
    print(f"\nafter 400 days: {len(kept)} backups kept ({days[0]} … {days[-1]})")
    assert len(kept) == len(_expected(made, made[-1]))
    # the same rule on real files
    earlier = max(kept) - timedelta(hours=1)  # an older backup of the newest day
    for k in [*kept, earlier]:
        (tmp_path / f"{backup.PREFIX}{k.astimezone(ZONE).strftime(backup.STAMP)}.zip").write_bytes(b"x")
    deleted = schedule.rotate(tmp_path)
    assert [p.name for p in deleted] == [
        f"{backup.PREFIX}{earlier.astimezone(ZONE).strftime(backup.STAMP)}.zip"
    ]


def test_zip_layout_is_readable_without_the_app(filled) -> None:  # type: ignore[no-untyped-def]
    info = backup.create_backup(filled.path)
    with zipfile.ZipFile(info.path) as zf:
        assert {"database.sqlite3", "manifest.json", "attachments/2026/agreement-1.pdf"} <= set(zf.namelist())


def test_command_line_backup_check_restore(filled, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from mediation_desk.cli import backup as cli_backup
    from mediation_desk.cli import check as cli_check
    from mediation_desk.cli import restore as cli_restore

    filled.dispose()
    ns = argparse.Namespace(database=filled.url, to=None, no_rotate=False)
    assert cli_backup.run(ns) == 0
    (made,) = [p for _, p in schedule.list_backups()]
    assert cli_check.run(argparse.Namespace(database=filled.url, quarantine=False)) == 0
    assert "audit chain ok" in capsys.readouterr().out
    filled.path.write_bytes(b"\0" * 8192)  # the disk ate the file
    assert cli_check.run(argparse.Namespace(database=filled.url, quarantine=True)) == 3
    out = capsys.readouterr().out
    assert str(made) in out and "moved aside" in out
    assert (
        cli_restore.run(
            argparse.Namespace(database=filled.url, file=made, allow_foreign=False, confirm=False)
        )
        == 0
    )
    assert cli_check.run(argparse.Namespace(database=filled.url, quarantine=False)) == 0
    assert backup_state.automatic_paused()
    assert (
        cli_restore.run(argparse.Namespace(database=filled.url, file=None, allow_foreign=False, confirm=True))
        == 0
    )
    assert not backup_state.automatic_paused()
