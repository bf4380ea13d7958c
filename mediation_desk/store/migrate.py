"""Schema migrations through Alembic: upgrade on start, refuse newer databases."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ..domain.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database is not at head (issue 8: importing it took ~0.4 s and
# ~20 MiB at every start, only to learn that nothing needs doing).

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def script_head() -> str | None:
    """The head from the script file names (``NNNN_name.py``, a linear history) without Alembic.

    ``tests/unit/test_migrate_head.py`` keeps it equal to Alembic's :func:`head_revision`.
    """
    names = sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    return names[-1] if names else None


def stored_revision(engine: Engine) -> str | None:
    """``alembic_version`` read with plain SQL (None: no table or no row)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind head. Raises for a database from a newer app."""
    stored = stored_revision(engine)
    if stored is not None and stored == script_head():
        return False  # the usual start: at head, no Alembic needed
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise StorageError("db.newer_version", revision=current)
    return current != head_revision()


def _pragma(conn: Connection, setting: str) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA {setting}")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` (refuses a database from a newer version)."""
    from alembic import command

    needs_upgrade(engine)
    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:  # batch mode recreates tables: other tables' keys point at them meanwhile
            _pragma(conn, "foreign_keys=OFF")  # outside a transaction, or SQLite ignores it
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise StorageError("db.damaged", detail="foreign_key_check")
        finally:
            if sqlite:
                _pragma(conn, "foreign_keys=ON")
