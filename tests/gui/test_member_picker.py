"""The member picker: search by name, role, organisation; tick several; each member's load; chief chosen."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, Stage
from mediation_desk.services import cases, committee
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Membership, Organisation
from tests.gui.workspace_helpers import add_member, case_row, ime_type, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _names(dialog: Any) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def _click_row(qtbot: Any, dialog: Any, name: str) -> None:
    row = _names(dialog).index(name)
    rect = dialog.view.visualRect(dialog.model.index(row, 1))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _directory(db: Any) -> dict[str, int]:
    org = org_id(db)
    return {
        name: add_member(db, name, role, org)
        for name, role in [
            ("赵敏", "mediator"),
            ("钱红", "mediator"),
            ("孙律师", "lawyer"),
            ("李社工", "social_worker"),
        ]
    }


def _judge_from_the_court(db: Any) -> int:
    """A judge of another organisation (added after the workspace opened: the tests' org_id wants one)."""
    with write_session(db.engine) as s:
        court = Organisation(name="朝阳区人民法院", kind="court")
        s.add(court)
        s.flush()
        court_id = int(court.id)  # type: ignore[arg-type]
    return add_member(db, "周法官", "judge", court_id)


def test_search_tick_several_see_load_and_choose_the_chief(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    ids = _directory(db)
    busy = cases.register_case(db, MEDIATOR, new_case(org_id(db), title="另一起纠纷")).case_id
    committee.assign_member(
        db, MEDIATOR, busy, ids["钱红"], CommitteeRole.MEDIATOR, [Stage.MEDIATION], from_date=date(2026, 3, 2)
    )
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ids["周法官"] = _judge_from_the_court(db)
    ws.show_tab(ws.committee)
    ws.committee.open_assign()
    qtbot.waitUntil(lambda: ws.committee.dialog is not None)
    dialog: Any = ws.committee.dialog
    assert sorted(_names(dialog)) == sorted(ids)
    loads = {
        dialog.model.index(r, 0).data(): dialog.model.index(r, 4).data()
        for r in range(dialog.model.rowCount())
    }
    assert loads["钱红"] == "1" and loads["赵敏"] == "0"  # each member's open cases

    ime_type(dialog.search, "法院")  # by organisation
    assert _names(dialog) == ["周法官"]
    dialog.search.clear()
    ime_type(dialog.search, "律师")  # by role
    assert _names(dialog) == ["孙律师"]
    _click_row(qtbot, dialog, "孙律师")
    dialog.search.clear()
    ime_type(dialog.search, "赵")  # by name
    _click_row(qtbot, dialog, "赵敏")
    dialog.search.clear()
    _click_row(qtbot, dialog, "李社工")
    _click_row(qtbot, dialog, "李社工")  # a second click unticks
    assert set(dialog.model.picked) == {ids["孙律师"], ids["赵敏"]}  # ticks survive the searches
    assert "孙律师" in dialog.picked_label.text() and "赵敏" in dialog.picked_label.text()

    # nobody is chief unless chosen: the choice offers the ticked mediator and lawyer only
    assert dialog.chief.currentData() is None
    offered = [dialog.chief.itemData(i) for i in range(1, dialog.chief.count())]
    assert sorted(offered) == sorted([ids["孙律师"], ids["赵敏"]])
    dialog.select_chief(ids["赵敏"])
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    with read_session(db.engine) as s:
        on_case = {
            (m.person_id, m.role)
            for m in s.execute(select(Membership).where(Membership.case_id == case_id)).scalars()
        }
    assert on_case == {(ids["孙律师"], "lawyer"), (ids["赵敏"], "mediator")}
    assert case_row(db, case_id).chief_mediator_id == ids["赵敏"]
    chief_row = next(
        r for r in range(ws.committee.model.rowCount()) if ws.committee.model.index(r, 0).data() == "赵敏"
    )
    assert (
        "主持" in ws.committee.model.index(chief_row, 1).data()
        or "chief" in ws.committee.model.index(chief_row, 1).data()
    )


def test_no_chief_unless_chosen_and_make_chief_later(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    ids = _directory(db)
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ws.show_tab(ws.committee)
    ws.committee.open_assign()
    qtbot.waitUntil(lambda: ws.committee.dialog is not None)
    dialog: Any = ws.committee.dialog
    dialog.select_person(ids["赵敏"])
    dialog.accept()
    wait(qtbot, ws)
    assert case_row(db, case_id).chief_mediator_id is None  # the first member is not silently chief
    view = ws.committee.view
    view.selectRow(0)
    assert ws.committee.chief_button.isEnabled()
    ws.committee.chief_button.click()
    wait(qtbot, ws)
    assert case_row(db, case_id).chief_mediator_id == ids["赵敏"]
    assert ws.overview.fields["chief"].text() == "赵敏"


def test_the_picker_needs_a_tick(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    _directory(db)
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ws.committee.open_assign()
    qtbot.waitUntil(lambda: ws.committee.dialog is not None)
    dialog: Any = ws.committee.dialog
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
