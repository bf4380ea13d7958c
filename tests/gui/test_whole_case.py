"""Issue 3's whole case through the real main window on a SQLite file, then found again after a restart.

Signed in as the test organisation's mediator account, a case is registered with Ctrl+N (Chinese
names typed as an input method commits them), worked to the end in its tab of the main window, and
checked in the database after each step. The app is then started again on the same file: Ctrl+F, a
two-character name, Enter opens the closed case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from mediation_desk.domain.enums import CommitteeRole, Satisfaction, SessionOutcome
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.store.audit import verify_chain
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import (
    Agreement,
    AuditEvent,
    CaseParty,
    FollowUp,
    MediationSession,
    Membership,
    Obligation,
    Payment,
    Person,
    StatusHistory,
)
from mediation_desk.ui.dialogs.intake import IntakeDialog
from mediation_desk.ui.main_window import PAGE_CASES
from mediation_desk.ui.workspace import CaseWorkspace
from tests.gui.ui_helpers import add_party, drain, ime_type, make_window, populated_db, use_test_preferences
from tests.gui.workspace_helpers import (
    add_member,
    assign,
    case_row,
    no_crash_dialog,
    print_and_sign,
    record_follow_up,
    record_payment,
    record_session,
    schedule_session,
    wait,
    write_agreement,
)

# the offscreen platform plugin warns whenever a dialog is shown (it has no window manager)
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]  # a bug fails the test instead of waiting in a modal crash dialog

APPLICANT = ("郑晓东", make_resident_id("320102", date(1979, 11, 23), 57), "13761234567")
RESPONDENT = ("韩梅", make_resident_id("320102", date(1992, 4, 8), 64), "18612345678")
OTHER_CASES = 5  # registered before, so that finding the case by name means something


def _statuses(db: Any, case_id: int) -> list[str]:
    with read_session(db.engine) as s:
        stmt = (
            select(StatusHistory.to_status)
            .where(StatusHistory.case_id == case_id)
            .order_by(StatusHistory.seq)
        )
        return list(s.execute(stmt).scalars())


def _rows(db: Any, model: Any, case_id: int) -> list[Any]:
    with read_session(db.engine) as s:
        stmt = select(model).where(model.case_id == case_id).order_by(model.id)
        return list(s.execute(stmt).scalars())


def _register_with_ctrl_n(qtbot: Any, window: Any) -> tuple[CaseWorkspace, int]:
    """Ctrl+N, two parties typed, facts and claims, Save: the case opens in a tab of the window."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(IntakeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.tabs.setCurrentIndex(1)
    add_party(qtbot, dialog, *APPLICANT)
    role = dialog.editor.role  # the role box keeps its value: the user picks 被申请人 (issue 16)
    role.setCurrentIndex(role.findData("respondent"))
    add_party(qtbot, dialog, *RESPONDENT)
    assert [(p.role.value, p.person.name) for p in dialog.parties] == [
        ("applicant", "郑晓东"),
        ("respondent", "韩梅"),
    ]
    assert not dialog.editor.id_message.isVisible() and not dialog.editor.phone_message.isVisible()
    dialog.tabs.setCurrentIndex(2)
    ime_type(dialog.facts, "被申请人驾驶电动车将申请人撞伤，双方就医疗费赔偿发生争议。")
    ime_type(dialog.claims, "赔偿医疗费人民币壹仟贰佰元。")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as registered:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=10_000)  # registered in the background
    qtbot.waitUntil(lambda: window.findChild(IntakeDialog) is None)  # closed, and deleted with it
    ws = window.tabs.currentWidget()
    assert isinstance(ws, CaseWorkspace) and ws.case_id == registered.args[0]
    wait(qtbot, ws)
    return ws, ws.case_id


def test_whole_case_in_the_main_window_then_found_after_restart(qtbot: Any, tmp_path: Path) -> None:
    use_test_preferences(tmp_path)
    path = tmp_path / "desk.sqlite3"
    db, org = populated_db(path, OTHER_CASES)
    try:
        case_id = _work_the_case(qtbot, db, org)
    finally:
        db.dispose()
    _find_after_restart(qtbot, path, org, case_id)


