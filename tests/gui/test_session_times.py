"""Sessions: the time field takes typed digits; a clash asks before booking; no record before the start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from mediation_desk.services import cases, sessions
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import MediationSession
from tests.gui.workspace_helpers import open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case


def _accepted(db):  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    return case_id


def test_the_session_time_takes_typed_digits_and_a_room_clash_asks_first(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    other = _accepted(db)
    booked = datetime(2027, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 Beijing, a working Tuesday
    sessions.schedule_session(db, MEDIATOR, other, starts_at=booked, place="第一调解室")
    case_id = _accepted(db)
    ws = open_workspace(qtbot, db, case_id)
    ws.show_tab(ws.sessions)
    dialog = ws.sessions.open_schedule()
    field = dialog.starts
    field.setFocus()
    field.setSelectedSection(field.sectionAt(0))
    qtbot.keyClicks(field, "202703020937")  # 2027-03-02 09:37, digits only
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2027-03-02 09:37"
    dialog.place.setText("第一调解室")
    dialog.accept()
    tab = ws.sessions
    qtbot.waitUntil(lambda: tab.overlap_question is not None and tab.overlap_question.isVisible())
    box = ws.sessions.overlap_question
    assert "09:30" in box.text() and dialog.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()  # the mediator books it anyway
    wait(qtbot, ws)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with read_session(db.engine) as s:
        mine = s.execute(select(MediationSession).where(MediationSession.case_id == case_id)).scalars().one()
    assert mine.starts_at == booked + timedelta(minutes=7)
    assert mine.ends_at == mine.starts_at + timedelta(hours=1)


def test_a_future_session_is_not_offered_for_recording(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _accepted(db)
    sessions.schedule_session(
        db, MEDIATOR, case_id, starts_at=datetime.now(UTC) + timedelta(days=1), place="调解室"
    )
    ws = open_workspace(qtbot, db, case_id)
    assert "record_session" not in ws.overview.next_actions(ws.detail)  # type: ignore[arg-type]
