"""Shared column helpers for the table modules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field

from ..types import UTCDateTime, utcnow


def aware(*, nullable: bool = True, index: bool = False, now: bool = False) -> Any:
    """A timezone-aware UTC datetime field (``now``: defaults to the current time)."""
    kwargs: dict[str, Any] = {"sa_column": Column(UTCDateTime(), nullable=nullable, index=index)}
    if now:
        kwargs["default_factory"] = utcnow
    else:
        kwargs["default"] = None
    return Field(**kwargs)


__all__ = ["aware", "datetime"]
