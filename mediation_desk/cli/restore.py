"""``mediation-desk restore FILE``: put a verified backup back (safety copy first)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import KnownError, StorageError
from .common import report_error


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "restore",
        help="restore a backup (the current database is kept aside first)",
        description="Verify FILE, refuse it if damaged or from another installation, copy "
        "the current database aside, then restore. Automatic backups pause until "
        "you confirm the restored data (restore --confirm). Close the app first.",
    )
    p.add_argument("file", metavar="FILE", type=Path, nargs="?", help="a backup zip")
    p.add_argument(
        "--allow-foreign",
        action="store_true",
        help="accept a backup made by another installation (moving to a new computer)",
    )
    p.add_argument(
        "--confirm", action="store_true", help="the restored data is right: resume automatic backups"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..paths import default_database_url
    from ..store import backup_state
    from ..store.engine import is_sqlite, sqlite_path
    from ..store.restore import restore_backup

    if args.confirm and args.file is None:
        backup_state.confirm_restore()
        print("已确认恢复的数据，自动备份已恢复 / automatic backups resumed")
        return 0
    if args.file is None:
        print("error: FILE is required (or --confirm)")
        return 2
    url = args.database or default_database_url()
    try:
        path = sqlite_path(url) if is_sqlite(url) else None
        if path is None:
            raise StorageError("restore.server_mode")  # pg_restore on the server: docs/server-mode.md
        result = restore_backup(args.file, path, allow_foreign=args.allow_foreign)
    except KnownError as exc:
        return report_error(exc)
    m = result.backup.manifest
    print(f"已恢复 / restored {args.file} (made {m['created_at']}, cases {m['cases']}) to {path}")
    if result.safety_copy:
        print(f"  the previous database was kept at {result.safety_copy}")
    print("  automatic backups are paused until you confirm the data: mediation-desk restore --confirm")
    return 0
