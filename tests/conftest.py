"""Shared fixtures: a fresh database on SQLite and (when MD_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory (keys, backups, attachments, logs)."""
    home = tmp_path_factory.mktemp("md-home")
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(home))
    return home


def _pg_database() -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ.get("MD_TEST_PG_URL")
    if not base:
        if os.environ.get("CI"):
            pytest.fail("CI must provide MD_TEST_PG_URL (a real PostgreSQL server)")
        pytest.skip("MD_TEST_PG_URL not set: no PostgreSQL server for this run")
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'case.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def db(db_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated, initialised database with one organisation."""
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database
    from tests.helpers.factories import seed_users

    database = open_database(db_url)
    initialise(database, org_name="朝阳区人民调解委员会", org_code="京朝")
    seed_users(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Like ``db`` but SQLite only."""
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database
    from tests.helpers.factories import seed_users

    database = open_database(f"sqlite:///{tmp_path / 'case.sqlite3'}")
    initialise(database, org_name="朝阳区人民调解委员会", org_code="京朝")
    seed_users(database)
    yield database
    database.dispose()
