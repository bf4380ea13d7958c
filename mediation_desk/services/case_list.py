"""The case list as the user may see it: a page of rows and the number of matches.

The list pages by keyset in SQL (:func:`~mediation_desk.store.queries.case_list.page_cases`); the
visibility condition and the plan that reads it come from the actor (:mod:`.list_plans`), so the
caller never says what may be seen. The list's read models (:class:`CaseFilters`, :class:`CaseRow`)
and its sort keys (:data:`SORT_COLUMNS`) are re-exported for the screens, which do not import ``store``.
"""

from __future__ import annotations

from ..store.database import Database
from ..store.engine import read_session
from ..store.queries.case_list import SORT_COLUMNS, CaseFilters, CaseRow, count_cases, page_cases
from .base import Actor
from .list_plans import list_condition, list_plan


def page(
    db: Database,
    actor: Actor,
    filters: CaseFilters,
    *,
    order: str,
    descending: bool,
    limit: int,
    after: CaseRow | None = None,
) -> list[CaseRow]:
    """``limit`` rows in ``order`` from the top, or after the row ``after`` (an index seek)."""
    plan = list_plan(actor, searching=bool(filters.text.strip()), order=order)
    with read_session(db.engine) as session:
        return page_cases(
            session=session,
            filters=filters,
            sort_column=order,
            descending=descending,
            limit=limit,
            visible=plan.condition,
            after=after,
            by_set=plan.by_set,
        )


def count(db: Database, actor: Actor, filters: CaseFilters) -> int:
    """How many cases match ``filters`` among those ``actor`` may see."""
    with read_session(db.engine) as session:
        return count_cases(session=session, filters=filters, visible=list_condition(actor, counting=True))


__all__ = ["SORT_COLUMNS", "CaseFilters", "CaseRow", "count", "page"]
