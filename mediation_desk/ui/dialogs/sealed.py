"""Sealed records and masked IDs: ask for the legal basis or the reason, then the audited service.

* :func:`may_open_case` — before a case opens anywhere (given the answer of
  :func:`~mediation_desk.services.case_access.case_access`): a readable case opens; a sealed or
  juvenile case the user is not on opens only for the custodian after a legal basis was
  recorded (:func:`policy.open_sealed`, audited); everyone else gets the refusal message.
* :func:`reveal_full_id` — the "Show ID" action: a reason, then :func:`policy.reveal_id`
  (audited); the caller shows the number in that view only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ...domain.errors import KnownError
from ...services import policy
from ...services.case_access import CaseAccess
from .. import errors
from ..context import AppContext


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A short multi-line text from the user (None when cancelled). Tests replace this."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def may_open_case(ctx: AppContext, access: CaseAccess, case_id: int, parent: QWidget | None = None) -> bool:
    """Whether the case may be shown now, given :func:`~mediation_desk.services.case_access.case_access`'s
    answer (read off the UI thread): asks the custodian for a legal basis for a sealed record."""
    if access.refusal is None:
        return True
    if not access.may_unseal:
        errors.show_known_error(parent, access.refusal)
        return False
    actor, number = ctx.actor, access.number
    while True:
        basis = ask_text(
            parent,
            QCoreApplication.translate("Sealed", "Sealed record %1").replace("%1", number),
            QCoreApplication.translate(
                "Sealed",
                "This record is sealed. Opening it is recorded in the audit log.\n"
                "Enter the legal basis (law, article, request or approval number):",
            ),
        )
        if basis is None:
            return False
        try:
            changes = policy.open_sealed(ctx.db, actor, case_id, basis)
        except KnownError as exc:
            errors.show_known_error(parent, exc)
            continue
        ctx.bus.publish(changes)
        return True


def reveal_full_id(ctx: AppContext, person_id: int, name: str, parent: QWidget | None = None) -> str | None:
    """Ask why, reveal the person's full ID number (audited); None when cancelled or refused."""
    reason = ask_text(
        parent,
        QCoreApplication.translate("Sealed", "Show the full ID number of %1").replace("%1", name),
        QCoreApplication.translate(
            "Sealed",
            "The full ID number is shown only after you give a reason; it is recorded in the audit log.",
        ),
    )
    if reason is None:
        return None
    try:
        return policy.reveal_id(ctx.db, ctx.actor, person_id, reason)
    except KnownError as exc:
        errors.show_known_error(parent, exc)
        return None


__all__ = ["ask_text", "may_open_case", "reveal_full_id"]
