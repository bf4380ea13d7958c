"""Deadlines on the dashboard, the start-up overdue notice, and the track tab of a fast-track and a 治安 case.

With ``MD_WRITE_SCREENSHOTS=1`` the grabs go to ``docs/screenshots/deadlines_*.png`` (1366×768, CJK font).
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from mediation_desk.app import build_window, choose_font
from mediation_desk.domain.enums import Procedure, Track
from mediation_desk.services import base, cases, sessions, tracks
from mediation_desk.services.inputs import MatterInput
from mediation_desk.store.types import utcnow
from mediation_desk.ui import i18n
from mediation_desk.ui.overdue_notice import notify_overdue
from tests.gui.ui_helpers import context, drain, use_test_preferences
from tests.gui.workspace_helpers import no_crash_dialog, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _scenario(db: Any) -> dict[str, int]:
    """A late fast-track case, a running one, a 治安 case past its 3 working days, a people's case."""
    org, now = org_id(db), utcnow()
    late = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            title="刘洋盗窃电动车赔偿纠纷",
            received_at=now - timedelta(hours=52),
            applicant=person("陈静", seq=51, phone="13800005555"),
            respondent=person("刘洋", seq=52, phone="13900006666"),
            matter=MatterInput(
                police_case_no="京公朝刑字〔2026〕1107号",
                charge="盗窃",
                procedure=Procedure.FAST_TRACK_48H,
                summoned_at=now - timedelta(hours=50),
            ),
        ),
    ).case_id
    tracks.record_fast_track_step(db, MEDIATOR, late, _stage("investigation"), now - timedelta(hours=30))
    running = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            title="周磊与孙芳故意损毁财物赔偿纠纷",
            received_at=now - timedelta(hours=12),
            applicant=person("孙芳", seq=61, phone="13800007777"),
            respondent=person("周磊", seq=62, phone="13900008888"),
            matter=MatterInput(
                police_case_no="京公朝刑字〔2026〕1121号",
                charge="故意损毁财物",
                procedure=Procedure.FAST_TRACK_48H,
                summoned_at=now - timedelta(hours=11),
            ),
        ),
    ).case_id
    teen = person("王小明", birth=date(2011, 2, 3), seq=31, phone="13700002222")
    ps = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            track=Track.PUBLIC_SECURITY,
            title="王小明与李娜殴打他人纠纷",
            respondent=teen,
            received_at=now - timedelta(days=9),
            incident_on=(now - timedelta(days=9)).date(),
            matter=MatterInput(
                police_case_no="京公朝行字〔2026〕0988号",
                charge="殴打他人",
                procedure=Procedure.ADMINISTRATIVE,
            ),
        ),
    ).case_id
    _accept_at(db, ps, now - timedelta(days=8))
    sessions.schedule_session(db, MEDIATOR, ps, starts_at=now + timedelta(hours=20), place="第二调解室")
    people = cases.register_case(db, MEDIATOR, new_case(org, received_at=now - timedelta(days=2))).case_id
    _accept_at(db, people, now - timedelta(days=1))
    return {"late": late, "running": running, "ps": ps, "people": people}


def _accept_at(db: Any, case_id: int, at: Any) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(base, "utcnow", lambda: at)
        cases.accept_case(db, MEDIATOR, case_id)


def _stage(code: str) -> Any:
    from mediation_desk.domain.enums import MatterStage

    return MatterStage(code)


@pytest.fixture
def desk(tmp_path: Path, sqlite_db: Any) -> Any:
    use_test_preferences(tmp_path)
    return sqlite_db


def test_dashboard_lists_overdue_in_red_with_fast_track_time_and_start_notice_opens_case(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    ids = _scenario(desk)
    window = build_window(context(desk, org_id(desk)))
    qtbot.addWidget(window)
    window.show()
    drain(qtbot, window.ctx)
    dash = window.dashboard
    qtbot.waitUntil(lambda: dash.loaded, timeout=10_000)
    overdue = {
        r.case_id: r for r in (dash.overdue.model.row(i) for i in range(dash.overdue.model.rowCount()))
    }
    assert ids["late"] in overdue and ids["ps"] in overdue and ids["running"] not in overdue
    assert "#c62828" in dash.overdue.view.styleSheet()
    soon = {r.case_id: r for r in (dash.due_soon.model.row(i) for i in range(dash.due_soon.model.rowCount()))}
    assert ids["running"] in soon
    detail = str(soon[ids["running"]].detail)
    assert "36 h" in detail or "37 h" in detail or "36 小时" in detail or "37 小时" in detail
    notify_overdue(window)
    drain(qtbot, window.ctx)
    notice = window.overdue_notice
    assert notice.isVisible() and not notice.isModal() and notice.items.count() == 2
    texts = [notice.items.item(i).text() for i in range(notice.items.count())]
    assert any("刘洋盗窃电动车" in t for t in texts)
    first = notice.items.item(0)
    with qtbot.waitSignal(window.case_checked, timeout=10_000):  # asked off the UI thread
        notice.open_item(first)
    assert window.tabs.count() == 2 and window.tabs.currentWidget().property("case_id") == first.data(256)
    notice.close()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_deadline_screens_render(qtbot, desk, language: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    old_font = app.font()
    assert choose_font(app), "no CJK-capable font"
    i18n.install(app, language)
    write = os.environ.get("MD_WRITE_SCREENSHOTS") == "1"
    suffix = "zh" if language == "zh_CN" else "en"
    try:
        ids = _scenario(desk)
        window = build_window(context(desk, org_id(desk)))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        drain(qtbot, window.ctx)
        qtbot.waitUntil(lambda: window.dashboard.loaded, timeout=10_000)
        shots = {"dashboard": window.grab().toImage()}
        for key in ("late", "ps"):
            with qtbot.waitSignal(window.case_checked, timeout=10_000):  # asked off the UI thread
                window.open_case(ids[key])
            ws = window.tabs.currentWidget()
            wait(qtbot, ws)
            ws.tabs.setCurrentWidget(ws.overview)
            qtbot.wait(30)
            shots[f"{key}_overview"] = window.grab().toImage()
            ws.tabs.setCurrentWidget(ws.track)
            qtbot.wait(30)
            shots[f"{key}_track"] = window.grab().toImage()
        for name, image in shots.items():
            assert image.width() == 1366 and not image.isNull()
            if write:
                SHOTS.mkdir(parents=True, exist_ok=True)
                image.save(str(SHOTS / f"deadlines_{name}_{suffix}.png"))
    finally:
        i18n.install(app, "en")
        app.setFont(old_font)  # later tests measure widgets with the default font
