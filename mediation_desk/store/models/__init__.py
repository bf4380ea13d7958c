"""All SQLModel tables, by name: ``from mediation_desk.store.models import Case``.

A table class is imported with the module that holds it, when first asked for (PEP 562): the
app's start needs the case, people and system tables, and skips building the other ~10 ORM
classes (the agreement's, payments', attachments'…) before its window shows. Code that walks
every table (migrations, transfer) calls :func:`load_all` first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: which module of this package holds each table class
HOMES = {
    "AgreementArchive": "archive",
    **dict.fromkeys(("CaseReport", "HotlineTicket", "ScreeningRound"), "reporting"),
    **dict.fromkeys(
        (
            "Case",
            "CaseParty",
            "ConsentRecord",
            "LinkedMatter",
            "MatterDecision",
            "Membership",
            "StatusHistory",
        ),
        "cases",
    ),
    **dict.fromkeys(("Organisation", "Person", "PersonRelation", "User"), "people"),
    **dict.fromkeys(
        ("AuditEvent", "CalendarOverride", "Category", "NumberSeries", "SearchGram", "Setting"), "system"
    ),
    **dict.fromkeys(
        (
            "Agreement",
            "Attachment",
            "Attendance",
            "FollowUp",
            "JudicialConfirmation",
            "MediationSession",
            "Obligation",
            "Payment",
        ),
        "work",
    ),
}

__all__ = sorted(HOMES)


def __getattr__(name: str) -> Any:
    home = HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def load_all() -> None:
    """Import every table module, so ``SQLModel.metadata`` holds every table."""
    for home in sorted(set(HOMES.values())):
        importlib.import_module(f".{home}", __name__)


if TYPE_CHECKING:  # the names for type checkers (``X as X``: re-exported; at run time __getattr__)
    from .archive import AgreementArchive as AgreementArchive
    from .cases import Case as Case
    from .cases import CaseParty as CaseParty
    from .cases import ConsentRecord as ConsentRecord
    from .cases import LinkedMatter as LinkedMatter
    from .cases import MatterDecision as MatterDecision
    from .cases import Membership as Membership
    from .cases import StatusHistory as StatusHistory
    from .people import Organisation as Organisation
    from .people import Person as Person
    from .people import PersonRelation as PersonRelation
    from .people import User as User
    from .reporting import CaseReport as CaseReport
    from .reporting import HotlineTicket as HotlineTicket
    from .reporting import ScreeningRound as ScreeningRound
    from .system import AuditEvent as AuditEvent
    from .system import CalendarOverride as CalendarOverride
    from .system import Category as Category
    from .system import NumberSeries as NumberSeries
    from .system import SearchGram as SearchGram
    from .system import Setting as Setting
    from .work import Agreement as Agreement
    from .work import Attachment as Attachment
    from .work import Attendance as Attendance
    from .work import FollowUp as FollowUp
    from .work import JudicialConfirmation as JudicialConfirmation
    from .work import MediationSession as MediationSession
    from .work import Obligation as Obligation
    from .work import Payment as Payment
