"""Cases, their parties, the linked police matter, committee memberships, status history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy import Column, Index, Integer, Text, UniqueConstraint, text
from sqlmodel import Field

from ...domain.enums import CaseStatus
from ._cols import Edited, Table, aware, version_column

#: Workflow order of the statuses as a sort key (the expression of migration 0010's index).
#: each editable table's ``row_version`` column (the mapper's version counter)
_VERSION = {name: version_column() for name in ("caseparty", "linkedmatter", "membership")}


_STATUS_RANK = (
    "(CASE status "
    + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(CaseStatus))
    + f" ELSE {len(CaseStatus)} END)"
)

# SQLAlchemy 2.1 wants the Column object itself for version_id_col (the string form fails).
_case_version = Column("version", Integer, nullable=False, default=1)


#: What the visibility rule reads (services/policy.py), carried by every list index.
_VISIBILITY = ("organisation_id", "sealed", "juvenile")


class Case(Table, table=True):
    """One dispute being mediated. ``version`` is the optimistic-locking counter."""

    # The case list's orders (migrations 0006, 0007, 0009, 0010): each index carries ``id`` after
    # its key, then the visibility rule's columns, tested from the index alone (migration 0012).
    __table_args__ = (
        Index("ix_case_title", "title", "id", *_VISIBILITY),
        Index("ix_case_category", "category", "id", *_VISIBILITY),
        Index("ix_case_track", "track", "id", *_VISIBILITY),
        Index("ix_case_party_names", "party_names", "id", *_VISIBILITY),
        Index("ix_case_received_at", "received_at", "id", *_VISIBILITY),
        # deadline and chief mediator orders, cases without one last in both directions
        Index("ix_case_due_order", text("(due_at IS NULL)"), text("due_at"), text("id"), *_VISIBILITY),
        Index(
            "ix_case_due_order_desc",
            text("(due_at IS NULL)"),
            text("due_at DESC"),
            text("id DESC"),
            *_VISIBILITY,
        ),
        Index(
            "ix_case_mediator_order",
            text("(chief_mediator_name IS NULL)"),
            text("chief_mediator_name"),
            text("id"),
            *_VISIBILITY,
        ),
        Index(
            "ix_case_mediator_order_desc",
            text("(chief_mediator_name IS NULL)"),
            text("chief_mediator_name DESC"),
            text("id DESC"),
            *_VISIBILITY,
        ),
        # the Status column in workflow order (queries/case_list.py STATUS_RANK)
        Index("ix_case_status_order", text(_STATUS_RANK), text("id"), *_VISIBILITY),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=60, unique=True)
    year: int
    seq: int
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    title: str = Field(max_length=200)
    track: str = Field(max_length=30)
    source: str = Field(max_length=30, index=True)
    category: str = Field(max_length=30)
    status: str = Field(max_length=30, index=True)
    received_at: datetime = aware(nullable=False, now=True)
    incident_on: date | None = None
    accepted_at: datetime | None = aware(index=True)
    closed_at: datetime | None = aware(index=True)
    first_contact_at: datetime | None = aware()
    facts: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    claims: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    juvenile: bool = Field(default=False, index=True)
    sealed: bool = Field(default=False, index=True)
    confidential_amounts: bool = False
    chief_mediator_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    # denormalised for the list's sort; kept by models/denorm.py (ORM writes) and the demo builder
    chief_mediator_name: str | None = Field(default=None, max_length=100)
    fee_fen: int | None = None  # lawyer mediation only (people's mediation is free)
    due_at: datetime | None = aware(index=True)  # cached next deadline, for sorting
    # cached end of a running 48-hour clock (None: none running), for the list column and dashboard
    fast_track_due_at: datetime | None = aware(index=True)
    extended_until: date | None = None
    extension_reason: str = Field(default="", max_length=500)
    decline_reason: str = Field(default="", max_length=500)
    party_names: str = Field(default="", max_length=500)  # denormalised for list and sort
    eligibility_override: str = Field(default="", max_length=1000)
    created_by: int | None = Field(default=None, foreign_key="user.id", index=True)
    version: int = Field(default=1, sa_column=_case_version)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _case_version}


class CaseParty(Edited, table=True):
    """A person's part in a case: role, guardian-of, agent with written authority, consent."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=30)
    guardian_of_id: int | None = Field(default=None, foreign_key="caseparty.id")
    agent_for_id: int | None = Field(default=None, foreign_key="caseparty.id")
    agent_authority: str = Field(default="", max_length=500)
    # an agent's 授权委托书 is on file
    power_of_attorney: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    consent: bool = False  # consent to (public-security) mediation recorded
    sort_order: int = 0
    row_version: int = Field(default=1, sa_column=_VERSION["caseparty"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["caseparty"]}


class LinkedMatter(Edited, table=True):
    """The police case behind the dispute, with the fast-track clock's timestamps."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", unique=True)
    police_case_no: str = Field(default="", max_length=60, index=True)
    charge: str = Field(default="", max_length=100)
    procedure: str = Field(default="other", max_length=40)
    stage: str = Field(default="investigation", max_length=40)
    summoned_at: datetime | None = aware()
    investigation_done_at: datetime | None = aware()
    review_done_at: datetime | None = aware()
    trial_done_at: datetime | None = aware()
    appraisal_at: datetime | None = aware()
    police_recommendation: str = Field(default="", max_length=500)
    recommendation_at: datetime | None = aware()
    decision: str = Field(default="", max_length=500)
    decision_at: datetime | None = aware()
    eligibility: str = Field(
        default="", sa_column=Column(Text, nullable=False, default="", server_default="")
    )
    """Criminal-reconciliation checklist (``CriminalFacts`` as JSON text)."""
    row_version: int = Field(default=1, sa_column=_VERSION["linkedmatter"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["linkedmatter"]}


class ConsentRecord(Table, table=True):
    """A party's recorded consent: ``purpose`` "mediation" (治安调解) or "extension" (with ``until``)."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    case_party_id: int = Field(foreign_key="caseparty.id")
    purpose: str = Field(max_length=20)
    given_at: datetime = aware(nullable=False)
    until: date | None = None
    note: str = Field(default="", max_length=500)
    user_id: int | None = Field(default=None, foreign_key="user.id")


class MatterDecision(Table, table=True):
    """A decision in the linked criminal or administrative matter, on any track: ``kind`` one of
    ``domain.matter.DecisionKind`` (不起诉, 撤案, 判决, 行政处罚, 取保候审…), with its date."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    kind: str = Field(max_length=30)
    decided_on: date
    authority: str = Field(default="", max_length=100)
    note: str = Field(default="", max_length=500)
    recorded_at: datetime = aware(nullable=False, now=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")


class Membership(Edited, table=True):
    """A committee member on a case, with role, stages (comma-separated codes), from/to."""

    # a person's current cases read from the index alone (the visibility rule of every list)
    __table_args__ = (Index("ix_membership_person_case", "person_id", "case_id", "from_date", "to_date"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=30)
    stages: str = Field(default="", max_length=200)
    from_date: date
    to_date: date | None = None
    override_reason: str = Field(default="", max_length=500)
    row_version: int = Field(default=1, sa_column=_VERSION["membership"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["membership"]}


class StatusHistory(Table, table=True):
    """Every change of status: who, when, from, to, why."""

    __table_args__ = (
        UniqueConstraint("case_id", "seq"),
        Index("ix_statushistory_to_status_at", "to_status", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    seq: int
    from_status: str | None = Field(default=None, max_length=30)
    to_status: str = Field(max_length=30)
    at: datetime = aware(nullable=False, now=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    reason: str = Field(default="", max_length=1000)


# The hook that keeps ``case.chief_mediator_name`` right is registered with the case table.
from .denorm import keep_chief_mediator_name  # noqa: E402 - needs Case defined

keep_chief_mediator_name(Case)
