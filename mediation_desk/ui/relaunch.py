"""Start Mediation Desk again as this process was started (after a restore from the File menu).

A restored database needs a fresh start: the open connections, caches and every page's rows
belong to the data that was replaced. Rather than asking the user to start the app by hand, the
restore asks for a new start (:func:`request`); when this copy has closed its database (the
end of ``app.run_gui``), :func:`start_if_requested` starts a new, detached copy with the same
arguments (``--database``, ``--lang``), which checks the restored file before it opens it.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

_requested: list[bool] = []


def request() -> None:
    """Ask for a new start once this copy has closed (``app.run_gui`` calls :func:`start_if_requested`)."""
    _requested[:] = [True]


def requested() -> bool:
    return bool(_requested)


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments that start this app again (frozen bundle or Python package)."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, ["-m", "mediation_desk", *sys.argv[1:]]


def start_if_requested() -> bool:
    """Start a new, detached copy if one was requested; tell the user if that fails.

    Returns:
        True if a new copy was started.
    """
    if not _requested:
        return False
    _requested.clear()
    program, args = relaunch_command()
    if QProcess.startDetached(program, args)[0]:
        return True
    log.warning("could not start %s %s again", program, args)
    QMessageBox.warning(
        None,
        QCoreApplication.translate("Relaunch", "Mediation Desk"),
        QCoreApplication.translate(
            "Relaunch",
            "Mediation Desk could not start again by itself. Start it again and confirm the restored data.",
        ),
    )
    return False


__all__ = ["relaunch_command", "request", "requested", "start_if_requested"]
