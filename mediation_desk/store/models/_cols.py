"""Shared helpers for the table modules: the table base class and column helpers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field, SQLModel
from sqlmodel.main import SQLModelConfig

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


__all__ = ["Table", "aware", "datetime"]
