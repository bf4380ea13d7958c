"""A whole case driven through the case workspace on SQLite, checking the database after each step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from mediation_desk.domain.enums import CommitteeRole, Satisfaction, SessionOutcome
from mediation_desk.services import cases
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Agreement, FollowUp, MediationSession, Membership, Obligation, Payment
from tests.gui.workspace_helpers import (
    add_member,
    assign,
    case_row,
    open_workspace,
    org_id,
    print_and_sign,
    record_follow_up,
    record_payment,
    record_session,
    schedule_session,
    wait,
    write_agreement,
)
from tests.helpers.factories import MEDIATOR, new_case

# the offscreen platform plugin warns whenever a dialog is shown (it has no window manager)
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _count(db, model, **where) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return int(s.execute(stmt).scalar_one())


def test_whole_case_through_the_workspace(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    org = org_id(db)
    mediator = add_member(db, "赵敏", "mediator", org)
    lawyer = add_member(db, "孙律师", "lawyer", org)
    case_id = cases.register_case(db, MEDIATOR, new_case(org)).case_id
    ws = open_workspace(qtbot, db, case_id)
    assert ws.overview.fields["parties"].text() == "张伟、李娜"
    assert ws.parties.model.rowCount() == 2
    assert "********" in ws.parties.model.index(0, 4).data()  # ID masked
    assert "****" in ws.parties.model.index(0, 5).data()  # phone masked

    # accept
    assert ws.overview.buttons["accept"].isVisibleTo(ws)
    ws.overview.buttons["accept"].click()
    wait(qtbot, ws)
    assert case_row(db, case_id).status == "accepted"
    assert ws.overview.fields["status"].text() == ws.overview.fields["status"].text() and ws.detail
    assert ws.detail.case.status == "accepted"

    # assign a mediator and a lawyer from the directory
    assign(qtbot, ws, mediator, CommitteeRole.MEDIATOR, chief=True)  # chosen explicitly
    assign(qtbot, ws, lawyer, CommitteeRole.LAWYER)
    assert _count(db, Membership, case_id=case_id) == 2
    assert case_row(db, case_id).chief_mediator_id == mediator
    assert ws.overview.fields["chief"].text() == "赵敏"
    assert ws.committee.model.rowCount() == 2

    # schedule a session, then record it
    schedule_session(qtbot, ws, "朝阳区执法办案管理中心调解室")
    with read_session(db.engine) as s:
        session = s.execute(select(MediationSession)).scalar_one()
        assert session.place == "朝阳区执法办案管理中心调解室" and session.recorded_at is None
    assert ws.overview.next_actions(ws.detail)[0] == "record_session"
    record = record_session(qtbot, ws, "双方当事人到场，经调解自愿达成协议。", SessionOutcome.AGREED)
    assert len(record.attendance) == 4  # two parties, two members
    with read_session(db.engine) as s:
        session = s.execute(select(MediationSession)).scalar_one()
        assert session.outcome == "agreed" and "自愿达成协议" in session.record
    assert case_row(db, case_id).status == "in_mediation"

    # write the agreement: ¥1,200.00 in two instalments typed as "600" and "600.00"
    texts = {
        "issues": "自行车修理费用的承担。",
        "responsibility": "被申请人承担全部责任。",
        "terms": "被申请人赔偿申请人修车费用人民币壹仟贰佰元整，分两期支付。",
    }
    tab = write_agreement(qtbot, ws, texts, "现金", amounts=("600", "600.00"))
    assert tab.instalments.rowCount() == 2
    assert "1,200.00" in tab.total.text()
    with read_session(db.engine) as s:
        ag = s.execute(select(Agreement)).scalar_one()
        obs = list(s.execute(select(Obligation).order_by(Obligation.seq)).scalars())
        assert ag.state == "draft" and "壹仟贰佰元整" in ag.terms
        assert [o.amount_fen for o in obs] == [60000, 60000]
        assert obs[1].due_date - obs[0].due_date >= timedelta(days=28)
        names = {o.payer_person_id for o in obs}, {o.payee_person_id for o in obs}
        assert len(names[0]) == 1 and names[0] != names[1]

    # print for signing (PDF), then sign: read-only afterwards, case moves to performing
    assert ws.overview.next_actions(ws.detail)[0] == "print"
    print_and_sign(qtbot, ws)
    with read_session(db.engine) as s:
        ag = s.execute(select(Agreement)).scalar_one()
        assert ag.state == "signed" and ag.signatories == "张伟、李娜"
    assert case_row(db, case_id).status == "performing"
    assert tab.texts["terms"].isReadOnly() and not tab.save_button.isEnabled()
    assert tab.correct_button.isEnabled()
    # a workstation without a PDF viewer: the printed agreement opens in the app's own preview
    assert tab.last_pdf is not None
    preview = tab.show_preview(tab.last_pdf)
    assert preview.page_count >= 1 and preview.isVisible()
    preview.close()

    # payments: an invalid amount saves nothing; then both instalments
    assert ws.payments.ledger.rowCount() == 2
    ws.overview.trigger("record_payment")
    pay = ws.payments.dialog
    pay.amount.setText("六百块")
    pay.accept()
    assert pay.isVisible() and pay.amount_error.isVisible()
    assert pay.amount_error.text()
    assert _count(db, Payment) == 0
    for expected, amount in ((1, "600"), (2, "600.00")):  # the first in the dialog still open
        record_payment(qtbot, ws, amount, f"收条{expected}")
        assert _count(db, Payment) == expected
    assert case_row(db, case_id).status == "performed"
    assert ws.detail.outstanding_fen == 0
    assert ws.payments.ledger.index(0, 7).data() == ws.payments.ledger.tr("Paid")

    # follow-up
    assert ws.overview.next_actions(ws.detail)[0] == "follow_up"
    record_follow_up(qtbot, ws, Satisfaction.SATISFIED, "电话回访，双方均已履行，表示满意。")
    with read_session(db.engine) as s:
        f = s.execute(select(FollowUp)).scalar_one()
        assert f.satisfaction == "satisfied" and f.performed is True and "满意" in f.note

    # close
    assert ws.overview.next_actions(ws.detail)[0] == "close"
    ws.overview.buttons["close"].click()
    qtbot.waitUntil(lambda: ws.close_dialog is not None and ws.close_dialog.isVisible())
    # paid, followed up, sessions recorded: only the judicial-confirmation window is still open
    assert [line for line in ws.close_dialog.open_lines if "judicial" not in line] == []
    ws.close_dialog.report.setChecked(False)  # the closing report: tests/gui/test_closing.py
    ws.close_dialog.accept()
    wait(qtbot, ws)
    case = case_row(db, case_id)
    assert case.status == "closed" and case.closed_at is not None
    assert ws.overview.next_actions(ws.detail) == []
    assert ws.history.status.rowCount() == 7  # registered … closed
    assert ws.history.audit.rowCount() >= 10
    assert not [w for w in ws.findChildren(QMessageBox) if w.isVisible()]
