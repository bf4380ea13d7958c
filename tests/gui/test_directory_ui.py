"""The directory on screen: members and organisations added from the People page, a party's contact
corrected from the workspace; a deactivated member is no longer offered; Ctrl+N keeps one intake dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole
from mediation_desk.services import cases
from mediation_desk.services.base import Actor
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Organisation, Person
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.dialogs.intake import IntakeDialog
from mediation_desk.ui.dialogs.member_editor import MemberEditor
from mediation_desk.ui.dialogs.organisations import OrganisationsDialog
from mediation_desk.ui.pages.people import PeoplePage
from tests.gui.ui_helpers import drain, ime_type, make_window, use_test_preferences
from tests.gui.workspace_helpers import open_workspace, wait
from tests.helpers.factories import MEDIATOR, new_case

DIRECTOR = Actor(user_id=None, username="zhang", role="director", workstation="ws-test", organisation_id=1)


def _page(qtbot: Any, ctx: AppContext) -> PeoplePage:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    drain(qtbot, ctx)
    return page


def _ctx(db: Any, actor: Actor) -> AppContext:
    return AppContext(db=db, actor=actor, organisation_id=1)


def _offered(qtbot: Any, ws: Any) -> list[int]:
    """The person ids the workspace's "Assign member…" dialog offers."""
    ws.committee.dialog = None
    ws.committee.open_assign()
    qtbot.waitUntil(lambda: ws.committee.dialog is not None, timeout=10_000)
    model = ws.committee.dialog.model  # the member picker's list
    ids = [model.row_at(i).person_id for i in range(model.rowCount())]
    ws.committee.dialog.reject()
    return ids


def test_member_added_on_people_page_is_offered_until_deactivated(qtbot: Any, sqlite_db: Any) -> None:
    case_id = cases.register_case(sqlite_db, MEDIATOR, new_case(1)).case_id
    ctx = _ctx(sqlite_db, DIRECTOR)
    page = _page(qtbot, ctx)
    assert page.add_member_button.isVisible() and not page.edit_member_button.isEnabled()
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    dialog = page.member_dialog
    assert isinstance(dialog, MemberEditor) and dialog.isVisible()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=5000)  # organisations read off the UI thread
    ime_type(dialog.name, "欧阳明")
    dialog.role.setCurrentIndex(dialog.role.findData(CommitteeRole.JUDGE.value))
    qtbot.keyClicks(dialog.phone, "1381234")
    dialog.phone.editingFinished.emit()  # leaving the field
    assert dialog.phone_message.isVisible() and dialog.phone_message.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: nothing saved
    with read_session(sqlite_db.engine) as s:
        assert s.execute(select(Person.id).where(Person.name == "欧阳明")).first() is None
    qtbot.keyClicks(dialog.phone, "5678")
    assert not dialog.phone_message.isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    drain(qtbot, ctx)
    qtbot.waitUntil(lambda: any(r.name == "欧阳明" for r in page.members.rows), timeout=10_000)
    row = next(r for r in page.members.rows if r.name == "欧阳明")
    assert row.role == "judge" and row.phone == "+8613812345678" and row.active

    ws = open_workspace(qtbot, sqlite_db, case_id)
    assert row.person_id in _offered(qtbot, ws)

    index = next(i for i, r in enumerate(page.members.rows) if r.person_id == row.person_id)
    page.member_view.selectRow(index)
    assert page.deactivate_button.text() == page.tr("Deactivate")
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    drain(qtbot, ctx)
    qtbot.waitUntil(
        lambda: not next(r for r in page.members.rows if r.person_id == row.person_id).active, timeout=10_000
    )
    assert row.person_id not in _offered(qtbot, ws)
    wait(qtbot, ws)


def test_mediator_sees_no_directory_editing(qtbot: Any, sqlite_db: Any) -> None:
    page = _page(qtbot, _ctx(sqlite_db, MEDIATOR))
    assert not page.add_member_button.isVisible() and not page.deactivate_button.isVisible()


def test_organisation_with_bad_credit_code_is_not_saved(qtbot: Any, sqlite_db: Any) -> None:
    page = _page(qtbot, _ctx(sqlite_db, DIRECTOR))
    dialogs = page.open_organisations()
    assert isinstance(dialogs, OrganisationsDialog)
    editor = dialogs.edit(None)
    assert editor is not None
    ime_type(editor.name, "朝阳区社会工作服务中心")
    editor.kind.setCurrentIndex(editor.kind.findData("social_work"))
    qtbot.keyClicks(editor.uscc, "52110105MJ0000000X")
    assert editor.uscc_message.isVisible()  # 18 characters typed: judged at once
    editor.save()
    with read_session(sqlite_db.engine) as s:
        stmt = select(Organisation.id).where(Organisation.name == "朝阳区社会工作服务中心")
        assert s.execute(stmt).first() is None
    editor.uscc.clear()
    editor.save()
    assert not editor.isVisible()
    assert any(r.name == "朝阳区社会工作服务中心" and r.kind == "social_work" for r in dialogs.model.rows)


def test_mediator_corrects_party_phone_from_the_parties_tab(qtbot: Any, sqlite_db: Any) -> None:
    case_id = cases.register_case(sqlite_db, MEDIATOR, new_case(1)).case_id
    ws = open_workspace(qtbot, sqlite_db, case_id)
    tab = ws.parties
    tab.view.selectRow(0)
    party = tab.model.row_at(0)
    dialog = tab.open_contact()
    assert dialog is not None and dialog.phone.text()
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "139 0000 1111")
    ime_type(dialog.address, "北京市朝阳区幸福路1号")
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    with read_session(sqlite_db.engine) as s:
        p = s.get(Person, party.person_id)
        assert p is not None and p.phone == "+8613900001111" and p.address.endswith("幸福路1号")
    assert tab.model.value(tab.model.row_at(0), 5) == "139****1111"


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen plugin: no window stacking
def test_ctrl_n_keeps_one_intake_dialog_and_deletes_it_when_closed(
    qtbot: Any, sqlite_db: Any, tmp_path: Path
) -> None:
    use_test_preferences(tmp_path)
    window = make_window(qtbot, sqlite_db, 1)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = window.findChild(IntakeDialog)
    window.new_case()
    assert window.findChildren(IntakeDialog) == [first]
    first.reject()
    qtbot.waitUntil(lambda: window.findChild(IntakeDialog) is None)
    window.new_case()
    assert len(window.findChildren(IntakeDialog)) == 1
