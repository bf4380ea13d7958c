"""Dashboard panels: running 48-hour clocks soonest first, "show all", lines open on their tab,
enough rows at 1366×768."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.app import build_window
from tests.gui.test_deadline_screens import _scenario
from tests.gui.ui_helpers import context, drain, use_test_preferences
from tests.gui.workspace_helpers import org_id, wait


@pytest.fixture
def desk(tmp_path: Any, sqlite_db: Any) -> Any:
    use_test_preferences(tmp_path)
    return sqlite_db


def _window(qtbot: Any, db: Any) -> Any:
    window = build_window(context(db, org_id(db)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    drain(qtbot, window.ctx)
    qtbot.waitUntil(lambda: window.dashboard.loaded, timeout=10_000)
    return window


def test_clocks_show_all_and_lines_open_on_their_tab(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    ids = _scenario(desk)
    window = _window(qtbot, desk)
    dash = window.dashboard
    clocks = [dash.clocks.model.row(i) for i in range(dash.clocks.model.rowCount())]
    assert [c.case_id for c in clocks] == [ids["late"], ids["running"]]  # least time left first
    model = dash.clocks.model
    assert "overdue" in model.index(0, 3).data() and "left" in model.index(1, 3).data()
    assert dash.clocks.title().endswith("(2)")
    # "Show all" lists the whole list; a line opens its case on the tab where it is dealt with
    dialog = dash.show_all("clocks")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.view.selectRow(1)
    dialog.view.open_requested.emit(ids["running"])
    qtbot.waitUntil(lambda: window.tabs.currentWidget().property("case_id") == ids["running"])
    ws = window.tabs.currentWidget()
    wait(qtbot, ws)
    assert ws.tabs.currentWidget() is ws.track
    dialog.close()
    # a session of the week opens on the sessions tab
    sessions = dash.today if dash.today.model.rowCount() else dash.week
    assert sessions.model.rowCount() == 1
    dash.open_item(sessions.model.row(0))
    qtbot.waitUntil(lambda: window.tabs.currentWidget().property("case_id") == ids["ps"])
    ws = window.tabs.currentWidget()
    wait(qtbot, ws)
    assert ws.tabs.currentWidget() is ws.sessions


def test_every_panel_shows_at_least_six_rows_at_1366x768(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, desk)
    for section in window.dashboard.sections.values():
        row = section.view.verticalHeader().defaultSectionSize()
        header = section.view.horizontalHeader().sizeHint().height()
        assert (section.view.minimumHeight() - header) // row >= 6, section.objectName()
