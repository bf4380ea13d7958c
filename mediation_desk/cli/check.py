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
        "chain and compare it with its newest anchor (written with every backup and monthly report "
        "outside the database: a cut tail or a rewritten chain is caught). Exit code 0: "
        "healthy; 3: damaged, or the audit chain broken or not matching its anchor; 2: refused.",
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


ANCHOR_WORDS = {
    "truncated": "审计链被截短 / audit chain cut short: the anchored event {seq} is gone "
    "(the chain now has {last} events)",
    "rewritten": "审计链被改写 / audit chain rewritten: event {seq} no longer has the anchored hash {hash}…",
    "forged": "锚点文件被改动 / anchors file altered: {forged} line(s) fail their seal",
}


def _chain(url: str, revision: str | None) -> int:
    from ..store import audit
    from ..store.anchors import compare_with_anchor
    from ..store.engine import make_nullpool_engine, read_session

    engine = make_nullpool_engine(url)
    try:
        with read_session(engine) as session:
            chain = audit.verify_chain(session)
        anchored = compare_with_anchor(engine, url)
    finally:
        engine.dispose()
    print(f"quick_check ok, foreign keys ok, schema {revision}")
    if not chain.ok:
        print(f"审计链断裂 / audit chain broken at event {chain.broken_id} ({chain.reason})")
        return 3
    print(f"audit chain ok: {chain.checked} events, head {chain.head[:16]}…")
    anchor = anchored.anchor
    if anchored.status == "none":
        print("no audit anchor yet (one is written with every backup and monthly report)")
        return 0
    if not anchored.ok:
        words = ANCHOR_WORDS[anchored.status].format(
            seq=anchor.seq if anchor else "?",
            last=chain.checked,
            hash=anchor.hash[:16] if anchor else "",
            forged=anchored.forged_lines,
        )
        print(words)
        if anchor is not None:
            print(f"  anchor: event {anchor.seq}, {anchor.hash[:16]}…, {anchor.source}, {anchor.at}")
        return 3
    assert anchor is not None
    print(f"audit anchor ok: event {anchor.seq} matches the anchor of {anchor.source} ({anchor.at})")
    return 0
