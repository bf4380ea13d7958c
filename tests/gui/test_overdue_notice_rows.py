"""The start-up overdue notice lists the most overdue cases and counts all of them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.app import build_window
from mediation_desk.services import cases
from mediation_desk.services.deadlines import count_overdue, overdue_summary
from mediation_desk.store.engine import read_session
from mediation_desk.store.types import utcnow
from mediation_desk.ui.overdue_notice import OverdueNotice, load_overdue
from tests.gui.ui_helpers import context, drain, use_test_preferences
from tests.gui.workspace_helpers import no_crash_dialog, org_id
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]


@pytest.fixture
def desk(tmp_path: Path, sqlite_db: Any) -> Any:
    use_test_preferences(tmp_path)
    return sqlite_db


def test_notice_lists_the_most_overdue_and_counts_the_rest(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    org, now = org_id(desk), utcnow()
    for days in (40, 50, 60):  # registered long ago and never accepted: the acceptance deadline is past
        cases.register_case(desk, MEDIATOR, new_case(org, received_at=now - timedelta(days=days)))
    window = build_window(context(desk, org))
    qtbot.addWidget(window)
    drain(qtbot, window.ctx)
    with read_session(desk.engine) as s:
        every = overdue_summary(s, now, organisation_id=org)
        assert count_overdue(s, now, organisation_id=org) == len(every) == 3
    found = load_overdue(window.ctx, now, rows=2)
    assert found.total == 3
    assert [r.case_id for r in found.rows] == [r.case_id for r in every[:2]]  # the most overdue first
    notice = OverdueNotice(window.ctx, found.rows, now, window, total=found.total)
    qtbot.addWidget(notice)
    assert notice.items.count() == 2
    assert notice.more is not None and "2" in notice.more.text()
    everything = load_overdue(window.ctx, now)
    assert everything.total == 3 and len(everything.rows) == 3
    assert OverdueNotice(window.ctx, everything.rows, now, window, total=everything.total).more is None