def _work_the_case(qtbot: Any, db: Any, org: int) -> int:
    mediator = add_member(db, "宋佳", "mediator", org)  # the directory (no editing screen for it yet)
    lawyer = add_member(db, "唐律师", "lawyer", org)
    window = make_window(qtbot, db, org)
    assert "mediator1" in window.user_label.text()  # signed in as the real mediator account

    # intake
    ws, case_id = _register_with_ctrl_n(qtbot, window)
    assert window.tabs.tabText(1) == "郑晓东、韩梅"
    case = case_row(db, case_id)
    assert case.status == "registered" and case.party_names == "郑晓东、韩梅"
    assert case.title == "郑晓东与韩梅" + ws.detail.category_zh  # type: ignore[union-attr]
    assert "医疗费" in case.facts and "壹仟贰佰元" in case.claims
    with read_session(db.engine) as s:
        stored = s.execute(
            select(CaseParty.role, Person.name, Person.id_number, Person.phone)
            .join(Person, Person.id == CaseParty.person_id)
            .where(CaseParty.case_id == case_id)
            .order_by(CaseParty.sort_order)
        ).all()
    assert [tuple(r) for r in stored] == [
        ("applicant", "郑晓东", APPLICANT[1], "+8613761234567"),
        ("respondent", "韩梅", RESPONDENT[1], "+8618612345678"),
    ]
    assert ws.overview.fields["parties"].text() == "郑晓东、韩梅"

    # accept
    assert ws.overview.next_actions(ws.detail)[0] == "accept"  # type: ignore[arg-type]
    ws.overview.buttons["accept"].click()
    wait(qtbot, ws)
    assert case_row(db, case_id).status == "accepted"

    # a mediator and a lawyer from the directory
    assign(qtbot, ws, mediator, CommitteeRole.MEDIATOR, chief=True)  # chosen explicitly
    assign(qtbot, ws, lawyer, CommitteeRole.LAWYER)
    members = _rows(db, Membership, case_id)
    assert sorted((m.person_id, m.role) for m in members) == sorted(
        [(mediator, "mediator"), (lawyer, "lawyer")]
    )
    assert case_row(db, case_id).chief_mediator_id == mediator
    assert ws.overview.fields["chief"].text() == "宋佳"

    # a session, scheduled and recorded
    schedule_session(qtbot, ws, "鼓楼区执法办案管理中心调解室")
    (session,) = _rows(db, MediationSession, case_id)
    assert session.place == "鼓楼区执法办案管理中心调解室" and session.recorded_at is None
    record = record_session(qtbot, ws, "双方到场，经调解自愿达成赔偿协议。", SessionOutcome.AGREED)
    assert len(record.attendance) == 4  # two parties, two members
    (session,) = _rows(db, MediationSession, case_id)
    assert session.recorded_at is not None and session.outcome == "agreed"
    assert case_row(db, case_id).status == "in_mediation"

    # the agreement: ¥1,200.00 typed as text, in two instalments
    texts = {
        "issues": "医疗费的赔偿。",
        "responsibility": "被申请人承担全部责任。",
        "terms": "被申请人赔偿申请人医疗费人民币壹仟贰佰元整，分两期支付。",
    }
    tab = write_agreement(qtbot, ws, texts, "银行转账", split="1,200.00")
    assert "1,200.00" in tab.total.text()
    (agreement,) = _rows(db, Agreement, case_id)
    assert agreement.state == "draft" and "壹仟贰佰元整" in agreement.terms
    with read_session(db.engine) as s:
        obligations = list(
            s.execute(
                select(Obligation).where(Obligation.agreement_id == agreement.id).order_by(Obligation.seq)
            ).scalars()
        )
        payer, payee = (
            s.get(Person, obligations[0].payer_person_id),
            s.get(Person, obligations[0].payee_person_id),
        )
        assert payer is not None and payee is not None
        assert (payer.name, payee.name) == ("韩梅", "郑晓东")  # the respondent pays the applicant
    assert [o.amount_fen for o in obligations] == [60000, 60000]
    assert obligations[0].due_date < obligations[1].due_date

    # printed for signing, signed
    print_and_sign(qtbot, ws)
    (agreement,) = _rows(db, Agreement, case_id)
    assert agreement.state == "signed" and agreement.signatories == "郑晓东、韩梅"
    assert case_row(db, case_id).status == "performing"
    assert tab.texts["terms"].isReadOnly()

    # both payments
    record_payment(qtbot, ws, "600.00", "转账凭证001")
    assert ws.detail.outstanding_fen == 60000  # type: ignore[union-attr]
    record_payment(qtbot, ws, "600", "转账凭证002")
    payments = _rows(db, Payment, case_id)
    assert [(p.amount_fen, p.receipt_no) for p in payments] == [
        (60000, "转账凭证001"),
        (60000, "转账凭证002"),
    ]
    assert {p.method for p in payments} == {"bank_transfer"}  # the agreement's method is the default
    assert {p.obligation_id for p in payments} == {o.id for o in obligations}
    assert ws.detail.outstanding_fen == 0  # type: ignore[union-attr]
    assert case_row(db, case_id).status == "performed"

    # a follow-up: satisfied (满意)
    record_follow_up(qtbot, ws, Satisfaction.SATISFIED, "电话回访，赔偿已付清，双方表示满意。")
    (follow_up,) = _rows(db, FollowUp, case_id)
    assert follow_up.satisfaction == "satisfied" and "满意" in follow_up.note

    # close
    assert ws.overview.next_actions(ws.detail)[0] == "close"  # type: ignore[arg-type]
    ws.overview.buttons["close"].click()
    qtbot.waitUntil(lambda: ws.close_dialog is not None and ws.close_dialog.isVisible())
    # paid, followed up, sessions recorded: only the judicial-confirmation window is still open
    assert [line for line in ws.close_dialog.open_lines if "judicial" not in line] == []
    ws.close_dialog.report.setChecked(False)  # the closing report: tests/gui/test_closing.py
    ws.close_dialog.accept()
    wait(qtbot, ws)
    case = case_row(db, case_id)
    assert case.status == "closed" and case.closed_at is not None
    assert ws.status_label.text() == "Closed"
    assert _statuses(db, case_id) == [
        "registered",
        "accepted",
        "in_mediation",
        "agreement_reached",
        "performing",
        "performed",
        "closed",
    ]
    with read_session(db.engine) as s:
        chain = verify_chain(s)
        events = s.execute(select(func.count()).select_from(AuditEvent).where(AuditEvent.case_id == case_id))
        assert chain.ok, chain
        assert events.scalar_one() >= 10
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]

    window.close()  # as the user quits: layout saved, background work finished
    assert not window.isVisible()
    return case_id


