"""migrate-to: a SQLite installation copied onto PostgreSQL, counts and audit head identical."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, Stage
from mediation_desk.domain.errors import StorageError
from mediation_desk.services import cases, committee
from mediation_desk.store import search
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Case, Person
from mediation_desk.store.transfer import migrate_to
from tests.conftest import _pg_database
from tests.helpers.factories import MEDIATOR, new_case, person


@pytest.fixture
def pg_url():  # type: ignore[no-untyped-def]
    yield from _pg_database()


@pytest.mark.postgres
def test_sqlite_installation_arrives_whole_on_the_server(sqlite_db, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(12):
        r = cases.register_case(
            sqlite_db, MEDIATOR, new_case(1, applicant=person(f"王{i}", seq=100 + i, phone=f"1370000{i:04d}"))
        )
    cases.update_case(sqlite_db, MEDIATOR, r.case_id, {"title": "最后一件"}, expected_version=r.version)
    with write_session(sqlite_db.engine) as s:
        member = Person(name="赵律师", member_role="lawyer")
        s.add(member)
    committee.assign_member(
        sqlite_db,
        MEDIATOR,
        r.case_id,
        member.id,
        CommitteeRole.LAWYER,  # type: ignore[arg-type]
        [Stage.MEDIATION],
        from_date=date(2026, 3, 2),
    )
    sqlite_db.dispose()
    report = migrate_to(sqlite_db.url, pg_url)
    print(
        f"\nmigrate-to: {sum(a for a, _ in report.counts.values())} rows in {len(report.counts)} tables, "
        f"audit head {report.source_head[:12]} == {report.target_head[:12]}, "
        f"search rebuilt {report.search_rebuilt}"
    )
    assert report.ok and report.counts["case"] == (12, 12) and report.source_head == report.target_head
    server = open_database(pg_url)
    try:
        with read_session(server.engine) as s:
            assert s.execute(select(Case.title).where(Case.id == r.case_id)).scalar_one() == "最后一件"
            cond = search.match_condition(s, "王1")
            assert cond is not None and len(s.execute(select(Case.id).where(cond)).all()) >= 1
        # new rows continue after the copied ids, on the server
        nxt = cases.register_case(server, MEDIATOR, new_case(1))
        assert nxt.case_id == 13 and nxt.number.endswith("第0013号")
    finally:
        server.dispose()
    with pytest.raises(StorageError) as err:
        migrate_to(sqlite_db.url, pg_url)  # never over existing data
    assert err.value.code == "transfer.target_not_empty"
