"""The case list's default column widths fit the longest label of each column in the UI language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mediation_desk.store.engine import read_session
from mediation_desk.store.queries.case_list import categories
from mediation_desk.ui import i18n
from mediation_desk.ui.messages import labels
from mediation_desk.ui.models.case_table import COL_CATEGORY, COL_STATUS, COL_TRACK
from mediation_desk.ui.pages.cases import CasesPage
from tests.gui.ui_helpers import context, drain, populated_db, use_test_preferences

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db, org = populated_db(tmp_path_factory.mktemp("widths") / "w.sqlite3", 2)
    yield db, org
    db.dispose()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_label_columns_fit_their_longest_label(
    small_db: Any, qapp: Any, qtbot: Any, tmp_path: Path, language: str
) -> None:
    use_test_preferences(tmp_path)
    try:
        assert i18n.install(qapp, language)
        ctx = context(*small_db)
        page = CasesPage(ctx)
        qtbot.addWidget(page)
        drain(qtbot, ctx)
        with read_session(ctx.db.engine) as session:
            cats = categories(session=session, active_only=False)
        names = {
            COL_CATEGORY: [c.name_en or c.name_zh if language == "en" else c.name_zh for c in cats],
            COL_TRACK: list(labels.tracks().values()),
            COL_STATUS: list(labels.statuses().values()),
        }
        cell = page.table.fontMetrics()
        head = page.table.horizontalHeader().fontMetrics()
        for col in range(page.model.columnCount()):
            title = page.model.headerData(col, Qt.Orientation.Horizontal)
            width = page.table.columnWidth(col)
            assert width > head.horizontalAdvance(title), (language, title, width)
            for text in names.get(col, []):
                assert width > cell.horizontalAdvance(text) + 8, (language, text, width)
        if language == "en":  # the labels QA found cut off
            assert page.table.columnWidth(COL_CATEGORY) > cell.horizontalAdvance("Property damage") + 8
            assert page.table.columnWidth(COL_TRACK) > cell.horizontalAdvance("Public-security mediation") + 8
    finally:
        i18n.install(qapp, "en")
