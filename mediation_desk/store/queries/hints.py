"""Planner hints that keep SQLite on the index a query should walk.

SQLite plans without table statistics: an equality on an indexed column always looks like the
best way in, even when it matches a tenth of the table and a range on another index matches a
few thousand rows. ``+column`` (SQLite's unary plus) keeps the column as a filter and out of the
plan; PostgreSQL plans by its statistics and gets the plain column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class unindexed(FunctionElement[Any]):  # noqa: N801  (reads as a function in a query)
    """A column SQLite must not look up by its index (``+column``); elsewhere the column itself.

    Examples: a director's list filters by ``+organisation_id`` (the organisation is 88 % of the
    cases, a filter, not a way in: looked up, SQLite sorted the whole organisation for every
    page, 200–900 ms); the monthly question's cases of one category in one month read the
    month by ``ix_case_received_at`` and test ``+category`` (looked up by category, a million-case
    file read 150,000 cases of the category for 6,000 in the month: 265 → ~20 ms).
    """

    type = Integer()
    inherit_cache = True
    name = "unindexed"


@compiles(unindexed)
def _plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # type: ignore[no-any-return]


@compiles(unindexed, "sqlite")
def _plus(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)  # type: ignore[no-any-return]


__all__ = ["unindexed"]
