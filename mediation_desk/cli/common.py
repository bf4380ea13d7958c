"""Helpers shared by subcommands: opening the database, printing known errors."""

from __future__ import annotations

import argparse
import sys

from ..domain.errors import KnownError
from ..store.database import Database, open_database


def database_from(args: argparse.Namespace) -> Database:
    from ..paths import default_database_url

    return open_database(args.database or default_database_url())


def report_error(exc: KnownError) -> int:
    """Print a known error in a stable, greppable form; exit code 2."""
    print(f"错误 / error: {exc}", file=sys.stderr)
    return 2
