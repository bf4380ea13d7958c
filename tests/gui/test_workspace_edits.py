"""Workspace edits: stale edits, adding a party, recusal override, reload on bus changes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole
from mediation_desk.services import cases, committee
from mediation_desk.services.base import Changes
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import CaseParty, Membership, SearchGram, StatusHistory
from tests.gui.workspace_helpers import (
    OTHER,
    add_member,
    case_row,
    ime_type,
    no_crash_dialog,
    open_workspace,
    org_id,
    wait,
)
from tests.helpers.factories import MEDIATOR, new_case, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]


def test_stale_decline_shows_who_changed_it_and_keeps_the_reason(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    seen_version = ws.version
    # someone at another workstation edits the case (no bus message reaches this one)
    cases.update_case(
        db, OTHER, case_id, {"title": "张伟与李娜财产损害赔偿纠纷"}, expected_version=seen_version
    )
    ws.overview.trigger("decline")
    dialog = ws.overview.dialog
    ime_type(dialog.text, "不属于人民调解受理范围")
    dialog.accept()
    wait(qtbot, ws)
    message = ws.last_message
    assert message is not None and "王调解员" in message.text()
    assert case_row(db, case_id).status == "registered"  # nothing saved
    assert dialog.isVisible() and dialog.text.toPlainText() == "不属于人民调解受理范围"  # nothing lost
    assert ws.version != seen_version and "财产损害" in ws.heading.text()  # reloaded
    message.accept()
    dialog.accept()  # again, now on the current version
    wait(qtbot, ws)
    case = case_row(db, case_id)
    assert case.status == "declined" and case.decline_reason == "不属于人民调解受理范围"
    assert not dialog.isVisible()
    with read_session(db.engine) as s:
        last = s.execute(select(StatusHistory).order_by(StatusHistory.seq.desc())).scalars().first()
        assert last is not None and last.reason == "不属于人民调解受理范围"


def test_status_needing_a_reason_refuses_an_empty_one(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    ws.overview.trigger("decline")
    dialog = ws.overview.dialog
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert case_row(db, case_id).status == "registered"
    dialog.reject()


def test_add_guardian_for_a_juvenile_party(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    case_id = cases.register_case(db, MEDIATOR, new_case(org_id(db))).case_id
    ws = open_workspace(qtbot, db, case_id)
    assert not ws.detail.case.juvenile
    dialog = ws.parties.open_add()
    dialog.role.setCurrentIndex(dialog.role.findData("respondent"))
    ime_type(dialog.name, "李小明")
    junior = person("李小明", birth=date(2012, 5, 6), seq=35, phone="13600001111")
    dialog.id_number.setText(junior.id_number[:-1] + ("0" if junior.id_number[-1] != "0" else "1"))
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()  # mistyped ID refused next to the field
    dialog.id_number.setText(junior.id_number)
    dialog.phone.setText("13600001111")
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    case = case_row(db, case_id)
    assert case.juvenile and case.party_names == "张伟、李娜、李小明"
    assert ws.overview.fields["flags"].isVisible()
    # the guardian, linked to the juvenile
    minor = next(p for p in ws.detail.parties if p.name == "李小明")
    dialog = ws.parties.open_add()
    dialog.role.setCurrentIndex(dialog.role.findData("guardian"))
    ime_type(dialog.name, "李大山")
    dialog.link.setCurrentIndex(dialog.link.findData(minor.id))
    dialog.accept()
    wait(qtbot, ws)
    with read_session(db.engine) as s:
        guardian = s.execute(select(CaseParty).where(CaseParty.role == "guardian")).scalar_one()
        assert guardian.guardian_of_id == minor.id
        assert s.execute(
            select(SearchGram).where(SearchGram.case_id == case_id, SearchGram.gram == "小明")
        ).first()
    assert case_row(db, case_id).party_names == "张伟、李娜、李小明"  # a guardian is not a principal
    row = ws.parties.model.rows.index(next(r for r in ws.parties.model.rows if r.name == "李大山"))
    assert "李小明" in ws.parties.model.index(row, 7).data()


def test_recusal_conflict_needs_a_recorded_override(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    org = org_id(db)
    case_id = cases.register_case(db, MEDIATOR, new_case(org)).case_id
    lawyer = add_member(db, "孙律师", "lawyer", org)
    ws = open_workspace(qtbot, db, case_id)
    zhang = next(p.person_id for p in ws.detail.parties if p.name == "张伟")
    committee.add_relation(db, MEDIATOR, lawyer, zhang, "kinship", "表兄弟")
    ws.committee.open_assign()
    qtbot.waitUntil(lambda: ws.committee.dialog is not None)
    dialog = ws.committee.dialog
    dialog.select_person(lawyer)
    dialog.select_role(CommitteeRole.LAWYER)
    dialog.accept()
    wait(qtbot, ws)
    assert dialog.isVisible() and dialog.conflict.isVisible() and "张伟" in dialog.conflict.text()
    assert dialog.override.isVisible()
    with read_session(db.engine) as s:
        assert s.execute(select(Membership)).first() is None
    ime_type(dialog.override, "双方当事人书面同意由其参与调解")
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    with read_session(db.engine) as s:
        m = s.execute(select(Membership)).scalar_one()
        assert m.override_reason == "双方当事人书面同意由其参与调解"
    assert ws.committee.model.index(0, 5).data() == "双方当事人书面同意由其参与调解"


def test_reloads_when_the_bus_names_its_case(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    org = org_id(db)
    case_id = cases.register_case(db, MEDIATOR, new_case(org)).case_id
    other_id = cases.register_case(db, MEDIATOR, new_case(org, title="另一起纠纷")).case_id
    ws = open_workspace(qtbot, db, case_id)
    loads: list[int] = []
    ws.loaded.connect(lambda: loads.append(1))
    ws.ctx.bus.publish(Changes(frozenset({other_id}), frozenset({"case"})))
    qtbot.wait(50)
    assert not ws.busy and loads == []
    result = cases.accept_case(db, MEDIATOR, case_id)
    ws.ctx.bus.publish(result.changes)
    qtbot.waitUntil(lambda: loads == [1])
    assert ws.detail.case.status == "accepted" and ws.overview.buttons["schedule"].isVisibleTo(ws)


def test_stale_agreement_save_shows_the_other_edit_and_a_second_save_keeps_it(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Two workstations revise one draft: the later save is refused with "the latest content is now
    shown", and the tab does show it — so saving again cannot silently overwrite the other edit."""
    from dataclasses import replace

    from mediation_desk.services import agreements
    from mediation_desk.store.models import Agreement
    from tests.helpers.documents_case import agreement_input, drafted_case

    db = sqlite_db
    drafted = drafted_case(db)
    ws = open_workspace(qtbot, db, drafted.case_id)
    tab = ws.agreement
    ws.tabs.setCurrentWidget(tab)
    with read_session(db.engine) as s:
        seen = s.get(Agreement, drafted.agreement_id).row_version  # type: ignore[union-attr]
    theirs = replace(agreement_input(drafted.payer_id, drafted.payee_id), terms="另一工作站修改的条款。")
    agreements.revise_agreement(db, MEDIATOR, drafted.agreement_id, theirs, expected_version=seen)
    ime_type(tab.texts["terms"], "（本机追加）")
    tab.save_button.click()
    wait(qtbot, ws)
    message = ws.last_message
    assert message is not None
    message.accept()
    assert tab.texts["terms"].toPlainText() == "另一工作站修改的条款。"  # as the message says
    assert not tab.dirty
    tab.save_button.click()  # saving again keeps the other workstation's terms
    wait(qtbot, ws)
    with read_session(db.engine) as s:
        assert s.get(Agreement, drafted.agreement_id).terms == "另一工作站修改的条款。"  # type: ignore[union-attr]


