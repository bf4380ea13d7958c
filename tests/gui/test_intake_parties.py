"""Intake parties: edited in place, the role box keeps its value, guardians picked from the people
already on the case (one record of a person, from the intake dialog and from the workspace banner)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from mediation_desk.domain.enums import PartyRole, Track
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.services import cases, tracks
from mediation_desk.services.inputs import MatterInput, PersonInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import CaseParty, Person
from mediation_desk.ui.dialogs.intake import IntakeDialog
from tests.gui.ui_helpers import add_party, context, ime_type, use_test_preferences
from tests.gui.workspace_helpers import open_workspace, org_id, wait
from tests.helpers.factories import MEDIATOR, new_case, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

ZHANG = make_resident_id("110105", date(1985, 3, 14), 11)
LI = make_resident_id("110105", date(1990, 7, 2), 22)
CHILD = make_resident_id("110105", date(2015, 5, 1), 33)


@pytest.fixture
def dialog(sqlite_db: Any, qtbot: Any, tmp_path: Path) -> IntakeDialog:
    use_test_preferences(tmp_path)
    d = IntakeDialog(context(sqlite_db, org_id(sqlite_db)))
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentIndex(1)
    return d


def _saved_parties(db: Any, dialog: IntakeDialog, qtbot: Any) -> list[tuple[str, str, int]]:
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_case is not None, timeout=10_000)
    with read_session(db.engine) as s:
        rows = s.execute(
            select(CaseParty.role, Person.name, Person.id)
            .join(Person, Person.id == CaseParty.person_id)
            .where(CaseParty.case_id == dialog.result_case.case_id)  # type: ignore[union-attr]
            .order_by(CaseParty.sort_order)
        ).all()
    return [(r, n, int(i)) for r, n, i in rows]


def test_a_party_is_edited_in_place_and_the_role_box_keeps_its_value(dialog, sqlite_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_party(qtbot, dialog, "张伟", ZHANG, "13811112222")
    assert dialog.editor.role.currentData() == "applicant"
    dialog.editor.set_role(PartyRole.RESPONDENT)
    add_party(qtbot, dialog, "李那", LI, "13933334444")  # a typo in the name, and a wrong phone
    add_party(qtbot, dialog, "王五", make_resident_id("110105", date(1970, 1, 1), 44), "13600001111")
    assert dialog.editor.role.currentData() == "respondent"  # still what the user chose
    # select the second party, edit it in place
    dialog.party_view.selectRow(1)
    qtbot.mouseClick(dialog.party_panel.edit_button, Qt.MouseButton.LeftButton)
    assert dialog.editor.name.text() == "李那"
    assert dialog.editor.add_button.text() in ("Update party", "更新当事人")
    dialog.editor.name.clear()
    ime_type(dialog.editor.name, "李娜")
    dialog.editor.phone.setText("13933335555")
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    assert [p.person.name for p in dialog.parties] == ["张伟", "李娜", "王五"]  # in its place, not re-added
    assert dialog.parties[1].person.phone == "13933335555" and dialog.parties[1].role == PartyRole.RESPONDENT
    assert dialog.editor.add_button.text() in ("Add party", "添加")  # back to adding
    saved = _saved_parties(sqlite_db, dialog, qtbot)
    assert [(r, n) for r, n, _ in saved] == [
        ("applicant", "张伟"),
        ("respondent", "李娜"),
        ("respondent", "王五"),
    ]


def test_the_applicant_is_picked_as_the_childs_guardian_one_record(dialog, sqlite_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    ime_type(dialog.editor.name, "张伟")  # a father without an ID number at hand
    qtbot.keyClicks(dialog.editor.phone, "13811112222")
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    dialog.editor.set_role(PartyRole.RESPONDENT)
    add_party(qtbot, dialog, "李娜", LI, "13933334444")
    dialog.editor.set_role(PartyRole.VICTIM)
    add_party(qtbot, dialog, "张小明", CHILD, "")
    assert "张小明" in dialog.message.text()  # needs a guardian
    dialog.editor.set_role(PartyRole.GUARDIAN)
    panel = dialog.party_panel
    assert panel.same_as.isVisible() and panel.acting_for.isVisible()
    assert panel.acting_for.currentText().endswith("张小明")  # for the child who still needs one
    panel.same_as.setCurrentIndex(panel.same_as.findData(0))
    panel.same_as.activated.emit(panel.same_as.currentIndex())
    assert dialog.editor.name.text() == "张伟" and not dialog.editor.name.isEnabled()
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    assert dialog.parties[3].same_as == 0 and dialog.parties[3].guardian_of == 2
    saved = _saved_parties(sqlite_db, dialog, qtbot)
    roles = {(r, n): pid for r, n, pid in saved}
    assert roles[("guardian", "张伟")] == roles[("applicant", "张伟")]  # one record of the father
    with read_session(sqlite_db.engine) as s:
        assert _records(s, "张伟") == 1


def _records(s: Any, name: str) -> int:
    return int(s.execute(select(func.count()).select_from(Person).where(Person.name == name)).scalar_one())


def _teen_case(db: Any) -> int:
    teen = person("王小明", birth=date(2010, 11, 3), seq=31, phone="13700002222")
    father = PersonInput(name="王大山", id_type=None, phone="13700003333")  # no ID number on record
    return cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org_id(db),
            track=Track.PUBLIC_SECURITY,
            title="王小明与王大山纠纷",
            applicant=father,
            respondent=teen,
            incident_on=date(2026, 3, 1),
            matter=MatterInput(charge="殴打他人"),
        ),
    ).case_id


def test_the_banner_picks_the_guardian_from_the_people_on_the_case(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _teen_case(db)
    ws = open_workspace(qtbot, db, case_id)
    add = ws.juvenile_banner.open_add()
    offered = [add.person.itemText(i) for i in range(add.person.count())]
    assert any("王大山" in t for t in offered) and not any("王小明" in t for t in offered)  # not the ward
    add.person.select(next(p.person_id for p in ws.detail.parties if p.name == "王大山"))
    assert add.name.text() == "王大山" and not add.name.isEnabled()
    add.accept()
    wait(qtbot, ws)
    assert not add.isVisible()
    with read_session(db.engine) as s:
        assert _records(s, "王大山") == 1
        guardian = s.execute(select(CaseParty).where(CaseParty.role == "guardian")).scalar_one()
        applicant = s.execute(select(CaseParty).where(CaseParty.role == "applicant")).scalar_one()
    assert guardian.person_id == applicant.person_id


def test_retyping_a_person_on_the_case_is_refused_not_duplicated(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = _teen_case(db)
    with pytest.raises(ValidationError) as err:
        tracks.add_protector(db, MEDIATOR, case_id, PersonInput(name="王大山", id_type=None))
    assert err.value.code == "party.same_name"
    ws = open_workspace(qtbot, db, case_id)
    add = ws.juvenile_banner.open_add()
    ime_type(add.name, "王大山")  # typed again instead of picked
    add.accept()
    wait(qtbot, ws)
    assert add.isVisible()  # refused with a message; nothing saved
    assert ws.last_message is not None and "王大山" in ws.last_message.text()
    with read_session(db.engine) as s:
        assert _records(s, "王大山") == 1


def test_intake_records_what_the_papers_print(dialog, sqlite_db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.editor
    assert editor.papers.ethnicity.currentText() == "汉族"  # the default, editable
    assert not editor.papers.power_of_attorney.isVisibleTo(dialog)  # agents only
    editor.papers.ethnicity.lineEdit().clear()
    ime_type(editor.papers.ethnicity.lineEdit(), "回族")
    ime_type(editor.papers.occupation, "工程师")
    ime_type(editor.papers.employer, "北京某建筑设计院")
    add_party(qtbot, dialog, "张伟", ZHANG, "13811112222")
    add_party(qtbot, dialog, "李娜", LI, "13933334444")
    dialog.grab().save(str(tmp_path / "intake.png"))
    _saved_parties(sqlite_db, dialog, qtbot)
    with read_session(sqlite_db.engine) as s:
        zhang = s.execute(select(Person).where(Person.name == "张伟")).scalar_one()
        li = s.execute(select(Person).where(Person.name == "李娜")).scalar_one()
    assert (zhang.ethnicity, zhang.occupation, zhang.employer) == ("回族", "工程师", "北京某建筑设计院")
    assert li.ethnicity == "汉族" and li.employer == ""  # the fields were cleared for the next party
