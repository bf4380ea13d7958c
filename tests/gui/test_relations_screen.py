"""The relations screen (Committee tab): a relation recorded in words; the recusal check uses it."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.services import cases
from tests.gui.workspace_helpers import add_member, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def test_record_a_relation_see_it_in_words_and_the_picker_asks_for_recusal(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    li = add_member(db, "李调解", "mediator", org_id(db))
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ws.show_tab(ws.committee)
    box = ws.committee.relations
    box.open_relation()
    qtbot.waitUntil(lambda: box.dialog is not None)
    dialog: Any = box.dialog
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert {"kinship", "colleague", "employer", "agent"} <= set(kinds) and "is_party" not in kinds
    zhang = next(p.person_id for p in ws.detail.parties if p.name == "张伟")
    dialog.select(li, "colleague", zhang)
    dialog.note.setText("same office")
    dialog.accept()
    wait(qtbot, ws)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert [box.model.index(0, c).data() for c in range(4)] == ["李调解", "Colleague", "张伟", "same office"]

    # the member picker now refuses 李调解 without a recorded reason
    ws.committee.open_assign()
    qtbot.waitUntil(lambda: ws.committee.dialog is not None)
    picker: Any = ws.committee.dialog
    picker.select_person(li)
    picker.accept()
    wait(qtbot, ws)
    assert picker.isVisible() and picker.conflict.isVisible()
    assert "张伟" in picker.conflict.text() and "colleague" in picker.conflict.text()
    picker.reject()

    # removed (entered by mistake): the list is empty again
    box.view.selectRow(0)
    box.remove_selected()
    wait(qtbot, ws)
    qtbot.waitUntil(lambda: box.model.rowCount() == 0)
