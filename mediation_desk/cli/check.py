"""``mediation-desk check``: the start-up checks on demand (and the audit chain)."""

from __future__ import annotations

import argparse

from ..domain.errors import KnownError
from .common import report_error


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "check",
        help="check the database: integrity, foreign keys, version, audit chain",
        description="Run quick_check and foreign_key_check read-only over the whole file (the "
        "app runs them at start only when the file changed since its last check, and quick_check "
        "in the background), refuse network filesystems and newer databases, verify the audit "
        "chain. Exit code 0: "
        "healthy; 3: damaged (restore from the named backup); 2: refused.",
    )
    p.add_argument(
        "--quarantine",
        action="store_true",
        help="move a damaged database aside (as the app does at start) so a backup can be restored",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..paths import default_database_url
    from ..store.health import startup_check

    url = args.database or default_database_url()
    try:
        report = startup_check(url, quarantine=args.quarantine, full=True)  # foreign keys too
    except KnownError as exc:
        return report_error(exc)
    if report.status == "new":
        print("没有数据库 / no database yet at this location")
        return 0
    if not report.ok:
        print("数据库已损坏 / database damaged:")
        for problem in report.problems:
            print(f"  {problem}")
        if report.moved_to:
            print(f"  moved aside to {report.moved_to} (unchanged)")
        if report.newest_backup:
            print(f"  newest verified backup: {report.newest_backup}")
            print(f"  restore it with: mediation-desk restore {report.newest_backup}")
        else:
            print("  no verified backup found")
        return 3
    return _chain(url, report.revision)


def _chain(url: str, revision: str | None) -> int:
    from ..store import audit
    from ..store.engine import make_nullpool_engine, read_session

    engine = make_nullpool_engine(url)
    try:
        with read_session(engine) as session:
            chain = audit.verify_chain(session)
    finally:
        engine.dispose()
    print(f"quick_check ok, foreign keys ok, schema {revision}")
    if not chain.ok:
        print(f"审计链断裂 / audit chain broken at event {chain.broken_id} ({chain.reason})")
        return 3
    print(f"audit chain ok: {chain.checked} events, head {chain.head[:16]}…")
    return 0
