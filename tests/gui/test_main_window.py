"""The real main window: pages, keyboard navigation, search as you type, opening cases, memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mediation_desk.store.database import open_database
from mediation_desk.ui import preferences as prefs
from mediation_desk.ui.main_window import PAGE_CASES, PAGE_DASHBOARD, PAGE_PEOPLE, PAGE_SETTINGS
from tests.gui.ui_helpers import drain, ime_type, make_window, populated_db, use_test_preferences

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def setup(tmp_path: Path) -> Any:
    use_test_preferences(tmp_path)
    db, org = populated_db(tmp_path / "desk.sqlite3", 30)
    yield db, org, tmp_path / "desk.sqlite3"
    db.dispose()


def test_navigation_shows_each_page(qtbot: Any, setup: Any) -> None:
    db, org, _ = setup
    w = make_window(qtbot, db, org)
    assert w.stack.currentWidget() is w.dashboard
    assert db.display_name() in w.db_label.text()
    assert "mediator1" in w.user_label.text()
    w.nav.setCurrentRow(PAGE_PEOPLE)
    assert w.stack.currentWidget() is w.people
    drain(qtbot, w.ctx)
    assert w.people.parties.rowCount() == 60  # two parties per case
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_SETTINGS
    assert w.tabs.tabText(0) == "Settings"
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_DASHBOARD
    drain(qtbot, w.ctx)
    assert w.dashboard.waiting.model.rowCount() == 30  # every case waits for acceptance


def test_ctrl_f_then_two_character_name_finds_the_case_and_enter_opens_it(qtbot: Any, setup: Any) -> None:
    db, org, _ = setup
    w = make_window(qtbot, db, org)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_CASES
    assert w.cases.search.hasFocus()
    qtbot.waitUntil(lambda: w.cases.model.rowCount() > 5, timeout=10_000)  # read off the UI thread
    target = w.cases.model.index(5, 6).data().split("、")[1]  # a respondent's two-character name
    assert len(target) == 2
    ime_type(w.cases.search, target)
    qtbot.waitUntil(  # debounced search, the matches read off the UI thread
        lambda: w.cases.model.filters.text == target and not w.cases.model.loading, timeout=10_000
    )
    assert 1 <= w.cases.model.rowCount() < 30
    assert all(target in w.cases.model.index(r, 6).data() for r in range(w.cases.model.rowCount()))
    w.cases.table.setFocus()
    w.cases.table.selectRow(0)
    case_id = w.cases.model.case_id(0)
    with qtbot.waitSignal(w.case_checked, timeout=10_000):  # asked off the UI thread
        qtbot.keyClick(w.cases.table, Qt.Key.Key_Return)
    assert w.tabs.count() == 2
    assert w.open_case_ids() == [case_id]
    w.ctx.bus.open_case.emit(case_id)  # opening again focuses the same tab
    assert w.tabs.count() == 2
    qtbot.keyClick(w, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.count() == 1


def test_geometry_and_columns_remembered_and_case_found_after_restart(qtbot: Any, setup: Any) -> None:
    db, org, path = setup
    w = make_window(qtbot, db, org)
    w.resize(1100, 650)
    w.show_page(PAGE_CASES)
    w.cases.table.setColumnWidth(1, 333)
    w.close()
    db.dispose()
    again = open_database(f"sqlite:///{path}")
    try:
        w2 = make_window(qtbot, again, org)
        assert w2.stack.currentIndex() == PAGE_CASES
        assert abs(w2.size().width() - 1100) < 40  # restored, not the 1280 default (offscreen frames vary)
        assert w2.cases.table.columnWidth(1) == 333
        assert not prefs.preferences().get(prefs.header_state("cases")).isEmpty()
        name = w2.cases.model.index(0, 6).data().split("、")[0][:2]
        ime_type(w2.cases.search, name)
        model = w2.cases.model
        qtbot.waitUntil(lambda: model.filters.text == name and not model.loading, timeout=10_000)
        assert w2.cases.model.rowCount() >= 1
        w2.close()
    finally:
        again.dispose()
