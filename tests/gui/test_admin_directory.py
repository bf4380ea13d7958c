"""The administrator's directory (Settings → Directory / 名册): members and organisations managed without
any case data; other roles see what the role rules allow."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from mediation_desk.app import build_window
from mediation_desk.domain.enums import CommitteeRole, Stage
from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.services import committee, directory, policy
from mediation_desk.services.base import SYSTEM, Actor
from mediation_desk.services.directory import MemberInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, Organisation, Person
from mediation_desk.ui import errors
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.dialogs.member_editor import MemberEditor
from mediation_desk.ui.dialogs.organisations import OrganisationEditor
from mediation_desk.ui.main_window import PAGE_CASES, PAGE_PEOPLE, PAGE_SETTINGS, MainWindow
from mediation_desk.ui.pages.admin_directory import DirectorySection
from tests.gui.ui_helpers import drain, ime_type, populated_db, use_test_preferences
from tests.helpers.factories import MEDIATOR

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

ADMIN = Actor(user_id=None, username="admin", role="admin", workstation="ws-test", organisation_id=1)
DIRECTOR = Actor(user_id=None, username="zhang", role="director", workstation="ws-test", organisation_id=1)
STATUS = 4  # the members' status column


@pytest.fixture
def world(tmp_path: Path) -> Any:
    use_test_preferences(tmp_path)
    db, org = populated_db(tmp_path / "desk.sqlite3", 3)
    yield db, org
    db.dispose()


def open_directory(qtbot: Any, world: Any, actor: Actor) -> tuple[MainWindow, DirectorySection]:
    """The real main window for ``actor`` on Settings, its Directory tab current and loaded."""
    db, org = world
    window = build_window(AppContext(db=db, actor=actor, organisation_id=org))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    drain(qtbot, window.ctx)
    window.show_page(PAGE_SETTINGS)
    admin_page = window.findChild(QWidget, "adminSettingsPage")
    section = window.findChild(DirectorySection, "adminDirectory")
    assert admin_page is not None and section is not None
    tabs = admin_page.tabs  # type: ignore[attr-defined]
    assert tabs.tabText(tabs.indexOf(section)) in ("Directory", "名册")
    tabs.setCurrentWidget(section)
    qtbot.waitUntil(lambda: section.loaded, timeout=10_000)
    drain(qtbot, window.ctx)
    return window, section


def row_of(section: DirectorySection, name: str) -> int:
    rows = [i for i in range(section.members.rowCount()) if section.members.row(i).name == name]
    return rows[0] if rows else -1


def cell(section: DirectorySection, row: int, column: int) -> str:
    return str(section.members.index(row, column).data())


def stored(db: Any, name: str) -> Person | None:
    with read_session(db.engine) as s:
        return s.execute(select(Person).where(Person.name == name)).scalars().first()


def save(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_administrator_adds_edits_and_deactivates_a_member(qtbot: Any, world: Any) -> None:
    db, _org = world
    window, section = open_directory(qtbot, world, ADMIN)
    assert section.add_member_button.isVisible() and not section.read_only_note.isVisible()
    assert not section.edit_member_button.isEnabled()  # nothing selected yet

    # a new organisation, then a member from it
    qtbot.mouseClick(section.add_org_button, Qt.MouseButton.LeftButton)
    editor = section.dialog
    assert isinstance(editor, OrganisationEditor) and editor.isVisible()
    ime_type(editor.name, "朝阳区阳光社会工作服务中心")
    editor.kind.setCurrentIndex(editor.kind.findData("social_work"))
    save(qtbot, editor)
    drain(qtbot, window.ctx)
    orgs = section.organisations
    qtbot.waitUntil(
        lambda: any(orgs.row(i).name == "朝阳区阳光社会工作服务中心" for i in range(orgs.rowCount())),
        timeout=10_000,
    )

    qtbot.mouseClick(section.add_member_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, MemberEditor) and dialog.isVisible()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=5000)  # organisations read off the UI thread
    ime_type(dialog.name, "司马晓雯")
    dialog.role.setCurrentIndex(dialog.role.findData(CommitteeRole.SOCIAL_WORKER.value))
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("朝阳区阳光社会工作服务中心"))
    qtbot.keyClicks(dialog.phone, "13912345678")
    save(qtbot, dialog)
    drain(qtbot, window.ctx)
    qtbot.waitUntil(lambda: row_of(section, "司马晓雯") >= 0, timeout=10_000)
    row = row_of(section, "司马晓雯")
    assert cell(section, row, 2) == "朝阳区阳光社会工作服务中心"
    assert cell(section, row, 3).replace(" ", "") == "13912345678"
    assert cell(section, row, STATUS) == section.tr("Active")
    assert section.selected_member() is not None and section.selected_member().name == "司马晓雯"  # type: ignore[union-attr]
    person = stored(db, "司马晓雯")
    assert person is not None and person.member_role == "social_worker" and person.phone == "+8613912345678"
    assert person.active

    # edit the phone
    qtbot.mouseClick(section.edit_member_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, MemberEditor)
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=5000)  # the member's record is shown
    assert dialog.name.text() == "司马晓雯"
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "13700001111")
    save(qtbot, dialog)
    drain(qtbot, window.ctx)
    qtbot.waitUntil(
        lambda: cell(section, row_of(section, "司马晓雯"), 3).replace(" ", "") == "13700001111",
        timeout=10_000,
    )
    assert stored(db, "司马晓雯").phone == "+8613700001111"  # type: ignore[union-attr]

    # deactivate, then reactivate
    section.select_member(int(person.id))  # type: ignore[arg-type]
    assert section.toggle_button.text() == section.tr("Deactivate")
    qtbot.mouseClick(section.toggle_button, Qt.MouseButton.LeftButton)
    drain(qtbot, window.ctx)
    qtbot.waitUntil(
        lambda: cell(section, row_of(section, "司马晓雯"), STATUS) == section.tr("Deactivated"),
        timeout=10_000,
    )
    assert not stored(db, "司马晓雯").active  # type: ignore[union-attr]
    assert section.toggle_button.text() == section.tr("Reactivate")  # the same member stays selected
    qtbot.mouseClick(section.toggle_button, Qt.MouseButton.LeftButton)
    drain(qtbot, window.ctx)
    qtbot.waitUntil(
        lambda: cell(section, row_of(section, "司马晓雯"), STATUS) == section.tr("Active"), timeout=10_000
    )
    assert stored(db, "司马晓雯").active  # type: ignore[union-attr]
    assert section.message.text() == ""


def test_administrator_directory_shows_no_case_data(qtbot: Any, world: Any) -> None:
    db, org = world
    judge = directory.add_member(db, SYSTEM, MemberInput(name="欧阳明", role=CommitteeRole.JUDGE)).id
    with read_session(db.engine) as s:
        case = s.execute(select(Case).order_by(Case.id)).scalars().first()
        assert case is not None
        number, title = case.number, case.title
    committee.assign_member(
        db,
        SYSTEM,
        int(case.id),
        judge,
        CommitteeRole.JUDGE,
        [Stage.MEDIATION],  # type: ignore[arg-type]
        from_date=date(2026, 1, 1),
    )
    window, section = open_directory(qtbot, world, ADMIN)
    assert row_of(section, "欧阳明") >= 0
    headers = [
        str(m.headerData(c, Qt.Orientation.Horizontal))
        for m in (section.members, section.organisations)
        for c in range(m.columnCount())
    ]
    assert not any("case" in h.lower() or "案" in h for h in headers)
    texts = {
        str(m.index(r, c).data())
        for m in (section.members, section.organisations)
        for r in range(m.rowCount())
        for c in range(m.columnCount())
    }
    assert number not in texts and title not in texts
    assert all(section.members.row(r).open_cases == 0 for r in range(section.members.rowCount()))  # not read
    # and the case pages stay out of reach
    assert not window.page_visible(PAGE_CASES) and not window.page_visible(PAGE_PEOPLE)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # People's shortcut
    assert window.stack.currentIndex() == PAGE_SETTINGS


def test_mediator_sees_the_directory_read_only_and_the_service_refuses(qtbot: Any, world: Any) -> None:
    db, _org = world
    directory.add_member(db, SYSTEM, MemberInput(name="欧阳明", role=CommitteeRole.JUDGE))
    _window, section = open_directory(qtbot, world, MEDIATOR)
    assert row_of(section, "欧阳明") >= 0  # the committee directory is not case data: listed for everyone
    assert section.read_only_note.isVisible()
    for button in (
        section.add_member_button,
        section.edit_member_button,
        section.toggle_button,
        section.add_org_button,
        section.edit_org_button,
    ):
        assert not button.isVisible()
    assert section.edit_member(None) is None and section.edit_organisation(None) is None
    section.member_view.selectRow(row_of(section, "欧阳明"))
    section.toggle_selected()  # were it reached anyway, the service refuses and says why
    qtbot.waitUntil(lambda: section.message.text() != "", timeout=10_000)
    refusal = PermissionDenied("perm.role", role="mediator", action=policy.DIRECTORY_MANAGE)
    assert section.message.text() == errors.message(refusal)
    assert stored(db, "欧阳明").active  # type: ignore[union-attr]
    with read_session(db.engine) as s:
        assert s.execute(select(Organisation.id)).scalars().all()  # untouched


def test_director_manages_the_directory_while_settings_stay_read_only(qtbot: Any, world: Any) -> None:
    window, section = open_directory(qtbot, world, DIRECTOR)
    admin_page = window.findChild(QWidget, "adminSettingsPage")
    assert admin_page.read_only_note.isVisible()  # type: ignore[union-attr]  # limits etc.: administrator only
    assert section.isEnabled() and section.add_member_button.isVisible()  # directory.manage: director too
