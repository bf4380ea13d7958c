"""Shared helpers for the table modules: the table base class and column helpers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Integer
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

from ..types import UTCDateTime, utcnow


class Table(SQLModel):
    """Base of every table class.

    Pydantic builds a table class's validator and serialiser when the class is first validated or
    dumped, not at import (``defer_build``): table objects are made from database rows and service
    inputs without validation, so most classes never need one, and the app's start no longer pays
    for ~30 of them (~25 ms of CPU) before its window shows.
    """

    model_config = SQLModelConfig(from_attributes=True, defer_build=True)


def aware(*, nullable: bool = True, index: bool = False, now: bool = False) -> Any:
    """A timezone-aware UTC datetime field (``now``: defaults to the current time)."""
    kwargs: dict[str, Any] = {"sa_column": Column(UTCDateTime(), nullable=nullable, index=index)}
    if now:
        kwargs["default_factory"] = utcnow
    else:
        kwargs["default"] = None
    return Field(**kwargs)


class Edited(Table):
    """Base of a table whose records users edit: who changed one last, and when.

    Kept by ``store/versions.py`` on every flush; its ``row_version`` column (given by each table,
    see :func:`version_column`) refuses a save based on an older version of the record.
    """

    changed_by: str = Field(default="", max_length=50)
    changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


def version_column() -> Column[int]:
    """A ``row_version`` column for one table: pass it as the field's ``sa_column`` and as the
    mapper's ``version_id_col`` (SQLAlchemy then adds ``WHERE row_version = :seen`` to every
    UPDATE and bumps it)."""
    return Column("row_version", Integer, nullable=False, default=1, server_default="1")


__all__ = ["Edited", "Table", "aware", "datetime", "version_column"]
