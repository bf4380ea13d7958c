"""May this user open a case now? The check the main window asks before it opens a case tab."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import PermissionDenied
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case
from . import policy
from .base import Actor


@dataclass(frozen=True)
class CaseAccess:
    """The answer of :func:`case_access`.

    Attributes:
        case_id: The case asked about.
        refusal: None when the case may be read now (or does not exist: the workspace says so);
            else why not.
        may_unseal: The refusal can be lifted by recording a legal basis (:func:`policy.open_sealed`):
            the case is sealed or juvenile and the user is the sealed-records custodian.
        number: The case number (for the legal-basis prompt).
        tab_title: What the case's tab says: the first parties' names, else the number (shown
            only when the case may be read).
    """

    case_id: int
    refusal: PermissionDenied | None
    may_unseal: bool = False
    number: str = ""
    tab_title: str = ""


def case_access(db: Database, actor: Actor, case_id: int) -> CaseAccess:
    """Whether ``actor`` may read case ``case_id`` now, and if not, whether a legal basis would do."""
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        if case is None:
            return CaseAccess(case_id, None)
        try:
            policy.require(actor, policy.CASE_READ, case=case, session=s)
            title = case.party_names[:12] or case.number
            return CaseAccess(case_id, None, number=case.number, tab_title=title)
        except PermissionDenied as exc:
            restricted = bool(case.sealed or case.juvenile)
            unseal = restricted and policy.can(actor, policy.SEALED_OPEN)
            title = case.party_names[:12] or case.number if unseal else ""
            return CaseAccess(case_id, exc, unseal, case.number, title)
