"""The main window follows the signed-in user: their own last page, only pages and actions their
role may use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mediation_desk.app import build_window
from mediation_desk.services.base import Actor
from mediation_desk.ui import preferences as prefs
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.main_window import PAGE_CASES, PAGE_DASHBOARD, PAGE_SETTINGS, MainWindow
from tests.gui.ui_helpers import drain, populated_db, use_test_preferences
from tests.helpers.factories import MEDIATOR

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

ADMIN = Actor(user_id=None, username="admin", role="admin", workstation="ws-test", organisation_id=1)


@pytest.fixture
def world(tmp_path: Path) -> Any:
    use_test_preferences(tmp_path)
    db, org = populated_db(tmp_path / "desk.sqlite3", 2)
    yield db, org
    db.dispose()


def window_for(qtbot: Any, world: Any, actor: Actor) -> MainWindow:
    db, org = world
    window = build_window(AppContext(db=db, actor=actor, organisation_id=org))
    qtbot.addWidget(window)
    window.show()
    drain(qtbot, window.ctx)
    return window


def test_each_user_starts_on_their_own_last_page(qtbot: Any, world: Any) -> None:
    admin = window_for(qtbot, world, ADMIN)
    assert admin.stack.currentIndex() == PAGE_SETTINGS
    admin.close()  # the administrator's session ends on Settings
    mediator = window_for(qtbot, world, MEDIATOR)
    assert mediator.stack.currentIndex() == PAGE_DASHBOARD  # not the administrator's page
    mediator.show_page(PAGE_CASES)
    mediator.close()
    assert window_for(qtbot, world, MEDIATOR).stack.currentIndex() == PAGE_CASES
    assert window_for(qtbot, world, ADMIN).stack.currentIndex() == PAGE_SETTINGS


def test_a_page_the_role_cannot_see_is_never_restored_or_shown(qtbot: Any, world: Any) -> None:
    prefs.preferences().set(prefs.last_page(ADMIN.username), PAGE_CASES)  # e.g. an old or edited profile
    admin = window_for(qtbot, world, ADMIN)
    assert admin.stack.currentIndex() == PAGE_SETTINGS
    qtbot.keyClick(admin, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Cases' shortcut
    assert admin.stack.currentIndex() == PAGE_SETTINGS


def test_file_menu_offers_only_what_the_user_can_do_now(qtbot: Any, world: Any) -> None:
    admin = window_for(qtbot, world, ADMIN)
    assert not admin.verify_action.isEnabled()  # the administrator sees no case contents
    assert not admin.close_action.isEnabled()  # no case tab open
    mediator = window_for(qtbot, world, MEDIATOR)
    assert mediator.verify_action.isEnabled()
    assert not mediator.close_action.isEnabled()
    qtbot.waitUntil(lambda: mediator.cases.model.rowCount() > 0, timeout=10_000)  # read off the UI thread
    with qtbot.waitSignal(mediator.case_checked, timeout=10_000):  # asked off the UI thread
        mediator.open_case(mediator.cases.model.case_id(0))
    assert mediator.tabs.count() == 2 and mediator.close_action.isEnabled()
    mediator.tabs.setCurrentIndex(0)  # back on the pages: nothing to close there
    assert not mediator.close_action.isEnabled()
    mediator.tabs.setCurrentIndex(1)
    mediator.close_action.trigger()
    assert mediator.tabs.count() == 1 and not mediator.close_action.isEnabled()
