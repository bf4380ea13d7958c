"""``mediation-desk import-ledger FILE.xlsx``: import a ledger of past cases (all rows, or none)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import KnownError, ValidationError
from .account import NO_SIGN_IN, SignInAborted, add_account_arguments, sign_in
from .common import database_from, describe, report_error


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "import-ledger",
        help="import a case ledger (台账) from an Excel file",
        description="Import past cases from FILE.xlsx in the export-ledger layout. Every row is checked "
        "first; if any row has an error, each is listed (row, column, reason) and nothing is "
        "imported. Signs in first (--user, password asked for or --password-stdin): the account "
        "must be allowed to register cases. A case whose number is already in the database with "
        "the same parties is skipped; with other parties it is a conflict, listed by row.",
    )
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--organisation", type=int, metavar="ID", help="organisation id (default: the first one)")
    add_account_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.ledger_import import import_ledger
    from ..ui.messages import templates

    if not args.file.is_file():
        print(f"错误 / error: no such file: {args.file}", file=sys.stderr)
        return 2
    try:
        db = database_from(args)
    except KnownError as exc:
        return report_error(exc)
    try:
        actor = sign_in(db, args)
        report = import_ledger(db, actor, args.file, organisation_id=args.organisation)
    except SignInAborted:
        print(NO_SIGN_IN, file=sys.stderr)
        return 2
    except KnownError as exc:
        return report_error(exc)
    finally:
        db.dispose()
    if report.errors:
        for e in report.errors:
            value = f" [{e.value[:60]}]" if e.value else ""
            code = e.code if e.code in templates() else f"import.row.{e.code}"
            text = describe(ValidationError(code, **{**e.params, "field": e.column}))
            print(f"第{e.row}行 / row {e.row}\t{e.column}\t{text} ({e.code}){value}", file=sys.stderr)
        print(f"未导入 / nothing imported: {len(report.errors)} error(s)", file=sys.stderr)
        return 1
    print(
        f"已导入 / imported {len(report.imported)} case(s); "
        f"已存在跳过 / skipped {len(report.skipped)} already present"
    )
    return 0
