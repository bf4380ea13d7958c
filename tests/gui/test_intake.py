"""The intake dialog: Chinese names typed as an IME commits them, inline validation, matches, juveniles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.services.cases import register_case
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, CaseParty, Person
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.dialogs.intake import IntakeDialog
from tests.gui.ui_helpers import add_party, context, ime_type, use_test_preferences
from tests.helpers.factories import MEDIATOR, new_case, person

# The offscreen platform cannot resize native windows and says so; that is not our warning.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def ctx(sqlite_db: Any, tmp_path: Path) -> AppContext:
    """The signed-in mediator's context the intake dialog is given."""
    use_test_preferences(tmp_path)
    with read_session(sqlite_db.engine) as s:
        org = s.execute(select(Case.organisation_id)).scalar() or 1
    return context(sqlite_db, org)


@pytest.fixture
def dialog(ctx: AppContext, qtbot: Any) -> IntakeDialog:
    d = IntakeDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentIndex(1)
    return d


def case_count(db: Any) -> int:
    with read_session(db.engine) as s:
        return int(s.execute(select(func.count()).select_from(Case)).scalar_one())


def test_two_parties_typed_in_chinese_are_registered_and_opened(
    dialog: IntakeDialog, ctx: AppContext, sqlite_db: Any, qtbot: Any
) -> None:
    opened: list[int] = []
    ctx.bus.open_case.connect(opened.append)
    add_party(qtbot, dialog, "张伟", make_resident_id("110105", date(1985, 3, 14), 11), "13811112222")
    assert dialog.editor.role.currentData() == "applicant"  # the role box keeps its value (issue 16)
    dialog.editor.set_role(PartyRole.RESPONDENT)
    add_party(qtbot, dialog, "李娜", make_resident_id("110105", date(1990, 7, 2), 22), "13933334444")
    assert [p.person.name for p in dialog.parties] == ["张伟", "李娜"]
    ime_type(dialog.facts, "申请人的自行车被损坏。")
    qtbot.keyClicks(dialog.police_no, "A1101052026030001")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_case is not None, timeout=10_000)
    assert opened == [dialog.result_case.case_id]
    with read_session(sqlite_db.engine) as s:
        case = s.get(Case, dialog.result_case.case_id)
        assert case is not None
        assert case.party_names == "张伟、李娜"
        assert case.title == "张伟与李娜财产损害纠纷" or case.title.startswith("张伟与李娜")
        assert case.facts == "申请人的自行车被损坏。"
        roles = (
            s.execute(
                select(CaseParty.role).where(CaseParty.case_id == case.id).order_by(CaseParty.sort_order)
            )
            .scalars()
            .all()
        )
    assert roles == ["applicant", "respondent"]


def test_invalid_id_shows_the_message_and_saves_nothing(
    dialog: IntakeDialog, sqlite_db: Any, qtbot: Any
) -> None:
    good = make_resident_id("110105", date(1985, 3, 14), 11)
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    ime_type(dialog.editor.name, "张伟")
    qtbot.keyClicks(dialog.editor.id_number, bad[:10])
    assert not dialog.editor.id_message.isVisible()  # still typing: no complaint yet
    qtbot.keyClicks(dialog.editor.id_number, bad[10:])
    assert dialog.editor.id_message.isVisible()
    assert f"the last character should be {good[17]}" in dialog.editor.id_message.text()
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    assert dialog.parties == []
    before = case_count(sqlite_db)
    dialog.save()
    qtbot.wait(200)
    assert dialog.result_case is None
    assert case_count(sqlite_db) == before
    dialog.editor.id_number.setText(good)
    assert not dialog.editor.id_message.isVisible()


def test_phone_message_inline(dialog: IntakeDialog, qtbot: Any) -> None:
    qtbot.keyClicks(dialog.editor.phone, "12345678901")
    assert dialog.editor.phone_message.isVisible()
    assert "not a valid phone number" in dialog.editor.phone_message.text()


def test_too_few_parties_is_refused_without_saving(dialog: IntakeDialog, sqlite_db: Any, qtbot: Any) -> None:
    add_party(qtbot, dialog, "张伟", make_resident_id("110105", date(1985, 3, 14), 11), "13811112222")
    dialog.save()
    qtbot.waitUntil(lambda: "at least 2 principal parties" in dialog.message.text(), timeout=5000)
    assert case_count(sqlite_db) == 0


def test_juvenile_party_asks_for_a_guardian(dialog: IntakeDialog, sqlite_db: Any, qtbot: Any) -> None:
    add_party(qtbot, dialog, "张伟", make_resident_id("110105", date(1985, 3, 14), 11), "13811112222")
    ime_type(dialog.editor.name, "王小明")
    qtbot.keyClicks(dialog.editor.id_number, make_resident_id("110105", date(2015, 5, 1), 33))
    assert dialog.editor.juvenile_notice.isVisible()
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    assert dialog.parties[1].juvenile
    assert dialog.editor.role.currentData() == "applicant"  # the role box keeps its value (issue 16)
    dialog.save()
    assert dialog.editor.role.currentData() == "guardian"  # saving too early asks for the guardian
    assert "王小明 is under 18" in dialog.message.text()
    assert case_count(sqlite_db) == 0
    add_party(qtbot, dialog, "王大明", make_resident_id("110105", date(1980, 5, 1), 35), "13700001111")
    assert dialog.parties[2].guardian_of == 1
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_case is not None, timeout=10_000)
    with read_session(sqlite_db.engine) as s:
        assert s.get(Case, dialog.result_case.case_id).juvenile  # type: ignore[union-attr]


def test_existing_person_is_offered_with_their_cases(
    dialog: IntakeDialog, ctx: AppContext, sqlite_db: Any, qtbot: Any
) -> None:
    org = ctx.organisation_id
    known = person("赵敏", seq=77, phone="13655556666")
    first = register_case(sqlite_db, MEDIATOR, new_case(org, applicant=known))
    ime_type(dialog.editor.name, "赵敏")
    qtbot.keyClicks(dialog.editor.id_number, known.id_number)
    assert dialog.editor.match_box.isVisible()
    assert first.number in dialog.editor.match_label.text()
    qtbot.mouseClick(dialog.editor.use_match, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    with read_session(sqlite_db.engine) as s:
        pid = s.execute(select(Person.id).where(Person.id_number == known.id_number)).scalar_one()
    assert dialog.parties[0].person.existing_person_id == pid
    assert "1" in dialog.party_model.index(0, 4).data()


def test_received_defaults_to_beijing_now_whatever_the_workstation_zone(dialog: IntakeDialog) -> None:
    from datetime import datetime, timedelta

    from mediation_desk.store.types import SHANGHAI

    shown = dialog.received.dateTime().toPython().replace(tzinfo=SHANGHAI)  # type: ignore[union-attr]
    assert abs(shown - datetime.now(SHANGHAI)) < timedelta(minutes=2)
