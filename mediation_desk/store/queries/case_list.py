"""The case list: filter, sort and page in SQL (a proxy sort over 100k rows takes seconds)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeAlias

from sqlalchemy import Boolean, Integer, Select, and_, func, literal, literal_column, select, tuple_
from sqlmodel import Session, col

from ...domain.enums import CaseStatus
from ..models import Case, Category, Person
from ..search import match_condition
from ..types import SHANGHAI
from .hints import unindexed

#: A SELECT of any columns (SQLAlchemy 2.1 types a Select by the tuple of its columns).
AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"

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

#: Statuses in workflow order (``CaseStatus``, as the UI lists them); the Status column sorts so.
STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in CaseStatus)
#: The sort key: the expression of migration 0010's index ``ix_case_status_order`` (literals, no
#: bound parameters — SQLite uses an expression index only for the same expression).
STATUS_RANK = literal_column(
    'CASE "case".status '
    + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_ORDER))
    + f" ELSE {len(STATUS_ORDER)} END",
    Integer,
)


def status_rank(status: str) -> int:
    """A status's place in :data:`STATUS_ORDER` (unknown codes last, as ``STATUS_RANK``)."""
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


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
    chief_mediator: str | None
    parties: str
    received_at: datetime
    due_at: datetime | None
    juvenile: bool
    version: int
    fast_track_due_at: datetime | None = None  # a running 48-hour clock runs out (the case's own row)


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=SHANGHAI)


def _conditions(session: Session, filters: CaseFilters, *, newest_first: bool = False) -> list[Any]:
    conds: list[Any] = []
    if filters.text.strip():
        cond = match_condition(session, filters.text, newest_first=newest_first)
        if cond is not None:
            conds.append(cond)
    if filters.statuses:
        conds.append(col(Case.status).in_(filters.statuses))
    if filters.track:
        conds.append(col(Case.track) == filters.track)
    if filters.category:
        conds.append(col(Case.category) == filters.category)
    if filters.mediator_id is not None:
        conds.append(col(Case.chief_mediator_id) == filters.mediator_id)
    if filters.received_from is not None:
        conds.append(col(Case.received_at) >= _day_start(filters.received_from))
    if filters.received_to is not None:
        conds.append(col(Case.received_at) < _day_start(filters.received_to + timedelta(days=1)))
    if filters.organisation_id is not None:
        conds.append(col(Case.organisation_id) == filters.organisation_id)
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
) -> tuple[AnySelect, dict[str, Any]]:
    columns: dict[str, Any] = {
        "number": col(Case.number),
        "title": col(Case.title),
        "category": col(Case.category),
        "track": col(Case.track),
        "status": STATUS_RANK,
        "chief_mediator": col(Case.chief_mediator_name),
        "parties": col(Case.party_names),
        "received_at": col(Case.received_at),
        "due_at": col(Case.due_at),
    }
    stmt = select(
        col(Case.id),
        col(Case.number),
        col(Case.title),
        col(Case.category),
        col(Category.name_zh),
        col(Category.name_en),
        col(Case.track),
        col(Case.status),
        col(Case.chief_mediator_name),
        col(Case.party_names),
        col(Case.received_at),
        col(Case.due_at),
        col(Case.juvenile),
        col(Case.version),
        col(Case.fast_track_due_at),
    ).outerjoin(Category, col(Category.code) == col(Case.category))
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
    after: CaseRow | None = None,
    by_set: bool = False,
) -> list[CaseRow]:
    """One page of the case list, sorted in SQL (ties broken by id, so pages are stable).

    Status sorts in workflow order (:data:`STATUS_ORDER`), not by its code. Cases without a
    deadline (or a chief mediator) come last in both directions. The next page
    is read by keyset (``after=`` the last row of the previous page): an index seek past that
    row's sort key and id, as fast on the last page as on the first. ``offset`` reads the same
    rows by skipping, which costs more the deeper the page (kept for comparison).

    Args:
        session: A read session.
        filters: What to show.
        sort_column: One of :data:`SORT_COLUMNS`.
        descending: Sort direction.
        offset: Rows to skip (not with ``after``).
        limit: Rows to return.
        visible: The caller's ``policy.visible_case_condition(actor)`` (sealed and juvenile
            cases stay out of the list and the search for everyone not on them).
        after: The last row of the previous page (same filters and order): the page starts
            after it.
        by_set: ``visible`` picks out a person's own cases and the page reads those first, then
            sorts them (``list_plans.list_plan``), instead of walking the order's index.

    Returns:
        The rows of the page.
    """
    if sort_column not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column {sort_column!r}")
    if after is not None and offset:
        raise ValueError("page by offset or after a row, not both")
    stmt, columns = _select(session, CaseFilters())  # no conditions yet: see below
    key = columns[sort_column]
    conds = _conditions(session, filters, newest_first=sort_column == "received_at")
    if visible is not None:
        conds.append(visible)
    if offset:
        # NULLs last through an extra sort term, served by the expression indexes of 0007 and 0009
        nulls = [key.is_(None)] if sort_column in NULLABLE else []
        order = [*nulls, *_ordered(descending, key, col(Case.id))]
        return _fetch(session, stmt, conds, order, limit, offset=offset)
    rows: list[CaseRow] = []
    for where, order in _segments(sort_column, key, descending, after, by_set):
        if len(rows) >= limit:
            break
        rows += _fetch(session, stmt, conds + where, order, limit - len(rows))
    return rows


