"""The follow-up dialog pre-selects no answer; it records who, how, what they said, performance and
whether satisfaction was asked (only an answer counts)."""

from __future__ import annotations

from sqlalchemy import select

from mediation_desk.services import cases
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import FollowUp
from tests.gui.ui_helpers import ime_type
from tests.gui.workspace_helpers import open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case


def test_nothing_is_pre_selected_and_every_answer_is_recorded(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ws.show_tab(ws.follow_ups)
    dialog = ws.follow_ups.open_follow_up()
    for box in (dialog.contact, dialog.method, dialog.performance, dialog.satisfaction):
        assert box.currentIndex() == -1 and box.currentData() is None, box.objectName()
    assert [dialog.method.itemText(i) for i in range(dialog.method.count())] == [
        "Phone",
        "Home visit",
        "Text message",
        "WeChat",
    ]
    assert [dialog.performance.itemData(i) for i in range(dialog.performance.count())] == [
        "performed",
        "partly",
        "not_performed",
    ]
    dialog.accept()  # nothing chosen: refused in the dialog, nothing saved
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.contact.setCurrentIndex(dialog.contact.findText("李娜"))
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    dialog.performance.setCurrentIndex(dialog.performance.findData("partly"))
    ime_type(dialog.response, "已付一半，余款月底前付清。")
    dialog.accept()
    assert dialog.isVisible()  # the satisfaction question must be answered too (even "not asked")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("not_asked"))
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    with read_session(db.engine) as s:
        f = s.execute(select(FollowUp)).scalar_one()
    assert (f.contact_person, f.method, f.performance, f.performed) == ("李娜", "wechat", "partly", False)
    assert f.response == "已付一半，余款月底前付清。"
    assert f.satisfaction is None and f.satisfaction_asked is False  # not counted in the rate
    assert ws.follow_ups.model.rowCount() == 1
