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
        ("Case", "CaseParty", "ConsentRecord", "LinkedMatter", "Membership", "StatusHistory"), "cases"
    ),
    **dict.fromkeys(("Organisation", "Person", "PersonRelation", "User"), "people"),
    **dict.fromkeys(
        ("AuditEvent", "CalendarOverride", "Category", "NumberSeries", "SearchGram", "Setting"), "system"
    ),
    **dict.fromkeys(
        ("Agreement", "Attachment", "Attendance", "FollowUp", "JudicialConfirmation", "MediationSession",
         "Obligation", "Payment"),
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


if TYPE_CHECKING:  # the names for type checkers (F401: re-exported through __getattr__)
    from .archive import AgreementArchive  # noqa: F401
    from .cases import Case, CaseParty, ConsentRecord, LinkedMatter, Membership, StatusHistory  # noqa: F401
    from .people import Organisation, Person, PersonRelation, User  # noqa: F401
    from .reporting import CaseReport, HotlineTicket, ScreeningRound  # noqa: F401
    from .system import AuditEvent, CalendarOverride, Category, NumberSeries, SearchGram, Setting  # noqa: F401
    from .work import (  # noqa: F401  # noqa: F401
        Agreement,
        Attachment,
        Attendance,
        FollowUp,
        JudicialConfirmation,
        MediationSession,
        Obligation,
        Payment,
    )
