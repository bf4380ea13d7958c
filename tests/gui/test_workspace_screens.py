"""Every workspace tab renders a realistic case in Chinese and English.

With ``MD_WRITE_SCREENSHOTS=1`` the grabs are written to ``docs/screenshots/workspace_*.png``
(1366×768, CJK font) for the README and for looking at them.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mediation_desk.app import choose_font
from mediation_desk.domain.enums import (
    CommitteeRole,
    PaymentMethod,
    Procedure,
    Satisfaction,
    SessionOutcome,
    Stage,
)
from mediation_desk.services import agreements, cases, committee, performance, sessions
from mediation_desk.services.inputs import AgreementInput, MatterInput, ObligationInput
from mediation_desk.ui import i18n
from tests.gui.workspace_helpers import add_member, no_crash_dialog, open_workspace, org_id
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TABS = (
    "overview",
    "parties",
    "committee",
    "sessions",
    "agreement",
    "payments",
    "follow_ups",
    "documents",
    "history",
)


def _realistic_case(db) -> int:  # type: ignore[no-untyped-def]
    org = org_id(db)
    mediator = add_member(db, "赵敏", "mediator", org)
    lawyer = add_member(db, "孙志强", "lawyer", org)
    matter = MatterInput(
        police_case_no="京公朝立字〔2026〕0318号",
        charge="故意损毁财物",
        procedure=Procedure.ADMINISTRATIVE,
        stage="investigation",
    )
    case_id = cases.register_case(db, MEDIATOR, new_case(org, matter=matter)).case_id
    cases.accept_case(db, MEDIATOR, case_id)
    for person, role in ((mediator, CommitteeRole.MEDIATOR), (lawyer, CommitteeRole.LAWYER)):
        committee.assign_member(
            db,
            MEDIATOR,
            case_id,
            person,
            role,
            [Stage.MEDIATION, Stage.AGREEMENT],
            from_date=date(2026, 3, 2),
        )
    s = sessions.schedule_session(
        db,
        MEDIATOR,
        case_id,
        starts_at=datetime(2026, 3, 3, 2, 0, tzinfo=UTC),
        place="朝阳区执法办案管理中心第二调解室",
    )
    from sqlalchemy import select

    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import CaseParty

    with read_session(db.engine) as rs:
        people = list(
            rs.execute(
                select(CaseParty.person_id).where(CaseParty.case_id == case_id).order_by(CaseParty.sort_order)
            ).scalars()
        )
    sessions.record_session(
        db,
        MEDIATOR,
        s.session_id,
        record="申请人张伟陈述：其停放在小区的自行车被被申请人李娜骑走后损坏，"
        "修理费用一千二百元。被申请人李娜承认损坏事实，愿意赔偿。"
        "经调解双方自愿达成协议。",
        outcome=SessionOutcome.AGREED,
        attendee_ids=people + [mediator, lawyer],
        ends_at=datetime(2026, 3, 3, 3, 10, tzinfo=UTC),
    )
    payer, payee = people[1], people[0]
    ag = agreements.draft_agreement(
        db,
        MEDIATOR,
        case_id,
        AgreementInput(
            facts="2026年3月1日，被申请人李娜未经同意骑走申请人张伟停放在小区内的自行车，"
            "归还时车架及变速器损坏。",
            issues="自行车修理费用的承担。",
            responsibility="被申请人李娜对自行车损坏负全部责任。",
            terms="一、被申请人李娜赔偿申请人张伟自行车修理费用人民币壹仟贰佰元整（¥1,200.00），分两期支付。\n"
            "二、双方就此事再无其他争议。",
            performance_method="现金或银行转账",
            performance_place="朝阳区人民调解委员会",
            performance_deadline=date(2026, 4, 6),
            obligations=[
                ObligationInput(payer, payee, 60000, date(2026, 3, 6)),
                ObligationInput(payer, payee, 60000, date(2026, 4, 6)),
            ],
        ),
    )
    agreements.mark_printed(db, MEDIATOR, ag.agreement_id)
    agreements.sign_agreement(
        db,
        MEDIATOR,
        ag.agreement_id,
        signatories=["张伟", "李娜"],
        signed_at=datetime(2026, 3, 3, 3, 20, tzinfo=UTC),
    )
    from mediation_desk.store.models import Obligation

    with read_session(db.engine) as rs:
        first = (
            rs.execute(
                select(Obligation.id)
                .where(Obligation.agreement_id == ag.agreement_id)
                .order_by(Obligation.seq)
            )
            .scalars()
            .first()
        )
    performance.record_payment(
        db,
        MEDIATOR,
        first,
        amount_fen=60000,
        paid_at=datetime(2026, 3, 5, 6, 0, tzinfo=UTC),
        method=PaymentMethod.WECHAT,
        receipt_no="SJ-2026-0031",
        note="当面交付",
    )
    performance.record_follow_up(
        db,
        MEDIATOR,
        case_id,
        done_at=datetime(2026, 3, 10, 2, 0, tzinfo=UTC),
        performed=True,
        satisfaction=Satisfaction.BASICALLY_SATISFIED,
        note="第一期已付，申请人表示基本满意，等待第二期。",
    )
    return case_id


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_tab_renders_with_cjk_glyphs(qtbot, sqlite_db, language: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    family = choose_font(app)
    assert family, "no CJK-capable font"
    i18n.install(app, language)
    try:
        case_id = _realistic_case(sqlite_db)
        ws = open_workspace(qtbot, sqlite_db, case_id)
        ws.resize(1366, 768)
        assert ws.payments.ledger.index(1, 7).data() == ws.payments.ledger.tr("Overdue")
        write = os.environ.get("MD_WRITE_SCREENSHOTS") == "1"
        for i, name in enumerate(TABS):
            ws.tabs.setCurrentIndex(i)
            qtbot.wait(30)
            image = ws.grab().toImage()
            assert image.width() == 1366 and not image.isNull()
            if write:
                SHOTS.mkdir(parents=True, exist_ok=True)
                suffix = "" if language == "zh_CN" else "_en"
                image.save(str(SHOTS / f"workspace_{i + 1}_{name}{suffix}.png"))
        chinese = ws.tabs.tabText(0) == "概况"
        assert chinese == (language == "zh_CN")
    finally:
        i18n.install(app, "en")
