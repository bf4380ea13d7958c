"""A frequent 1–2 character query, probed along the date index, finds the same page as the IN form."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediation_desk.demo.generator import generate
from mediation_desk.store import search
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, CaseParty, Person
from mediation_desk.store.queries.case_list import CaseFilters, count_cases, page_cases


@pytest.mark.parametrize("query", ["王", "李", "调解"])
def test_frequent_short_query_gives_the_same_newest_page(db, monkeypatch, query: str) -> None:  # type: ignore[no-untyped-def]
    generate(db, cases=150, seed=5)
    with read_session(db.engine) as s:

        def newest(newest_first: bool) -> list[int]:
            cond = search.match_condition(s, query, newest_first=newest_first)
            stmt = select(Case.id).where(cond).order_by(Case.received_at.desc(), Case.id.desc()).limit(20)
            return list(s.execute(stmt).scalars())

        plain = newest(False)
        monkeypatch.setattr(search, "FREQUENT", 3)  # every query here counts as frequent
        assert "EXISTS" in str(search.match_condition(s, query, newest_first=True))
        assert plain and newest(True) == plain
        rows = page_cases(session=s, filters=CaseFilters(text=query), limit=20)
        assert [r.id for r in rows] == plain
        assert count_cases(session=s, filters=CaseFilters(text=query)) >= len(plain)


@pytest.mark.parametrize("query", ["调字第", "纠纷", "调解的", "2026年", "号）", "王芳芳", "1381"])
@pytest.mark.parametrize("frequent", [3, 1_000_000], ids=["probed", "listed"])
def test_long_query_page_equals_the_fts_in_form(db, monkeypatch, query: str, frequent: int) -> None:  # type: ignore[no-untyped-def]
    """Probed (instr on the stored document) or listed (one capped FTS pass): the same newest pages."""
    generate(db, cases=150, seed=5)
    with read_session(db.engine) as s:

        def newest(cond) -> list[int]:  # type: ignore[no-untyped-def]
            stmt = select(Case.id).where(cond).order_by(Case.received_at.desc(), Case.id.desc())
            return list(s.execute(stmt).scalars())

        every = newest(search.match_condition(s, query))  # the plain IN form
        monkeypatch.setattr(search, "FREQUENT", frequent)
        cond = search.match_condition(s, query, newest_first=True)
        if query == "调字第" and frequent == 3 and s.get_bind().dialect.name == "sqlite":
            assert "instr" in str(cond)  # every title: the probe along the date index
        assert newest(cond) == every
        rows: list = []
        while True:  # keyset pages of 7, as the case list scrolls
            page = page_cases(
                session=s, filters=CaseFilters(text=query), limit=7, after=rows[-1] if rows else None
            )
            rows += page
            if len(page) < 7:
                break
        assert [r.id for r in rows] == every
        assert count_cases(session=s, filters=CaseFilters(text=query)) == len(every)


def test_cased_long_query_keeps_case_folding(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Letters fold case as FTS5 does ("…x" finds an ID number ending in X): no case-sensitive probe."""
    generate(db, cases=150, seed=5)
    with read_session(db.engine) as s:
        parties = select(CaseParty.person_id)
        ids = (
            s.execute(
                select(Person.id_number)
                .where(Person.id_number.like("%X"), Person.id.in_(parties))  # type: ignore[union-attr]
                .order_by(Person.id)
            )
            .scalars()
            .all()
        )
        assert ids
        query = ids[0][-6:].lower()
        every = [r.id for r in page_cases(session=s, filters=CaseFilters(text=query), limit=1000)]
        assert every
        monkeypatch.setattr(search, "FREQUENT", 1)
        assert "instr" not in str(search.match_condition(s, query, newest_first=True))
        assert [r.id for r in page_cases(session=s, filters=CaseFilters(text=query), limit=1000)] == every
        assert [
            r.id for r in page_cases(session=s, filters=CaseFilters(text=query.upper()), limit=1000)
        ] == every
