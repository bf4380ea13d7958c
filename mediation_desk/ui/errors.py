"""Known errors become clear messages in the user's language; bugs become a crash dialog.

:func:`message` is the :class:`~mediation_desk.domain.errors.KnownError`'s sentence from
:mod:`mediation_desk.ui.messages` (which holds every message; this module only shows them).
:func:`show_error` shows either a known-error dialog (what happened, what to do) or the crash
dialog (no traceback unless the user opens "Details"); both are logged.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import ConflictError, KnownError, StorageError
from . import messages

log = logging.getLogger(__name__)


def message(exc: KnownError) -> str:
    """A translated sentence for ``exc`` (:func:`mediation_desk.ui.messages.render`)."""
    return messages.render(exc)


def title_for(exc: KnownError) -> str:
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Errors", "Changed by someone else")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Errors", "Storage problem")
    return QCoreApplication.translate("Errors", "Cannot do that")


def show_known_error(parent: QWidget | None, exc: KnownError) -> None:
    """A warning dialog saying what happened and what to do."""
    log.info("known error shown: %s", exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title_for(exc), message(exc), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("knownErrorDialog")
    box.exec()


def show_crash(parent: QWidget | None, exc: BaseException, *, log_path: str = "") -> None:
    """The crash dialog for a bug: a calm message, the log location, details on request."""
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Mediation Desk. Your saved work is safe; the last action may "
        "not have been completed.",
    )
    info = QCoreApplication.translate(
        "Errors", "Please tell your administrator. The details were written to the log:"
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Unexpected error"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("crashDialog")
    box.setInformativeText(f"{info}\n{log_path}" if log_path else info)
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` the right way: known error dialog or crash dialog."""
    if isinstance(exc, KnownError):
        show_known_error(parent, exc)
    else:
        from ..paths import log_dir

        show_crash(parent, exc, log_path=str(log_dir() / "mediation_desk.log"))