def test_the_signing_pdf_leaves_no_copy_in_the_data_folder(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The PDF behind the signing preview (full ID numbers, juvenile cases too) stayed for good in
    ``<data dir>/print``; it is written to a private temporary folder the app removes at exit."""
    import stat

    from mediation_desk.ui.workspace import agreement as agreement_tab
    from tests.helpers.documents_case import drafted_case

    monkeypatch.setenv("MEDIATION_DESK_HOME", str(tmp_path / "home"))
    db = sqlite_db
    drafted = drafted_case(db)
    ws = open_workspace(qtbot, db, drafted.case_id)
    ws.overview.trigger("print")
    wait(qtbot, ws)
    pdf = ws.agreement.last_pdf
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "home" / "print").exists()
    assert stat.S_IMODE(pdf.parent.stat().st_mode) == 0o700  # other accounts cannot read it
    assert pdf.parent == agreement_tab.print_folder()  # the folder the app removes at exit
    ws.agreement.preview.close()


def test_signing_ticks_the_guardian_of_a_minor_by_default(qapp) -> None:  # type: ignore[no-untyped-def]
    """The printed agreement has a signature place for the 法定代理人 beside the minor; the sign
    dialog ticked only the principals, so the minor signed "alone" unless the mediator noticed."""
    from mediation_desk.store.queries.case_rows import PartyRow
    from mediation_desk.ui.workspace.obligations import SignDialog

    def party(pid: int, role: str, name: str, guardian_of: int | None = None) -> PartyRow:
        return PartyRow(
            id=pid,
            person_id=pid,
            role=role,
            name=name,
            kind="natural",
            sex=None,
            birth_date=None,
            age=None,
            id_type=None,
            id_number="",
            phone="",
            address="",
            guardian_of_id=guardian_of,
            guardian_of_name="张小明" if guardian_of else "",
            agent_for_id=None,
            agent_for_name="",
            agent_authority="",
            consent=True,
        )

    dialog = SignDialog(
        [party(1, "applicant", "张小明"), party(2, "guardian", "张建国", 1), party(3, "respondent", "李四")]
    )
    ticked = {name for name, box in dialog.signatories.items() if box.isChecked()}
    assert ticked == {"张小明", "张建国", "李四"}
    dialog.deleteLater()


def test_a_reload_while_typing_does_not_make_a_stale_agreement_save_pass(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The tab keeps unsaved typing over a reload; the save must still be based on the version the
    typing started from, so another workstation's revision shown meanwhile is not overwritten."""
    from dataclasses import replace

    from mediation_desk.services import agreements
    from mediation_desk.store.models import Agreement
    from tests.helpers.documents_case import agreement_input, drafted_case

    db = sqlite_db
    drafted = drafted_case(db)
    ws = open_workspace(qtbot, db, drafted.case_id)
    tab = ws.agreement
    ws.tabs.setCurrentWidget(tab)
    ime_type(tab.texts["terms"], "（本机追加）")  # typing starts on the version first shown
    theirs = replace(agreement_input(drafted.payer_id, drafted.payee_id), terms="另一工作站修改的条款。")
    agreements.revise_agreement(db, MEDIATOR, drafted.agreement_id, theirs)
    ws.reload()  # e.g. after this workstation recorded something else on the case
    wait(qtbot, ws)
    assert tab.dirty  # the typing is kept
    tab.save_button.click()
    wait(qtbot, ws)
    assert ws.last_message is not None and "mediator1" in ws.last_message.text()
    ws.last_message.accept()
    with read_session(db.engine) as s:
        assert s.get(Agreement, drafted.agreement_id).terms == "另一工作站修改的条款。"  # type: ignore[union-attr]
