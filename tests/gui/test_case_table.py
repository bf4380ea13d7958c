"""The case table model without widgets: rows, SQL sort, fetchMore paging, refresh after a change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mediation_desk.services.cases import accept_case, register_case
from mediation_desk.store.queries.case_list import CaseFilters
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.models.case_table import (
    CASE_ID_ROLE,
    COL_NUMBER,
    COL_PARTIES,
    COL_RECEIVED,
    COL_STATUS,
    COL_TITLE,
    CaseTableModel,
)
from tests.gui.ui_helpers import context, drain, populated_db, use_test_preferences
from tests.helpers.factories import MEDIATOR, new_case, person

# The module builds a database of many cases once (about a minute and a half on a loaded machine).
pytestmark = [pytest.mark.gui, pytest.mark.slow]
CASES = 320


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db, org = populated_db(tmp_path_factory.mktemp("cases") / "big.sqlite3", CASES)
    yield db, org
    db.dispose()


@pytest.fixture
def ctx(big_db: Any, tmp_path: Path) -> AppContext:
    use_test_preferences(tmp_path)
    return context(*big_db)


@pytest.fixture
def model(ctx: AppContext, qtbot: Any) -> CaseTableModel:
    m = CaseTableModel(ctx, page_size=100)
    drain(qtbot, ctx)
    return m


def column(m: CaseTableModel, col: int) -> list[str]:
    return [m.index(r, col).data() for r in range(m.rowCount())]


def settle(qtbot: Any, m: CaseTableModel) -> None:
    """Wait until the pages asked for have arrived (they are read off the UI thread)."""
    qtbot.waitUntil(lambda: not m.loading, timeout=10_000)


def fetch_all(qtbot: Any, m: CaseTableModel) -> int:
    """Scroll to the end as a view does: fetchMore while there is more; returns the pages fetched."""
    fetched = 0
    while m.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(m.loaded, timeout=10_000):
            m.fetchMore(QModelIndex())
        fetched += 1
    return fetched


def test_the_ui_thread_never_waits_for_a_page(ctx: AppContext, qtbot: Any) -> None:
    m = CaseTableModel(ctx, page_size=100)
    assert m.rowCount() == 0 and m.loading  # asked for, not read on this thread
    with qtbot.waitSignal(m.loaded, timeout=10_000):
        pass
    assert m.rowCount() == 100 and not m.loading


def test_first_page_then_fetch_more_until_all_rows(model: CaseTableModel, qtbot: Any) -> None:
    assert model.rowCount() == 100
    assert model.total == CASES
    fetched = fetch_all(qtbot, model)
    assert model.rowCount() == CASES
    assert fetched == 3
    ids = [model.index(r, 0).data(CASE_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == CASES  # pages neither overlap nor skip


def test_default_order_is_newest_received_first(model: CaseTableModel) -> None:
    received = column(model, COL_RECEIVED)
    assert received == sorted(received, reverse=True)
    assert model.index(0, COL_STATUS).data() == "Registered"


def test_sort_by_case_number_in_sql_across_pages(model: CaseTableModel, qtbot: Any) -> None:
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    settle(qtbot, model)
    assert model.index(0, COL_NUMBER).data() == "（2026）京朝调字第0001号"
    fetch_all(qtbot, model)
    numbers = column(model, COL_NUMBER)
    assert numbers == sorted(numbers)
    model.sort(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    settle(qtbot, model)
    assert model.index(0, COL_NUMBER).data() == f"（2026）京朝调字第{CASES:04d}号"
    assert model.rowCount() == 100  # a new sort starts again from the first page


def test_search_filter_two_character_name(model: CaseTableModel, qtbot: Any) -> None:
    name = model.index(0, COL_PARTIES).data().split("、")[0][:2]
    model.set_filters(CaseFilters(text=name))
    settle(qtbot, model)
    assert 0 < model.rowCount() < CASES
    assert all(
        name in model.index(r, COL_PARTIES).data() or name in model.index(r, COL_TITLE).data()
        for r in range(model.rowCount())
    )


def test_status_filter_and_refresh_after_a_change(
    big_db: Any, ctx: AppContext, model: CaseTableModel, qtbot: Any
) -> None:
    db, org = big_db
    model.set_filters(CaseFilters(statuses=("accepted",)))
    drain(qtbot, ctx)
    before = model.rowCount()
    case_id = model.index(0, 0).data(CASE_ID_ROLE) if before else None
    data = new_case(
        org,
        title="欧阳娜娜与司马光噪声纠纷",
        applicant=person("欧阳娜娜", seq=901),
        respondent=person("司马光", seq=902),
    )
    result = register_case(db, MEDIATOR, data)
    accepted = accept_case(db, MEDIATOR, result.case_id)
    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        ctx.bus.publish(result.changes | accepted.changes)
    assert model.rowCount() == before + 1
    assert model.row_of(result.case_id) is not None
    assert case_id is None or model.row_of(case_id) is not None
    drain(qtbot, ctx)
    assert model.total == before + 1
