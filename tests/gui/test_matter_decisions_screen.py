"""A 人民调解 case records the procuratorate's 不起诉 and its date (the seed's bike-theft story)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate

from mediation_desk.services import cases
from tests.gui.workspace_helpers import ime_type, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def test_a_peoples_mediation_case_records_and_shows_a_non_prosecution(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id  # 人民调解, no matter yet
    ws = open_workspace(qtbot, db, case_id)
    ws.show_tab(ws.track)
    section = ws.track.decisions
    assert section.isVisible() and section.add_button.isEnabled()
    dialog: Any = section.open_decision()
    codes = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert {"non_prosecution", "case_withdrawn", "judgment", "administrative_penalty", "bail"} <= set(codes)
    dialog.kind.setCurrentIndex(dialog.kind.findData("non_prosecution"))
    dialog.on.setDate(QDate(2026, 4, 20))
    ime_type(dialog.authority, "朝阳区人民检察院")
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert [section.model.index(0, c).data() for c in range(3)] == [
        "2026-04-20",
        "Non-prosecution",
        "朝阳区人民检察院",
    ]
    assert dialog.on.maximumDate() <= QDate.currentDate().addDays(1)  # no date in the future offered
