"""``mediation-desk demo --cases N [--seed S] [--force]``: fill a database with demo cases."""

from __future__ import annotations

import argparse
import sys

from ..domain.errors import KnownError
from .common import database_from, report_error


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "demo",
        help="fill the database with realistic demo cases (演示数据)",
        description="Fill the database (--database URL, default: the user's SQLite file) with realistic demo "
        "cases: parties with valid ID numbers and credit codes, committee members, sessions, "
        "agreements, instalments, payments, follow-ups. Rows are bulk-inserted in batches of "
        "2,000 cases with progress printed after each batch.",
    )
    p.add_argument("--cases", type=int, required=True, metavar="N", help="number of cases to add")
    p.add_argument("--seed", type=int, default=2026, metavar="S", help="random seed (default 2026)")
    p.add_argument(
        "--force",
        action="store_true",
        help="add demo cases even though the database already holds real cases",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..demo.generator import demo_case_count, generate

    if args.cases < 1:
        print("错误 / error: --cases must be at least 1", file=sys.stderr)
        return 2
    try:
        db = database_from(args)
    except KnownError as exc:
        return report_error(exc)
    try:
        total, demo = demo_case_count(db)
        real = total - demo
        if real > 0 and not args.force:
            print(
                f"拒绝：数据库 {db.display_name()} 已有 {real} 件真实案件，演示数据会与之混在一起，"
                f"且无法单独删除。\n"
                f"Refused: {db.display_name()} already holds {real} real case(s). Demo cases would be "
                f"mixed with them and cannot be removed separately. Use a separate database (--database "
                f"URL), or add --force if you really want demo cases in this one.",
                file=sys.stderr,
            )
            return 3
        print(
            f"生成演示数据 / generating {args.cases} demo cases into {db.display_name()} (seed {args.seed})"
        )
        tty = sys.stdout.isatty()

        def progress(done: int, total_: int) -> None:
            line = f"  {done:>8,}/{total_:,} cases ({done * 100 // max(total_, 1)}%)"
            print("\r" + line if tty else line, end="" if tty and done < total_ else "\n", flush=True)

        summary = generate(db, cases=args.cases, seed=args.seed, progress=progress)
        from ..demo.users import DEMO_PASSWORD, create_demo_users

        accounts = create_demo_users(db)
    except KnownError as exc:
        return report_error(exc)
    finally:
        db.dispose()
    rows = summary.rows
    print(
        f"完成 / done in {summary.seconds:.1f} s: {summary.cases:,} cases (ids {summary.first_case_id}–"
        f"{summary.last_case_id}), {rows.get('person', 0):,} people, {rows.get('caseparty', 0):,} parties, "
        f"{rows.get('mediationsession', 0):,} sessions, {rows.get('agreement', 0):,} agreements, "
        f"{rows.get('obligation', 0):,} obligations, {rows.get('payment', 0):,} payments, "
        f"{rows.get('followup', 0):,} follow-ups"
    )
    print("  by status: " + ", ".join(f"{k} {v:,}" for k, v in sorted(summary.statuses.items())))
    if accounts:
        print(f"演示账号 / demo accounts (password {DEMO_PASSWORD}): " + ", ".join(accounts))
    return 0
