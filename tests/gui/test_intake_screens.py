"""Screens changed for issue 16 (committee, intake parties, relations, matter decisions), rendered in
Chinese and English with a CJK font at the 1366×768 screen's room (1350×698).

With ``MD_WRITE_SCREENSHOTS=1`` the grabs go to ``docs/screenshots/intake_*.png``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from mediation_desk.app import choose_font
from mediation_desk.domain.enums import CommitteeRole, PartyRole, Stage, Track
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.services import cases, committee, relations
from mediation_desk.services.inputs import MatterInput, PersonInput
from mediation_desk.services.matter_decisions import record_decision
from mediation_desk.ui import i18n
from mediation_desk.ui.dialogs.intake import IntakeDialog
from tests.gui.ui_helpers import add_party, context, use_test_preferences
from tests.gui.workspace_helpers import add_member, open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _case(db: Any) -> tuple[int, dict[str, int]]:
    org = org_id(db)
    ids = {
        name: add_member(db, name, role, org)
        for name, role in [
            ("赵敏", "mediator"),
            ("钱红", "mediator"),
            ("孙律师", "lawyer"),
            ("李社工", "social_worker"),
            ("周法官", "judge"),
            ("吴检察官", "prosecutor"),
        ]
    }
    father = PersonInput(name="王大山", id_type=None, phone="13700003333")
    teen = person("王小明", birth=date(2010, 11, 3), seq=31, phone="13700002222")
    case_id = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            track=Track.PEOPLE,
            title="王大山与王小明自行车被盗纠纷",
            applicant=father,
            respondent=teen,
            incident_on=date(2026, 3, 1),
            matter=MatterInput(police_case_no="A1101052026030001", charge="盗窃"),
        ),
    ).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    other = cases.register_case(db, MEDIATOR, new_case(org, title="另一起纠纷")).case_id
    committee.assign_member(
        db,
        MEDIATOR,
        other,
        ids["钱红"],
        CommitteeRole.MEDIATOR,
        [Stage.MEDIATION],
        from_date=date(2026, 3, 2),
    )
    committee.assign_member(
        db,
        MEDIATOR,
        case_id,
        ids["赵敏"],
        CommitteeRole.MEDIATOR,
        [Stage.MEDIATION, Stage.AGREEMENT],
        from_date=date(2026, 3, 2),
        chief=True,
    )
    return case_id, ids


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_issue16_screens_render(qtbot, sqlite_db, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    old_font = app.font()
    assert choose_font(app), "no CJK-capable font"
    i18n.install(app, language)
    use_test_preferences(tmp_path)
    suffix = "zh" if language == "zh_CN" else "en"
    shots: dict[str, Any] = {}
    try:
        db = sqlite_db
        case_id, ids = _case(db)
        ws = open_workspace(qtbot, db, case_id)
        ws.resize(1350, 698)
        father = next(p.person_id for p in ws.detail.parties if p.name == "王大山")
        relations.add_relation(db, MEDIATOR, ids["孙律师"], father, "colleague", "同一单位")
        record_decision(db, MEDIATOR, case_id, "bail", date(2026, 3, 2), authority="朝阳分局")
        record_decision(
            db,
            MEDIATOR,
            case_id,
            "non_prosecution",
            date(2026, 4, 20),
            authority="朝阳区人民检察院",
            note="相对不起诉",
        )
        ws.reload()
        wait(qtbot, ws)
        ws.show_tab(ws.committee)
        qtbot.waitUntil(lambda: ws.committee.relations.model.rowCount() == 1)
        shots["committee"] = ws.grab()

        ws.committee.open_assign()
        qtbot.waitUntil(lambda: ws.committee.dialog is not None)
        picker: Any = ws.committee.dialog
        picker.select_person(ids["孙律师"])
        picker.select_person(ids["李社工"])
        picker.search.setText("调解" if suffix == "zh" else "mediator")
        qtbot.wait(30)
        shots["member_picker"] = picker.grab()
        picker.reject()

        ws.committee.relations.open_relation()
        qtbot.waitUntil(lambda: ws.committee.relations.dialog is not None)
        rel: Any = ws.committee.relations.dialog
        rel.select(ids["周法官"], "kinship", father)
        rel.note.setText("舅甥")
        shots["relation_dialog"] = rel.grab()
        rel.reject()

        guardian = ws.juvenile_banner.open_add()
        guardian.person.select(father)
        shots["guardian_dialog"] = guardian.grab()
        guardian.reject()

        ws.show_tab(ws.track)
        qtbot.waitUntil(lambda: ws.track.decisions.model.rowCount() == 2)
        shots["track_decisions"] = ws.grab()
        decision = ws.track.decisions.open_decision()
        decision.on.setDate(QDate(2026, 4, 20))
        shots["decision_dialog"] = decision.grab()
        decision.reject()

        intake = IntakeDialog(context(db, org_id(db)))
        qtbot.addWidget(intake)
        intake.show()
        intake.tabs.setCurrentIndex(1)
        add_party(qtbot, intake, "张伟", "", "13811112222")
        intake.editor.set_role(PartyRole.RESPONDENT)
        add_party(qtbot, intake, "李娜", make_resident_id("110105", date(1990, 7, 2), 22), "13933334444")
        intake.editor.set_role(PartyRole.VICTIM)
        add_party(qtbot, intake, "张小明", make_resident_id("110105", date(2015, 5, 1), 33), "")
        intake.editor.set_role(PartyRole.GUARDIAN)
        panel = intake.party_panel
        panel.same_as.setCurrentIndex(panel.same_as.findData(0))
        panel.same_as.activated.emit(panel.same_as.currentIndex())
        qtbot.wait(30)
        shots["intake_guardian"] = intake.grab()
        intake.editor.add_button.click()
        intake.party_view.selectRow(1)
        panel.edit_selected()
        qtbot.wait(30)
        shots["intake_edit"] = intake.grab()
        intake.reject()
        for name, pixmap in shots.items():
            assert not pixmap.isNull() and pixmap.height() <= 698, name
            if os.environ.get("MD_WRITE_SCREENSHOTS") == "1":
                SHOTS.mkdir(parents=True, exist_ok=True)
                pixmap.save(str(SHOTS / f"intake_{name}_{suffix}.png"))
    finally:
        i18n.install(app, "en")
        app.setFont(old_font)
