"""100 databases with random pages overwritten: every one caught at start, never written to."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from mediation_desk.services import cases
from mediation_desk.store import backup, health
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Organisation
from tests.helpers.factories import MEDIATOR, new_case, person

COPIES = 100


def _base(db) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalar_one()
    for i in range(40):
        cases.register_case(
            db,
            MEDIATOR,
            new_case(
                org,
                title=f"第{i}号邻里纠纷" + "楼上漏水" * 30,
                applicant=person(f"张{i}", seq=100 + i, phone=f"1381111{i:04d}"),
            ),
        )
    db.dispose()
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # a single file, as after a clean exit
        conn.execute("VACUUM")  # no free pages: every page belongs to the database
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    return db.path, pages


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_random_page_damage_is_always_detected(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup.ensure_installation_id(sqlite_db.engine)
    src, pages = _base(sqlite_db)
    good = backup.create_backup(src, dest_dir=tmp_path / "backups")
    page_size = 4096
    rng = random.Random(2026)
    detected = untouched = offered = 0
    for n in range(COPIES):
        work = tmp_path / f"copy{n}"
        work.mkdir()
        copy = work / "case.sqlite3"
        shutil.copyfile(src, copy)
        with open(copy, "r+b") as fh:
            for page in rng.sample(range(pages), rng.randint(1, 3)):
                fh.seek(page * page_size)
                fh.write(rng.randbytes(page_size))
        before = backup.sha256_file(copy)
        report = health.startup_check(f"sqlite:///{copy}", backup_dir=tmp_path / "backups")
        detected += report.status == "corrupt"
        if (
            report.moved_to is not None
            and backup.sha256_file(report.moved_to) == before
            and not copy.exists()
        ):
            untouched += 1
        offered += report.newest_backup == good.path
    print(
        f"\ncorrupt copies detected at start: {detected}/{COPIES} ({pages} pages each); "
        f"kept aside unchanged: {untouched}; restore offered: {offered}"
    )
    assert detected == untouched == offered == COPIES
