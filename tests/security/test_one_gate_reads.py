"""One gate: the workspace and statistics reads apply the reader's policy themselves.

A caller that skips :func:`services.case_access.case_access` still gets nothing of a sealed case
it may not see: the service the workspace reads through refuses, and the cases behind a statistics
figure leave the sealed case out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.services import account_lists, case_workspace, statistics_page
from mediation_desk.services import statistics as st
from mediation_desk.services.base import SYSTEM, Actor
from mediation_desk.services.cases import register_case
from tests.gui.ui_helpers import populated_db
from tests.helpers.factories import MEDIATOR, new_case, person

CUSTODIAN = Actor(
    user_id=None, username="custodian1", role="custodian", workstation="ws-test", organisation_id=1
)


@pytest.fixture
def world(tmp_path: Path) -> Any:
    db, org = populated_db(tmp_path / "desk.sqlite3", 2)
    data = new_case(
        org,
        title="封存治安纠纷案",
        applicant=person("欧阳封存", seq=901, phone="13700000901"),
        respondent=person("司马保密", seq=902, phone="13700000902"),
        sealed=True,
    )
    sealed_id = register_case(db, SYSTEM, data).case_id
    yield db, sealed_id
    db.dispose()


def test_the_workspace_read_refuses_a_sealed_case_whoever_calls_it(world: Any) -> None:
    db, sealed_id = world
    with pytest.raises(PermissionDenied):
        case_workspace.load_workspace(db, MEDIATOR, sealed_id)
    with pytest.raises(PermissionDenied):
        case_workspace.party_occupation(db, MEDIATOR, sealed_id, 1)


def test_the_cases_behind_a_figure_leave_out_what_the_reader_may_not_see(world: Any) -> None:
    db, sealed_id = world
    period = st.make_period("year", date(2026, 1, 1))
    listed = {r[0] for r in statistics_page.cases_behind(db, MEDIATOR, period, "received")}
    # even when handed the sealed case's id, the listing drops it
    handed = {r[0] for r in statistics_page.cases_listed(db, MEDIATOR, [sealed_id])}
    assert sealed_id not in listed and handed == set()


def test_only_the_account_manager_reads_the_accounts(world: Any) -> None:
    db, _ = world
    admin = Actor(user_id=None, username="admin", role="admin", workstation="ws-test", organisation_id=1)
    with pytest.raises(PermissionDenied):
        account_lists.users(db, MEDIATOR)
    with pytest.raises(PermissionDenied):
        account_lists.linkable_members(db, MEDIATOR)
    assert "mediator1" in {u.username for u in account_lists.users(db, admin)}
