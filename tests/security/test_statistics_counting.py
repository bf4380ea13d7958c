"""A director's figures count every case of the committee; lists show only what they may open.

The figures go to the 司法局: leaving out the sealed and juvenile cases made "received" fall short of
the cases the committee received. A number names no party, so the counts include them; the cases
behind a figure (names, titles) still leave them out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from mediation_desk.services import statistics as st
from mediation_desk.services import statistics_page
from mediation_desk.services.base import SYSTEM, Actor
from mediation_desk.services.cases import register_case
from mediation_desk.store.engine import read_session
from tests.gui.ui_helpers import populated_db
from tests.helpers.factories import MEDIATOR, new_case, person


@pytest.fixture
def world(tmp_path: Path) -> Any:
    db, org = populated_db(tmp_path / "desk.sqlite3", 3)
    sealed = new_case(
        org,
        title="封存治安纠纷案",
        applicant=person("欧阳封存", seq=901, phone="13700000901"),
        respondent=person("司马保密", seq=902, phone="13700000902"),
        sealed=True,
    )
    sealed_id = register_case(db, SYSTEM, sealed).case_id
    director = Actor(
        user_id=None, username="director", role="director", workstation="ws", organisation_id=org
    )
    yield db, org, sealed_id, director
    db.dispose()


def _received_by_sql(db: Any, org: int, period: st.Period) -> int:
    w = period.window()
    with read_session(db.engine) as s:
        return int(
            s.execute(
                text(
                    'SELECT count(*) FROM "case" WHERE organisation_id = :org'
                    " AND received_at >= :start AND received_at < :end"
                ),
                {"org": org, "start": w.start.replace(tzinfo=None), "end": w.end.replace(tzinfo=None)},
            ).scalar_one()
        )


def test_the_directors_figures_count_the_sealed_case_and_lists_leave_it_out(world: Any) -> None:
    db, org, sealed_id, director = world
    period = st.make_period("year", date(2026, 1, 1))
    reading = statistics_page.read_page(db, director, period, "total", [period], date(2026, 6, 1))
    received = reading.rows[0].counts["received"]
    assert received == _received_by_sql(db, org, period) == 4  # the three open cases and the sealed one
    listed = {r[0] for r in statistics_page.cases_behind(db, director, period, "received")}
    assert sealed_id not in listed and len(listed) == 3


def test_a_mediator_counts_only_the_cases_they_work(world: Any) -> None:
    db, _org, _sealed_id, _director = world
    period = st.make_period("year", date(2026, 1, 1))
    reading = statistics_page.read_page(db, MEDIATOR, period, "total", [period], date(2026, 6, 1))
    assert reading.rows[0].counts["received"] == 3
