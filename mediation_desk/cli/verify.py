"""``mediation-desk verify FILE``: check the QR code of a printed or scanned agreement."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import KnownError
from .common import database_from, report_error

#: What the command prints for each verdict, and its exit code.
VERDICTS = {
    "valid": ("有效 / valid: the agreement matches the archived signed version", 0),
    "altered": ("已被篡改 / altered: the archived content no longer matches the signed code", 1),
    "unknown": ("未知 / unknown: no agreement code of this installation, or not in the archive", 2),
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "verify",
        help="verify an agreement (PDF or scanned image) by its QR code",
        description="Decode the agreement's QR code, check its Ed25519 signature against this "
        "installation's keys and its digest against the archived agreement. Exit code 0: valid; "
        "1: altered; 2: unknown; 3: the file could not be checked.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="a PDF, or a PNG/JPEG/TIFF scan or photo")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.documents import verify_file

    if not args.file.is_file():
        print(f"错误 / error: no such file: {args.file}")
        return 3
    try:
        db = database_from(args)
        try:
            verdict = verify_file(db, args.file)
        finally:
            db.dispose()
    except KnownError as exc:
        report_error(exc)
        return 3
    text, code = VERDICTS[verdict]
    print(text)
    return code
