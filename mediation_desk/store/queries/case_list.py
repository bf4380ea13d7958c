"""The case list: filter, sort and page in SQL (a proxy sort over 100k rows takes seconds)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlmodel import Session

from ..models import Case, Category, Person
from ..search import match_condition
from ..types import SHANGHAI

#: Sortable columns by name; each maps to a SQL expression (indexed where it matters).
SORT_COLUMNS = (
    "number",
    "title",
    "category",
    "track",
    "status",
    "chief_mediator",
    "parties",
    "received_at",
    "due_at",
)

#: Sort columns that can be NULL (sorted last either way).
NULLABLE = frozenset({"chief_mediator", "due_at"})


@dataclass(frozen=True)
class CaseFilters:
    """What the user asked to see.

    Attributes:
        text: Store search (names incl. 2-character names, ID, phone, case no., text).
        statuses: Status codes to include (empty: all).
        track: A track code, or None for all.
        category: A category code, or None.
        mediator_id: Person id of the chief mediator, or None.
        received_from: First day (Asia/Shanghai) of the received-date range.
        received_to: Last day (inclusive) of the received-date range.
        organisation_id: Restrict to one organisation (None: all).
    """

    text: str = ""
    statuses: tuple[str, ...] = ()
    track: str | None = None
    category: str | None = None
    mediator_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    organisation_id: int | None = None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    number: str
    title: str
    category: str
    category_zh: str
    category_en: str
    track: str
    status: str
    chief_mediator: str
    parties: str
    received_at: datetime
    due_at: datetime | None
    juvenile: bool
    version: int


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=SHANGHAI)


def _conditions(session: Session, filters: CaseFilters, *, newest_first: bool = False) -> list[Any]:
    conds: list[Any] = []
    if filters.text.strip():
        cond = match_condition(session, filters.text, newest_first=newest_first)
        if cond is not None:
            conds.append(cond)
    if filters.statuses:
        conds.append(Case.status.in_(filters.statuses))  # type: ignore[attr-defined]
    if filters.track:
        conds.append(Case.track == filters.track)
    if filters.category:
        conds.append(Case.category == filters.category)
    if filters.mediator_id is not None:
        conds.append(Case.chief_mediator_id == filters.mediator_id)
    if filters.received_from is not None:
        conds.append(Case.received_at >= _day_start(filters.received_from))
    if filters.received_to is not None:
        conds.append(Case.received_at < _day_start(filters.received_to + timedelta(days=1)))
    if filters.organisation_id is not None:
        conds.append(Case.organisation_id == filters.organisation_id)
    return conds


def count_cases(*, session: Session, filters: CaseFilters, visible: Any = None) -> int:
    """How many cases match ``filters`` (and ``visible``: ``policy.visible_case_condition``)."""
    stmt = select(func.count()).select_from(Case)
    conds = _conditions(session, filters)
    if visible is not None:
        conds.append(visible)
    if conds:
        stmt = stmt.where(and_(*conds))
    return int(session.execute(stmt).scalar_one())


def _select(
    session: Session, filters: CaseFilters, visible: Any = None, *, newest_first: bool = False
) -> tuple[Select[Any], dict[str, Any]]:
    columns: dict[str, Any] = {
        "number": Case.number,
        "title": Case.title,
        "category": Case.category,
        "track": Case.track,
        "status": Case.status,
        "chief_mediator": Case.chief_mediator_name,
        "parties": Case.party_names,
        "received_at": Case.received_at,
        "due_at": Case.due_at,
    }
    stmt = (
        select(
            Case.id,
            Case.number,
            Case.title,
            Case.category,
            Category.name_zh,
            Category.name_en,
            Case.track,
            Case.status,
            Case.chief_mediator_name,
            Case.party_names,
            Case.received_at,
            Case.due_at,
            Case.juvenile,
            Case.version,
        )
        .outerjoin(Category, Category.code == Case.category)
    )
    conds = _conditions(session, filters, newest_first=newest_first)
    if visible is not None:
        conds.append(visible)
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt, columns


def page_cases(
    *,
    session: Session,
    filters: CaseFilters,
    sort_column: str = "received_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    visible: Any = None,
) -> list[CaseRow]:
    """One page of the case list, sorted in SQL (ties broken by id, so pages are stable).

    Args:
        session: A read session.
        filters: What to show.
        sort_column: One of :data:`SORT_COLUMNS`.
        descending: Sort direction.
        offset: Rows to skip.
        limit: Rows to return.
        visible: The caller's ``policy.visible_case_condition(actor)`` (sealed and juvenile
            cases stay out of the list and the search for everyone not on them).

    Returns:
        The rows of the page.
    """
    if sort_column not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column {sort_column!r}")
    newest_first = sort_column == "received_at"
    stmt, columns = _select(session, CaseFilters())  # no conditions yet: see below
    key = columns[sort_column]
    tie = Case.id
    # NULL deadlines (and mediators) last in both directions: a case without one is not urgent.
    # Only for nullable columns: the extra sort term would stop SQLite from reading the index in order
    # (the deadline order has its own expression indexes, migration 0007).
    nulls = [key.is_(None)] if sort_column in NULLABLE else []  # type: ignore[union-attr]
    if descending:
        order = [*nulls, key.desc(), tie.desc()]  # type: ignore[union-attr]
    else:
        order = [*nulls, key.asc(), tie.asc()]  # type: ignore[union-attr]
    # Page on case ids alone (an index scan, like a bare OFFSET query), then join the page's rows:
    # with the joins inside, every skipped row of a deep page was joined too (~100 ms a page).
    conds = _conditions(session, filters, newest_first=newest_first)
    if visible is not None:
        conds.append(visible)
    ids = select(Case.id)
    if conds:
        ids = ids.where(and_(*conds))
    page = ids.order_by(*order).offset(offset).limit(limit).subquery()
    stmt = stmt.join(page, page.c.id == Case.id).order_by(*order)
    return [CaseRow(*row) for row in session.execute(stmt).all()]


def mediators(*, session: Session) -> list[tuple[int, str]]:
    """Committee members who can be chief mediator: (person id, name), by name."""
    stmt = (
        select(Person.id, Person.name)
        .where(Person.member_role.is_not(None))  # type: ignore[union-attr]
        .order_by(Person.name)
    )
    return [(int(i), str(n)) for i, n in session.execute(stmt).all()]


def categories(*, session: Session, active_only: bool = True) -> list[Category]:
    """Dispute categories in display order."""
    stmt = select(Category).order_by(Category.sort_order, Category.code)
    if active_only:
        stmt = stmt.where(Category.active.is_(True))  # type: ignore[attr-defined]
    return list(session.execute(stmt).scalars())
