"""Command line: ``mediation-desk`` starts the GUI; subcommands do unattended work."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .cli import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediation-desk",
        description="Mediation Desk 调解案件管理 — start the desktop app, or run a subcommand.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: a SQLite file in the user data directory); "
        "e.g. postgresql+psycopg://user:pw@server/mediation",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user-interface language for this run")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="smoke-test this installation in a temporary directory and exit (0: passed)",
    )
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    func = getattr(args, "func", None)
    if func is not None:
        return int(func(args) or 0)
    from .app import run_gui
    from .demo import DEMO

    return run_gui(args, demo=DEMO)


if __name__ == "__main__":
    sys.exit(main())
