"""Number series, audit events, settings, categories, calendar overrides, search grams."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from ._cols import Edited, Table, aware, version_column

#: each editable table's ``row_version`` column (the mapper's version counter)
_VERSION = {name: version_column() for name in ("setting", "category")}


class NumberSeries(Table, table=True):
    """One counter per organisation, document type and year; numbers are never reused."""

    __table_args__ = (UniqueConstraint("organisation_id", "type_code", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id")
    type_code: str = Field(max_length=10)
    year: int
    last_seq: int = 0


class AuditEvent(Table, table=True):
    """Append-only, hash-chained record of every change made through a service."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = aware(nullable=False, index=True, now=True)
    user_id: int | None = Field(default=None, index=True)
    username: str = Field(default="", max_length=50)
    workstation: str = Field(default="", max_length=100)
    action: str = Field(max_length=50, index=True)
    entity: str = Field(max_length=50)
    entity_id: int | None = None
    case_id: int | None = Field(default=None, index=True)
    diff: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class Setting(Edited, table=True):
    """An administrator setting (limits, organisation details), value as JSON text."""

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(sa_column=Column(Text, nullable=False))
    row_version: int = Field(default=1, sa_column=_VERSION["setting"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["setting"]}


class Category(Edited, table=True):
    """A dispute category; administrators can add more."""

    code: str = Field(primary_key=True, max_length=30)
    name_zh: str = Field(max_length=50)
    name_en: str = Field(default="", max_length=80)
    active: bool = True
    sort_order: int = 0
    row_version: int = Field(default=1, sa_column=_VERSION["category"])
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _VERSION["category"]}


class CalendarOverride(Table, table=True):
    """An administrator's correction to the working-day calendar."""

    day: date = Field(primary_key=True)
    working: bool
    note: str = Field(default="", max_length=100)


class SearchGram(Table, table=True):
    """1- and 2-character grams of party names and titles, for short Chinese queries."""

    __table_args__ = {"sqlite_with_rowid": False}
    gram: str = Field(primary_key=True, max_length=4)
    case_id: int = Field(primary_key=True, foreign_key="case.id", index=True)


__all__ = ["AuditEvent", "CalendarOverride", "Category", "NumberSeries", "SearchGram", "Setting", "datetime"]
