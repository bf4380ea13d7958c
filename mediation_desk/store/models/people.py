"""Organisations, persons (parties and committee members), relations, user accounts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field

from ._cols import Edited, Table, aware, version_column

#: each editable table's ``row_version`` column (the mapper's version counter)
_VERSION = {name: version_column() for name in ("organisation", "person")}


class Organisation(Edited, table=True):
    """A committee, studio, police station, court... ``org_code`` feeds case numbers (京朝)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, index=True)
    kind: str = Field(max_length=30)
    org_code: str = Field(default="", max_length=20)
    uscc: str | None = Field(default=None, max_length=18)
    address: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=20)
    created_at: datetime = aware(nullable=False, now=True)
    row_version: int = Field(default=1, sa_column=_VERSION["organisation"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["organisation"]}


class Person(Edited, table=True):
    """A natural person or an organisation; one record per ID number / credit code."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="natural", max_length=20)
    name: str = Field(max_length=100, index=True)
    sex: str | None = Field(default=None, max_length=10)
    birth_date: date | None = None
    ethnicity: str = Field(default="", max_length=20)
    id_type: str | None = Field(default=None, max_length=30)
    id_number: str | None = Field(default=None, max_length=40, index=True)  # not unique: 0015
    uscc: str | None = Field(default=None, max_length=18, index=True)
    legal_rep: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=20, index=True)
    address: str = Field(default="", max_length=200)
    occupation: str = Field(default="", max_length=50)
    employer: str = Field(default="", max_length=100, sa_column_kwargs={"server_default": ""})  # 工作单位
    legal_rep_title: str = Field(default="", max_length=30, sa_column_kwargs={"server_default": ""})
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    member_role: str | None = Field(default=None, max_length=30, index=True)  # committee directory
    active: bool = Field(
        default=True, sa_column_kwargs={"server_default": sa.true()}
    )  # offered for assignment
    sensitive: bool = False  # under-14 party: data flagged sensitive
    created_at: datetime = aware(nullable=False, now=True)
    updated_at: datetime = aware(nullable=False, now=True)
    row_version: int = Field(default=1, sa_column=_VERSION["person"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["person"]}


class PersonRelation(Table, table=True):
    """A recorded relation used for recusal: kinship, employer, agent, adviser, shared interest."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    other_person_id: int = Field(foreign_key="person.id", index=True)
    kind: str = Field(max_length=30)
    note: str = Field(default="", max_length=200)


class User(Table, table=True):
    """A personal account. ``role``: mediator, director, member, custodian, admin, auditor."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=50, unique=True)
    display_name: str = Field(max_length=50)
    role: str = Field(max_length=20)
    person_id: int | None = Field(default=None, foreign_key="person.id")
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id")
    password_hash: str = Field(default="", max_length=200)
    failed_logins: int = 0
    lock_level: int = 0
    locked_until: datetime | None = aware()
    active: bool = True
    created_at: datetime = aware(nullable=False, now=True)
