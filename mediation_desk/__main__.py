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


def _log_to_file() -> None:
    """A command logs to the app's log file, never to the terminal (where Python's last-resort
    handler would print internal lines such as a failed sign-in above the command's message)."""
    import logging
    import logging.handlers

    from .paths import log_dir

    root = logging.getLogger()
    if root.handlers:  # already set up (embedded, or under a test runner)
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir() / "mediation_desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.setLevel(logging.INFO)
    except OSError:  # no writable log folder: keep the terminal clean all the same
        handler = logging.NullHandler()
    root.addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    func = getattr(args, "func", None)
    if func is not None:
        _log_to_file()
        return int(func(args) or 0)
    from .app import run_gui
    from .demo import DEMO

    return run_gui(args, demo=DEMO)


if __name__ == "__main__":
    sys.exit(main())
