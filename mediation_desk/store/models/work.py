"""Sessions, agreements, obligations, payments, follow-ups, confirmation, attachments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from ._cols import Edited, Table, aware, version_column

#: each editable table's ``row_version`` column (the mapper's version counter)
_VERSION = {
    name: version_column()
    for name in ("mediationsession", "agreement", "obligation", "followup", "judicialconfirmation")
}


class MediationSession(Edited, table=True):
    """A mediation meeting and its record (笔录)."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    starts_at: datetime = aware(nullable=False, index=True)
    ends_at: datetime | None = aware()
    place: str = Field(default="", max_length=200)
    public: bool = False
    record: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    outcome: str = Field(default="pending", max_length=20)
    recorded_at: datetime | None = aware()
    row_version: int = Field(default=1, sa_column=_VERSION["mediationsession"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["mediationsession"]}


class Attendance(Table, table=True):
    """Who attended a session."""

    __table_args__ = (UniqueConstraint("session_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="mediationsession.id", index=True)
    person_id: int = Field(foreign_key="person.id")
    capacity: str = Field(default="", max_length=30)


class Agreement(Edited, table=True):
    """A version of the settlement; signed versions are frozen, corrections supersede them."""

    __table_args__ = (UniqueConstraint("case_id", "version"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    version: int = 1
    number: str = Field(max_length=60, index=True)
    form: str = Field(default="written", max_length=20)
    state: str = Field(default="draft", max_length=20)
    facts: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    issues: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    responsibility: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    terms: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    performance_method: str = Field(default="", max_length=200)
    performance_place: str = Field(default="", max_length=200)
    performance_deadline: date | None = None
    effective_on: date | None = None
    supersedes_id: int | None = Field(default=None, foreign_key="agreement.id")
    printed_at: datetime | None = aware()
    signed_at: datetime | None = aware()
    signatories: str = Field(default="", max_length=500)
    scan_attachment_id: int | None = Field(default=None, foreign_key="attachment.id")
    content_sha256: str = Field(default="", max_length=64)
    offender_admits: bool = False  # criminal reconciliation
    apology: str = Field(default="", max_length=1000)
    victim_leniency: bool = False
    created_at: datetime = aware(nullable=False, now=True)
    row_version: int = Field(default=1, sa_column=_VERSION["agreement"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["agreement"]}


class Obligation(Edited, table=True):
    """Who pays whom what, by when (one row per instalment)."""

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    seq: int = 1
    payer_person_id: int = Field(foreign_key="person.id")
    payee_person_id: int = Field(foreign_key="person.id")
    description: str = Field(default="", max_length=500)
    amount_fen: int
    due_date: date | None = Field(default=None, index=True)
    on_the_spot: bool = False
    row_version: int = Field(default=1, sa_column=_VERSION["obligation"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["obligation"]}


class Payment(Table, table=True):
    """Money actually paid, with a receipt number."""

    id: int | None = Field(default=None, primary_key=True)
    obligation_id: int = Field(foreign_key="obligation.id", index=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    amount_fen: int
    paid_at: datetime = aware(nullable=False)
    method: str = Field(default="cash", max_length=20)
    receipt_no: str = Field(default="", max_length=60)
    note: str = Field(default="", max_length=500)


class FollowUp(Edited, table=True):
    """A later check on performance and satisfaction."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    due_on: date | None = Field(default=None, index=True)
    done_at: datetime | None = aware(index=True)
    method: str = Field(default="phone", max_length=20)  # phone, visit, sms, wechat
    performed: bool | None = None  # True only when fully performed (kept for older readers)
    performance: str | None = Field(default=None, max_length=20)  # FollowUpPerformance
    contact_person: str = Field(default="", max_length=100)  # who was contacted
    response: str = Field(default="", max_length=1000)  # what they said
    satisfaction_asked: bool = False
    satisfaction: str | None = Field(default=None, max_length=30)  # None unless asked and answered
    note: str = Field(default="", max_length=1000)
    row_version: int = Field(default=1, sa_column=_VERSION["followup"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["followup"]}


class JudicialConfirmation(Edited, table=True):
    """Joint application to a court to confirm the agreement (within 30 days)."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    agreement_id: int = Field(foreign_key="agreement.id")
    court: str = Field(default="", max_length=100)
    applied_on: date | None = None
    decided_on: date | None = None
    result: str = Field(default="", max_length=200)
    row_version: int = Field(default=1, sa_column=_VERSION["judicialconfirmation"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["judicialconfirmation"]}


class Attachment(Table, table=True):
    """A file kept in the data directory; its SHA-256 is stored here."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    kind: str = Field(max_length=30)
    filename: str = Field(max_length=255)
    stored_path: str = Field(max_length=500)
    sha256: str = Field(max_length=64)
    size: int
    created_at: datetime = aware(nullable=False, now=True)
