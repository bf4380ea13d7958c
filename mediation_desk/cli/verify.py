"""``mediation-desk verify FILE``: check a printed or scanned agreement — its QR code, the
archive, and the printed text — and say exactly what was checked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import KnownError
from .account import NO_SIGN_IN, SignInAborted, add_account_arguments, sign_in
from .common import database_from, report_error

if TYPE_CHECKING:
    from ..services.verification import VerifyReport

#: Exit codes, as documented in ``--help`` and the README.
VALID, ALTERED, UNKNOWN, UNREADABLE, COMPARE_BY_EYE, TOO_LARGE = 0, 1, 2, 3, 4, 5

VERDICTS = {
    "valid": "有效 / valid: the agreement matches the archived signed version",
    "altered": "已被篡改 / altered: the agreement differs from the archived signed version",
    "unknown": "未知 / unknown: no agreement code of this installation, or not in the archive",
}
SCAN = "二维码有效，文字未核对 / code valid, text not checked: this file has no printed text (a scan)"
CHECKED = {
    "signature": "二维码签名 / QR signature: made with this installation's key (or a trusted workstation's)",
    "archive": "存档 / archive: the archived signed content still hashes to the code's digest",
    "printed_items": "打印内容 / printed items: each item of the archived content looked for in the text",
    "printed_text": "打印文字 / printed text: compared with the agreement as archived, every character",
    "text_unavailable": "打印文字 / printed text: NOT checked (no text in the file) — compare by eye below",
}
WITHHELD = (
    "存档内容未显示 / archived content not shown: it holds names and amounts; sign in with --user NAME "
    "(an account that may read this case) to see it"
)
EPILOG = """The verdict needs no account. The archived content (for comparing a scan by eye, or an
altered paper) is shown only after signing in (--user, password asked for or --password-stdin)
with an account that may read the case.

exit codes:
  0  valid: code, archive and the whole printed text checked, no difference
  1  altered: the printed text or the archived content differs from what was signed
  2  unknown: no agreement code of this installation, or the agreement is not in the archive
  3  the file could not be read (missing, not a PDF or image, damaged)
  4  code and archive valid, but the file has no printed text (a scan or photo): compare the
     paper with the archived content printed by this command
  5  over a limit: file larger than 50 MB, more than 50 pages, a page or image over 40
     megapixels at 200 dpi, a page whose drawing unpacks past 16 MB, or more than 30 s of work
"""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "verify",
        help="verify an agreement (PDF or scanned image): QR code, archive and printed text",
        description="Decode the agreement's QR code, check its Ed25519 signature against this "
        "installation's keys and its digest against the archived agreement, then compare the "
        "printed text of a PDF with the archived signed content (any difference: altered). For a "
        "scan without text, the archived content is printed for you to compare with the paper.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", type=Path, metavar="FILE", help="a PDF, or a PNG/JPEG/TIFF scan or photo")
    add_account_arguments(p)  # optional: only to see the archived content (names, amounts)
    p.set_defaults(func=run)


def describe(report: VerifyReport) -> tuple[list[str], int]:
    """The lines to print and the exit code for a report."""
    scan = report.verdict == "valid" and not report.text_checked
    lines = [SCAN if scan else VERDICTS[report.verdict]]
    if report.number:
        where = f"({report.kind}, {report.pages} pages)"
        lines.append(f"  协议 / agreement: {report.number} v{report.version} {where}")
    lines += ["已核对 / checked:"] + [f"  - {CHECKED[c]}" for c in report.checked]
    if not report.checked:
        lines.append("  - 二维码 / QR code: none of this installation found")
    if report.verdict == "valid" and report.text_checked:
        lines.append("结果 / result: no difference")
    lines += [f"  缺少 / not printed: {m}" for m in report.missing]
    lines += [f"  不同 / differs: {c}" for c in report.changed]
    if report.archived:
        lines += ["存档内容 / archived signed content:"] + [f"  {line}" for line in report.archived]
    if report.archived_withheld:
        lines.append(WITHHELD)
    code = {"valid": VALID, "altered": ALTERED, "unknown": UNKNOWN}[report.verdict]
    return lines, COMPARE_BY_EYE if scan else code


def run(args: argparse.Namespace) -> int:
    from ..services.verification import verify_report
    from ..signing.scan import LIMIT_CODES

    if not args.file.is_file():
        print(f"错误 / error: no such file: {args.file}")
        return UNREADABLE
    try:
        db = database_from(args)
        try:
            actor = sign_in(db, args) if getattr(args, "user", None) else None
            report = verify_report(db, args.file, actor)
        finally:
            db.dispose()
    except SignInAborted:
        print(NO_SIGN_IN, file=sys.stderr)
        return UNREADABLE
    except KnownError as exc:
        report_error(exc)
        return TOO_LARGE if exc.code in LIMIT_CODES.values() else UNREADABLE
    lines, code = describe(report)
    print("\n".join(lines))
    return code
