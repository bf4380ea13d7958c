"""Issue 16 — follow-ups: performance in three words, who and how, satisfaction only as an answer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import FollowUpPerformance, Satisfaction
from mediation_desk.domain.errors import ValidationError
from mediation_desk.services import cases, performance
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import FollowUp, Organisation
from tests.helpers.factories import MEDIATOR, new_case

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


def _case(db: Any) -> int:
    with read_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalar_one()
    return cases.register_case(db, MEDIATOR, new_case(org)).case_id


def test_satisfaction_is_kept_only_as_the_answer_to_a_question_asked(db: Any) -> None:
    case_id = _case(db)
    with pytest.raises(ValidationError) as err:
        performance.record_follow_up(
            db, MEDIATOR, case_id, done_at=T0, satisfaction=Satisfaction.SATISFIED, satisfaction_asked=False
        )
    assert err.value.code == "followup.satisfaction_not_asked"
    with pytest.raises(ValidationError) as bad:
        performance.record_follow_up(db, MEDIATOR, case_id, done_at=T0, method="fax")
    assert bad.value.code == "followup.method"
    performance.record_follow_up(
        db,
        MEDIATOR,
        case_id,
        done_at=T0,
        method="visit",
        contact_person="张伟",
        response="对方已付一半",
        performance=FollowUpPerformance.PARTLY,
        satisfaction_asked=True,
    )  # asked, no answer
    performance.record_follow_up(
        db,
        MEDIATOR,
        case_id,
        done_at=T0,
        method="sms",
        performance=FollowUpPerformance.PERFORMED,
        satisfaction=Satisfaction.BASICALLY_SATISFIED,
    )
    with read_session(db.engine) as s:
        rows = list(s.execute(select(FollowUp).order_by(FollowUp.id)).scalars())
    assert [(f.performance, f.performed, f.satisfaction_asked, f.satisfaction) for f in rows] == [
        ("partly", False, True, None),
        ("performed", True, True, "basically_satisfied"),
    ]
    assert rows[0].contact_person == "张伟" and rows[0].response == "对方已付一半"


def test_the_payment_method_defaults_to_the_agreements() -> None:
    from mediation_desk.domain.enums import PaymentMethod
    from mediation_desk.domain.vocabulary import payment_method_in

    assert payment_method_in("分两期银行转账") == PaymentMethod.BANK_TRANSFER
    assert payment_method_in("通过微信转账支付") == PaymentMethod.WECHAT
    assert payment_method_in("微信支付") == PaymentMethod.WECHAT
    assert payment_method_in("当场现金支付") == PaymentMethod.CASH
    assert payment_method_in("当场履行") is None  # on the spot says when, not how
    assert payment_method_in("分期支付") is None
