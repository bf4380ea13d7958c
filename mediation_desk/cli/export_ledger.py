"""``mediation-desk export-ledger FILE.xlsx [--from DATE --to DATE] [--unmasked]``: the case ledger
in Excel.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..domain.errors import KnownError
from .account import NO_SIGN_IN, SignInAborted, add_account_arguments, sign_in
from .common import database_from, report_error


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "export-ledger",
        help="export the case ledger (台账) to an Excel file",
        description="Write the case ledger (one row per case: number, dates, parties, category, source, "
        "track, mediator, result, agreement no., amounts, performance, follow-up, satisfaction) "
        "to FILE.xlsx. Signs in first (--user, password asked for or --password-stdin) and "
        "writes the cases that account may see, as in the windows. ID numbers are masked unless "
        "--unmasked (directors only); amounts of confidential cases are written as 保密.",
    )
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day received (YYYY-MM-DD)")
    p.add_argument(
        "--to", dest="end", type=_day, metavar="DATE", help="last day received (YYYY-MM-DD, inclusive)"
    )
    p.add_argument(
        "--unmasked",
        action="store_true",
        help="write full ID numbers (directors only; the file names who exported it and when)",
    )
    add_account_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.ledger import export_ledger

    if args.start and args.end and args.end < args.start:
        print("错误 / error: --to is before --from", file=sys.stderr)
        return 2
    try:
        db = database_from(args)
    except KnownError as exc:
        return report_error(exc)
    try:
        actor = sign_in(db, args)
        n = export_ledger(db, actor, args.file, start=args.start, end=args.end, unmasked=args.unmasked)
    except SignInAborted:
        print(NO_SIGN_IN, file=sys.stderr)
        return 2
    except KnownError as exc:
        return report_error(exc)
    finally:
        db.dispose()
    print(
        f"已导出 / exported {n} case(s) to {args.file}" + ("（未脱敏 / unmasked）" if args.unmasked else "")
    )
    return 0
