"""Keyset paging of the case list returns exactly the rows and order of one full sorted query."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Case, Organisation, Person
from mediation_desk.store.queries.case_list import NULLABLE, SORT_COLUMNS, CaseFilters, CaseRow, page_cases

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
CASES = 45

#: The SQL column behind each sort column, for the independent full query.
COLUMN = {"number": Case.number, "title": Case.title, "category": Case.category, "track": Case.track,
          "status": Case.status, "chief_mediator": Case.chief_mediator_name, "parties": Case.party_names,
          "received_at": Case.received_at, "due_at": Case.due_at}


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
            s.add(Case(number=f"（2026）京朝调字第{rng.randrange(10_000):04d}-{n}号", year=2026, seq=n,
                       organisation_id=org, title=rng.choice(["邻里纠纷", "噪声纠纷", "A 纠纷"]),
                       track=rng.choice(["people", "lawyer"]), source="hotline_12345",
                       category=rng.choice(["noise", "neighbour", "debt"]),
                       status=rng.choice(["registered", "accepted", "closed"]),
                       received_at=rng.choice(days), due_at=rng.choice([None, None, *days]),
                       chief_mediator_id=chief.id if chief else None,
                       party_names=rng.choice(["张伟、李娜", "王芳、赵六", "张伟、李娜"])))
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
            page = page_cases(session=s, filters=filters, sort_column=column, descending=descending,
                              limit=size, after=rows[-1] if rows else None)
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


@pytest.mark.parametrize("column", ["due_at", "title", "chief_mediator"])
def test_keyset_pages_of_a_filtered_list(tied, column: str) -> None:  # type: ignore[no-untyped-def]
    statuses = ("accepted", "closed")
    expected = _full(tied, column, True, statuses)
    got = _by_keyset(tied, column, True, 3, CaseFilters(statuses=statuses))
    assert [r.id for r in got] == expected and 0 < len(expected) < CASES


def test_offset_pages_equal_keyset_pages(tied) -> None:  # type: ignore[no-untyped-def]
    with read_session(tied.engine) as s:
        deep = page_cases(session=s, filters=CaseFilters(), sort_column="due_at", descending=False,
                          offset=20, limit=10)
    keyset = _by_keyset(tied, "due_at", False, 10, CaseFilters())
    assert [r.id for r in deep] == [r.id for r in keyset[20:30]]
