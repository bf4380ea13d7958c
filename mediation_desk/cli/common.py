"""Helpers shared by subcommands: opening the database, printing known errors."""

from __future__ import annotations

import argparse
import sys

from ..domain.errors import KnownError
from ..store.database import Database, open_database


def database_from(args: argparse.Namespace) -> Database:
    from ..paths import default_database_url

    return open_database(args.database or default_database_url())


def error_text(exc: KnownError) -> str:
    """``exc`` as the windows say it, in Chinese then English, with its code for scripts to grep."""
    from ..ui.messages import render, tr

    with tr.using(tr.catalogue("zh_CN")):
        chinese = render(exc)
    with tr.using(tr.catalogue("en")):
        english = render(exc)
    return f"错误：{chinese}\nerror: {english} [{exc.code}]"


def describe(exc: KnownError) -> str:
    """``exc`` on one line, Chinese then English (for a row of a listing)."""
    from ..ui.messages import render, tr

    with tr.using(tr.catalogue("zh_CN")):
        chinese = render(exc)
    with tr.using(tr.catalogue("en")):
        english = render(exc)
    return chinese if chinese == english else f"{chinese} / {english}"


def report_error(exc: KnownError) -> int:
    """Print a known error (:func:`error_text`) to standard error; exit code 2."""
    print(error_text(exc), file=sys.stderr)
    return 2
