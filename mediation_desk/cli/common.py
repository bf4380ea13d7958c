"""Helpers shared by subcommands: opening the database, printing known errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..domain.errors import KnownError
from ..store.database import Database, open_database


def database_from(args: argparse.Namespace) -> Database:
    from ..paths import default_database_url

    return open_database(args.database or default_database_url())


def report_error(exc: KnownError) -> int:
    """Print a known error as a message in Chinese and English (never a bare code); exit code 2."""
    print(f"错误 / error: {describe(exc)}", file=sys.stderr)
    return 2


def describe(exc: KnownError) -> str:
    """``exc`` worded for the command line (both languages when the messages are available)."""
    return _describe(exc)


_describe: Callable[[KnownError], str] = str


def use_messages(describe: Callable[[KnownError], str]) -> None:
    """How known errors are worded (``__main__`` hands over ``ui.bilingual.bilingual``)."""
    global _describe
    _describe = describe
