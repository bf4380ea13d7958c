"""Schema migrations: an old database file is upgraded with its data intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mediation_desk.domain.errors import StorageError
from mediation_desk.store import migrate
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import make_engine, read_session
from mediation_desk.store.models import Case, Person
from mediation_desk.store.search import match_condition

ROWS = [
    "INSERT INTO organisation (id, name, kind, org_code, address, phone, created_at) "
    "VALUES (1, '朝阳区人民调解委员会', 'committee', '京朝', '', '', '2025-01-01 00:00:00')",
    "INSERT INTO person (id, kind, name, ethnicity, id_number, legal_rep, phone, address, occupation, "
    "sensitive, created_at, updated_at) VALUES (1, 'natural', '欧阳娜娜', '汉族', '110105198503140011', '', "
    "'+8613812345678', '', '', 0, '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
    "INSERT INTO person (id, kind, name, ethnicity, legal_rep, phone, address, occupation, sensitive, "
    "created_at, updated_at) VALUES (2, 'natural', '李四', '', '', '', '', '', 0, '2025-01-01 00:00:00', "
    "'2025-01-01 00:00:00')",
    'INSERT INTO "case" (id, number, year, seq, organisation_id, title, track, source, category, status, '
    "received_at, facts, claims, juvenile, sealed, confidential_amounts, extension_reason, decline_reason, "
    "party_names, eligibility_override, version) VALUES (1, '（2025）京朝调字第0007号', 2025, 7, 1, "
    "'停车位纠纷', 'people', 'application', 'parking', 'accepted', '2025-03-01 02:00:00', '占用车位', '', "
    "0, 0, 0, '', '', '欧阳娜娜、李四', '', 3)",
    "INSERT INTO caseparty (id, case_id, person_id, role, agent_authority, consent, sort_order) "
    "VALUES (1, 1, 1, 'applicant', '', 0, 0)",
    "INSERT INTO caseparty (id, case_id, person_id, role, agent_authority, consent, sort_order) "
    "VALUES (2, 1, 2, 'respondent', '', 0, 1)",
]


def test_first_revision_database_upgrades_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for stmt in ROWS:
            conn.execute(text(stmt))
    engine.dispose()

    db = open_database(url)
    try:
        assert db.upgraded_from == "0001"
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with read_session(db.engine) as s:
            case = s.get(Case, 1)
            assert case is not None
            assert (case.number, case.title, case.version, case.party_names) == (
                "（2025）京朝调字第0007号",
                "停车位纠纷",
                3,
                "欧阳娜娜、李四",
            )
            assert case.received_at.isoformat() == "2025-03-01T02:00:00+00:00"
            assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 2
            # the upgrade built the search index for the old cases
            for query in ("欧阳", "娜", "李四", "13812345678", "0007号", "110105198503"):
                cond = match_condition(s, query)
                assert cond is not None
                found = list(s.execute(select(Case.id).where(cond)).scalars())
                assert found == [1], query
    finally:
        db.dispose()
    copies = list(tmp_path.glob("old.before-upgrade-0001-*.sqlite3"))
    assert len(copies) == 1 and copies[0].stat().st_size > 0


def test_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    open_database(url).dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(StorageError) as err:
        open_database(url)
    assert err.value.code == "db.newer_version"
