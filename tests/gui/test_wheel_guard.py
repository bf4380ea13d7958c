"""The mouse wheel never changes an unfocused combo, spin or date box; it scrolls the page instead."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QScrollArea,
    QSpinBox,
    QWidget,
)

pytestmark = [pytest.mark.gui]


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """Turn the wheel ``steps`` notches over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(widget.rect().center()))
    event = QWheelEvent(
        centre,
        glob,
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def page(qtbot: Any) -> tuple[QScrollArea, dict[str, QWidget]]:
    """A long form in a scroll area, as the workspace tabs are: a 是/否 answer, a number, dates."""
    body = QWidget()
    form = QFormLayout(body)
    answer = QComboBox()
    answer.addItems(["是", "否"])
    count = QSpinBox()
    count.setValue(5)
    day = QDateEdit(QDate(2026, 3, 2))
    when = QDateTimeEdit(QDate(2026, 3, 2).startOfDay())
    for i in range(30):
        form.addRow(f"问题{i}", QComboBox() if i % 2 else QSpinBox())
    form.insertRow(10, "是否初犯", answer)
    form.insertRow(11, "人数", count)
    form.insertRow(12, "日期", day)
    form.insertRow(13, "时间", when)
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.ensureWidgetVisible(answer)
    return area, {"answer": answer, "count": count, "day": day, "when": when}


def test_wheel_over_unfocused_boxes_scrolls_the_page_and_changes_nothing(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    area, boxes = page
    answer, count, day, when = boxes["answer"], boxes["count"], boxes["day"], boxes["when"]
    before = area.verticalScrollBar().value()
    for box in boxes.values():
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives them no focus
        _wheel(box)
    assert answer.currentText() == "是" and count.value() == 5
    assert day.date() == QDate(2026, 3, 2) and when.date() == QDate(2026, 3, 2)
    assert area.verticalScrollBar().value() > before  # the page scrolled instead


def test_the_focused_box_still_takes_the_wheel(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _area, boxes = page
    answer, count = boxes["answer"], boxes["count"]
    answer.setFocus()
    qtbot.waitUntil(answer.hasFocus)
    _wheel(answer)
    assert answer.currentText() == "否"  # the user clicked into it: the wheel is theirs
    count.setFocus()
    qtbot.waitUntil(count.hasFocus)
    _wheel(count, 1)
    assert count.value() == 6


def test_a_real_workspace_checklist_answer_survives_the_wheel(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The 是/否 answers of the criminal-reconciliation checklist (the box the issue names)."""
    from mediation_desk.domain.enums import Track
    from mediation_desk.services import cases
    from tests.gui.workspace_helpers import open_workspace, org_id
    from tests.helpers.factories import MEDIATOR, new_case

    data = new_case(org_id(sqlite_db), track=Track.CRIMINAL)
    case_id = cases.register_case(sqlite_db, MEDIATOR, data).case_id
    ws = open_workspace(qtbot, sqlite_db, case_id)
    ws.show_tab(ws.track)
    combos = [c for c in ws.track.findChildren(QComboBox) if c.isVisible() and c.count() > 1]
    assert combos, "the track tab shows answer boxes"
    values = [c.currentIndex() for c in combos]
    for combo in combos:
        _wheel(combo)  # one notch down: without the guard, 未知 → 是
    assert [c.currentIndex() for c in combos] == values
