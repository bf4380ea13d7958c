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
        description="Verify FILE on a staged copy (its installation seal, member names and "
        "sizes, hashes, integrity, schema), refuse it if damaged, unsealed or from another "
        "installation, copy the current database aside, then swap the restored file in. "
        "Automatic backups pause until you confirm the restored data (restore --confirm). "
        "Close the app first.",
    )
    p.add_argument("file", metavar="FILE", type=Path, nargs="?", help="a backup zip")
    p.add_argument(
        "--allow-foreign",
        action="store_true",
        help="accept a backup made by another installation (moving to a new computer)",
    )
    p.add_argument(
        "--seal-key",
        metavar="KEYFILE",
        type=Path,
        action="append",
        default=[],
        help="the seal key (keys/backup-seal.key) of the installation that made FILE, "
        "when it is another computer's backup",
    )
    p.add_argument(
        "--trust-unverified",
        action="store_true",
        help="restore a backup whose seal cannot be checked here (made before 0.4, or sealed by "
        "an installation whose key is lost); only for a file you know the origin of. Every other "
        "check still runs",
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
        result = restore_backup(
            args.file,
            path,
            allow_foreign=args.allow_foreign,
            seal_key_files=tuple(getattr(args, "seal_key", ())),
            trust_unverified=getattr(args, "trust_unverified", False),
        )
    except KnownError as exc:
        return report_error(exc)
    m = result.backup.manifest
    print(f"已恢复 / restored {args.file} (made {m['created_at']}, cases {m['cases']}) to {path}")
    if result.safety_copy:
        print(f"  the previous database was kept at {result.safety_copy}")
    print("  automatic backups are paused until you confirm the data: mediation-desk restore --confirm")
    return 0
