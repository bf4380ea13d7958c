"""12345 at intake and in the workspace: the ticket box follows the source; the 12345 & report tab records
the response, the reply, the return visit and the official-table facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime

from mediation_desk.domain.enums import Source
from mediation_desk.services import cases, hotline
from mediation_desk.services.hotline import HotlineInput
from mediation_desk.services.official_table import case_report_of
from tests.gui.workspace_helpers import open_workspace, wait
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def test_intake_ticket_box_follows_the_source(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.ui.dialogs.intake_hotline import HotlineBox

    box = HotlineBox()
    qtbot.addWidget(box)
    box.show()
    box.follow(Source.POLICE_REFERRAL.value)
    assert not box.isVisible()
    box.follow(Source.HOTLINE_12345.value)
    assert box.isVisible() and box.value(UTC) is None  # nothing typed: no ticket yet
    box.ticket_no.setText("BJ20261207-000123")
    box.own_deadline.setChecked(True)
    box.deadline.setDateTime(QDateTime.fromString("2026-12-10 18:00", "yyyy-MM-dd HH:mm"))
    value = box.value(UTC)
    assert value is not None and value.ticket_no == "BJ20261207-000123"
    assert value.reply_due_at == datetime(2026, 12, 10, 18, 0, tzinfo=UTC)


def test_the_report_tab_records_the_ticket_steps(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    at = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=5)
    data = new_case(1, source=Source.HOTLINE_12345, received_at=at, hotline=HotlineInput("BJ0001-0001", at))
    case_id = cases.register_case(sqlite_db, MEDIATOR, data).case_id
    ws = open_workspace(qtbot, sqlite_db, case_id)
    tab = ws.reporting
    ws.show_tab(tab)
    qtbot.waitUntil(lambda: "BJ0001-0001" in tab.ticket_label.text(), timeout=10_000)
    assert tab.buttons["response"].isEnabled() and not tab.buttons["reply"].isEnabled()
    dialog = tab.open_step("response")
    dialog.text.setPlainText("电话联系诉求人")
    dialog.accept()
    wait(qtbot, ws)
    qtbot.waitUntil(lambda: tab.buttons["reply"].isEnabled(), timeout=10_000)
    view = hotline.ticket_of(sqlite_db, MEDIATOR, case_id)
    assert view is not None and view.first_response_note == "电话联系诉求人"
    tab.crime.setChecked(True)
    tab.crime_persons.setValue(3)
    tab.save_report()
    wait(qtbot, ws)
    qtbot.waitUntil(
        lambda: case_report_of(sqlite_db, MEDIATOR, case_id)["prevent_crime_persons"] == 3, timeout=10_000
    )


def test_a_ticket_is_added_to_a_hotline_case_registered_without_one(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    at = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=5)
    data = new_case(1, source=Source.HOTLINE_12345, received_at=at)
    case_id = cases.register_case(sqlite_db, MEDIATOR, data).case_id
    ws = open_workspace(qtbot, sqlite_db, case_id)
    tab = ws.reporting
    ws.show_tab(tab)
    qtbot.waitUntil(lambda: tab.ticket_button.isEnabled(), timeout=10_000)
    dialog = tab.open_ticket()
    dialog.box.ticket_no.setText("BJ20261207-000777")
    dialog.accept()
    wait(qtbot, ws)
    qtbot.waitUntil(lambda: "BJ20261207-000777" in tab.ticket_label.text(), timeout=10_000)
    view = hotline.ticket_of(sqlite_db, MEDIATOR, case_id)
    assert view is not None and view.ticket_no == "BJ20261207-000777"