def _ordered(descending: bool, *terms: Any) -> list[Any]:
    return [t.desc() if descending else t.asc() for t in terms]


def _fetch(
    session: Session, stmt: AnySelect, conds: list[Any], order: list[Any], limit: int, *, offset: int = 0
) -> list[CaseRow]:
    # Page on case ids alone (an index scan or seek), then join the page's rows: with the joins
    # inside, every row an OFFSET skipped was joined too (~100 ms a deep page).
    ids = select(col(Case.id))
    if conds:
        ids = ids.where(and_(*conds))
    page = ids.order_by(*order).offset(offset or None).limit(limit).subquery()
    out = stmt.join(page, page.c.id == col(Case.id)).order_by(*order)
    return [CaseRow(*row) for row in session.execute(out).all()]


#: Orders whose keys are unique or nearly (case number, the moments received and due) or come in
#: blocks of a few thousand (a chief mediator's name): a row value ``(key, id) > (…)`` seeks to the
#: last row's key and walks at most its block. (Split like the others, the name's "rest of the
#: key by id" part let SQLite walk the table by rowid for a mediator: 18 → 75 ms pages at 100k.)
SEEK_BY_ROW = frozenset({"number", "received_at", "due_at", "chief_mediator"})


def _segments(
    sort_column: str, key: Any, descending: bool, after: CaseRow | None, by_set: bool = False
) -> list[tuple[list[Any], list[Any]]]:
    """The (conditions, order) of the page's parts: rows with a sort key, then rows without one.

    Each part is one index seek. After a row, a column with many ties (track, category, title,
    parties) reads the rest of the last row's key by ``id``, then the later keys: SQLite seeks a
    row value ``(key, id) > (…)`` on the key alone and walked every row of the key before the last
    one (at a million cases a track page deep in the people's
    track passed ~500,000 index entries: 30–90 ms). A nullable column's parts carry ``(key IS
    NULL) = false|true`` for its expression index (0007, 0009) — the same expression the index
    holds, so SQLite seeks it; the order inside a part is plain ``key, id`` or ``id`` (a leading
    ``key IS NULL`` sort term would make SQLite sort instead).
    """
    tie: Any = col(Case.id)
    last = getattr(after, sort_column) if after is not None else None  # CaseRow fields are named so
    if sort_column == "status":
        return _status_segments(key, descending, after)
    # the person's set first: the ``IS NULL`` part kept out of the plan (+key), or SQLite walks the
    # expression index by it and tests every case there against the set
    is_null = (unindexed(key) if by_set else key).is_(None).self_group()
    keyed = [is_null == literal(False, Boolean)] if sort_column in NULLABLE else []
    parts: list[tuple[list[Any], list[Any]]] = []
    if after is None:
        parts.append((keyed, _ordered(descending, key, tie)))
    elif last is not None and sort_column in SEEK_BY_ROW:
        mark = tuple_(literal(last, key.type), literal(after.id, Integer))
        beyond = tuple_(key, tie) < mark if descending else tuple_(key, tie) > mark
        parts.append(([*keyed, beyond], _ordered(descending, key, tie)))
    elif last is not None:
        value = literal(last, key.type)
        rest = tie < after.id if descending else tie > after.id
        parts.append(([*keyed, key == value, rest], _ordered(descending, tie)))
        parts.append(([*keyed, key < value if descending else key > value], _ordered(descending, key, tie)))
    if sort_column not in NULLABLE:
        return parts
    # ``key IS NULL`` again: an equality on the index's second column, so the seek reaches ``id``
    unkeyed = [is_null == literal(True, Boolean), key.is_(None)]
    if after is not None and last is None:
        unkeyed.append(tie < after.id if descending else tie > after.id)
    parts.append((unkeyed, _ordered(descending, tie)))
    return parts


def _status_segments(key: Any, descending: bool, after: CaseRow | None) -> list[tuple[list[Any], list[Any]]]:
    """Keyset parts for the workflow order: the rest of the last row's status, then the later ones.

    A row value ``(rank, id) > (…)`` on the expression index is a scan, not a seek (SQLite); an
    equality on the expression plus a range on ``id``, and a range on the expression, are seeks.
    Within one status the order is ``id`` alone (with the constant rank too, SQLite sorts).
    """
    if after is None:
        return [([], _ordered(descending, key, col(Case.id)))]
    rank = literal(status_rank(after.status), Integer)
    same = [key == rank, col(Case.id) < after.id if descending else col(Case.id) > after.id]
    later = [key < rank if descending else key > rank]
    return [(same, _ordered(descending, col(Case.id))), (later, _ordered(descending, key, col(Case.id)))]


def mediators(*, session: Session) -> list[tuple[int, str]]:
    """Committee members who can be chief mediator: (person id, name), by name."""
    # ``> ''`` (not NULL, not empty) is a range on ix_person_member_role and ``name || ''`` keeps
    # SQLite from walking ix_person_name over every person instead: 1 s → 0.2 ms at 200,000 people.
    stmt = (
        select(col(Person.id), col(Person.name))
        .where(col(Person.member_role) > "")
        .order_by(col(Person.name).concat(""))
    )
    return [(int(i), str(n)) for i, n in session.execute(stmt).all()]


def categories(*, session: Session, active_only: bool = True) -> list[Category]:
    """Dispute categories in display order."""
    stmt = select(Category).order_by(col(Category.sort_order), col(Category.code))
    if active_only:
        stmt = stmt.where(col(Category.active).is_(True))
    return list(session.execute(stmt).scalars())
