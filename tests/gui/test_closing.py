"""结案 asks for a confirmation that sums up what is left open, then produces the 结案报告表."""

from __future__ import annotations

from datetime import UTC, datetime

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services import cases, sessions
from tests.gui.workspace_helpers import case_row, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case


def test_closing_lists_what_is_open_and_opens_the_closing_report(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    sessions.schedule_session(
        db, MEDIATOR, case_id, starts_at=datetime(2026, 3, 3, 1, 30, tzinfo=UTC), place="调解室"
    )
    cases.change_status(db, MEDIATOR, case_id, CaseStatus.WITHDRAWN, reason="申请人撤回")
    ws = open_workspace(qtbot, db, case_id)
    assert ws.overview.next_actions(ws.detail)[0] == "close"  # type: ignore[arg-type]
    ws.overview.buttons["close"].click()
    qtbot.waitUntil(lambda: ws.close_dialog is not None and ws.close_dialog.isVisible())
    dialog = ws.close_dialog
    assert case_row(db, case_id).status == "withdrawn"  # nothing happens before the confirmation
    assert len(dialog.open_lines) == 1 and "2026-03-03 09:30" in dialog.open_lines[0]
    assert dialog.report.isChecked()
    dialog.reject()
    assert case_row(db, case_id).status == "withdrawn"
    ws.overview.buttons["close"].click()
    qtbot.waitUntil(lambda: ws.close_dialog is not dialog and ws.close_dialog.isVisible())
    ws.close_dialog.accept()
    wait(qtbot, ws)
    assert case_row(db, case_id).status == "closed"
    qtbot.waitUntil(lambda: ws.closing_preview is not None and ws.closing_preview.isVisible(), timeout=20_000)
    assert ws.closing_preview.data.startswith(b"%PDF")
    ws.closing_preview.close()
