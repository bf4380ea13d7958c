"""The track rules in the workspace: juvenile guardian banner, criminal checklist, fast-track clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import MatterStage, Procedure, Track
from mediation_desk.services import cases, sessions
from mediation_desk.services.inputs import MatterInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import CaseParty, LinkedMatter
from tests.gui.workspace_helpers import case_row, ime_type, no_crash_dialog, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]

SUMMONED = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Mon 2 Mar 2026, 09:00 in Shanghai


def _teen_case(db) -> int:  # type: ignore[no-untyped-def]
    teen = person("王小明", birth=date(2010, 11, 3), seq=31, phone="13700002222")  # 15 at the incident
    case_id = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org_id(db),
            track=Track.PUBLIC_SECURITY,
            title="王小明与李娜殴打纠纷",
            respondent=teen,
            incident_on=date(2026, 3, 1),
            matter=MatterInput(charge="殴打他人"),
        ),
    ).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    sessions.schedule_session(
        db,
        MEDIATOR,
        case_id,
        starts_at=datetime.now(UTC) - timedelta(hours=1),
        place="朝阳区执法办案管理中心调解室",
    )
    return case_id


def _record_session(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    dialog = ws.sessions.open_record()
    assert dialog is not None
    ime_type(dialog.record, "双方陈述事实，监护人在场。")
    dialog.accept()
    wait(qtbot, ws)
    return dialog


def test_fifteen_year_old_blocks_recording_until_guardian_added_from_banner(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _teen_case(db)
    ws = open_workspace(qtbot, db, case_id)
    banner = ws.juvenile_banner
    assert banner.isVisible() and "王小明" in banner.text.text()
    assert "social worker" in banner.text.text() or "社工" in banner.text.text()
    # both parties' consent, recorded on the track tab
    ps = ws.track.public_security
    assert ps.isVisibleTo(ws.track) and set(ps.consent_buttons) == {
        p.id for p in ws.detail.parties if p.role in ("applicant", "respondent")
    }
    for pid in list(ps.consent_buttons):
        ps.consent_buttons[pid].click()
        wait(qtbot, ws)
    assert ps.consent_buttons == {}
    assert "1" in ps.sessions_label.text() and "2" in ps.sessions_label.text()
    # recording is refused: no guardian yet
    dialog = _record_session(qtbot, ws)
    assert dialog.isVisible() and ws.last_message is not None
    assert "guardian" in ws.last_message.text().lower() or "监护人" in ws.last_message.text()
    ws.last_message.accept()
    dialog.reject()
    assert ws.detail.sessions[0].recorded_at is None
    # the banner's button adds the guardian for the 15-year-old
    add = banner.open_add()
    ime_type(add.name, "王大山")
    add.phone.setText("13700003333")
    add.accept()
    wait(qtbot, ws)
    assert not add.isVisible()
    with read_session(db.engine) as s:
        guardian = s.execute(select(CaseParty).where(CaseParty.role == "guardian")).scalar_one()
        teen = next(p for p in ws.detail.parties if p.name == "王小明")
        assert guardian.guardian_of_id == teen.id
    assert "王大山" in banner.text.text()
    dialog = _record_session(qtbot, ws)
    assert not dialog.isVisible()
    assert ws.detail.sessions[0].recorded_at is not None


def test_criminal_checklist_warns_and_override_needs_a_reason_kept_in_history(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(
        db, MEDIATOR, new_case(org_id(db), track=Track.CRIMINAL, title="张伟与李娜故意伤害刑事和解")
    ).case_id
    ws = open_workspace(qtbot, db, case_id)
    section = ws.track.criminal
    assert section.isVisibleTo(ws.track) and not ws.track.period.isVisibleTo(ws.track)
    assert section.override_button.isVisibleTo(section)  # everything unknown: warnings
    for name, value in (
        ("civil_dispute_origin", True),
        ("negligent", False),
        ("intentional_crime_within_5y", True),
        ("specific_victim", True),
    ):
        combo = section.tri[name]
        combo.setCurrentIndex(combo.findData(value))
    section.chapter.setValue(4)
    section.months.setValue(48)
    section.save_checklist()
    wait(qtbot, ws)
    text = section.warnings_label.text()
    assert "48" in text and "36" in text  # the likely sentence is too high, in words
    assert ("5 years" in text) or ("5年" in text)
    # an override without a reason is refused in the dialog; nothing saved
    dialog = section.open_override()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert case_row(db, case_id).eligibility_override == ""
    reason = "被害人书面谅解，检察官认为可能判处三年以下有期徒刑"
    ime_type(dialog.text, reason)
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    assert case_row(db, case_id).eligibility_override == reason
    assert reason in section.override_label.text() and not section.override_button.isVisibleTo(section)
    audit = ws.history.audit
    rows = [audit.index(r, 4).data() for r in range(audit.rowCount())]
    assert any(reason in r for r in rows)
    # the confidential-amounts flag
    section.confidential.click()
    wait(qtbot, ws)
    assert case_row(db, case_id).confidential_amounts


def test_fast_track_clock_counts_down_and_turns_overdue(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    matter = MatterInput(
        police_case_no="京公朝刑字〔2026〕0211号",
        charge="盗窃",
        procedure=Procedure.FAST_TRACK_48H,
        summoned_at=SUMMONED,
    )
    case_id = cases.register_case(
        db, MEDIATOR, new_case(org_id(db), matter=matter, received_at=SUMMONED)
    ).case_id
    ws = open_workspace(qtbot, db, case_id)
    clock = ws.track.fast_track
    assert clock.isVisibleTo(ws.track)
    ws.clock = lambda: SUMMONED + timedelta(hours=10, minutes=30)
    clock.tick()
    assert not clock.overdue and "37" in clock.remaining.text() and "30" in clock.remaining.text()
    assert "red" not in clock.remaining.styleSheet() and "#c62828" not in clock.remaining.styleSheet()
    # the next step's time defaults to the (fixed) clock: accepting it as offered records "now"
    assert clock.buttons[MatterStage.INVESTIGATION.value].isEnabled()
    assert not clock.buttons[MatterStage.REVIEW_FOR_PROSECUTION.value].isEnabled()
    clock.buttons[MatterStage.INVESTIGATION.value].click()
    assert clock.dialog is not None and clock.dialog.isVisible()
    clock.dialog.accept()
    wait(qtbot, ws)
    with read_session(db.engine) as s:
        done = s.execute(select(LinkedMatter.investigation_done_at)).scalar_one()
    assert done == SUMMONED + timedelta(hours=10, minutes=30)
    assert clock.buttons[MatterStage.REVIEW_FOR_PROSECUTION.value].isEnabled()
    ws.clock = lambda: SUMMONED + timedelta(hours=50)
    clock.tick()
    assert clock.overdue and "#c62828" in clock.remaining.styleSheet()
    assert "2" in clock.remaining.text()


def test_banner_says_the_age_is_the_age_at_the_incident(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The banner printed "王小明（15）" (age at the incident) while the parties tab says 16 (today):
    two ages for one person on one screen, without saying which is which."""
    ws = open_workspace(qtbot, sqlite_db, _teen_case(sqlite_db))
    (teen,) = [p for p in ws.detail.parties if p.name == "王小明"]
    assert teen.age != 15  # today's age, shown on the parties tab
    assert "王小明 (aged 15 at the time)" in ws.juvenile_banner.text.text()
