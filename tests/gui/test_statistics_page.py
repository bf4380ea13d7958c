"""The Statistics page: builds, follows the period, lists the cases behind a figure, exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from mediation_desk.services.base import Actor
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.pages.statistics import StatisticsPage
from tests.helpers.stats_fixture import build

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def page(qtbot, sqlite_db):  # type: ignore[no-untyped-def]
    fx = build(sqlite_db)
    actor = Actor(user_id=None, username="director1", role="director", organisation_id=fx.org_id)
    ctx = AppContext(db=sqlite_db, actor=actor, organisation_id=fx.org_id)
    widget = StatisticsPage(ctx, today=date(2026, 3, 15))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.data is not None, timeout=10_000)
    yield widget, fx, ctx
    ctx.tasks.wait()


def _cell(widget: StatisticsPage, row: int, figure: str) -> str:
    col = [c[0] for c in widget.figures.columns].index(figure)
    return str(widget.figures.index(row, col).data())


def test_page_shows_the_month_and_follows_the_period(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    widget, _fx, _ctx = page
    assert widget.period_label.text() == "2026年3月"
    assert (_cell(widget, 0, "received"), _cell(widget, 0, "response"), _cell(widget, 0, "resolution")) == (
        "8",
        "50.0%",
        "57.1%",
    )
    assert _cell(widget, 0, "agreed") == "¥10,700.00"
    assert widget.question.rowCount() == 6 and "噪声纠纷" in widget.topic.text()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.anchor.setDate(QDate(2026, 4, 10))
    assert widget.period_label.text() == "2026年4月" and _cell(widget, 0, "received") == "1"
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.kind.setCurrentIndex(widget.kind.findData("quarter"))
    assert _cell(widget, 0, "received") == "1"  # Q2: only C9 so far
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.kind.setCurrentIndex(widget.kind.findData("custom"))
    assert widget.until.isVisible() or not widget.isVisible()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.anchor.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.until.setDate(QDate(2026, 3, 31))
    assert _cell(widget, 0, "received") == "8"
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.by.setCurrentIndex(widget.by.findData("category"))
    labels = [_cell(widget, r, "label") for r in range(widget.figures.rowCount())]
    assert labels[0] == "噪声纠纷" and _cell(widget, 0, "received") == "3"


def test_clicking_a_figure_lists_its_cases_and_opens_one(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    widget, fx, ctx = page
    widget.show()
    col = [c[0] for c in widget.figures.columns].index("resolution")
    rect = widget.table.visualRect(widget.figures.index(0, col))
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: widget.cases.rowCount() == 4, timeout=10_000)
    ids = {widget.cases.row(i)[0] for i in range(4)}
    assert ids == {fx.ids["C1"], fx.ids["C2"], fx.ids["C5"], fx.ids["C7"]}  # the resolved of the received
    assert "Resolution rate" in widget.cases_title.text() or "解决率" in widget.cases_title.text()
    with qtbot.waitSignal(ctx.bus.open_case, timeout=5_000) as opened:
        rect = widget.case_view.visualRect(widget.cases.index(0, 0))
        qtbot.mouseClick(widget.case_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(widget.case_view, Qt.Key.Key_Return)  # Enter opens, as a double-click does
    assert opened.args[0] == widget.cases.row(0)[0]
    widget.show_cases_of("received", "noise")  # a group of another breakdown is ignored for "total"
    qtbot.waitUntil(lambda: widget.cases.rowCount() == 8, timeout=10_000)


def test_exports_run_in_the_background(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget, _fx, _ctx = page
    with qtbot.waitSignal(widget.exported, timeout=20_000):
        widget.export_pdf(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "report.pdf") in widget.saved_label.text()
    with qtbot.waitSignal(widget.exported, timeout=20_000):
        widget.export_excel(tmp_path / "ledger.xlsx")
    # one file, named to the user (no silent second statistics file)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".pdf")) == [
        "ledger.xlsx",
        "report.pdf",
    ]
    assert str(tmp_path / "ledger.xlsx") in widget.saved_label.text()
    with qtbot.waitSignal(widget.exported, timeout=20_000):
        widget.export_statistics_excel(tmp_path / "stats.xlsx")
    assert (tmp_path / "stats.xlsx").exists() and str(tmp_path / "stats.xlsx") in widget.saved_label.text()


def test_page_fits_1366_by_768_and_shows_definitions_beside_the_figures(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    widget, _fx, _ctx = page
    widget.resize(1366 - 40, 768 - 120)  # the main window's page area at 1366×768 (navigation, title bar)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.horizontalHeader().length() > 0, timeout=5_000)
    qtbot.wait(50)
    assert widget.minimumSizeHint().width() <= 1366 - 40
    assert not widget.table.horizontalScrollBar().isVisible()
    assert widget.table.horizontalHeader().length() <= widget.table.viewport().width()
    text = widget.notes.text.text()
    assert "4 ÷ 7 = 57.1%" in text and "4 ÷ 8 = 50.0%" in text  # resolution, response worked out
    assert "8 =" in text  # received = the outcomes that add up
    assert widget.hotline.rates.text() and widget.week.text.text()


def test_an_administrator_changes_the_definitions_in_settings(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services import hotline
    from mediation_desk.ui.pages.statistics_definitions import StatisticsDefinitionsSection

    admin = Actor(user_id=None, username="admin", role="admin", organisation_id=1)
    ctx = AppContext(db=sqlite_db, actor=admin, organisation_id=1)
    section = StatisticsDefinitionsSection(ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.case_hours.value() == 24, timeout=5_000)
    assert (
        section.case_answers["basically_satisfied"].isChecked() and section.concluded["declined"].isChecked()
    )
    section.case_answers["basically_satisfied"].setChecked(False)  # 基本满意 no longer counts
    section.concluded["declined"].setChecked(False)
    section.hot_hours.setValue(2)
    section.base.setCurrentIndex(section.base.findData("received"))
    section.save()
    qtbot.waitUntil(lambda: section.message.text() != "", timeout=5_000)
    d, h = hotline.definitions_in_force(sqlite_db)
    assert d.satisfied_answers == ("satisfied",) and d.concluded_outcomes == (
        "resolved",
        "failed",
        "withdrawn",
    )
    assert (h.response_hours, h.resolution_base) == (2, "received")


def test_screening_rounds_are_recorded_and_listed_for_the_period(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    widget, _fx, _ctx = page
    panel = widget.screening
    panel.held_on.setDate(QDate(2026, 3, 10))
    panel.found.setValue(5)
    panel.scope.setText("朝外街道")
    panel.record()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.row(0).disputes_found == 5 and "5" in panel.total.text()
    panel.found.setValue(-1)  # the spin box keeps it at 0: a round that found nothing is a round
    assert panel.found.value() == 0
