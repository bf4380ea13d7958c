"""The start's Alembic-free head check agrees with Alembic (issue 8: no Alembic import at a normal start)."""

from __future__ import annotations

import subprocess
import sys

from mediation_desk.store import migrate


def test_script_head_is_alembics_head() -> None:
    # A new revision must be named NNNN_name.py with revision id NNNN (a linear history).
    assert migrate.script_head() == migrate.head_revision()
    ids = sorted(migrate.known_revisions())
    assert ids[-1] == migrate.script_head() and all(len(i) == 4 and i.isdigit() for i in ids)


def test_opening_a_database_at_head_does_not_import_alembic(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    code = (
        "import sys\n"
        "from mediation_desk.store import health\n"
        "from mediation_desk.store.database import open_database\n"
        f"assert health.startup_check({str(sqlite_db.url)!r}).status == 'ok'\n"
        f"db = open_database({str(sqlite_db.url)!r})\n"
        "assert db.upgraded_from is None\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
