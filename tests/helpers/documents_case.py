"""A case taken through the services up to a signed agreement, for the document service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, PaymentMethod, Satisfaction, SessionOutcome, Stage
from mediation_desk.services import agreements, cases, committee, performance, sessions
from mediation_desk.services.inputs import AgreementInput, ObligationInput
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import CaseParty, Obligation, Organisation, Person
from tests.helpers.factories import MEDIATOR, new_case

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 Beijing time
TERMS = "被申请人李娜赔偿申请人张伟自行车维修费共计人民币12,300.00元。\n双方就本纠纷再无其他争议。"


@dataclass
class SignedCase:
    case_id: int
    agreement_id: int
    number: str
    payer_id: int
    payee_id: int


def agreement_input(payer: int, payee: int, *, first_fen: int = 6300_00) -> AgreementInput:
    return AgreementInput(
        facts="申请人停放的自行车被被申请人骑走后损坏。",
        issues="赔偿数额与支付期限。",
        responsibility="被申请人承担全部责任。",
        terms=TERMS,
        performance_method="现金当场支付及微信转账",
        performance_place="朝阳区执法办案管理中心调解室",
        performance_deadline=date(2026, 4, 10),
        obligations=[
            ObligationInput(payer, payee, first_fen, on_the_spot=True, description="第一期赔偿款"),
            ObligationInput(payer, payee, 6000_00, date(2026, 4, 10), description="第二期赔偿款"),
        ],
    )


def drafted_case(db: Any, *, session_at: datetime = T0) -> SignedCase:
    """Registered, accepted, a mediator assigned, one session recorded, agreement drafted.

    ``session_at``: when the session is held (several cases in one database need different times:
    the room is booked).
    """
    with read_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalars().first()
    r = cases.register_case(db, MEDIATOR, new_case(org))
    cases.accept_case(db, MEDIATOR, r.case_id)
    with write_session(db.engine) as s:
        parties = {
            p.role: p.person_id
            for p in s.execute(select(CaseParty).where(CaseParty.case_id == r.case_id)).scalars()
        }
        mediator = Person(name="赵敏", member_role="mediator")
        s.add(mediator)
        s.flush()
        mediator_id = mediator.id
    committee.assign_member(
        db,
        MEDIATOR,
        r.case_id,
        mediator_id,
        CommitteeRole.MEDIATOR,  # type: ignore[arg-type]
        [Stage.MEDIATION, Stage.AGREEMENT, Stage.PERFORMANCE],
        from_date=date(2026, 3, 2),
        chief=True,
    )
    sres = sessions.schedule_session(
        db, MEDIATOR, r.case_id, starts_at=session_at, place="执法办案管理中心调解室"
    )
    sessions.record_session(
        db,
        MEDIATOR,
        sres.session_id,
        record="调解员：双方是否同意调解？\n张伟：同意。",
        outcome=SessionOutcome.AGREED,
        attendee_ids=[parties["applicant"], parties["respondent"], mediator_id],
    )  # type: ignore[list-item]
    payer, payee = parties["respondent"], parties["applicant"]
    ag = agreements.draft_agreement(db, MEDIATOR, r.case_id, agreement_input(payer, payee))
    return SignedCase(r.case_id, ag.agreement_id, ag.number, payer, payee)


def signed_case(db: Any, *, paid: bool = False, session_at: datetime = T0) -> SignedCase:
    """:func:`drafted_case`, printed for signature and signed (optionally the first instalment paid)."""
    c = drafted_case(db, session_at=session_at)
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟", "李娜"], signed_at=T0)
    if paid:
        with read_session(db.engine) as s:
            first = (
                s.execute(
                    select(Obligation.id)
                    .where(Obligation.agreement_id == c.agreement_id)
                    .order_by(Obligation.seq)
                )
                .scalars()
                .first()
            )
        performance.record_payment(
            db,
            MEDIATOR,
            first,
            amount_fen=6300_00,
            paid_at=T0,  # type: ignore[arg-type]
            method=PaymentMethod.CASH,
            receipt_no="SK0001",
        )
        performance.record_follow_up(
            db,
            MEDIATOR,
            c.case_id,
            done_at=T0,
            performed=True,
            satisfaction=Satisfaction.SATISFIED,
            note="对调解结果满意",
        )
    return c
