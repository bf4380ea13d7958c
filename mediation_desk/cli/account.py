"""Sign-in for commands that read or write personal data (issue 14, class 3).

``--user NAME`` names the account; the password is asked for on the terminal (not echoed), or read
from the first line of standard input with ``--password-stdin`` (for scripts). The command then
runs as that account, under exactly the policy the windows apply, and is audited under its name.
"""

from __future__ import annotations

import argparse
import getpass
import socket
import sys

from ..services.base import Actor
from ..store.database import Database


def add_account_arguments(parser: argparse.ArgumentParser) -> None:
    """``--user NAME`` and ``--password-stdin``."""
    parser.add_argument("--user", metavar="NAME", help="the account to sign in with (asked for when omitted)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input instead of asking",
    )


class SignInAborted(Exception):
    """No user name or password could be read (no terminal and no ``--password-stdin``)."""


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise SignInAborted
    print(prompt, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().rstrip("\r\n")


def sign_in(db: Database, args: argparse.Namespace) -> Actor:
    """The signed-in actor for this command.

    Raises:
        SignInAborted: nothing to read the user name or password from.
        PermissionDenied: ``auth.failed`` / ``auth.locked`` (as in the sign-in window).
    """
    from ..services.accounts import login

    name = args.user or _ask("用户名 / user name: ")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("密码 / password: ")
    else:
        raise SignInAborted
    if not name or not password:
        raise SignInAborted
    return login(db, name, password, workstation=f"{socket.gethostname()} (command line)")


NO_SIGN_IN = (
    "错误 / error: this command needs an account — give --user NAME and type the password, "
    "or pipe it with --password-stdin"
)
