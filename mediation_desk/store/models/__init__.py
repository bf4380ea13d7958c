"""All SQLModel tables. Import from here so that metadata is complete."""

from . import denorm as _denorm  # noqa: F401  (keeps case.chief_mediator_name in sync)
from .archive import AgreementArchive
from .cases import Case, CaseParty, ConsentRecord, LinkedMatter, Membership, StatusHistory
from .people import Organisation, Person, PersonRelation, User
from .system import AuditEvent, CalendarOverride, Category, NumberSeries, SearchGram, Setting
from .work import (
    Agreement,
    Attachment,
    Attendance,
    FollowUp,
    JudicialConfirmation,
    MediationSession,
    Obligation,
    Payment,
)

__all__ = [
    "Agreement",
    "AgreementArchive",
    "Attachment",
    "Attendance",
    "AuditEvent",
    "CalendarOverride",
    "Case",
    "CaseParty",
    "Category",
    "ConsentRecord",
    "FollowUp",
    "JudicialConfirmation",
    "LinkedMatter",
    "MediationSession",
    "Membership",
    "NumberSeries",
    "Obligation",
    "Organisation",
    "Payment",
    "Person",
    "PersonRelation",
    "SearchGram",
    "Setting",
    "StatusHistory",
    "User",
]
