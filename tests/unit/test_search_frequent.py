"""A frequent 1–2 character query, probed along the date index, finds the same page as the IN form."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediation_desk.services.demo import generate
from mediation_desk.store import search
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
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