def _find_after_restart(qtbot: Any, path: Path, org: int, case_id: int) -> None:
    again = open_database(f"sqlite:///{path}")
    try:
        window = make_window(qtbot, again, org)
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        cases = window.cases
        assert window.stack.currentIndex() == PAGE_CASES and cases.search.hasFocus()
        ime_type(cases.search, "韩梅")
        qtbot.waitUntil(  # debounced search, the matches read off the UI thread
            lambda: cases.model.filters.text == "韩梅" and not cases.model.loading, timeout=10_000
        )
        drain(qtbot, window.ctx)
        assert cases.model.rowCount() == 1
        assert cases.model.case_id(0) == case_id
        headers = [
            cases.model.headerData(c, Qt.Orientation.Horizontal) for c in range(cases.model.columnCount())
        ]
        assert cases.model.index(0, headers.index("Status")).data() == "Closed"
        qtbot.keyClick(cases.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
        ws = window.tabs.currentWidget()
        assert isinstance(ws, CaseWorkspace) and ws.case_id == case_id
        wait(qtbot, ws)
        assert ws.status_label.text() == "Closed"
        assert ws.overview.fields["status"].text() == "Closed"
        assert ws.overview.fields["parties"].text() == "郑晓东、韩梅"
        assert ws.history.status.rowCount() == 7
        window.close()
    finally:
        again.dispose()
