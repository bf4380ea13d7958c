"""The workspace's read functions and the add_party service, on SQLite and PostgreSQL (no widgets)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.services import cases
from mediation_desk.services.inputs import PartyInput
from mediation_desk.services.parties import add_party
from mediation_desk.store import search
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
from mediation_desk.store.queries.case_detail import load_case_detail
from tests.gui.workspace_helpers import org_id
from tests.helpers.factories import MEDIATOR, new_case, person


def test_add_party_updates_names_juvenile_search_and_audit(db) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(org_id(db)))
    junior = PartyInput(
        PartyRole.RESPONDENT, person("王小虎", birth=date(2013, 1, 9), seq=51, phone="13700002222")
    )
    added = add_party(db, MEDIATOR, r.case_id, junior, r.version)
    assert r.case_id in added.changes.cases
    with pytest.raises(ConflictError):
        add_party(
            db, MEDIATOR, r.case_id, PartyInput(PartyRole.GUARDIAN, person("王大虎", seq=52)), r.version
        )
    with pytest.raises(ValidationError) as err:
        add_party(db, MEDIATOR, r.case_id, junior, added.version)
    assert err.value.code == "party.duplicate"
    add_party(
        db,
        MEDIATOR,
        r.case_id,
        PartyInput(PartyRole.GUARDIAN, person("王大虎", seq=52)),
        added.version,
        guardian_of_party_id=added.party_id,
    )
    with read_session(db.engine) as s:
        detail = load_case_detail(session=s, case_id=r.case_id)
        assert detail.case.juvenile and detail.case.party_names == "张伟、李娜、王小虎"
        guardian = next(p for p in detail.parties if p.role == "guardian")
        assert guardian.guardian_of_name == "王小虎"
        assert [e.action for e in detail.audit].count("case.party_add") == 2
        found = s.execute(select(Case.id).where(search.match_condition(s, "小虎"))).scalars()
        assert r.case_id in set(found)
        assert detail.status_history[0].by == "王淑英"  # the user's display name
