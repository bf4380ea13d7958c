"""Class 5: an obligation's payer and payee are parties of this case, checked in the service."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.errors import ValidationError
from mediation_desk.services.agreements import draft_agreement
from mediation_desk.services.cases import change_status, register_case
from mediation_desk.services.inputs import AgreementInput, ObligationInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import CaseParty, Obligation
from tests.helpers.factories import MEDIATOR, new_case, person


def _parties(db, case_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        stmt = select(CaseParty.person_id).where(CaseParty.case_id == case_id).order_by(CaseParty.sort_order)
        return list(s.execute(stmt).scalars())


def _in_mediation(db) -> int:  # type: ignore[no-untyped-def]
    case = register_case(db, MEDIATOR, new_case(1))
    change_status(db, MEDIATOR, case.case_id, CaseStatus.ACCEPTED)
    change_status(db, MEDIATOR, case.case_id, CaseStatus.IN_MEDIATION)
    return case.case_id


@pytest.mark.parametrize("side", ["payer", "payee"])
def test_a_person_of_another_case_is_refused(db, side: str) -> None:  # type: ignore[no-untyped-def]
    case_id = _in_mediation(db)
    payer, payee = _parties(db, case_id)
    other = register_case(
        db,
        MEDIATOR,
        new_case(
            1,
            applicant=person("孙七", seq=51, phone="13522223333"),
            respondent=person("周八", seq=52, phone="13522224444"),
        ),
    )
    stranger = _parties(db, other.case_id)[0]
    ob = ObligationInput(
        payer_person_id=stranger if side == "payer" else payer,
        payee_person_id=stranger if side == "payee" else payee,
        amount_fen=50_000,
    )
    with pytest.raises(ValidationError) as err:
        draft_agreement(db, MEDIATOR, case_id, AgreementInput(terms="赔偿", obligations=[ob]))
    assert err.value.code == "obligation.not_a_party"
    assert err.value.params["side"] == side
    with read_session(db.engine) as s:  # nothing half-saved
        assert s.execute(select(Obligation)).first() is None
    # the parties of this case are accepted
    ob = ObligationInput(payer_person_id=payer, payee_person_id=payee, amount_fen=50_000)
    draft_agreement(db, MEDIATOR, case_id, AgreementInput(terms="赔偿", obligations=[ob]))
