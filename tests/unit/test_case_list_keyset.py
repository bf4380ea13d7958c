"""Keyset paging of the case list returns exactly the rows and order of one full sorted query."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import case, select

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Case, Organisation, Person
from mediation_desk.store.queries.case_list import (
    NULLABLE,
    SORT_COLUMNS,
    STATUS_RANK,
    CaseFilters,
    CaseRow,
    page_cases,
)

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
CASES = 45

#: Workflow order of the statuses (as the UI lists them), independent of the list's own expression.
WORKFLOW = case({s.value: i for i, s in enumerate(CaseStatus)}, value=Case.status)

#: The SQL column behind each sort column, for the independent full query.
COLUMN = {
    "number": Case.number,
    "title": Case.title,
    "category": Case.category,
    "track": Case.track,
    "status": WORKFLOW,
    "chief_mediator": Case.chief_mediator_name,
    "parties": Case.party_names,
    "received_at": Case.received_at,
    "due_at": Case.due_at,
}


@pytest.fixture
def tied(db):  # type: ignore[no-untyped-def]
    """Cases whose every sort column has ties, and NULL deadlines and chief mediators."""
    rng = random.Random(8)
    with write_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalars().first()
        chiefs = [Person(name=n, member_role="mediator") for n in ("王调解", "李调解", "Zhang")]
        s.add_all(chiefs)
        s.flush()
        days = [T0 + timedelta(days=d) for d in (0, 0, 1, 3)]  # the same instant more than once
        for n in range(1, CASES + 1):
            chief = rng.choice([None, None, *chiefs])
            s.add(
                Case(
                    number=f"（2026）京朝调字第{rng.randrange(10_000):04d}-{n}号",
                    year=2026,
                    seq=n,
                    organisation_id=org,
                    title=rng.choice(["邻里纠纷", "噪声纠纷", "A 纠纷"]),
                    track=rng.choice(["people", "lawyer"]),
                    source="hotline_12345",
                    category=rng.choice(["noise", "neighbour", "debt"]),
                    status=rng.choice(["registered", "accepted", "closed", "in_mediation", "archived"]),
                    received_at=rng.choice(days),
                    due_at=rng.choice([None, None, *days]),
                    chief_mediator_id=chief.id if chief else None,
                    party_names=rng.choice(["张伟、李娜", "王芳、赵六", "张伟、李娜"]),
                )
            )
    return db


def _full(db: Any, column: str, descending: bool, statuses: tuple[str, ...] = ()) -> list[int]:
    key = COLUMN[column]
    terms = [key.desc(), Case.id.desc()] if descending else [key.asc(), Case.id.asc()]  # type: ignore[attr-defined]
    stmt = select(Case.id).order_by(key.is_(None), *terms)  # NULLs last in both directions
    if statuses:
        stmt = stmt.where(Case.status.in_(statuses))  # type: ignore[attr-defined]
    with read_session(db.engine) as s:
        return list(s.execute(stmt).scalars())


def _by_keyset(db: Any, column: str, descending: bool, size: int, filters: CaseFilters) -> list[CaseRow]:
    rows: list[CaseRow] = []
    with read_session(db.engine) as s:
        while True:
            page = page_cases(
                session=s,
                filters=filters,
                sort_column=column,
                descending=descending,
                limit=size,
                after=rows[-1] if rows else None,
            )
            assert len(page) <= size
            rows += page
            assert len(rows) <= CASES, "a page repeated rows"
            if len(page) < size:
                return rows


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", SORT_COLUMNS)
def test_keyset_pages_equal_the_full_sorted_query(tied, column: str, descending: bool) -> None:  # type: ignore[no-untyped-def]
    expected = _full(tied, column, descending)
    assert len(expected) == CASES
    for size in (1, 4, 7, CASES):  # every boundary, boundaries inside tie groups and at the NULLs, one page
        got = _by_keyset(tied, column, descending, size, CaseFilters())
        assert [r.id for r in got] == expected, (column, descending, size)
    if column in NULLABLE:
        values = [getattr(r, column) for r in got]
        assert None in values and values[-1] is None and values[0] is not None  # NULLs last, and present


@pytest.mark.parametrize("column", ["due_at", "title", "chief_mediator", "status"])
def test_keyset_pages_of_a_filtered_list(tied, column: str) -> None:  # type: ignore[no-untyped-def]
    statuses = ("accepted", "closed")
    expected = _full(tied, column, True, statuses)
    got = _by_keyset(tied, column, True, 3, CaseFilters(statuses=statuses))
    assert [r.id for r in got] == expected and 0 < len(expected) < CASES


def test_offset_pages_equal_keyset_pages(tied) -> None:  # type: ignore[no-untyped-def]
    with read_session(tied.engine) as s:
        deep = page_cases(
            session=s, filters=CaseFilters(), sort_column="due_at", descending=False, offset=20, limit=10
        )
    keyset = _by_keyset(tied, "due_at", False, 10, CaseFilters())
    assert [r.id for r in deep] == [r.id for r in keyset[20:30]]


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_status_sorts_in_workflow_order(tied, descending: bool) -> None:  # type: ignore[no-untyped-def]
    """Registered, accepted, in mediation, closed, archived — not accepted, archived, closed, …"""
    workflow = [s.value for s in CaseStatus]
    with read_session(tied.engine) as s:
        rows = page_cases(
            session=s, filters=CaseFilters(), sort_column="status", descending=descending, limit=CASES
        )
    seen = list(dict.fromkeys(r.status for r in rows))
    expected = ["registered", "accepted", "in_mediation", "closed", "archived"]
    assert seen == (expected[::-1] if descending else expected)
    assert sorted(seen, key=workflow.index) == expected
    for size in (1, 4, 7):
        keyset = _by_keyset(tied, "status", descending, size, CaseFilters())
        assert [r.id for r in keyset] == [r.id for r in rows]


def test_status_order_is_an_index_seek(tied) -> None:  # type: ignore[no-untyped-def]
    """The list's expression is migration 0010's index expression: first and keyset pages seek it."""
    if tied.engine.dialect.name != "sqlite":
        pytest.skip("SQLite query plans")
    first = select(Case.id).order_by(STATUS_RANK.desc(), Case.id.desc()).limit(5)
    same = select(Case.id).where(STATUS_RANK == 3, Case.id < 40).order_by(Case.id.desc()).limit(5)
    later = select(Case.id).where(STATUS_RANK > 3).order_by(STATUS_RANK, Case.id).limit(5)
    with read_session(tied.engine) as s:
        for stmt in (first, same, later):
            sql = str(stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "ix_case_status_order" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_a_directors_page_tests_visibility_from_the_order_index(tied, descending: bool) -> None:  # type: ignore[no-untyped-def]
    """Every order (but the case number's unique index) walks an index that carries the visibility
    rule's columns (migration 0012): cases the director may not see are passed without reading
    their rows (at a million cases a track-order page passed ~100,000 of them: up to 1.4 s)."""
    if tied.engine.dialect.name != "sqlite":
        pytest.skip("SQLite query plans")
    from sqlalchemy import event

    from mediation_desk.services import policy
    from mediation_desk.services.base import Actor

    director = Actor(user_id=None, username="director", role="director", organisation_id=1)
    seen: list[tuple[str, Any]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    walked: dict[str, list[str]] = {}
    with read_session(tied.engine) as s:
        conn = s.connection()
        for column in SORT_COLUMNS:
            if column == "number":
                continue
            seen.clear()
            event.listen(tied.engine, "before_cursor_execute", record)
            try:
                page_cases(
                    session=s,
                    filters=CaseFilters(),
                    sort_column=column,
                    descending=descending,
                    limit=10,
                    visible=policy.visible_case_condition(director),
                )
            finally:
                event.remove(tied.engine, "before_cursor_execute", record)
            statement, parameters = seen[-1]
            plan = [str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            # the page's ids come from the order's index: covering it, or reading a case's row only
            # once the index's columns passed the rule (SQLite's DeferredSeek; expression orders)
            walks = [
                step.split(" INDEX ")[1].split()[0]
                for step in plan
                if step.startswith(("SCAN case", "SEARCH case")) and " INDEX " in step
            ]
            assert walks, (column, plan)
            covering = any("COVERING INDEX " + walks[0] in step for step in plan)
            opcodes = {str(r[1]) for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters)}
            assert covering or "DeferredSeek" in opcodes, (column, plan)
            walked[column] = [str(r[2]) for r in conn.exec_driver_sql(f"PRAGMA index_info('{walks[0]}')")]
    print(f"\n{'desc' if descending else 'asc'}: " + "; ".join(f"{c}: {v}" for c, v in walked.items()))
    for column, columns in walked.items():
        assert columns[-3:] == ["organisation_id", "sealed", "juvenile"], (column, columns)
        assert "id" in columns, (column, columns)
