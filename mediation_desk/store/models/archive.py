"""The archive of signed agreement content, for QR verification (revision 0004)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from ._cols import Table, aware


class AgreementArchive(Table, table=True):
    """Canonical content of an agreement version as signed; looked up by (number, version)."""

    __table_args__ = (UniqueConstraint("number", "version"), UniqueConstraint("agreement_id"))
    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id")
    case_id: int = Field(foreign_key="case.id", index=True)
    number: str = Field(max_length=60)
    version: int
    content: str = Field(sa_column=Column(Text, nullable=False))  # UTF-8 canonical JSON
    sha256: str = Field(max_length=64)
    created_at: datetime = aware(nullable=False, now=True)
