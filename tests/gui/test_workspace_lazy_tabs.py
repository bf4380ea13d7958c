"""Opening a case builds only the Overview; each other tab is built, with the case, when first shown.

Building all the tabs took most of the time to open a case (issue 8); these tests keep what the
user sees the same: every tab still shows the loaded case, however it is reached.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mediation_desk.services import cases
from mediation_desk.ui.workspace.parties import PartiesTab
from tests.gui.workspace_helpers import no_crash_dialog, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]


def test_only_the_overview_is_built_when_a_case_opens(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    assert ws.tabs.count() == 11  # the eleventh: 12345 & report (issue 17)
    assert ws.built_tabs() == [ws.tabs.widget(0)]
    assert ws.tabs.currentWidget() is ws.overview
    assert ws.overview.fields["parties"].text() == "张伟、李娜"


def test_a_tab_shown_later_shows_the_loaded_case(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ws.tabs.setCurrentIndex(1)  # the user clicks "Parties"
    tab = ws.tabs.currentWidget()
    assert isinstance(tab, PartiesTab) and ws.parties is tab and ws.tabs.indexOf(tab) == 1
    assert [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())] == ["张伟", "李娜"]
    assert ws.tabs.tabText(1) == ws.tr("Parties")
    QTest.keyClick(ws, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)  # Alt+9: History
    assert ws.tabs.currentIndex() == 8 and ws.tabs.currentWidget() is ws.history
    assert ws.history.status.rowCount() == 1  # registered
    assert len(ws.built_tabs()) == 3


def test_a_built_tab_follows_later_changes(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    history = ws.history  # built now, while the Overview stays current
    assert ws.tabs.currentWidget() is ws.overview
    ws.overview.trigger("accept")
    wait(qtbot, ws)
    assert history.status.rowCount() == 2  # registered, accepted
