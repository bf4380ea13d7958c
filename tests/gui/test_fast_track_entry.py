"""The 48-hour clock: each step's actual time is typed (default now), never in the future, in order;
the clock reads in hours and minutes and warns at 12 h and 4 h left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from mediation_desk.domain.enums import MatterStage, Procedure
from mediation_desk.services import cases
from mediation_desk.services.inputs import MatterInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, LinkedMatter
from tests.gui.workspace_helpers import open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case

RECEIVED = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Mon 2 Mar 2026, 09:00 in Shanghai


def _fast_case(db):  # type: ignore[no-untyped-def]
    matter = MatterInput(
        police_case_no="京公朝刑字〔2026〕0311号", charge="盗窃", procedure=Procedure.FAST_TRACK_48H
    )
    return cases.register_case(
        db, MEDIATOR, new_case(org_id(db), matter=matter, received_at=RECEIVED)
    ).case_id


def _matter(db):  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return s.execute(select(LinkedMatter)).scalars().one()


def test_summons_is_typed_as_last_nights_time_and_the_clock_counts_from_it(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _fast_case(db)
    ws = open_workspace(qtbot, db, case_id)
    clock = ws.track.fast_track
    now = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)  # Tue 3 Mar, 10:00 in Beijing
    ws.clock = lambda: now
    dialog = clock.record(MatterStage.SUMMONS)
    assert dialog.at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-03 10:00"  # default: now
    # the suspect was brought in at 22:15 last night: type the date and time, digits only
    dialog.at.setFocus()
    dialog.at.setSelectedSection(dialog.at.sectionAt(0))
    qtbot.keyClicks(dialog.at, "202603022215")
    assert dialog.at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-02 22:15"
    dialog.accept()
    wait(qtbot, ws)
    summoned = _matter(db).summoned_at
    assert summoned == datetime(2026, 3, 2, 14, 15, tzinfo=UTC)  # 22:15 Beijing
    with read_session(db.engine) as s:
        assert s.get(Case, case_id).fast_track_due_at == summoned + timedelta(hours=48)
    clock.tick()  # 36 h 15 min after 10:00 on the 3rd
    assert "36" in clock.remaining.text() and "15" in clock.remaining.text()
    assert clock.warning.text() == ""


def test_a_step_in_the_future_or_before_the_previous_is_refused_in_the_dialog(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _fast_case(db)
    ws = open_workspace(qtbot, db, case_id)
    clock = ws.track.fast_track
    now = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
    ws.clock = lambda: now
    dialog = clock.record(MatterStage.SUMMONS)
    dialog.at.setDateTime(dialog.at.dateTime().addSecs(3600))  # an hour ahead of now
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible() and _matter(db).summoned_at is None
    dialog.at.setDateTime(dialog.at.dateTime().addSecs(-5 * 3600))  # 06:00 this morning
    dialog.accept()
    wait(qtbot, ws)
    assert _matter(db).summoned_at == datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
    dialog = clock.record(MatterStage.INVESTIGATION)
    dialog.at.setDateTime(dialog.at.dateTime().addSecs(-6 * 3600))  # 04:00, before the summons
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert _matter(db).investigation_done_at is None


def test_the_clock_warns_at_12_and_4_hours_left(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _fast_case(db)
    ws = open_workspace(qtbot, db, case_id)
    clock = ws.track.fast_track
    ws.clock = lambda: RECEIVED + timedelta(hours=1)
    dialog = clock.record(MatterStage.SUMMONS)
    dialog.at.setDateTime(dialog.at.dateTime().addSecs(-3600))
    dialog.accept()
    wait(qtbot, ws)
    for hours_in, colour, warned in (
        (30, None, False),
        (37, "#b26a00", True),
        (45, "#c62828", True),
        (49, "#c62828", True),
    ):
        ws.clock = lambda h=hours_in: RECEIVED + timedelta(hours=h)
        clock.tick()
        assert bool(clock.warning.text()) == warned, hours_in
        if colour:
            assert colour in clock.remaining.styleSheet(), hours_in
        else:
            style = clock.remaining.styleSheet()
            assert "#c62828" not in style and "#b26a00" not in style
