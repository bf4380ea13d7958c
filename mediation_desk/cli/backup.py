"""``mediation-desk backup``: a verified backup of the SQLite database and attachments now."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import KnownError, StorageError
from .common import report_error


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "backup",
        help="back up the database and attachments now (verified, rotated)",
        description="Copy the database (SQLite online backup API) and the attachments into "
        "a verified zip in the backup directory, then rotate old backups "
        "(12 daily, 10 weekly, 9 monthly).",
    )
    p.add_argument(
        "--to", metavar="DIR", type=Path, help="backup directory (default: the app's backup directory)"
    )
    p.add_argument("--no-rotate", action="store_true", help="keep every older backup")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..paths import default_database_url
    from ..store import backup, backup_schedule
    from ..store.database import open_database
    from ..store.engine import is_sqlite, sqlite_path
    from ..store.health import check_local_filesystem

    url = args.database or default_database_url()
    try:
        if not is_sqlite(url):
            raise StorageError("backup.server_mode")  # pg_dump on the server: docs/server-mode.md
        path = sqlite_path(url)
        if path is None or not path.exists():
            raise StorageError("backup.source_missing", path=str(path))
        check_local_filesystem(path)
        db = open_database(url)
        try:
            backup.ensure_installation_id(db.engine)
        finally:
            db.dispose()
        info = backup.create_backup(path, dest_dir=args.to, kind="manual")
        deleted = [] if args.no_rotate else backup_schedule.rotate(args.to)
    except KnownError as exc:
        return report_error(exc)
    m = info.manifest
    print(f"备份完成 / backup written: {info.path}")
    print(
        f"  cases {m['cases']}, attachments {len(m['attachments'])}, sha256 {m['database']['sha256']}, "
        f"integrity {m['integrity']}; rotated away {len(deleted)}"
    )
    return 0
